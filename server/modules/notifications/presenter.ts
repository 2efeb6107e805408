import type { z } from "zod";
import type { Language } from "../../../common/languages.js";
import type { notificationItem } from "./schema.js";
import type { NotificationRow } from "./service.js";
import { notificationText } from "./texts.js";

export function presentNotification(row: NotificationRow, language: Language): z.infer<typeof notificationItem> {
  return {
    id: row.id,
    type: row.type,
    ...(row.processId ? { processId: row.processId } : {}),
    subject: { kind: row.subjectKind as z.infer<typeof notificationItem>["subject"]["kind"], id: row.subjectId },
    text: notificationText(row.type, row.data, language),
    url: row.url,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

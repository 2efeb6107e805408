import { z } from "zod";
import {
  mailFrequencies,
  notificationGroups,
  notificationSubjectKinds,
  notificationTypes,
} from "../../../common/notifications.js";
import { pageQuery } from "../../http/pagination.js";
import { queryFlag, timestamp } from "../../http/schemas.js";

export const notificationListQuery = z.strictObject({
  unread: queryFlag.describe("Only those not read yet."),
  archived: queryFlag.describe("The archived ones instead of the inbox."),
  processId: z.uuid().optional().describe("Only those about this process."),
  ...pageQuery,
});

export const notificationItem = z
  .object({
    id: z.uuid(),
    type: z.enum(notificationTypes),
    processId: z.uuid().optional(),
    subject: z.object({ kind: z.enum(notificationSubjectKinds), id: z.string() }),
    text: z.string().describe("What happened, in your language."),
    url: z.string().describe("The web app's path it opens."),
    readAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "Notification" });

export const notificationPage = z
  .object({ items: z.array(notificationItem), nextCursor: z.string().nullable(), unread: z.number().int() })
  .meta({ id: "NotificationPage" });

export const markReadInput = z
  .strictObject({
    ids: z.array(z.uuid()).min(1).max(100).optional(),
    all: z.literal(true).optional(),
  })
  .refine((body) => (body.ids === undefined) !== (body.all === undefined), {
    message: "Give either the ids to mark read or all: true.",
    params: { code: "ids_or_all" },
  });

export const archiveInput = z
  .strictObject({
    ids: z.array(z.uuid()).min(1).max(100),
    archived: z.boolean().default(true).describe("false puts them back in the inbox."),
  })
  .meta({ id: "ArchiveNotifications" });

export const unreadCount = z.object({ unread: z.number().int() }).meta({ id: "UnreadCount" });

const frequencies = z.strictObject(
  Object.fromEntries(notificationGroups.map((group) => [group, z.enum(mailFrequencies).optional()])) as Record<
    (typeof notificationGroups)[number],
    z.ZodOptional<z.ZodEnum<{ [K in (typeof mailFrequencies)[number]]: K }>>
  >,
);

export const notificationPreferences = z
  .strictObject({
    events: frequencies.describe(
      "How each group reaches you by mail: immediately, in a daily or weekly digest, or not.",
    ),
    processes: z
      .record(z.uuid(), frequencies)
      .refine((processes) => Object.keys(processes).length <= 200, {
        message: "At most 200 processes.",
        params: { code: "too_many_items", maximum: 200 },
      })
      .describe("Per process, what differs from your choice above."),
  })
  .meta({ id: "NotificationPreferences" });

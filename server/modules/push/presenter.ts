import type { z } from "zod";
import type { pushSubscriptionItem } from "./schema.js";
import type { PushSubscriptionRow } from "./service.js";

/** A subscription as its owner sees it: never its keys, which only encrypt for the browser. */
export function presentPushSubscription(row: PushSubscriptionRow): z.infer<typeof pushSubscriptionItem> {
  return {
    id: row.id,
    endpoint: row.endpoint,
    createdAt: row.createdAt.toISOString(),
    lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
  };
}

import type { z } from "zod";
import type { UserSummary } from "../accounts/service.js";
import type { webhookDeliveryOutput, webhookOutput } from "./schema.js";
import type { WebhookDeliveryRow, WebhookRow } from "./service.js";

/** A hook as its managers see it: never its secret (that is answered once, at creation). */
export function presentWebhook(
  row: WebhookRow,
  options: { people: Map<string, UserSummary>; mayManage: boolean },
): z.infer<typeof webhookOutput> {
  const creator = row.createdBy ? options.people.get(row.createdBy) : undefined;
  return {
    id: row.id,
    processId: row.processId,
    url: row.url,
    events: row.events,
    active: row.active,
    disabledReason: row.disabledReason,
    consecutiveFailures: row.consecutiveFailures,
    createdBy: creator ? { id: creator.id, name: creator.name } : null,
    createdAt: row.createdAt.toISOString(),
    can: { update: options.mayManage, delete: options.mayManage, test: options.mayManage },
  };
}

export function presentDelivery(row: WebhookDeliveryRow): z.infer<typeof webhookDeliveryOutput> {
  return {
    id: row.id,
    eventId: row.eventId,
    type: row.type,
    status: row.status,
    attempts: row.attempts,
    lastStatus: row.lastStatus,
    responseMs: row.responseMs,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}

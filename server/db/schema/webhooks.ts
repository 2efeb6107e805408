import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { uuidv7 } from "../ids.js";
import { user } from "./auth.js";
import { process } from "./processes.js";

/**
 * An HTTPS endpoint that hears of the platform's events (server/modules/webhooks): a process's, registered by
 * one of its administrators, or (without `processId`) the platform's, registered by a platform administrator,
 * which hears of every process's events and of those outside any process. `events` lists the types it wants, or
 * is `["*"]` for all. `secret` signs each delivery: it is shown once, when the hook is created, and kept here as
 * given because signing needs it (it only proves to the receiver that we sent the request).
 */
export const webhook = pgTable(
  "webhook",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    processId: uuid("process_id").references(() => process.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    events: jsonb("events").$type<string[]>().notNull(),
    secret: text("secret").notNull(),
    active: boolean("active").notNull().default(true),
    /** Why the platform turned the hook off (failing receiver, creator no longer an administrator). */
    disabledReason: text("disabled_reason"),
    /** Deliveries in a row that failed for good; reset by a success or by re-enabling. */
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    /** Whose rights the hook runs under: checked at every event. Gone with their account (the hook stops). */
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("webhook_process_idx").on(table.processId)],
);

export const webhookDeliveryStatuses = ["pending", "succeeded", "failed"] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

/**
 * One event sent (or being sent) to one hook, with how its last try went; only the last 100 per hook are kept.
 * Unique per hook and event, so a dispatch that runs again sends nothing twice.
 */
export const webhookDelivery = pgTable(
  "webhook_delivery",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    webhookId: uuid("webhook_id")
      .notNull()
      .references(() => webhook.id, { onDelete: "cascade" }),
    eventId: uuid("event_id").notNull(),
    type: text("type").notNull(),
    status: text("status").$type<WebhookDeliveryStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** The receiver's HTTP status on the last try; null when no answer came (refused, timed out). */
    lastStatus: integer("last_status"),
    responseMs: integer("response_ms"),
    /** What went wrong on the last try, in a line. */
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("webhook_delivery_event_idx").on(table.webhookId, table.eventId),
    index("webhook_delivery_webhook_idx").on(table.webhookId, table.id),
  ],
);

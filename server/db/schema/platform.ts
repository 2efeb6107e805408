import { sql } from "drizzle-orm";
import { bigint, check, jsonb, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { uuidv7 } from "../ids.js";

/** Small platform-wide facts: the generated auth secret, who was the first administrator. */
export const platformSetting = pgTable("platform_setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row counting the commits that changed a table an answer cache depends on; the change-notice trigger of
 * migration 0008 adds one to it (migration 0011). Read by `countedCache` (server/db/changes.ts).
 */
export const changeCount = pgTable(
  "change_count",
  {
    id: smallint("id").primaryKey(),
    value: bigint("value", { mode: "bigint" }).notNull(),
  },
  (table) => [check("change_count_single_row", sql`${table.id} = 1`)],
);

/** Every mail the platform sends; kept so a one-machine install without SMTP still delivers through the log. */
export const mailOutbox = pgTable("mail_outbox", {
  id: uuid("id").primaryKey().$defaultFn(uuidv7),
  recipient: text("recipient").notNull(),
  subject: text("subject").notNull(),
  text: text("text").notNull(),
  html: text("html"),
  purpose: text("purpose").notNull(),
  metadata: jsonb("metadata").$type<Record<string, string>>().notNull().default({}),
  /** Headers the mail carries besides the usual ones (`List-Unsubscribe`, RFC 8058). */
  headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  sentAt: timestamp("sent_at", { withTimezone: true }),
  error: text("error"),
});

import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Translated } from "../../../common/languages.js";
import type { MailFrequency, NotificationGroup, NotificationType } from "../../../common/notifications.js";
import { uuidv7 } from "../ids.js";
import { user } from "./auth.js";

/**
 * One thing one person is told (server/modules/notifications). `eventId` is the event it came from, unique per
 * person, so a delivery job that runs again adds nothing twice. `data` holds what the text needs (names, titles).
 */
export const notification = pgTable(
  "notification",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    eventId: uuid("event_id").notNull(),
    type: text("type").$type<NotificationType>().notNull(),
    processId: uuid("process_id"),
    subjectKind: text("subject_kind").notNull(),
    subjectId: text("subject_id").notNull(),
    url: text("url").notNull(),
    data: jsonb("data").$type<Record<string, string | Translated>>().notNull().default({}),
    readAt: timestamp("read_at", { withTimezone: true }),
    /** Put away by its reader: out of the inbox's list, kept under "archived". */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    /** For a person who gets this group in a digest: set once a digest mail carried it. */
    digestedAt: timestamp("digested_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("notification_event_user_idx").on(table.eventId, table.userId),
    index("notification_user_idx").on(table.userId, table.id),
    index("notification_unread_idx").on(table.userId).where(sql`${table.readAt} is null`),
  ],
);

/** A person's choices of how each group of notifications reaches them by mail, overall and per process. */
export const notificationPreference = pgTable("notification_preference", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  events: jsonb("events").$type<Partial<Record<NotificationGroup, MailFrequency>>>().notNull().default({}),
  processes: jsonb("processes")
    .$type<Record<string, Partial<Record<NotificationGroup, MailFrequency>>>>()
    .notNull()
    .default({}),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

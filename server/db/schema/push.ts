import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { uuidv7 } from "../ids.js";
import { user } from "./auth.js";

/**
 * One browser on one device that gets a person's notifications as Web Push messages (server/modules/push). The
 * endpoint is the push service's address for that browser: unique, because a browser belongs to whoever last
 * turned push on in it. `p256dh` and `auth` are the browser's keys the messages are encrypted for (RFC 8291).
 */
export const pushSubscription = pgTable(
  "push_subscription",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull().unique(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    /** The browser's User-Agent, shortened: only so a person could tell their devices apart. */
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
  },
  (table) => [index("push_subscription_user_idx").on(table.userId)],
);

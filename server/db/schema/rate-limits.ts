import { bigint, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Counters of the per-actor rate limits on our own routes (`server/http/rate-limit.ts`), in the database so
 * every server process counts the same requests. better-auth keeps its own in `rate_limit`.
 */
export const requestRateLimit = pgTable("request_rate_limit", {
  /** `<rule>:<actor id>` */
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  count: bigint("count", { mode: "number" }).notNull(),
});

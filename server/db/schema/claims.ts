import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ClaimStatus } from "../../../common/claims.js";
import { uuidv7 } from "../ids.js";
import { user } from "./auth.js";
import { asset, item, process } from "./processes.js";

/**
 * A contribution claim (the claims module's table, issue #13): someone taking part says what they did on a task,
 * optionally pointing at one of its assets; someone else who may finish the task approves it, so the work is
 * credited to them, or rejects it with the reason they read.
 */
export const contributionClaim = pgTable(
  "contribution_claim",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    processId: uuid("process_id")
      .notNull()
      .references(() => process.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => item.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    /** The asset of the item the work is in, if the claimant named one; the claim outlives its deletion. */
    assetId: uuid("asset_id").references(() => asset.id, { onDelete: "set null" }),
    status: text("status").$type<ClaimStatus>().notNull().default("pending"),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** Rejected: the decider's reason, which the claimant reads. */
    answer: text("answer"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // One open claim per person and item: a second waits until the first is answered or withdrawn.
    uniqueIndex("contribution_claim_pending_idx")
      .on(table.itemId, table.userId)
      .where(sql`${table.status} = 'pending'`),
    index("contribution_claim_item_idx").on(table.itemId),
    index("contribution_claim_process_idx").on(table.processId),
  ],
);

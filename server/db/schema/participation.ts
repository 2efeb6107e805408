import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { Right } from "../../../common/coproduction.js";
import { uuidv7 } from "../ids.js";
import { user } from "./auth.js";
import { team } from "./organizations.js";
import { process } from "./processes.js";

export type ParticipationRequestStatus = "pending" | "accepted" | "declined";

/**
 * Someone asking to take part in a public process (the participation module's table, issue #12). Asking is the
 * person's consent: accepting attaches them (a grant of their own, or a place in a team taking part) at once.
 */
export const participationRequest = pgTable(
  "participation_request",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    processId: uuid("process_id")
      .notNull()
      .references(() => process.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    status: text("status").$type<ParticipationRequestStatus>().notNull().default("pending"),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** Declined: the decider's reason, shown to the person who asked. */
    answer: text("answer"),
    /** Accepted: the team they joined, or the rights they were given on the whole process. */
    teamId: uuid("team_id").references(() => team.id, { onDelete: "set null" }),
    rights: text("rights").array().$type<Right[]>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // One open request per person and process: asking again while one waits is a conflict.
    uniqueIndex("participation_request_pending_idx")
      .on(table.processId, table.userId)
      .where(sql`${table.status} = 'pending'`),
    index("participation_request_process_idx").on(table.processId),
    index("participation_request_user_idx").on(table.userId),
  ],
);

import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { uuidv7 } from "../ids.js";

/** `ready` waits for its time, `running` is held by one worker until its lease ends, `dead` ran out of attempts. */
export const jobStates = ["ready", "running", "dead"] as const;
export type JobState = (typeof jobStates)[number];

/**
 * Background work (server/jobs), in the same database as the change that asked for it: enqueued inside that
 * change's transaction, so a job exists only if the change committed. A job that succeeds is deleted; a dead one
 * stays for the platform's administrators.
 */
export const job = pgTable(
  "job",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    kind: text("kind").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    state: text("state").$type<JobState>().notNull().default("ready"),
    /** Attempts started so far, counted when a worker takes the job (a worker that dies mid-job spent one). */
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    runAt: timestamp("run_at", { withTimezone: true }).notNull(),
    /** The worker holding a running job, and until when: past it, another worker may take the job again. */
    lockedBy: text("locked_by"),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    /** At most one job of a kind with this key waits or runs at a time (a recurring job, a digest per person). */
    singletonKey: text("singleton_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("job_due_idx").on(table.runAt).where(sql`${table.state} = 'ready'`),
    index("job_lease_idx").on(table.lockedUntil).where(sql`${table.state} = 'running'`),
    uniqueIndex("job_singleton_idx")
      .on(table.kind, table.singletonKey)
      .where(sql`${table.singletonKey} is not null and ${table.state} <> 'dead'`),
  ],
);

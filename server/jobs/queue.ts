import { and, desc, eq } from "drizzle-orm";
import { publishOnCommit } from "../bus/index.js";
import type { Database } from "../db/client.js";
import { type JobState, job } from "../db/schema/index.js";
import { cursorCondition, toPage } from "../http/pagination.js";

/** How many times a job is tried, unless its kind says otherwise; the waits between grow to an hour. */
export const defaultMaxAttempts = 8;

export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  /** Not before this time (a digest, a reminder, a decision closing at its end). Default: now. */
  runAt?: Date;
  maxAttempts?: number;
  /** While a job of this kind with this key waits or runs, enqueueing another with the same key does nothing. */
  singletonKey?: string;
}

/**
 * Adds a job. Pass the caller's transaction, so the job exists only if the change that asked for it commits.
 * Answers the job's id, or null when a job with the same singleton key already waits or runs.
 */
export async function enqueueJob(db: Database, next: NewJob): Promise<string | null> {
  const [added] = await db
    .insert(job)
    .values({
      kind: next.kind,
      payload: next.payload ?? {},
      runAt: next.runAt ?? new Date(),
      maxAttempts: next.maxAttempts ?? defaultMaxAttempts,
      singletonKey: next.singletonKey,
    })
    .onConflictDoNothing()
    .returning({ id: job.id });
  // Runners in every process wake when the job can be taken (on commit), instead of at their next poll.
  if (added && (next.runAt === undefined || next.runAt.getTime() <= Date.now())) await publishOnCommit(db, "jobs", {});
  return added?.id ?? null;
}

/** Removes the waiting job of this kind with this singleton key, if there is one; a running one goes on. */
export async function cancelQueuedJob(db: Database, options: { kind: string; singletonKey: string }): Promise<void> {
  await db
    .delete(job)
    .where(and(eq(job.kind, options.kind), eq(job.singletonKey, options.singletonKey), eq(job.state, "ready")));
}

/**
 * On PGlite only this process can open the data directory, so at start-up every running job was held by a process
 * that is gone (killed mid-job): each is handed back at once instead of waiting for its lease. The attempt it
 * was in counts. Never on PostgreSQL, where a running job may be another live process's.
 */
export async function releaseOrphanedJobs(db: Database): Promise<number> {
  const released = await db
    .update(job)
    .set({ state: "ready", lockedBy: null, lockedUntil: null })
    .where(eq(job.state, "running"))
    .returning({ id: job.id });
  return released.length;
}

/** The jobs in one state, newest first, for the platform's administrators (dead ones above all). */
export async function listJobs(db: Database, query: { state: JobState; limit: number; cursor?: string }) {
  const rows = await db
    .select()
    .from(job)
    .where(and(eq(job.state, query.state), cursorCondition(job.id, query.cursor)))
    .orderBy(desc(job.id))
    .limit(query.limit + 1);
  return toPage(rows, query.limit);
}

/** A dead job gets a fresh set of tries, from now; null when there is no dead job with this id. */
export async function retryDeadJob(db: Database, id: string, now = new Date()) {
  const [retried] = await db
    .update(job)
    .set({ state: "ready", attempts: 0, runAt: now, lastError: null })
    .where(and(eq(job.id, id), eq(job.state, "dead")))
    .returning();
  return retried ?? null;
}

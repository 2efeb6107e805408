import { randomUUID } from "node:crypto";
import { and, asc, eq, gt, inArray, lt, lte, ne, or, sql } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../db/client.js";
import { job } from "../db/schema/index.js";

export interface JobContext {
  jobId: string;
  /** 1 on the first try. */
  attempt: number;
}

/** A kind of job and what runs it. A handler that throws is tried again later; one that returns is done. */
export interface JobKind {
  kind: string;
  handle(payload: Record<string, unknown>, context: JobContext): Promise<void>;
}

export interface JobRunner {
  /** Takes due jobs in the background until `stop`. */
  start(): void;
  /** Takes no more jobs; waits up to `graceMs` for those running, then hands the rest back to be taken again. */
  stop(graceMs?: number): Promise<void>;
  /** Runs every due job now, and those they enqueue, until none is due; answers how many ran (for tests). */
  drain(): Promise<number>;
  /** Something was enqueued in this process: look now rather than at the next idle tick. */
  wake(): void;
}

/** How long `drain` waits for jobs another runner holds. */
const drainWaitMs = 5000;

/** The wait before try n + 1: 10 s, 20 s, 40 s … at most an hour. */
export const retryDelayMs = (attempt: number): number => Math.min(10_000 * 2 ** (attempt - 1), 60 * 60 * 1000);

/**
 * Runs jobs of the given kinds from the `job` table, on PGlite and PostgreSQL alike. Several runners, in one
 * process or several sharing a PostgreSQL database, never hold the same job at once: a runner takes due jobs
 * with `FOR UPDATE SKIP LOCKED` and holds each under a lease. A job whose runner died (a crash, `kill -9`) is
 * taken again once its lease ends, and that attempt counts. A job runs at least once and, while its runner is
 * alive, by one runner only: handlers make their effect idempotent (the mail handler skips a mail already sent).
 */
export function createJobRunner(options: {
  db: Database;
  kinds: readonly JobKind[];
  logger: FastifyBaseLogger;
  /** Jobs run at once by this runner. */
  concurrency?: number;
  /** How often an idle runner looks for due jobs. */
  idleMs?: number;
  /** How long a job is held before another runner may take it again; longer than any handler runs. */
  leaseMs?: number;
  now?: () => Date;
}): JobRunner {
  const { db, logger } = options;
  const handlers = new Map(options.kinds.map((kind) => [kind.kind, kind]));
  const kinds = [...handlers.keys()];
  const concurrency = options.concurrency ?? 4;
  const idleMs = options.idleMs ?? 1000;
  const leaseMs = options.leaseMs ?? 2 * 60 * 1000;
  const now = options.now ?? (() => new Date());
  const workerId = randomUUID();

  let stopping = false;
  let looping: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  let wokenMeanwhile = false;
  // Batches run one after another, so `drain` never returns while a batch of this runner still holds a job.
  let batches: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const next = batches.then(work, work);
    batches = next.catch(() => {});
    return next;
  };

  // Called right after this runner found nothing to take: a due job still "ready" then is one another runner is
  // taking at this moment (its claim has the row locked but not yet committed), so it counts as held elsewhere.
  const heldElsewhere = async () => {
    const at = now();
    const [held] = await db
      .select({ id: job.id })
      .from(job)
      .where(
        and(
          inArray(job.kind, kinds),
          or(
            and(eq(job.state, "running"), gt(job.lockedUntil, at), ne(job.lockedBy, workerId)),
            and(eq(job.state, "ready"), lte(job.runAt, at)),
          ),
        ),
      )
      .limit(1);
    return held !== undefined;
  };

  const claim = async () => {
    const at = now();
    const due = db
      .select({ id: job.id })
      .from(job)
      .where(
        and(
          inArray(job.kind, kinds),
          or(and(eq(job.state, "ready"), lte(job.runAt, at)), and(eq(job.state, "running"), lt(job.lockedUntil, at))),
        ),
      )
      .orderBy(asc(job.runAt))
      .limit(concurrency)
      .for("update", { skipLocked: true });
    return db
      .update(job)
      .set({
        state: "running",
        attempts: sql`${job.attempts} + 1`,
        lockedBy: workerId,
        lockedUntil: new Date(at.valueOf() + leaseMs),
      })
      .where(inArray(job.id, due))
      .returning();
  };

  const held = (id: string) => and(eq(job.id, id), eq(job.lockedBy, workerId));

  const run = async (taken: typeof job.$inferSelect) => {
    const kind = handlers.get(taken.kind)!;
    try {
      await kind.handle(taken.payload, { jobId: taken.id, attempt: taken.attempts });
      await db.delete(job).where(held(taken.id));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const dead = taken.attempts >= taken.maxAttempts;
      // The message only: a payload or a stack may carry what logs must not (addresses, tokens).
      logger.warn(
        { jobId: taken.id, kind: taken.kind, attempt: taken.attempts, dead, error: message },
        dead ? "job failed for the last time" : "job failed; it will be tried again",
      );
      await db
        .update(job)
        .set({
          state: dead ? "dead" : "ready",
          runAt: new Date(now().valueOf() + retryDelayMs(taken.attempts)),
          lastError: message.slice(0, 2000),
          lockedBy: null,
          lockedUntil: null,
        })
        .where(held(taken.id));
    }
  };

  const batch = () =>
    inTurn(async () => {
      if (kinds.length === 0) return 0;
      const taken = await claim();
      await Promise.all(taken.map(run));
      return taken.length;
    });

  const loop = async () => {
    while (!stopping) {
      let ran = 0;
      try {
        ran = await batch();
      } catch (error) {
        logger.error({ error: error instanceof Error ? error.message : String(error) }, "could not take jobs");
      }
      // A wake-up that came while the batch was looking counts: what it announced may have committed after the
      // look, so look again at once rather than sleep through it.
      const woken = wokenMeanwhile;
      wokenMeanwhile = false;
      if (ran === 0 && !stopping && !woken) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, idleMs);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = undefined;
      }
    }
  };

  return {
    start() {
      if (!looping) looping = loop();
    },
    async stop(graceMs = 5000) {
      stopping = true;
      wakeUp?.();
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        Promise.all([looping, batches]).then(() => true),
        new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), graceMs);
        }),
      ]);
      clearTimeout(timer);
      if (!finished) {
        // Handed back untried: the attempt that was cut short does not count.
        await db
          .update(job)
          .set({ state: "ready", attempts: sql`${job.attempts} - 1`, lockedBy: null, lockedUntil: null })
          .where(and(eq(job.state, "running"), eq(job.lockedBy, workerId)));
      }
    },
    wake() {
      if (wakeUp) wakeUp();
      else wokenMeanwhile = true;
    },
    async drain() {
      let total = 0;
      const deadline = Date.now() + drainWaitMs;
      for (;;) {
        const ran = await batch();
        total += ran;
        if (ran > 0) continue;
        // Another runner on this database (a second app in a test, another process, woken by the same commit) may
        // hold what was due: what it runs may enqueue more, so wait for it, for a while.
        if (!(await heldElsewhere()) || Date.now() > deadline) return total;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

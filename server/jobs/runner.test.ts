import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../db/client.js";
import { job } from "../db/schema/index.js";
import { createTestDatabase, type TestDatabase } from "../test/database.js";
import { enqueueJob } from "./queue.js";
import { createJobRunner, type JobKind, retryDelayMs } from "./runner.js";

const logger = pino({ level: "silent" });

let database: TestDatabase;
let another: DatabaseConnection;
beforeAll(async () => {
  database = await createTestDatabase();
  another = await database.openAnother();
});
afterAll(async () => {
  await another.close();
  await database.close();
});
beforeEach(async () => {
  await database.db.delete(job);
});

const jobs = () => database.db.select().from(job);

/** A clock the test moves: retries and leases are times in the future. */
const clock = () => {
  let at = Date.now();
  return {
    now: () => new Date(at),
    pass: (ms: number) => {
      at += ms;
    },
  };
};

describe("the job queue", () => {
  it("holds a job only if the change that enqueued it committed, and runs it once", async () => {
    const ran: unknown[] = [];
    const kinds: JobKind[] = [{ kind: "note", handle: async (payload) => void ran.push(payload) }];
    await database.db
      .transaction(async (tx) => {
        await enqueueJob(tx, { kind: "note", payload: { n: 1 } });
        tx.rollback();
      })
      .catch(() => {});
    await database.db.transaction(async (tx) => {
      await enqueueJob(tx, { kind: "note", payload: { n: 2 } });
    });
    const runner = createJobRunner({ db: database.db, kinds, logger });
    expect(await runner.drain()).toBe(1);
    expect(ran).toEqual([{ n: 2 }]);
    expect(await jobs()).toEqual([]);
    expect(await runner.drain()).toBe(0);
  });

  it("does not sleep through a wake-up that came while it was looking", async () => {
    const ran: number[] = [];
    const started = Date.now();
    await enqueueJob(database.db, { kind: "note", payload: {} });
    let looks = 0;
    // The first look happens "before" the job is due and is woken meanwhile, as when the job's transaction commits
    // while the runner's query waits for it: the runner must look again at once, not after its idle minute.
    const runner: ReturnType<typeof createJobRunner> = createJobRunner({
      db: database.db,
      kinds: [{ kind: "note", handle: async () => void ran.push(Date.now() - started) }],
      logger,
      idleMs: 60_000,
      now: () => {
        looks++;
        if (looks > 1) return new Date();
        runner.wake();
        return new Date(Date.now() - 3_600_000);
      },
    });
    runner.start();
    try {
      for (let waited = 0; ran.length === 0 && waited < 10_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(ran).toHaveLength(1);
    } finally {
      await runner.stop();
    }
  });

  it("tries a failing job again after a growing wait, and keeps it as dead with its error after the last try", async () => {
    const time = clock();
    let calls = 0;
    const kinds: JobKind[] = [
      {
        kind: "flaky",
        handle: async () => {
          calls++;
          throw new Error(`refused ${calls}`);
        },
      },
    ];
    const runner = createJobRunner({ db: database.db, kinds, logger, now: time.now });
    await enqueueJob(database.db, { kind: "flaky", maxAttempts: 3, runAt: time.now() });
    expect(await runner.drain()).toBe(1);
    const [waiting] = await jobs();
    expect(waiting).toMatchObject({ state: "ready", attempts: 1, lastError: "refused 1", lockedBy: null });
    expect(waiting!.runAt.valueOf()).toBe(time.now().valueOf() + retryDelayMs(1));
    // Not before its time.
    time.pass(retryDelayMs(1) - 1000);
    expect(await runner.drain()).toBe(0);
    time.pass(1000);
    expect(await runner.drain()).toBe(1);
    time.pass(retryDelayMs(2));
    expect(await runner.drain()).toBe(1);
    expect(calls).toBe(3);
    const [dead] = await jobs();
    expect(dead).toMatchObject({ state: "dead", attempts: 3, lastError: "refused 3" });
    time.pass(24 * 60 * 60 * 1000);
    expect(await runner.drain()).toBe(0);
  });

  it("succeeds on a later try and is then gone", async () => {
    const time = clock();
    let calls = 0;
    const kinds: JobKind[] = [
      {
        kind: "second-time",
        handle: async (_payload, context) => {
          calls++;
          if (context.attempt === 1) throw new Error("not yet");
        },
      },
    ];
    const runner = createJobRunner({ db: database.db, kinds, logger, now: time.now });
    await enqueueJob(database.db, { kind: "second-time", runAt: time.now() });
    await runner.drain();
    time.pass(retryDelayMs(1));
    await runner.drain();
    expect(calls).toBe(2);
    expect(await jobs()).toEqual([]);
  });

  it("keeps one waiting job per singleton key", async () => {
    const first = await enqueueJob(database.db, { kind: "digest", singletonKey: "person-1" });
    const again = await enqueueJob(database.db, { kind: "digest", singletonKey: "person-1" });
    const other = await enqueueJob(database.db, { kind: "digest", singletonKey: "person-2" });
    expect(first).not.toBeNull();
    expect(again).toBeNull();
    expect(other).not.toBeNull();
    expect(await jobs()).toHaveLength(2);
  });

  it("takes only the kinds it runs, and only due jobs", async () => {
    const ran: string[] = [];
    const runner = createJobRunner({
      db: database.db,
      kinds: [{ kind: "mine", handle: async () => void ran.push("mine") }],
      logger,
    });
    await enqueueJob(database.db, { kind: "someone-else's" });
    await enqueueJob(database.db, { kind: "mine", runAt: new Date(Date.now() + 60_000) });
    await enqueueJob(database.db, { kind: "mine" });
    expect(await runner.drain()).toBe(1);
    expect(ran).toEqual(["mine"]);
    expect(await jobs()).toHaveLength(2);
  });

  it("takes a job again once the lease of a runner that stopped answering ends, and that attempt counts", async () => {
    const time = clock();
    let release: () => void = () => {};
    const stuck = new Promise<void>((resolve) => {
      release = resolve;
    });
    const seen: number[] = [];
    const hanging = createJobRunner({
      db: database.db,
      kinds: [
        {
          kind: "work",
          handle: async (_payload, context) => {
            seen.push(context.attempt);
            await stuck;
          },
        },
      ],
      logger,
      leaseMs: 60_000,
      now: time.now,
    });
    const healthy = createJobRunner({
      db: another.db,
      kinds: [{ kind: "work", handle: async (_payload, context) => void seen.push(context.attempt) }],
      logger,
      now: time.now,
    });
    await enqueueJob(database.db, { kind: "work", runAt: time.now() });
    const hung = hanging.drain();
    await expect.poll(() => seen).toEqual([1]);
    expect(await healthy.drain()).toBe(0);
    time.pass(60_001);
    expect(await healthy.drain()).toBe(1);
    expect(seen).toEqual([1, 2]);
    expect(await jobs()).toEqual([]);
    // The first runner comes back: its late finish changes nothing.
    release();
    await hung;
    expect(await jobs()).toEqual([]);
  });

  it("on stop, waits for a running job and hands back one that outlasts the grace, untried", async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = 0;
    const runner = createJobRunner({
      db: database.db,
      kinds: [
        {
          kind: "slow",
          handle: async () => {
            started++;
            await slow;
          },
        },
      ],
      logger,
      idleMs: 10,
    });
    const id = await enqueueJob(database.db, { kind: "slow" });
    runner.start();
    await expect.poll(() => started).toBe(1);
    await runner.stop(50);
    const [handedBack] = await database.db.select().from(job).where(eq(job.id, id!));
    expect(handedBack).toMatchObject({ state: "ready", attempts: 0, lockedBy: null });
    release();
  });

  it("runs each of 200 jobs exactly once with two runners on two connections", async () => {
    const runs = new Map<number, number>();
    const counting = (): JobKind[] => [
      {
        kind: "count",
        handle: async (payload) => {
          const n = payload.n as number;
          runs.set(n, (runs.get(n) ?? 0) + 1);
        },
      },
    ];
    for (let n = 0; n < 200; n++) await enqueueJob(database.db, { kind: "count", payload: { n } });
    const one = createJobRunner({ db: database.db, kinds: counting(), logger, concurrency: 5 });
    const two = createJobRunner({ db: another.db, kinds: counting(), logger, concurrency: 5 });
    const [a, b] = await Promise.all([one.drain(), two.drain()]);
    expect(a + b).toBe(200);
    expect(runs.size).toBe(200);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect(await jobs()).toEqual([]);
  });
});

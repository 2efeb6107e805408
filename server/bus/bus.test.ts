import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConnection } from "../db/client.js";
import { createTestDatabase, type TestDatabase, testDatabaseKind } from "../test/database.js";
import { type Bus, type BusChannel, openBus, publishOnCommit } from "./index.js";
import { busApplicationName, cutUtf8, pieceBytes } from "./postgres.js";

// Two buses on one database, as two server processes have: on PostgreSQL two connections that hear each other
// through NOTIFY; on PGlite one process owns the data, so both apps on its handle share one bus in memory.

let database: TestDatabase;
let another: DatabaseConnection;
const logged: { level: string; message: string }[] = [];
const log = {
  warn: (_object: object, message: string) => void logged.push({ level: "warn", message }),
  error: (_object: object, message: string) => void logged.push({ level: "error", message }),
};

beforeAll(async () => {
  database = await createTestDatabase();
  another = await database.openAnother();
});
afterAll(async () => {
  await another.close();
  await database.close();
});

async function twoBuses(): Promise<[Bus, Bus, () => Promise<void>]> {
  const first = await openBus({ db: database.db, kind: database.kind, log });
  const second = await openBus({ db: another.db, kind: another.kind, log });
  return [first, second, async () => void (await Promise.all([first.close(), second.close()]))];
}

/** Every message a bus delivers on a channel, and a way to wait (bounded) for one that matches. */
function recorder(bus: Bus, channel: BusChannel) {
  const received: unknown[] = [];
  const waiters: { match: (message: unknown) => boolean; resolve: (message: unknown) => void }[] = [];
  const stop = bus.subscribe(channel, (message) => {
    received.push(message);
    for (const waiter of [...waiters]) {
      if (waiter.match(message)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  });
  return {
    received,
    stop,
    next(match: (message: unknown) => boolean, what: string, timeoutMs = 10_000): Promise<unknown> {
      const found = received.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
        waiters.push({
          match,
          resolve: (message) => {
            clearTimeout(timer);
            resolve(message);
          },
        });
      });
    },
  };
}

const tagged = (tag: string) => (message: unknown) => (message as { tag?: string }).tag === tag;

describe("the bus", () => {
  it("delivers a message to every subscriber once: the publisher's own at once, the other's over the database", async () => {
    const [first, second, close] = await twoBuses();
    try {
      const here = recorder(first, "notifications");
      const there = recorder(second, "notifications");
      const elsewhere = recorder(second, "access");
      await first.publish("notifications", { tag: "hello", at: 1 });
      // Within publish, before anything went to the database.
      expect(here.received).toEqual([{ tag: "hello", at: 1 }]);
      expect(await there.next(tagged("hello"), "the other bus")).toEqual({ tag: "hello", at: 1 });
      // The other bus answers; NOTIFY reaches each listener in commit order, so once the answer is here, the
      // first message's own echo would have arrived too.
      await second.publish("notifications", { tag: "answer" });
      await here.next(tagged("answer"), "the answer");
      expect(here.received.filter(tagged("hello"))).toHaveLength(1);
      expect(there.received.filter(tagged("hello"))).toHaveLength(1);
      expect(there.received.filter(tagged("answer"))).toHaveLength(1);
      expect(elsewhere.received).toEqual([]);
    } finally {
      await close();
    }
  });

  it("carries a message larger than a NOTIFY payload intact, in order, with characters of every width", async () => {
    const [first, second, close] = await twoBuses();
    try {
      const there = recorder(second, "collab");
      const text = Array.from({ length: 40_000 }, (_, index) => ["a", "é", "€", "😀", "\n"][index % 5]).join("");
      const large = { tag: "large", text, numbers: Array.from({ length: 2000 }, (_, index) => index) };
      expect(Buffer.byteLength(JSON.stringify(large))).toBeGreaterThan(8000 * 10);
      await first.publish("collab", large);
      await first.publish("collab", { tag: "small after" });
      expect(await there.next(tagged("large"), "the large message")).toEqual(large);
      await there.next(tagged("small after"), "the small message");
      expect(there.received.filter(tagged("large"))).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("keeps delivering when a handler throws or rejects, and the publisher does not hear of it", async () => {
    const [first, second, close] = await twoBuses();
    try {
      logged.length = 0;
      first.subscribe("access", () => {
        throw new Error("a broken listener here");
      });
      second.subscribe("access", () => {
        throw new Error("a broken listener there");
      });
      second.subscribe("access", async () => {
        throw new Error("a rejecting listener there");
      });
      const here = recorder(first, "access");
      const there = recorder(second, "access");
      await expect(first.publish("access", { tag: "first" })).resolves.toBeUndefined();
      expect(here.received).toEqual([{ tag: "first" }]);
      await there.next(tagged("first"), "the first message");
      await first.publish("access", { tag: "second" });
      await there.next(tagged("second"), "the second message");
      await expect.poll(() => logged.filter((entry) => entry.level === "error").length).toBeGreaterThanOrEqual(5);
    } finally {
      await close();
    }
  });

  it("stops a handler that unsubscribed, and only that one", async () => {
    const [first, second, close] = await twoBuses();
    try {
      const stopped = recorder(second, "notifications");
      const kept = recorder(second, "notifications");
      stopped.stop();
      stopped.stop();
      await first.publish("notifications", { tag: "after stop" });
      await kept.next(tagged("after stop"), "the kept handler");
      expect(stopped.received).toEqual([]);
    } finally {
      await close();
    }
  });

  it("refuses what JSON cannot carry at once", async () => {
    const [first, , close] = await twoBuses();
    try {
      await expect(first.publish("collab", undefined)).rejects.toThrow(/not JSON/);
    } finally {
      await close();
    }
  });

  it("ends its subscriptions on close, and a closed bus's process no longer hears anything", async () => {
    const [first, second, close] = await twoBuses();
    const there = recorder(second, "notifications");
    await second.close();
    await second.close();
    await first.publish("notifications", { tag: "after close" });
    const here = recorder(first, "notifications");
    await first.publish("notifications", { tag: "still here" });
    expect(here.received).toEqual([{ tag: "still here" }]);
    await close();
    expect(there.received).toEqual([]);
    if (testDatabaseKind === "postgresql") {
      // Its own connection is gone too (the server notices a moment later).
      await expect.poll(() => busConnections(), { timeout: 10_000 }).toBe(0);
    }
  });

  it.skipIf(testDatabaseKind !== "postgresql")(
    "listens again after its connection is cut, and hears what is published then",
    async () => {
      const [first, second, close] = await twoBuses();
      try {
        logged.length = 0;
        let resumed = 0;
        second.onResumed(() => resumed++);
        const there = recorder(second, "access");
        expect(await busConnections()).toBe(2);
        await database.db.execute(
          sql`select pg_terminate_backend(pid) from pg_stat_activity
              where datname = current_database() and application_name = ${busApplicationName}`,
        );
        // Each try is a new message: what was published while a bus was reconnecting is lost, by design.
        for (let attempt = 0; ; attempt++) {
          await first.publish("access", { tag: `again ${attempt}` });
          const heard = await there.next(tagged(`again ${attempt}`), "a message after reconnecting", 1000).then(
            () => true,
            () => false,
          );
          if (heard) break;
          if (attempt > 20) throw new Error("the bus did not reconnect");
        }
        expect(logged.some((entry) => entry.message === "bus: listening again")).toBe(true);
        // So those who keep state from messages know to re-synchronize.
        expect(resumed).toBe(1);
        expect(await busConnections()).toBe(2);
      } finally {
        await close();
      }
    },
  );
});

async function busConnections(): Promise<number> {
  const result = await database.db.execute(
    sql`select count(*)::int as count from pg_stat_activity
        where datname = current_database() and application_name = ${busApplicationName}`,
  );
  return ((result as unknown as { rows: { count: number }[] }).rows[0] as { count: number }).count;
}

describe("cutting text into NOTIFY pieces", () => {
  it("never cuts inside a character and puts the text back together exactly", () => {
    const text = "😀é€a".repeat(5000);
    const pieces = cutUtf8(text, pieceBytes);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(pieceBytes);
      expect(piece).not.toContain("\uFFFD");
    }
    expect(pieces.join("")).toBe(text);
    expect(cutUtf8("short", pieceBytes)).toEqual(["short"]);
  });
});

describe("a message sent from inside a transaction", () => {
  it("reaches every bus, the sender's too, once the transaction commits, and never when it rolls back", async () => {
    const [first, second, close] = await twoBuses();
    try {
      const here = recorder(first, "jobs");
      const there = recorder(second, "jobs");
      await database.db.transaction(async (tx) => {
        await publishOnCommit(tx, "jobs", { n: 1 });
        // Still inside: nobody may hear of what nobody can read yet.
        await tx.execute(sql`select pg_sleep(0.2)`);
        expect(here.received).toEqual([]);
        expect(there.received).toEqual([]);
      });
      await here.next((message) => (message as { n?: number }).n === 1, "the committed message here");
      await there.next((message) => (message as { n?: number }).n === 1, "the committed message there");

      await database.db
        .transaction(async (tx) => {
          await publishOnCommit(tx, "jobs", { n: 2 });
          throw new Error("rolled back");
        })
        .catch(() => {});
      // A later committed message arrives; the rolled-back one never did before it (NOTIFYs keep their order).
      await database.db.transaction((tx) => publishOnCommit(tx, "jobs", { n: 3 }));
      await here.next((message) => (message as { n?: number }).n === 3, "the message after the rollback");
      await there.next((message) => (message as { n?: number }).n === 3, "the message after the rollback there");
      expect([...here.received, ...there.received].map((message) => (message as { n: number }).n)).toEqual([
        1, 3, 1, 3,
      ]);
    } finally {
      await close();
    }
  });
});

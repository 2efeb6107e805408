import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import pino from "pino";
import type { DatabaseConnection } from "../server/db/client.js";
import { enqueueJob } from "../server/jobs/queue.js";
import { createJobRunner, type JobKind } from "../server/jobs/runner.js";
import { openBenchDatabase } from "./database.js";

// Job throughput (server/jobs): how fast jobs are enqueued, each in its own transaction as a request does, and how
// fast runners take and finish them, with one runner and, on PostgreSQL, with two on separate connections (as
// two server processes). The handler does nothing, so this is the queue's own cost. Just before, the same steps
// run in a separate bare process (bench/bare-jobs.ts: the same driver, a minimal table, the same SKIP LOCKED take
// and finish loop written plainly, nothing of ours), so the queue's rate reads as a share of the bare one.
// `tsx bench/jobs.ts [kind]` runs it alone; bench/run.ts runs it with the rest.

const count = Number(process.env.BENCH_JOBS ?? 2000);
const logger = pino({ level: "silent" });

/** A throwaway database and the connections the runners use: on PostgreSQL two, as two server processes. */
async function open(
  kind: "pglite" | "postgresql",
): Promise<{ connections: DatabaseConnection[]; close(): Promise<void> }> {
  const database = await openBenchDatabase(kind, "jobs");
  const another = await database.openAnother?.();
  return {
    connections: another ? [database, another] : [database],
    close: async () => {
      await another?.close();
      await database.close();
    },
  };
}

async function enqueueAll(connection: DatabaseConnection): Promise<number> {
  const started = performance.now();
  for (let n = 0; n < count; n++) {
    await connection.db.transaction((tx) => enqueueJob(tx, { kind: "bench.noop", payload: { n } }).then(() => {}));
  }
  return count / ((performance.now() - started) / 1000);
}

async function drainWith(connections: DatabaseConnection[]): Promise<{ perSecond: number; ranTwice: number }> {
  const runs = new Map<number, number>();
  const kinds: JobKind[] = [
    {
      kind: "bench.noop",
      handle: async (payload) => {
        const n = payload.n as number;
        runs.set(n, (runs.get(n) ?? 0) + 1);
      },
    },
  ];
  const runners = connections.map((connection) => createJobRunner({ db: connection.db, kinds, logger }));
  const started = performance.now();
  const ran = (await Promise.all(runners.map((runner) => runner.drain()))).reduce((sum, each) => sum + each, 0);
  const seconds = (performance.now() - started) / 1000;
  if (ran !== count || runs.size !== count) throw new Error(`ran ${ran} jobs of ${count}`);
  return { perSecond: count / seconds, ranTwice: [...runs.values()].filter((times) => times > 1).length };
}

interface BareRates {
  enqueue: number;
  one: { perSecond: number; ranTwice: number };
  two: { perSecond: number; ranTwice: number } | null;
}

/** The bare process's rates (bench/bare-jobs.ts), measured in a process of its own. */
async function bareRates(kind: "pglite" | "postgresql"): Promise<BareRates> {
  const root = path.resolve(import.meta.dirname, "..");
  const child = spawn(
    path.join(root, "node_modules", ".bin", "tsx"),
    [path.join(root, "bench", "bare-jobs.ts"), kind],
    {
      stdio: ["ignore", "pipe", "inherit"],
      cwd: root,
      env: { ...process.env, BENCH_JOBS: String(count) },
    },
  );
  for await (const line of createInterface({ input: child.stdout! })) {
    if (line.startsWith("{")) return JSON.parse(line) as BareRates;
  }
  throw new Error(`bench/bare-jobs.ts (${kind}) exited without its numbers`);
}

export async function jobsBench(kind: "pglite" | "postgresql"): Promise<string> {
  const bare = await bareRates(kind);
  const opened = await open(kind);
  try {
    const [first] = opened.connections;
    const share = (ours: number, theirs: number) => `${((100 * ours) / theirs).toFixed(0)}%`;
    const lines = [
      `#### Jobs on ${kind === "pglite" ? "PGlite" : "PostgreSQL"}: ${count} jobs, handler does nothing`,
      "",
      "| step | jobs/s | bare process, jobs/s | vs bare | run twice (ours / bare) |",
      "| --- | ---: | ---: | ---: | ---: |",
    ];
    const enqueued = await enqueueAll(first!);
    lines.push(
      `| enqueue, one transaction each | ${enqueued.toFixed(0)} | ${bare.enqueue.toFixed(0)} | ` +
        `${share(enqueued, bare.enqueue)} | — |`,
    );
    const one = await drainWith([first!]);
    lines.push(
      `| take and finish, one runner (4 at a time) | ${one.perSecond.toFixed(0)} | ${bare.one.perSecond.toFixed(0)} | ` +
        `${share(one.perSecond, bare.one.perSecond)} | ${one.ranTwice} / ${bare.one.ranTwice} |`,
    );
    if (opened.connections.length > 1 && bare.two) {
      await enqueueAll(first!);
      const two = await drainWith(opened.connections);
      lines.push(
        `| take and finish, two runners on two connections | ${two.perSecond.toFixed(0)} | ` +
          `${bare.two.perSecond.toFixed(0)} | ${share(two.perSecond, bare.two.perSecond)} | ` +
          `${two.ranTwice} / ${bare.two.ranTwice} |`,
      );
    }
    return lines.join("\n");
  } finally {
    await opened.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const kinds = (process.argv[2] ?? "pglite,postgresql").split(",") as ("pglite" | "postgresql")[];
  for (const kind of kinds) console.log(`${await jobsBench(kind)}\n`);
}

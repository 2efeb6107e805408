import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

// The bare baseline of bench/jobs.ts, in a separate process with nothing of ours: the same driver, a minimal job
// table, and the loop server/jobs/runner.ts runs, written plainly — enqueue each job in its own transaction; take
// up to 4 due jobs with one `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)`, run them (the handler does
// nothing), delete each; again until none is due. On PostgreSQL also two such runners, each on its own pool (as
// two server processes). Prints one JSON line of jobs per second and exits.

const kind = process.argv[2] === "postgresql" ? "postgresql" : "pglite";
const count = Number(process.env.BENCH_JOBS ?? 2000);
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const takeAtOnce = 4;

const create = [
  "create table bare_job (id bigserial primary key, payload jsonb not null, state text not null default 'ready', " +
    "run_at timestamptz not null default now(), locked_until timestamptz)",
  "create index bare_job_due_idx on bare_job (run_at) where state = 'ready'",
];
const insert = "insert into bare_job (payload) values ($1)";
const take =
  "update bare_job set state = 'running', locked_until = now() + interval '2 minutes' where id in " +
  `(select id from bare_job where state = 'ready' and run_at <= now() order by run_at limit ${takeAtOnce} ` +
  "for update skip locked) returning id, payload";
const finish = "delete from bare_job where id = $1";

interface Driver {
  /** One statement in a transaction of its own. */
  inTransaction(statement: string, values: unknown[]): Promise<void>;
  query<T>(statement: string, values?: unknown[]): Promise<T[]>;
}

let runners: Driver[];
let close: () => Promise<void>;

if (kind === "postgresql") {
  const name = `interlink_bare_jobs_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // Two pools of 10, as the platform's two connections in bench/jobs.ts.
  const pools = [1, 2].map(() => new pg.Pool({ connectionString: url.toString(), max: 10 }));
  for (const pool of pools) pool.on("error", () => {});
  runners = pools.map((pool) => ({
    async inTransaction(statement, values) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        await client.query(statement, values);
        await client.query("commit");
      } finally {
        client.release();
      }
    },
    query: async <T>(statement: string, values?: unknown[]) => (await pool.query(statement, values)).rows as T[],
  }));
  for (const statement of create) await pools[0]!.query(statement);
  close = async () => {
    for (const pool of pools) await pool.end();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
} else {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-bare-jobs-"));
  const db = await PGlite.create(dataDir);
  for (const statement of create) await db.exec(statement);
  runners = [
    {
      inTransaction: (statement, values) => db.transaction(async (tx) => void (await tx.query(statement, values))),
      query: async <T>(statement: string, values?: unknown[]) => (await db.query<T>(statement, values)).rows,
    },
  ];
  close = async () => {
    await db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

async function enqueueAll(): Promise<number> {
  const started = performance.now();
  for (let n = 0; n < count; n++) await runners[0]!.inTransaction(insert, [JSON.stringify({ n })]);
  return count / ((performance.now() - started) / 1000);
}

async function drainWith(drivers: Driver[]): Promise<{ perSecond: number; ranTwice: number }> {
  const runs = new Map<number, number>();
  const drain = async (driver: Driver) => {
    for (;;) {
      const taken = await driver.query<{ id: string; payload: { n: number } }>(take);
      if (taken.length === 0) return;
      await Promise.all(
        taken.map(async (row) => {
          runs.set(row.payload.n, (runs.get(row.payload.n) ?? 0) + 1);
          await driver.query(finish, [row.id]);
        }),
      );
    }
  };
  const started = performance.now();
  await Promise.all(drivers.map(drain));
  const seconds = (performance.now() - started) / 1000;
  if (runs.size !== count) throw new Error(`ran ${runs.size} jobs of ${count}`);
  return { perSecond: count / seconds, ranTwice: [...runs.values()].filter((times) => times > 1).length };
}

try {
  const enqueue = await enqueueAll();
  const one = await drainWith(runners.slice(0, 1));
  let two: { perSecond: number; ranTwice: number } | null = null;
  if (runners.length > 1) {
    await enqueueAll();
    two = await drainWith(runners);
  }
  process.stdout.write(`${JSON.stringify({ enqueue, one, two })}\n`);
} finally {
  await close();
}

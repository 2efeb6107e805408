import { randomBytes } from "node:crypto";
import fs from "node:fs";
import type { ServerResponse } from "node:http";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { PGlite } from "@electric-sql/pglite";
import Fastify from "fastify";
import pg from "pg";

// The honest baseline of every API benchmark: a separate process with nothing of ours — Fastify, the same
// database driver (PGlite in its own data directory, or node-postgres on the same server), and one route running
// one indexed SELECT of 50 rows. What the platform adds on top (sessions, policies, zod, serialization, drizzle)
// is what the scenarios measure against it.
//
// For bench/fanout.ts it also keeps server-sent-event streams (`GET /stream?user=n`), and `POST /fanout?count=n`
// inserts n inbox rows in one statement and writes each row, as one SSE message, to its person's streams. Read
// from stdin, `{"cmd":"metrics"}` answers the process's memory on stdout after a forced collection (with
// --expose-gc), as bench/fanout-serve.ts does for the platform.

const kind = process.argv[2] === "postgresql" ? "postgresql" : "pglite";
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const rows = 1000;
const createAndSeed = [
  "create table bare_row (id integer primary key, name text not null, created_at timestamptz not null default now())",
  `insert into bare_row (id, name) select i, 'Organization ' || i from generate_series(1, ${rows}) as i`,
  "analyze bare_row",
  "create table bare_inbox (recipient integer not null, event_id text not null, body text not null, " +
    "created_at timestamptz not null default now(), primary key (recipient, event_id))",
];
const select = "select id, name, created_at from bare_row order by id desc limit 50";
const insertInboxStatement =
  "insert into bare_inbox (recipient, event_id, body) " +
  "select i, $2, 'Author mentioned you in “Everyone”' from generate_series(1, $1::integer) as i " +
  "returning recipient, body, created_at";

let query: () => Promise<unknown[]>;
let insertInbox: (count: number, eventId: string) => Promise<{ recipient: number; body: string }[]>;
let close: () => Promise<void>;

if (kind === "postgresql") {
  const name = `interlink_bare_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 10 });
  // Dropping the database at the end terminates whatever the pool still holds; that is the end, not a failure.
  pool.on("error", () => {});
  for (const statement of createAndSeed) await pool.query(statement);
  query = async () => (await pool.query(select)).rows;
  insertInbox = async (count, eventId) => (await pool.query(insertInboxStatement, [count, eventId])).rows;
  close = async () => {
    await pool.end();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
} else {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-bare-"));
  const db = await PGlite.create(dataDir);
  for (const statement of createAndSeed) await db.exec(statement);
  query = async () => (await db.query(select)).rows;
  insertInbox = async (count, eventId) =>
    (await db.query<{ recipient: number; body: string }>(insertInboxStatement, [count, eventId])).rows;
  close = async () => {
    await db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

const app = Fastify({ logger: false });
app.get("/baseline", query);

const streams = new Map<number, Set<ServerResponse>>();
app.get<{ Querystring: { user?: string } }>("/stream", (request, reply) => {
  const recipient = Number(request.query.user);
  reply.hijack();
  const stream = reply.raw;
  stream.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store" });
  let own = streams.get(recipient);
  if (!own) {
    own = new Set();
    streams.set(recipient, own);
  }
  own.add(stream);
  request.raw.on("close", () => own.delete(stream));
  stream.write(": connected\n\n");
});
app.post<{ Querystring: { count?: string } }>("/fanout", async (request) => {
  const eventId = randomBytes(8).toString("hex");
  const inserted = await insertInbox(Number(request.query.count ?? 1), eventId);
  const insertedAt = performance.timeOrigin + performance.now();
  for (const row of inserted) {
    const message = `id: ${eventId}-${row.recipient}\nevent: notification\ndata: ${JSON.stringify(row)}\n\n`;
    for (const stream of streams.get(row.recipient) ?? []) stream.write(message);
  }
  return { insertedAt, rows: inserted.length };
});
app.addHook("preClose", async () => {
  for (const own of streams.values()) for (const stream of own) stream.end();
});
const url = await app.listen({ port: 0, host: "127.0.0.1" });
process.stdout.write(`${JSON.stringify({ baselineUrl: url })}\n`);

const stop = async () => {
  await app.close();
  await close();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());

const gc = (globalThis as { gc?: () => void }).gc;
createInterface({ input: process.stdin }).on("line", (line) => {
  if ((JSON.parse(line) as { cmd: string }).cmd !== "metrics") return;
  gc?.();
  gc?.();
  process.stdout.write(`${JSON.stringify({ metrics: { ...process.memoryUsage(), collected: Boolean(gc) } })}\n`);
});

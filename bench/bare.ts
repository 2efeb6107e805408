import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import Fastify from "fastify";
import pg from "pg";

// The honest baseline of every API benchmark: a separate process with nothing of ours — Fastify, the same
// database driver (PGlite in its own data directory, or node-postgres on the same server), and one route running
// one indexed SELECT of 50 rows. What the platform adds on top (sessions, policies, zod, serialization, drizzle)
// is what the scenarios measure against it.

const kind = process.argv[2] === "postgresql" ? "postgresql" : "pglite";
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const rows = 1000;
const createAndSeed = [
  "create table bare_row (id integer primary key, name text not null, created_at timestamptz not null default now())",
  `insert into bare_row (id, name) select i, 'Organization ' || i from generate_series(1, ${rows}) as i`,
  "analyze bare_row",
];
const select = "select id, name, created_at from bare_row order by id desc limit 50";

let query: () => Promise<unknown[]>;
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
  close = async () => {
    await db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

const app = Fastify({ logger: false });
app.get("/baseline", query);
const url = await app.listen({ port: 0, host: "127.0.0.1" });
process.stdout.write(`${JSON.stringify({ baselineUrl: url })}\n`);

const stop = async () => {
  await app.close();
  await close();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());

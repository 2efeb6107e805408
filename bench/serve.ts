import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { desc } from "drizzle-orm";
import Fastify from "fastify";
import pg from "pg";
import { buildApp } from "../server/app.js";
import { loadConfig } from "../server/config.js";
import { openDatabase } from "../server/db/client.js";
import { organization } from "../server/db/schema/index.js";

// The server side of a benchmark, in its own process so the load generator does not share its event loop.
// Starts the platform and a bare Fastify baseline on one database, seeds it, prints where they listen.

const kind = process.argv[2] === "postgresql" ? "postgresql" : "pglite";
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `interlink_bench_${randomBytes(4).toString("hex")}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-bench-"));

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

let databaseUrl: string | undefined;
if (kind === "postgresql") {
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
}
const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
const config = loadConfig({
  LOG_LEVEL: "silent",
  BASE_URL: "http://localhost:3000",
  RATE_LIMIT_AUTH_PER_MINUTE: "100000",
});
const app = await buildApp({ config, db: database.db, databaseKind: database.kind });
const appUrl = await app.listen({ port: 0, host: "127.0.0.1" });

// Seed through the API, as users would. The first account becomes platform administrator, whose reads skip
// every visibility rule; the measured person is the second, an ordinary member who administers 60 public
// organizations and belongs to a team in one of them.
const origin = "http://localhost:3000";
const signUp = async (email: string) => {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-up/email",
    headers: { origin },
    payload: { email, name: email, password: "a long enough password" },
  });
  return response.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
};
await signUp("operator@example.org");
const cookie = await signUp("bench@example.org");
for (let index = 0; index < 60; index++) {
  await app.inject({
    method: "POST",
    url: "/api/v1/organizations",
    headers: { origin, cookie },
    payload: { name: { en: `Organization ${index}` }, type: "public_administration", visibility: "public" },
  });
}

const [first] = (await app.inject({ url: "/api/v1/organizations?limit=1", headers: { cookie } })).json().items as {
  id: string;
}[];
await app.inject({
  method: "POST",
  url: `/api/v1/organizations/${first!.id}/teams`,
  headers: { origin, cookie },
  payload: { name: { en: "Bench team" }, type: "citizen" },
});

// The baseline: one route, one indexed SELECT of 50 rows through the same driver and database, nothing else.
const bare = Fastify({ logger: false });
bare.get("/baseline", async () => database.db.select().from(organization).orderBy(desc(organization.id)).limit(50));
const baselineUrl = await bare.listen({ port: 0, host: "127.0.0.1" });

process.stdout.write(`${JSON.stringify({ appUrl, baselineUrl, cookie })}\n`);

const stop = async () => {
  await bare.close();
  await app.close();
  await database.close();
  if (kind === "postgresql") await admin(`drop database if exists ${name} with (force)`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());

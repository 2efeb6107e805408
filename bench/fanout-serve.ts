import { createHmac, randomBytes } from "node:crypto";
import path from "node:path";
import { createInterface } from "node:readline";
import { count, eq } from "drizzle-orm";
import { buildApp } from "../server/app.js";
import { sessionCookieName } from "../server/auth/auth.js";
import { loadConfig } from "../server/config.js";
import { grant, notification, session, user } from "../server/db/schema/index.js";
import { signUp as signUpAndConfirm } from "../server/test/app.js";
import { openBenchDatabase } from "./database.js";

// The server side of bench/fanout.ts, in its own process (as bench/serve.ts): the platform on one database with
// one private process whose N members (BENCH_FANOUT_RECIPIENTS) may read its discussion, each with a session.
// Prints one JSON line when ready (where it listens, the members' session cookies, the discussion). Then answers
// commands read from stdin, one JSON line each, on stdout — so the bench reads memory and inbox rows without a
// route the product would carry:
//   {"cmd":"metrics"}            → {"metrics":{rss,heapUsed,…}} after a forced collection (run with --expose-gc)
//   {"cmd":"watch","count":N}    → {"inboxAt":<epoch ms>,"inboxRows":N} once N mention rows exist (polled every 5 ms)

const kind = process.argv[2] === "postgresql" ? "postgresql" : "pglite";
const recipients = Number(process.env.BENCH_FANOUT_RECIPIENTS ?? 1000);
const waitMs = Number(process.env.BENCH_FANOUT_WAIT_SECONDS ?? 120) * 1000;
const now = () => performance.timeOrigin + performance.now();

const database = await openBenchDatabase(kind, "fanout");
// A secret of our own, so the members' session cookies can be signed here as better-auth signs them.
const secret = randomBytes(32).toString("base64url");
const config = loadConfig({
  LOG_LEVEL: "silent",
  BASE_URL: "http://localhost:3000",
  AUTH_SECRET: secret,
  RATE_LIMIT_AUTH_PER_MINUTE: "100000",
  MAIL_DIR: path.join(database.dir, "mail"),
});
const app = await buildApp({ config, db: database.db, databaseKind: database.kind });
const appUrl = await app.listen({ port: 0, host: "127.0.0.1" });

const origin = "http://localhost:3000";
const inject = async (method: "GET" | "POST", url: string, cookie: string, payload?: Record<string, unknown>) => {
  const response = await app.inject({ method, url, headers: { origin, cookie }, payload });
  if (response.statusCode >= 400) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
};

// The author of the mention signs up through the API (the first account is the platform administrator, so the
// author is the second, an ordinary member) and creates the process: its administrator.
await signUpAndConfirm(app, { email: "operator@example.org", name: "Operator" });
const author = await signUpAndConfirm(app, { email: "author@example.org", name: "Author" });
const coProduction = await inject("POST", "/api/v1/processes", author.cookie, {
  name: "Fan-out process",
  language: "en",
  governanceModel: "G+G",
  visibility: "private",
});

// The members straight into the tables, as better-auth and the grants route would write them: N sign-ups with
// their password hashing and confirmation mails would take minutes and measure nothing of the fan-out. Each gets
// a session row and the cookie better-auth would set for it (the token, a dot, the HMAC-SHA256 of the token in
// base64), and a grant of `view` on the whole process, so each may read the discussion and is mentionable.
const cookieName = sessionCookieName(false);
const expiresAt = new Date(Date.now() + 24 * 3600 * 1000);
const members = Array.from({ length: recipients }, (_, index) => {
  const token = randomBytes(24).toString("base64url");
  const signature = createHmac("sha256", secret).update(token).digest("base64");
  return {
    id: `bench-member-${index + 1}`,
    name: `P${index + 1}`,
    token,
    cookie: `${cookieName}=${encodeURIComponent(`${token}.${signature}`)}`,
  };
});
for (let start = 0; start < members.length; start += 500) {
  const chunk = members.slice(start, start + 500);
  await database.db.insert(user).values(
    chunk.map((member) => ({
      id: member.id,
      name: member.name,
      email: `${member.id}@example.org`,
      emailVerified: true,
      language: "en" as const,
    })),
  );
  await database.db
    .insert(session)
    .values(chunk.map((member) => ({ id: `s-${member.id}`, token: member.token, userId: member.id, expiresAt })));
  await database.db.insert(grant).values(
    chunk.map((member) => ({
      processId: coProduction.id as string,
      userId: member.id,
      rights: ["view" as const],
      createdBy: author.userId,
    })),
  );
}

// The task and its discussion through the API, after the members exist: each step appends to the process's
// activity, so nothing kept from before the members were added is answered.
const phase = await inject("POST", `/api/v1/processes/${coProduction.id}/items`, author.cookie, {
  type: "phase",
  name: "Phase",
});
const objective = await inject("POST", `/api/v1/processes/${coProduction.id}/items`, author.cookie, {
  type: "objective",
  parentId: phase.id,
  name: "Objective",
});
const task = await inject("POST", `/api/v1/processes/${coProduction.id}/items`, author.cookie, {
  type: "task",
  parentId: objective.id,
  name: "Task",
});
const discussion = await inject("POST", `/api/v1/tasks/${task.id}/assets`, author.cookie, {
  kind: "interlinker",
  interlinkerId: "discussion",
  name: "Everyone",
});
// The sign-ups' mails are out of the queue before anything is measured.
await app.jobs.drain();

process.stdout.write(
  `${JSON.stringify({
    appUrl,
    origin,
    authorCookie: author.cookie,
    assetId: discussion.id,
    members: members.map((member) => ({ name: member.name, cookie: member.cookie })),
  })}\n`,
);

const gc = (globalThis as { gc?: () => void }).gc;
const reply = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
const mentionRows = async () =>
  Number(
    (await database.db.select({ rows: count() }).from(notification).where(eq(notification.type, "mentioned")))[0]
      ?.rows ?? 0,
  );

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  await database.close();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());

createInterface({ input: process.stdin })
  .on("line", (line) => {
    const command = JSON.parse(line) as { cmd: string; count?: number };
    if (command.cmd === "metrics") {
      gc?.();
      gc?.();
      reply({ metrics: { ...process.memoryUsage(), collected: Boolean(gc) } });
    } else if (command.cmd === "watch") {
      void (async () => {
        const until = Date.now() + waitMs;
        let rows = 0;
        while (Date.now() < until) {
          rows = await mentionRows();
          if (rows >= command.count!) return reply({ inboxAt: now(), inboxRows: rows });
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        reply({ inboxAt: null, inboxRows: rows });
      })();
    }
  })
  // The bench that started this process is gone: so is the reason to run.
  .on("close", () => void stop());

import path from "node:path";
import { sql } from "drizzle-orm";
import { buildApp } from "../server/app.js";
import { loadConfig } from "../server/config.js";
import { asset } from "../server/db/schema/index.js";
import { signUp as signUpAndConfirm } from "../server/test/app.js";
import { openBenchDatabase } from "./database.js";

// The server side of a benchmark, in its own process so the load generator does not share its event loop.
// Starts the platform on one database, seeds it, prints where it listens. The baseline runs apart (bare.ts).

const kind = process.argv[2] === "postgresql" ? "postgresql" : "pglite";
const database = await openBenchDatabase(kind, "serve");
const config = loadConfig({
  LOG_LEVEL: "silent",
  BASE_URL: "http://localhost:3000",
  RATE_LIMIT_AUTH_PER_MINUTE: "100000",
  // The seeded people confirm their addresses through the mails written here.
  MAIL_DIR: path.join(database.dir, "mail"),
});
const app = await buildApp({ config, db: database.db, databaseKind: database.kind });
const appUrl = await app.listen({ port: 0, host: "127.0.0.1" });

// Seed through the API, as users would. The first account becomes platform administrator, whose reads skip
// every visibility rule; the measured person is the second, an ordinary member who administers 60 public
// organizations and belongs to a team in one of them.
const origin = "http://localhost:3000";
const signUp = async (email: string) => (await signUpAndConfirm(app, { email, name: email })).cookie;
const operator = await signUp("operator@example.org");
const cookie = await signUp("bench@example.org");
const inject = async (method: "GET" | "POST", url: string, session: string, payload?: Record<string, unknown>) => {
  const response = await app.inject({ method, url, headers: { origin, cookie: session }, payload });
  if (response.statusCode >= 400) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
};
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
const benchTeam = await inject("POST", `/api/v1/organizations/${first!.id}/teams`, cookie, {
  name: { en: "Bench team" },
  type: "citizen",
});

// A process of 4 phases × 5 objectives × 10 tasks with 2 assets each, built through the API by the operator;
// the bench person's team holds view and create_assets on each phase, which every task below inherits.
const coProduction = await inject("POST", "/api/v1/processes", operator, {
  name: "Bench process",
  language: "en",
  governanceModel: "G+G",
  visibility: "private",
});
const taskIds: string[] = [];
for (let phaseIndex = 0; phaseIndex < 4; phaseIndex++) {
  const phase = await inject("POST", `/api/v1/processes/${coProduction.id}/items`, operator, {
    type: "phase",
    name: `Phase ${phaseIndex + 1}`,
  });
  const granted = await inject("POST", `/api/v1/processes/${coProduction.id}/grants`, operator, {
    teamId: benchTeam.id,
    itemId: phase.id,
    rights: ["view", "create_assets"],
  });
  // The team belongs to the bench person's organization: the rights wait for its administrator's consent.
  if (granted.invitation) await inject("POST", `/api/v1/invitations/${granted.invitation.id}/accept`, cookie, {});
  for (let objectiveIndex = 0; objectiveIndex < 5; objectiveIndex++) {
    const objective = await inject("POST", `/api/v1/processes/${coProduction.id}/items`, operator, {
      type: "objective",
      parentId: phase.id,
      name: `Objective ${phaseIndex + 1}.${objectiveIndex + 1}`,
    });
    for (let taskIndex = 0; taskIndex < 10; taskIndex++) {
      const task = await inject("POST", `/api/v1/processes/${coProduction.id}/items`, operator, {
        type: "task",
        parentId: objective.id,
        name: `Task ${phaseIndex + 1}.${objectiveIndex + 1}.${taskIndex + 1}`,
      });
      taskIds.push(task.id);
    }
  }
}
const operatorId = (await inject("GET", "/api/v1/me", operator)).id as string;
// Assets straight into the table: 400 API calls would only make seeding slow, not the measured read different.
await database.db.insert(asset).values(
  taskIds.flatMap((taskId) =>
    [1, 2].map((index) => ({
      processId: coProduction.id as string,
      taskId,
      kind: "external" as const,
      name: `Link ${index}`,
      url: `https://example.org/${taskId}/${index}`,
      createdBy: operatorId,
    })),
  ),
);

// Many other processes, half public, for the list: inserted in one statement with time-ordered ids older than
// everything above, so the bench person's own processes are not simply the newest.
const processCount = Number(process.env.BENCH_PROCESSES ?? 1000);
const oldest = Date.now() - 10 * 365 * 24 * 3600 * 1000;
await database.db.execute(sql`
  insert into process (id, name, language, governance_model, visibility, created_by)
  select (lpad(to_hex(${oldest}::bigint + i), 12, '0') || '70008000' || lpad(to_hex(i), 12, '0'))::uuid,
         'Process ' || i, 'en', 'G+G', case when i % 2 = 0 then 'public' else 'private' end, ${operatorId}
  from generate_series(1, ${processCount}) as i`);
await database.db.execute(sql`analyze`);

process.stdout.write(`${JSON.stringify({ appUrl, cookie, processId: coProduction.id })}\n`);

const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());

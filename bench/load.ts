import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { awaitMailLink } from "../server/modules/mail/files.js";
import { summarise as summariseProfile } from "./cpuprofile.js";
import { createPostgresDatabase } from "./database.js";

// `npm run bench:load -- --db pglite|pg --users 200 --seconds 60 [--profile]`
//
// Many signed-in people at once, reads and writes mixed, against the real server (`server/main.ts`) in its own
// process: this process is the load generator. Closed loop — each person sends a request, waits for its answer and
// sends the next — so the load is what 200 impatient people make, not an open flood. Loopback only, bounded in
// people and seconds. Reports req/s, p50, p99, max, errors, timeouts (answers slower than 5 s) and the server's
// peak RSS and event-loop delay (bench/load-probe.ts); with --profile also the top functions of the server's CPU
// profile over the load.

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const maxUsers = 500;
const maxSeconds = 300;
const timeoutMs = 5_000;
// A request still unanswered after this is abandoned (and counted as a timeout), so a run always ends.
const abandonMs = 30_000;
const groupSize = 10;

const { values: args } = parseArgs({
  options: {
    db: { type: "string", default: "pglite" },
    users: { type: "string", default: "200" },
    seconds: { type: "string", default: "60" },
    port: { type: "string", default: "3353" },
    profile: { type: "boolean", default: false },
  },
});
const kind = args.db === "pg" || args.db === "postgresql" ? "postgresql" : args.db === "pglite" ? "pglite" : null;
if (!kind) throw new Error(`--db must be pglite or pg, not ${args.db}`);
const users = Number(args.users);
const seconds = Number(args.seconds);
const port = Number(args.port);
if (!Number.isInteger(users) || users < 1 || users > maxUsers) throw new Error(`--users: 1 to ${maxUsers}`);
if (!Number.isFinite(seconds) || seconds < 1 || seconds > maxSeconds) throw new Error(`--seconds: 1 to ${maxSeconds}`);
if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error("--port: 1024 to 65535");

const host = "127.0.0.1";
const baseUrl = `http://${host}:${port}`;
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-load-"));
const mailDir = path.join(workDir, "mail");
const profileFile = path.join(os.tmpdir(), `interlink-load-${args.db}.cpuprofile`);
/** PostgreSQL: the database the server runs on, dropped once the run is over. */
let database: { url: string; drop(): Promise<void> } | undefined;

// ---- the server ----

let probe: { eventLoopDelayMs: Record<string, number>; peakRssMiB: number } | undefined;

async function startServer(): Promise<ChildProcess> {
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    HOST: host,
    BASE_URL: baseUrl,
    DATA_DIR: path.join(workDir, "data"),
    MAIL_DIR: mailDir,
    LOG_LEVEL: "warn",
    WEB_BUILD: "skip",
    // Setting up hundreds of people through the API from one address is what the limits are there to stop.
    RATE_LIMIT_AUTH_PER_MINUTE: "100000",
    RATE_LIMIT_INVITATIONS_PER_HOUR: "100000",
  };
  if (kind === "postgresql") {
    database = await createPostgresDatabase("load");
    env.DATABASE_URL = database.url;
  } else {
    delete env.DATABASE_URL;
  }
  fs.rmSync(profileFile, { force: true });
  const flags = ["--import", "tsx", "--import", path.join(root, "bench", "load-probe.ts")];
  if (args.profile) env.BENCH_CPU_PROFILE = profileFile;
  const child = spawn(process.execPath, [...flags, path.join(root, "server", "main.ts")], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => process.stdout.write(`  server: ${chunk}`));
  child.stderr!.on("data", (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (line.startsWith("LOAD-PROBE ")) probe = JSON.parse(line.slice("LOAD-PROBE ".length));
      else if (line.trim()) process.stderr.write(`  server: ${line}\n`);
    }
  });
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before listening`);
    const ready = await send({ method: "GET", path: "/api/health" }).then(
      (answer) => answer.status === 200,
      () => false,
    );
    if (ready) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not answer /api/health within 2 minutes");
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

// ---- HTTP ----

const agent = new http.Agent({ keepAlive: true, maxSockets: maxUsers + 10 });

interface Answer {
  status: number;
  body: string;
  cookies: string[];
}

function send(options: { method: string; path: string; cookie?: string; body?: unknown }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const request = http.request(
      {
        host,
        port,
        agent,
        method: options.method,
        path: options.path,
        headers: {
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.method === "GET" ? {} : { origin: baseUrl }),
          ...(payload ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) } : {}),
        },
        signal: AbortSignal.timeout(abandonMs),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            cookies: [response.headers["set-cookie"] ?? []].flat(),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

// biome-ignore lint/suspicious/noExplicitAny: the set-up reads a few fields of answers it does not type.
async function expectOk(options: Parameters<typeof send>[0]): Promise<any> {
  const answer = await send(options);
  if (answer.status >= 300) throw new Error(`${options.method} ${options.path}: ${answer.status} ${answer.body}`);
  return answer.body ? JSON.parse(answer.body) : undefined;
}

// ---- the people and what they work on, set up through the API as people would ----

interface Person {
  index: number;
  cookie: string;
  userId: string;
  group: Group;
}
interface Group {
  processId: string;
  leader?: Person;
  members: Person[];
  itemIds: string[];
  taskIds: string[];
  discussionAssetId: string;
  threadIds: string[];
}

async function signUp(index: number): Promise<{ cookie: string; userId: string }> {
  const email = `load${index}@example.org`;
  const created = await expectOk({
    method: "POST",
    path: "/api/auth/sign-up/email",
    body: { email, name: `Load person ${index}`, password: "a long enough password" },
  });
  const link = await awaitMailLink(mailDir, { purpose: "verify-email", to: email });
  if (!link) throw new Error(`no confirmation mail for ${email}`);
  const token = new URL(link).searchParams.get("token")!;
  const confirmed = await send({ method: "GET", path: `/api/auth/verify-email?token=${encodeURIComponent(token)}` });
  const cookie = confirmed.cookies.find((entry) => entry.startsWith("interlink.session_token="));
  if (!cookie) throw new Error(`confirming ${email}: ${confirmed.status} ${confirmed.body}`);
  return { cookie: cookie.split(";")[0]!, userId: created.user.id };
}

async function inBatches<T>(count: number, width: number, work: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await work(index);
      }
    }),
  );
  return results;
}

interface TreeNode {
  id: string;
  type: string;
  children: TreeNode[];
}
const flatten = (nodes: TreeNode[]): TreeNode[] => nodes.flatMap((node) => [node, ...flatten(node.children)]);

async function setUp(): Promise<Person[]> {
  // The platform's first account becomes its administrator, whose reads skip every rule: not one of the crowd.
  await signUp(0);
  const accounts = await inBatches(users, 4, (index) => signUp(index + 1));
  const groups: Group[] = [];
  const people: Person[] = [];
  for (let start = 0; start < users; start += groupSize) {
    const leaderAccount = accounts[start]!;
    const coProduction = await expectOk({
      method: "POST",
      path: "/api/v1/processes",
      cookie: leaderAccount.cookie,
      body: {
        name: `Load process ${start / groupSize + 1}`,
        language: "en",
        governanceModel: "G+G",
        visibility: "private",
        schemaId: "default",
      },
    });
    const tree = await expectOk({
      method: "GET",
      path: `/api/v1/processes/${coProduction.id}/tree`,
      cookie: leaderAccount.cookie,
    });
    const items = flatten(tree.items as TreeNode[]);
    const taskIds = items.filter((node) => node.type === "task").map((node) => node.id);
    const discussion = await expectOk({
      method: "POST",
      path: `/api/v1/tasks/${taskIds[0]}/assets`,
      cookie: leaderAccount.cookie,
      body: {
        kind: "interlinker",
        interlinkerId: "discussion",
        name: "Working together",
        input: { thread: { title: "Welcome", source: "Say hello." } },
      },
    });
    const group: Group = {
      processId: coProduction.id,
      members: [],
      itemIds: items.map((node) => node.id),
      taskIds,
      discussionAssetId: discussion.id,
      threadIds: [],
    };
    groups.push(group);
    for (let index = start; index < Math.min(start + groupSize, users); index++) {
      const account = accounts[index]!;
      const person: Person = { index, ...account, group };
      if (index === start) group.leader = person;
      else {
        await expectOk({
          method: "POST",
          path: `/api/v1/processes/${group.processId}/grants`,
          cookie: leaderAccount.cookie,
          body: { userId: account.userId, rights: ["view", "create_assets", "edit_assets", "manage_items"] },
        });
      }
      group.members.push(person);
      people.push(person);
    }
    const threads = await expectOk({
      method: "GET",
      path: `/api/v1/assets/${discussion.id}/discussion/threads`,
      cookie: leaderAccount.cookie,
    });
    group.threadIds.push(...(threads.items as { id: string }[]).map((thread) => thread.id));
  }
  return people;
}

// ---- what each person does, over and over ----

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

// `leader`: only the process's administrator does this (giving rights, reading who holds them).
type Step = { name: string; weight: number; leader?: true; run: (person: Person) => Promise<Answer> };
let counter = 0;
const steps: Step[] = [
  { name: "GET /me", weight: 15, run: (p) => send({ method: "GET", path: "/api/v1/me", cookie: p.cookie }) },
  {
    name: "GET /processes?mine",
    weight: 10,
    run: (p) => send({ method: "GET", path: "/api/v1/processes?mine=true", cookie: p.cookie }),
  },
  {
    name: "GET /processes/:id",
    weight: 5,
    run: (p) => send({ method: "GET", path: `/api/v1/processes/${p.group.processId}`, cookie: p.cookie }),
  },
  {
    name: "GET tree",
    weight: 15,
    run: (p) => send({ method: "GET", path: `/api/v1/processes/${p.group.processId}/tree`, cookie: p.cookie }),
  },
  {
    name: "GET task assets",
    weight: 10,
    run: (p) => send({ method: "GET", path: `/api/v1/tasks/${pick(p.group.taskIds)}/assets`, cookie: p.cookie }),
  },
  {
    name: "GET threads",
    weight: 5,
    run: (p) =>
      send({ method: "GET", path: `/api/v1/assets/${p.group.discussionAssetId}/discussion/threads`, cookie: p.cookie }),
  },
  {
    name: "GET participants",
    weight: 3,
    run: (p) => send({ method: "GET", path: `/api/v1/processes/${p.group.processId}/participants`, cookie: p.cookie }),
  },
  {
    name: "GET activity",
    weight: 3,
    run: (p) => send({ method: "GET", path: `/api/v1/processes/${p.group.processId}/activity`, cookie: p.cookie }),
  },
  {
    name: "GET grants",
    weight: 10,
    leader: true,
    run: (p) => send({ method: "GET", path: `/api/v1/processes/${p.group.processId}/grants`, cookie: p.cookie }),
  },
  {
    name: "PATCH item",
    weight: 10,
    run: (p) =>
      send({
        method: "PATCH",
        path: `/api/v1/items/${pick(p.group.taskIds)}`,
        cookie: p.cookie,
        body: { description: `Edited by ${p.index} (${++counter})` },
      }),
  },
  {
    name: "POST asset",
    weight: 10,
    run: (p) =>
      send({
        method: "POST",
        path: `/api/v1/tasks/${pick(p.group.taskIds)}/assets`,
        cookie: p.cookie,
        body: { kind: "external", name: `Link ${++counter}`, url: `https://example.org/load/${counter}` },
      }),
  },
  {
    name: "POST thread",
    weight: 5,
    run: async (p) => {
      const answer = await send({
        method: "POST",
        path: `/api/v1/assets/${p.group.discussionAssetId}/discussion/threads`,
        cookie: p.cookie,
        body: { title: `Topic ${++counter}`, source: `What do you think about **${counter}**?` },
      });
      if (answer.status === 201) p.group.threadIds.push(JSON.parse(answer.body).id);
      return answer;
    },
  },
  {
    name: "POST reply",
    weight: 10,
    run: (p) =>
      send({
        method: "POST",
        path: `/api/v1/assets/${p.group.discussionAssetId}/discussion/threads/${pick(p.group.threadIds)}/replies`,
        cookie: p.cookie,
        body: { source: `I agree (${++counter}).` },
      }),
  },
  {
    name: "POST grant",
    weight: 10,
    leader: true,
    run: (p) =>
      send({
        method: "POST",
        path: `/api/v1/processes/${p.group.processId}/grants`,
        cookie: p.cookie,
        body: {
          userId: pick(p.group.members.length > 1 ? p.group.members.slice(1) : p.group.members).userId,
          itemId: pick(p.group.itemIds),
          rights: ["view"],
        },
      }),
  },
];
function chooseStep(person: Person): Step {
  const mine = steps.filter((step) => !step.leader || person.group.leader === person);
  let roll = Math.random() * mine.reduce((sum, step) => sum + step.weight, 0);
  for (const step of mine) {
    roll -= step.weight;
    if (roll < 0) return step;
  }
  return mine[0]!;
}

interface Sample {
  step: string;
  startedAt: number;
  ms: number;
  status: number;
}

/** The server's resident memory now, in MiB (Linux). */
function residentMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) / 1024;
}

let peakRssMiB = 0;

async function runLoad(server: ChildProcess, people: Person[]): Promise<Sample[]> {
  const samples: Sample[] = [];
  // The probe starts its event-loop histogram afresh: start-up (migrations, catalogue) and set-up are not the load.
  server.kill("SIGUSR2");
  const watch = setInterval(() => {
    peakRssMiB = Math.max(peakRssMiB, residentMiB(server.pid!));
  }, 250);
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    people.map(async (person) => {
      while (performance.now() < end) {
        const step = chooseStep(person);
        const startedAt = performance.now();
        const status = await step.run(person).then(
          (answer) => answer.status,
          () => 0,
        );
        samples.push({ step: step.name, startedAt, ms: performance.now() - startedAt, status });
      }
    }),
  );
  clearInterval(watch);
  // The probe stops the profile (when one runs) at this second signal.
  server.kill("SIGUSR2");
  if (args.profile) {
    for (let waited = 0; !fs.existsSync(profileFile) && waited < 60_000; waited += 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return samples;
}

// ---- the report ----

const percentile = (sorted: number[], share: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]! : 0;

function summarise(samples: Sample[], durationMs: number) {
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return {
    requests: samples.length,
    perSecond: samples.length / (durationMs / 1000),
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
    // 0 is a request that got no answer at all (refused connection, reset, abandoned after 30 s).
    errors: samples.filter((sample) => sample.status === 0 || sample.status >= 500).length,
    refusals: samples.filter((sample) => sample.status >= 400 && sample.status < 500).length,
    timeouts: samples.filter((sample) => sample.ms > timeoutMs).length,
  };
}

const ms = (value: number) => value.toFixed(0);

async function main() {
  console.log(
    `Load: ${users} signed-in people × ${seconds} s on ${kind}, closed loop, ${os.cpus().length} × ` +
      `${os.cpus()[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  const setUpStarted = performance.now();
  const server = await startServer();
  let samples: Sample[] = [];
  let durationMs = 0;
  try {
    const people = await setUp();
    console.log(`  set up ${people.length} people in ${((performance.now() - setUpStarted) / 1000).toFixed(0)} s`);
    const started = performance.now();
    samples = await runLoad(server, people);
    durationMs = performance.now() - started;
  } finally {
    await stopServer(server);
    agent.destroy();
    await database?.drop().catch(() => {});
  }

  const total = summarise(samples, durationMs);
  console.log(
    `\n| database | people × s | requests | req/s | p50 ms | p99 ms | max ms | errors | timeouts > 5 s | 4xx | peak RSS MiB (load) | loop delay p99 / max ms |`,
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  console.log(
    `| ${kind} | ${users} × ${seconds} | ${total.requests} | ${total.perSecond.toFixed(0)} | ${ms(total.p50)} | ${ms(total.p99)} | ${ms(total.max)} | ${total.errors} | ${total.timeouts} | ${total.refusals} | ${peakRssMiB.toFixed(0)} | ${probe ? `${probe.eventLoopDelayMs.p99} / ${probe.eventLoopDelayMs.max}` : "?"} |`,
  );

  console.log("\n| request | share | p50 ms | p99 ms | max ms | errors | 4xx | timeouts |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const step of steps) {
    const mine = summarise(
      samples.filter((sample) => sample.step === step.name),
      durationMs,
    );
    console.log(
      `| ${step.name} | ${((100 * mine.requests) / Math.max(1, total.requests)).toFixed(0)}% | ${ms(mine.p50)} | ${ms(mine.p99)} | ${ms(mine.max)} | ${mine.errors} | ${mine.refusals} | ${mine.timeouts} |`,
    );
  }

  // Over time: a run that degrades shows it here (by when each request was sent).
  const first = Math.min(...samples.map((sample) => sample.startedAt));
  const slice = Math.max(5, Math.round(seconds / 6)) * 1000;
  console.log("\n| seconds | req/s | p50 ms | p99 ms | max ms | timeouts |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (let from = 0; from + slice / 2 < seconds * 1000; from += slice) {
    const part = samples.filter(
      (sample) => sample.startedAt - first >= from && sample.startedAt - first < from + slice,
    );
    const stats = summarise(part, slice);
    console.log(
      `| ${from / 1000}–${(from + slice) / 1000} | ${stats.perSecond.toFixed(0)} | ${ms(stats.p50)} | ${ms(stats.p99)} | ${ms(stats.max)} | ${stats.timeouts} |`,
    );
  }
  if (probe) {
    console.log(`\nServer event-loop delay during the load (ms): ${JSON.stringify(probe.eventLoopDelayMs)}`);
    console.log(`Server peak RSS over its whole life, start-up included: ${probe.peakRssMiB} MiB`);
  }

  if (args.profile && fs.existsSync(profileFile)) {
    console.log(`\nServer CPU profile of the load, top self time (the whole profile: ${profileFile}):`);
    console.log(summariseProfile(JSON.parse(fs.readFileSync(profileFile, "utf8")), root, 30));
  }
  fs.rmSync(workDir, { recursive: true, force: true });
}

await main();

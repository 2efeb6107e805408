import { type ChildProcess, spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { collabBench } from "./collab.js";
import { fanoutBench } from "./fanout.js";
import { jobsBench } from "./jobs.js";
import { lighthouseBench } from "./lighthouse.js";
import { servicesBench } from "./services.js";
import { webBudget } from "./web.js";

// `npm run bench`: each scenario against the bare baseline in the same run, on PGlite and on PostgreSQL.
// Prints a Markdown table to paste into bench/RESULTS.md. Measured here, never asserted in tests.

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const root = path.resolve(import.meta.dirname, "..");
// Another checkout (e.g. a worktree of the commit before a change): its server is measured too, in the same run,
// with the same scenarios, so a before/after comparison shares the machine's state.
const beforeRoot = process.env.BENCH_BEFORE_ROOT;

interface Endpoints {
  appUrl: string;
  cookie: string;
  processId: string;
}

/** Starts one of bench/'s server scripts in its own process and reads the JSON line it prints when ready. */
async function startScript<T>(script: string, kind: string, env: Record<string, string> = {}, from = root) {
  const child = spawn(path.join(from, "node_modules", ".bin", "tsx"), [path.join(from, "bench", script), kind], {
    stdio: ["ignore", "pipe", "inherit"],
    cwd: from,
    env: { ...process.env, ...env },
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith("{")) return { child, endpoints: JSON.parse(line) as T };
  }
  throw new Error(`bench/${script} (${kind}) exited before it was ready`);
}

const startServer = (kind: string, processes: number, from = root) =>
  startScript<Endpoints>("serve.ts", kind, { BENCH_PROCESSES: String(processes) }, from);

interface Measured {
  scenario: string;
  /** The bare process's rate measured just before this scenario. */
  baseline?: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function measure(scenario: string, url: string, headers: Record<string, string> = {}): Promise<Measured> {
  // A short warm-up so JIT and caches are in the same state for every scenario.
  await autocannon({ url, connections, duration: 2, headers });
  const result = await autocannon({ url, connections, duration, headers });
  return {
    scenario,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function stopServer(child: ChildProcess): Promise<void> {
  child.kill("SIGTERM");
  await new Promise((resolve) => child.on("exit", resolve));
}

/**
 * Every platform scenario right after the bare baseline (bench/bare.ts, a separate process with nothing of ours)
 * is measured again, and compared with that measurement: on a machine shared with other work the bare
 * process's own rate moved by 2–3× within one run, so a baseline measured minutes apart compared nothing.
 * Both processes run throughout; only the one being measured has work.
 */
async function benchmark(kind: "pglite" | "postgresql"): Promise<Measured[]> {
  const bare = await startScript<{ baselineUrl: string }>("bare.ts", kind);
  try {
    const baseline = () => measure("(a)", `${bare.endpoints.baselineUrl}/baseline`);
    const rows: Measured[] = [];
    for (const [from, label] of beforeRoot
      ? [
          [beforeRoot, " — before"],
          [root, " — after"],
        ]
      : [[root, ""]]) {
      const { child, endpoints } = await startServer(kind, 1000, from!);
      try {
        const signedIn = { cookie: endpoints.cookie };
        const scenarios: [string, string, Record<string, string>?][] = [
          ["(b) GET /api/health", "/api/health"],
          ["(c) GET /api/v1/me, signed in", "/api/v1/me", signedIn],
          ["(d) GET /api/v1/organizations?limit=50, signed in", "/api/v1/organizations?limit=50", signedIn],
          [
            "(e) GET /api/v1/processes/:id/tree, 4×5×10 tasks, member with inherited grants",
            `/api/v1/processes/${endpoints.processId}/tree`,
            signedIn,
          ],
          ["(f) GET /api/v1/interlinkers?limit=20, anonymous", "/api/v1/interlinkers?limit=20"],
          // Issue #12: the list with rules and gates in force (the member's G+G process among 1,000).
          ["(g) GET /api/v1/processes?limit=20, signed in, 1,000 processes", "/api/v1/processes?limit=20", signedIn],
        ];
        for (const [scenario, url, headers] of scenarios) {
          const bareRate = (await baseline()).requestsPerSecond;
          const measured = await measure(`${scenario}${label}`, `${endpoints.appUrl}${url}`, headers);
          rows.push({ ...measured, baseline: bareRate });
        }
      } finally {
        await stopServer(child);
      }
    }
    return rows;
  } finally {
    await stopServer(bare.child);
  }
}

/** The process list as the database grows: the same member, the same page size, 1k to 100k processes. */
async function listScaling(kind: "pglite" | "postgresql"): Promise<string> {
  const lines = [
    `### ${kind}: process list as the database grows`,
    "",
    "| processes | list req/s | list p50 ms | list p99 ms | mine=true req/s | mine=true p50 ms | mine=true p99 ms |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const count of [1_000, 10_000, 100_000]) {
    const { child, endpoints } = await startServer(kind, count);
    try {
      const signedIn = { cookie: endpoints.cookie };
      const all = await measure("list", `${endpoints.appUrl}/api/v1/processes`, signedIn);
      const mine = await measure("mine", `${endpoints.appUrl}/api/v1/processes?mine=true`, signedIn);
      lines.push(
        `| ${count} | ${all.requestsPerSecond.toFixed(0)} | ${all.p50} | ${all.p99} | ${mine.requestsPerSecond.toFixed(0)} | ${mine.p50} | ${mine.p99} |`,
      );
    } finally {
      await stopServer(child);
    }
  }
  return lines.join("\n");
}

function table(kind: string, rows: Measured[]): string {
  const lines = [
    `### ${kind}`,
    "",
    "| scenario | req/s | p50 ms | p99 ms | (a) bare just before, req/s | vs (a) | errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (row) =>
        `| ${row.scenario} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50} | ${row.p99} | ${row.baseline?.toFixed(0)} | ${(
          (100 * row.requestsPerSecond) / row.baseline!
        ).toFixed(0)}% | ${row.errors} |`,
    ),
  ];
  return lines.join("\n");
}

const kinds = (process.env.BENCH_DATABASES ?? "pglite,postgresql").split(",") as ("pglite" | "postgresql")[];
const cpu = os.cpus()[0]?.model ?? "unknown CPU";
console.log(
  `Machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ` +
    `${os.platform()} ${os.release()}; autocannon ${connections} connections × ${duration} s per scenario.\n`,
);
if (process.env.BENCH_SKIP_WEB !== "true") {
  console.log(`${await webBudget()}\n`);
  console.log(`${await lighthouseBench()}\n`);
}
for (const kind of kinds) {
  const rows = await benchmark(kind);
  console.log(`${table(kind, rows)}\n`);
  if (process.env.BENCH_SKIP_SCALING !== "true") console.log(`${await listScaling(kind)}\n`);
  if (process.env.BENCH_SKIP_COLLAB !== "true") console.log(`${await collabBench(kind)}\n`);
  if (process.env.BENCH_SKIP_JOBS !== "true") console.log(`${await jobsBench(kind)}\n`);
  if (process.env.BENCH_SKIP_FANOUT !== "true") console.log(`${await fanoutBench(kind)}\n`);
  if (process.env.BENCH_SKIP_SERVICES !== "true") console.log(`${await servicesBench(kind)}\n`);
}

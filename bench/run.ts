import { type ChildProcess, spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { collabBench } from "./collab.js";
import { lighthouseBench } from "./lighthouse.js";
import { webBudget } from "./web.js";

// `npm run bench`: each scenario against the bare baseline in the same run, on PGlite and on PostgreSQL.
// Prints a Markdown table to paste into bench/RESULTS.md. Measured here, never asserted in tests.

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const root = path.resolve(import.meta.dirname, "..");

interface Endpoints {
  appUrl: string;
  cookie: string;
  processId: string;
}

/** Starts one of bench/'s server scripts in its own process and reads the JSON line it prints when ready. */
async function startScript<T>(script: string, kind: string, env: Record<string, string> = {}) {
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "bench", script), kind], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...env },
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith("{")) return { child, endpoints: JSON.parse(line) as T };
  }
  throw new Error(`bench/${script} (${kind}) exited before it was ready`);
}

const startServer = (kind: string, processes: number) =>
  startScript<Endpoints>("serve.ts", kind, { BENCH_PROCESSES: String(processes) });

/** The bare baseline, a separate process (bench/bare.ts), measured on its own with nothing else running. */
async function measureBaseline(kind: string, when: string): Promise<Measured> {
  const { child, endpoints } = await startScript<{ baselineUrl: string }>("bare.ts", kind);
  try {
    return await measure(
      `(a) bare process: Fastify + ${kind} driver + indexed SELECT of 50 rows, ${when}`,
      `${endpoints.baselineUrl}/baseline`,
    );
  } finally {
    await stopServer(child);
  }
}

interface Measured {
  scenario: string;
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

async function benchmark(kind: "pglite" | "postgresql"): Promise<Measured[]> {
  const before = await measureBaseline(kind, "before");
  const { child, endpoints } = await startServer(kind, 1000);
  try {
    const signedIn = { cookie: endpoints.cookie };
    return [
      before,
      await measure("(b) GET /api/health", `${endpoints.appUrl}/api/health`),
      await measure("(c) GET /api/v1/me, signed in", `${endpoints.appUrl}/api/v1/me`, signedIn),
      await measure(
        "(d) GET /api/v1/organizations?limit=50, signed in",
        `${endpoints.appUrl}/api/v1/organizations?limit=50`,
        signedIn,
      ),
      await measure(
        "(e) GET /api/v1/processes/:id/tree, 4×5×10 tasks, member with inherited grants",
        `${endpoints.appUrl}/api/v1/processes/${endpoints.processId}/tree`,
        signedIn,
      ),
      await measure(
        "(f) GET /api/v1/interlinkers?limit=20, anonymous",
        `${endpoints.appUrl}/api/v1/interlinkers?limit=20`,
      ),
    ];
  } finally {
    await stopServer(child);
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
  // Against the mean of the baseline measured before and after the platform's scenarios.
  const baselines = rows.filter((row) => row.scenario.startsWith("(a)"));
  const baseline = baselines.reduce((sum, row) => sum + row.requestsPerSecond, 0) / baselines.length;
  const lines = [
    `### ${kind}`,
    "",
    "| scenario | req/s | p50 ms | p99 ms | vs mean of (a) | errors |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (row) =>
        `| ${row.scenario} | ${row.requestsPerSecond.toFixed(0)} | ${row.p50} | ${row.p99} | ${(
          (100 * row.requestsPerSecond) / baseline
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
  rows.push(await measureBaseline(kind, "after"));
  console.log(`${table(kind, rows)}\n`);
  if (process.env.BENCH_SKIP_SCALING !== "true") console.log(`${await listScaling(kind)}\n`);
  if (process.env.BENCH_SKIP_COLLAB !== "true") console.log(`${await collabBench(kind)}\n`);
}

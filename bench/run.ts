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
  baselineUrl: string;
  cookie: string;
  processId: string;
}

async function startServer(kind: string, processes: number): Promise<{ child: ChildProcess; endpoints: Endpoints }> {
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "bench", "serve.ts"), kind], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, BENCH_PROCESSES: String(processes) },
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith("{")) return { child, endpoints: JSON.parse(line) as Endpoints };
  }
  throw new Error(`the ${kind} bench server exited before it was ready`);
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
  const { child, endpoints } = await startServer(kind, 1000);
  try {
    const signedIn = { cookie: endpoints.cookie };
    return [
      await measure("(a) bare Fastify + indexed SELECT of 50 rows", `${endpoints.baselineUrl}/baseline`),
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
  const baseline = rows[0]!.requestsPerSecond;
  const lines = [
    `### ${kind}`,
    "",
    "| scenario | req/s | p50 ms | p99 ms | vs (a) | errors |",
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
  console.log(`${table(kind, await benchmark(kind))}\n`);
  if (process.env.BENCH_SKIP_SCALING !== "true") console.log(`${await listScaling(kind)}\n`);
  if (process.env.BENCH_SKIP_COLLAB !== "true") console.log(`${await collabBench(kind)}\n`);
}

import { type ChildProcess, spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";

// `npm run bench`: each scenario against the bare baseline in the same run, on PGlite and on PostgreSQL.
// Prints a Markdown table to paste into bench/RESULTS.md. Measured here, never asserted in tests.

const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const root = path.resolve(import.meta.dirname, "..");

interface Endpoints {
  appUrl: string;
  baselineUrl: string;
  cookie: string;
}

async function startServer(kind: string): Promise<{ child: ChildProcess; endpoints: Endpoints }> {
  const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "bench", "serve.ts"), kind], {
    stdio: ["ignore", "pipe", "inherit"],
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

async function benchmark(kind: "pglite" | "postgresql"): Promise<Measured[]> {
  const { child, endpoints } = await startServer(kind);
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
    ];
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.on("exit", resolve));
  }
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
for (const kind of kinds) console.log(`${table(kind, await benchmark(kind))}\n`);

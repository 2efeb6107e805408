import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { summarise } from "./cpuprofile.js";

// Profiles the platform's side of each API scenario of bench/run.ts: one seeded server (bench/serve.ts) with
// the CPU profiler switched on around each scenario's load, then a summary of each profile by self time and by
// inclusive time of our own functions. `npx tsx bench/profile.ts pglite` (or postgresql); profiles stay in
// BENCH_PROFILE_DIR (default a temporary folder) for Chrome DevTools.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const kind = process.argv[2] === "postgresql" ? "postgresql" : "pglite";
const dir = process.env.BENCH_PROFILE_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "interlink-profile-"));
fs.mkdirSync(dir, { recursive: true });
const only = process.env.BENCH_PROFILE_ONLY?.split(",");

const child: ChildProcess = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    "--import",
    path.join(root, "bench", "profile-hook.mjs"),
    path.join(root, "bench", "serve.ts"),
    kind,
  ],
  { cwd: root, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, BENCH_PROFILE_DIR: dir } },
);
let endpoints: { appUrl: string; cookie: string; processId: string } | undefined;
for await (const line of createInterface({ input: child.stdout! })) {
  if (line.startsWith("{")) {
    endpoints = JSON.parse(line);
    break;
  }
}
if (!endpoints) throw new Error("bench/serve.ts exited before it was ready");

const signedIn = { cookie: endpoints.cookie };
const scenarios: [string, string, Record<string, string>][] = [
  ["me", `${endpoints.appUrl}/api/v1/me`, signedIn],
  ["organizations", `${endpoints.appUrl}/api/v1/organizations?limit=50`, signedIn],
  ["tree", `${endpoints.appUrl}/api/v1/processes/${endpoints.processId}/tree`, signedIn],
  ["catalogue", `${endpoints.appUrl}/api/v1/interlinkers?limit=20`, {}],
];
let count = 0;
for (const [name, url, headers] of scenarios) {
  if (only && !only.includes(name)) continue;
  await autocannon({ url, connections: 10, duration: 2, headers });
  child.kill("SIGUSR2");
  const result = await autocannon({ url, connections: 10, duration: Number(process.env.BENCH_DURATION ?? 8), headers });
  child.kill("SIGUSR2");
  const file = path.join(dir, `${++count}.cpuprofile`);
  while (!fs.existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 100));
  await new Promise((resolve) => setTimeout(resolve, 300));
  fs.renameSync(file, path.join(dir, `${kind}-${name}.cpuprofile`));
  console.log(
    `\n## ${kind} ${name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, errors ${result.errors + result.non2xx}`,
  );
  console.log(summarise(JSON.parse(fs.readFileSync(path.join(dir, `${kind}-${name}.cpuprofile`), "utf8")), root));
}
console.log(`\nprofiles in ${dir}`);
child.kill("SIGTERM");
await new Promise((resolve) => child.on("exit", resolve));

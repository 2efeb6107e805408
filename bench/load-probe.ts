import fs from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";

// Loaded into the server by bench/load.ts (`node --import`), never by the platform itself: measures how long the
// event loop was blocked while the load ran, and the process's peak resident memory, and writes both as one JSON
// line to standard error when the server exits. Delays are in nanoseconds in the histogram; printed in ms.

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
// bench/load.ts signals when the load begins (and again when it ends), so start-up and set-up do not count.
let loadSignals = 0;
process.on("SIGUSR2", () => {
  if (loadSignals++ === 0) histogram.reset();
});

// BENCH_CPU_PROFILE=<file>: a CPU profile of the load alone (from the first signal to the second), written there.
const profileFile = process.env.BENCH_CPU_PROFILE;
if (profileFile) {
  const { Session } = await import("node:inspector");
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, (error, result) => (error ? reject(error) : resolve(result))),
    );
  let profiling = false;
  process.on("SIGUSR2", () => {
    if (!profiling) {
      profiling = true;
      void post("Profiler.enable").then(() => post("Profiler.start"));
      return;
    }
    void post("Profiler.stop").then((result) => {
      fs.writeFileSync(`${profileFile}.partial`, JSON.stringify((result as { profile: unknown }).profile));
      fs.renameSync(`${profileFile}.partial`, profileFile);
    });
  });
}

process.on("exit", () => {
  histogram.disable();
  const ms = (nanoseconds: number) => Math.round(nanoseconds / 1e5) / 10;
  const probe = {
    eventLoopDelayMs: {
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
      mean: ms(histogram.mean),
    },
    // Over the whole life of the process; resourceUsage().maxRSS is in KiB.
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  // Synchronous: nothing asynchronous runs any more at exit.
  fs.writeSync(2, `LOAD-PROBE ${JSON.stringify(probe)}\n`);
});

// BENCH_QUERIES=true: which statements ran how often and returned how many rows, written at exit (the top 25
// by rows). Found what a profile's row-parsing time was spent on.
if (process.env.BENCH_QUERIES === "true") {
  const { PglitePreparedQuery } = await import("drizzle-orm/pglite/session");
  const stats = new Map<string, { calls: number; rows: number }>();
  const prototype = PglitePreparedQuery.prototype as unknown as {
    queryWithCache: (queryString: string, params: unknown[], run: () => Promise<unknown>) => Promise<unknown>;
  };
  const original = prototype.queryWithCache;
  prototype.queryWithCache = async function (this: unknown, queryString, params, run) {
    const result = (await original.call(this, queryString, params, run)) as { rows?: unknown[] };
    const entry = stats.get(queryString) ?? { calls: 0, rows: 0 };
    entry.calls++;
    entry.rows += result?.rows?.length ?? 0;
    stats.set(queryString, entry);
    return result;
  };
  process.on("SIGUSR2", () => stats.clear());
  process.on("exit", () => {
    const top = [...stats.entries()].sort((a, b) => b[1].rows - a[1].rows).slice(0, 25);
    for (const [queryString, entry] of top) {
      fs.writeSync(2, `QUERY ${entry.calls} calls ${entry.rows} rows: ${queryString.slice(0, 400)}\n`);
    }
  });
}

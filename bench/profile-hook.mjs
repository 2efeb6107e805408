// Loaded with `node --import` into a benchmark server (bench/profile.ts): SIGUSR2 starts the CPU profiler,
// the next SIGUSR2 writes the profile to BENCH_PROFILE_DIR/<n>.cpuprofile, so each scenario gets its own
// profile from one seeded server.
import fs from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";

const dir = process.env.BENCH_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  let running = false;
  let count = 0;
  process.on("SIGUSR2", async () => {
    if (!running) {
      running = true;
      await session.post("Profiler.start");
      return;
    }
    running = false;
    const { profile } = await session.post("Profiler.stop");
    const file = path.join(dir, `${++count}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    process.stderr.write(`profile written: ${file}\n`);
  });
}

// SIGUSR1 toggles a log of every statement PGlite runs (to standard error): the query count of a route.
if (process.env.BENCH_PROFILE_DIR) {
  const { PGlite } = await import("@electric-sql/pglite");
  let logging = false;
  process.on("SIGUSR1", () => {
    logging = !logging;
    process.stderr.write(`statement log ${logging ? "on" : "off"}\n`);
  });
  for (const method of ["query", "exec", "execProtocol"]) {
    const original = PGlite.prototype[method];
    PGlite.prototype[method] = function (...args) {
      if (logging)
        process.stderr.write(
          `[${method}] ${typeof args[0] === "string" ? args[0].slice(0, 160).replace(/\s+/g, " ") : `<${args[0]?.length} bytes>`}\n`,
        );
      return original.apply(this, args);
    };
  }
}

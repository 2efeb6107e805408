import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["server/**/*.test.ts", "interlinkers/**/*.test.ts", "common/**/*.test.ts", "web/**/*.test.ts"],
    pool: "forks",
    // Each file opens its own database; PGlite is single-threaded WASM, so two workers fit two cores.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default"],
  },
});

import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  // The core's tables, and each built-in interlinker's own.
  schema: ["./server/db/schema/index.ts", "./interlinkers/*/tables.ts"],
  out: "./server/db/migrations",
});

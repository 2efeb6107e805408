import type { z } from "zod";
import type { job } from "../../db/schema/index.js";
import type { jobOutput } from "./schema.js";

export function presentJob(row: typeof job.$inferSelect): z.infer<typeof jobOutput> {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    runAt: row.runAt.toISOString(),
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
  };
}

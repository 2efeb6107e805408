import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { process } from "../../db/schema/index.js";

// On its own, importing nothing of the module: the activity trail locks through it, and the rest of processes
// imports the activity service, so living in service.ts would close a circle.

/**
 * Locks a process's row until the caller's transaction (`tx`) ends, so changes that must happen one after another
 * in a process (chaining its trail, counting its administrators) never interleave.
 */
export async function lockProcess(tx: Database, processId: string): Promise<void> {
  await tx.select({ id: process.id }).from(process).where(eq(process.id, processId)).for("update");
}

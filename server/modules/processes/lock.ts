import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { process } from "../../db/schema/index.js";

// On its own, importing nothing of the module: the activity trail locks through it, and the rest of processes
// imports the activity service, so living in service.ts would close a circle.

/**
 * Locks a process's row until the caller's transaction (`tx`) ends, so changes that must happen one after another
 * in a process (chaining its trail, counting its administrators) never interleave.
 *
 * FOR NO KEY UPDATE, not FOR UPDATE: these writes have usually just inserted a row referencing the process (a
 * grant, an item, an asset), and the foreign key holds a KEY SHARE lock on the process row. FOR UPDATE conflicts
 * with the KEY SHARE locks of the other writers, so two of them each waited for the other and PostgreSQL killed
 * one (a deadlock, answered 500); FOR NO KEY UPDATE still serialises the writers among themselves.
 */
export async function lockProcess(tx: Database, processId: string): Promise<void> {
  await tx.select({ id: process.id }).from(process).where(eq(process.id, processId)).for("no key update");
}

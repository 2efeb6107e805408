import type { Database } from "../db/client.js";

/**
 * Something that may have taken rights away from people connected live (WebSocket collaboration): the rights in a
 * process changed, a person's memberships changed, or a person's session ended. Live connections cannot be
 * re-authorized request by request, so their owners listen here and close what is affected; clients reconnect
 * and are authorized afresh.
 */
export type AccessChange = { processId: string } | { userId: string };

type Listener = (change: AccessChange) => void;

// Keyed by database handle, so two apps in one test run (or one process) only hear their own changes.
const listeners = new WeakMap<Database, Set<Listener>>();

/** Listens for access changes on this database; returns the function that stops listening. */
export function onAccessChange(db: Database, listener: Listener): () => void {
  let set = listeners.get(db);
  if (!set) {
    set = new Set();
    listeners.set(db, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * Tells live connections that access may have shrunk. Call it after the change is committed: a listener that
 * re-authorizes must see the new state. It only reaches this process (several processes would relay it through
 * PostgreSQL NOTIFY).
 */
export function announceAccessChange(db: Database, change: AccessChange): void {
  for (const listener of listeners.get(db) ?? []) {
    try {
      listener(change);
    } catch {
      // A listener's failure must not fail the change that was already committed.
    }
  }
}

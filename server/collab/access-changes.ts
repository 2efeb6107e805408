import { busOf } from "../bus/index.js";
import type { Database } from "../db/client.js";

/**
 * Something that may have taken rights away from people connected live (WebSocket collaboration): the rights in a
 * process changed, a person's memberships changed, or a person's session ended. Live connections cannot be
 * re-authorized request by request, so their owners listen here and close what is affected; clients reconnect
 * and are authorized afresh.
 */
export type AccessChange = { processId: string } | { userId: string } | { everyone: true };

type Listener = (change: AccessChange) => void;

function isAccessChange(message: unknown): message is AccessChange {
  if (!message || typeof message !== "object") return false;
  const change = message as Record<string, unknown>;
  return typeof change.processId === "string" || typeof change.userId === "string" || change.everyone === true;
}

/**
 * Listens for access changes announced by any server process on this database (the app's bus, found by the app's
 * database handle); returns the function that stops listening. When the bus listens again after its connection
 * dropped, changes announced meanwhile were missed: the listener hears `{everyone: true}`.
 */
export function onAccessChange(db: Database, listener: Listener): () => void {
  const bus = busOf(db);
  if (!bus) throw new Error("Access changes need the app's bus: no app runs on this database handle.");
  const stopMessages = bus.subscribe("access", (message) => {
    if (isAccessChange(message)) listener(message);
  });
  const stopResumed = bus.onResumed(() => listener({ everyone: true }));
  return () => {
    stopMessages();
    stopResumed();
  };
}

/**
 * Tells live connections in every server process that access may have shrunk: this process's listeners at once,
 * the others through the bus. Call it after the change is committed, with the app's handle (not a transaction):
 * a listener that re-authorizes must see the new state. A listener's failure must not fail the change that was
 * already committed, and does not: the bus keeps it from the caller.
 */
export function announceAccessChange(db: Database, change: AccessChange): void {
  void busOf(db)?.publish("access", change);
}

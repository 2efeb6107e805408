/**
 * What server processes sharing one database tell each other, by channel. Fixed and few: each is one kind of
 * live fan-out, so a reader of this list knows everything that crosses processes.
 * - `notifications`: a new inbox row, for the person's open live streams (server/modules/notifications/live.ts);
 * - `access`: rights may have shrunk, so live collaboration sockets close (server/collab/access-changes.ts);
 * - `collab`: live documents' updates and presence (interlinkers, through the SDK's `platform.collab`).
 */
export const busChannels = ["notifications", "access", "collab", "jobs"] as const;
export type BusChannel = (typeof busChannels)[number];

/** What goes over the bus: it is sent as JSON, and every handler receives it parsed from that JSON. */
export type BusMessage = unknown;
export type BusHandler = (message: BusMessage) => void | Promise<void>;

/**
 * The cross-process event bus. A message reaches every subscriber of its channel in every process sharing the
 * database, this process's at once (within `publish`, before anything is sent) and once only. A handler's
 * failure is logged and reaches neither the publisher nor the other handlers. Delivery is at most once: a
 * message published while a process cannot hear (its connection is being re-established) does not reach it.
 */
export interface Bus {
  /** Never rejects: a message that cannot be sent to other processes is logged. */
  publish(channel: BusChannel, message: BusMessage): Promise<void>;
  /** Returns the function that stops this handler. */
  subscribe(channel: BusChannel, handler: BusHandler): () => void;
  /**
   * Called when the bus listens again after its connection dropped: what other processes published meanwhile was
   * missed, so whoever keeps state from messages re-synchronizes (never called in memory, where nothing is missed).
   */
  onResumed(listener: () => void): () => void;
  /** Stops every subscription made through this bus and releases what it holds (a connection). */
  close(): Promise<void>;
}

export interface BusLogger {
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** Runs a handler so that neither its throw nor its rejection escapes. */
export function deliver(handler: BusHandler, message: BusMessage, channel: BusChannel, log: BusLogger): void {
  try {
    const result = handler(message);
    if (result && typeof (result as Promise<void>).catch === "function") {
      (result as Promise<void>).catch((error: unknown) => log.error({ err: error, channel }, "bus: a handler failed"));
    }
  } catch (error) {
    log.error({ err: error, channel }, "bus: a handler failed");
  }
}

/** The handlers of each channel in this process; what both implementations deliver to. */
export class LocalHandlers {
  private readonly handlers = new Map<BusChannel, Set<BusHandler>>();

  constructor(private readonly log: BusLogger) {}

  add(channel: BusChannel, handler: BusHandler): () => void {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
    }
    // A wrapper, so the same function subscribed twice is two subscriptions, each stopped on its own.
    const entry: BusHandler = (message) => handler(message);
    set.add(entry);
    return () => void set.delete(entry);
  }

  /** Delivers the message as parsed from `json`, so here and elsewhere handlers receive the same shape. */
  deliver(channel: BusChannel, json: string): void {
    const set = this.handlers.get(channel);
    if (!set?.size) return;
    for (const handler of [...set]) deliver(handler, JSON.parse(json), channel, this.log);
  }

  clear(): void {
    this.handlers.clear();
  }
}

/** The message as JSON, refusing what JSON cannot carry (undefined) so a publisher learns at once. */
export function serialise(channel: BusChannel, message: BusMessage): string {
  const json = JSON.stringify(message);
  if (json === undefined) throw new TypeError(`bus: the message on "${channel}" is not JSON`);
  return json;
}

/**
 * A message sent from inside a transaction (`publishOnCommit`): PostgreSQL delivers a NOTIFY only when its
 * transaction commits, so listeners hear of the change once others can read it, and never of one rolled back.
 * Its origin is no process's, so the process that sent it hears it too.
 */
export const committedOrigin = "commit";

/** The channel and JSON of a message `publishOnCommit` sent (one piece, from no process), or null. */
export function parseCommitted(payload: string): { channel: BusChannel; json: string } | null {
  const parts = payload.split(":", 5);
  if (parts.length < 5 || parts[0] !== committedOrigin || parts[3] !== "1") return null;
  const channel = parts[4]!;
  if (!(busChannels as readonly string[]).includes(channel)) return null;
  return { channel: channel as BusChannel, json: payload.slice(parts.join(":").length + 1) };
}

/**
 * Exact in one process: PGlite's data directory has one owner, so nobody else shares the database. `listen`
 * hears the NOTIFYs sent inside its transactions (`publishOnCommit`), which PGlite delivers on commit too.
 */
export function createMemoryBus(
  log: BusLogger,
  listen?: (receive: (payload: string) => void) => Promise<() => Promise<void>>,
): Bus {
  const local = new LocalHandlers(log);
  const unlistening = listen?.((payload) => {
    const committed = parseCommitted(payload);
    if (committed) local.deliver(committed.channel, committed.json);
  });
  return {
    async publish(channel, message) {
      local.deliver(channel, serialise(channel, message));
    },
    subscribe: (channel, handler) => local.add(channel, handler),
    onResumed: () => () => {},
    async close() {
      local.clear();
      await (await unlistening)?.().catch(() => {});
    },
  };
}

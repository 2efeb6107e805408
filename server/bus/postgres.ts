import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Bus, type BusChannel, type BusLogger, busChannels, LocalHandlers, serialise } from "./bus.js";

/** The one PostgreSQL channel every process listens on; the bus's own channel travels in each payload. */
export const notifyChannel = "interlink_bus";
/** How the listening connection is named in pg_stat_activity (operators, and tests that cut it). */
export const busApplicationName = "interlink-bus";
/**
 * NOTIFY payloads must be shorter than 8000 bytes. A message's JSON is cut into pieces of at most this many bytes,
 * each sent with a short header, all in one statement (so one transaction: all of them or none, in order).
 */
export const pieceBytes = 7000;
/** A message whose pieces did not all arrive by then is dropped (its connection died mid-way). */
const incompleteMs = 30_000;
const reconnectFirstMs = 100;
const reconnectMaxMs = 5_000;
/** How long a publish waits for a connection being re-established before giving up on other processes. */
const publishWaitMs = 2_000;

const isBusChannel = (value: string): value is BusChannel => (busChannels as readonly string[]).includes(value);

/** Cuts UTF-8 text into pieces of at most `size` bytes, never inside a character. */
export function cutUtf8(text: string, size: number): string[] {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= size) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(start + size, bytes.length);
    // A continuation byte (10xxxxxx) belongs to the character before it: cut before that character instead.
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    pieces.push(bytes.toString("utf8", start, end));
    start = end;
  }
  return pieces;
}

/**
 * The bus over PostgreSQL LISTEN/NOTIFY, on a connection of its own (a pooled connection cannot keep listening).
 * Each payload is `origin:message:piece:pieces:channel:json-piece`; a process ignores its own origin, having
 * delivered its own messages when it published them. When the connection drops it connects and listens again,
 * waiting a little longer after each failure; what was published meanwhile does not reach this process.
 */
export async function createPostgresBus(options: { connection: pg.ClientConfig; log: BusLogger }): Promise<Bus> {
  const { log } = options;
  const origin = randomBytes(8).toString("hex");
  const local = new LocalHandlers(log);
  const resumedListeners = new Set<() => void>();
  const incomplete = new Map<string, { pieces: string[]; received: number; timer: NodeJS.Timeout }>();
  let sequence = 0;
  let closing = false;
  let current: pg.Client | null = null;
  let reconnecting: NodeJS.Timeout | null = null;
  let waiting: ((client: pg.Client | null) => void)[] = [];

  const receive = (payload: string) => {
    const parts = payload.split(":", 5);
    if (parts.length < 5) return;
    const [from, id, pieceText, piecesText, channel] = parts as [string, string, string, string, string];
    if (from === origin || !isBusChannel(channel)) return;
    const data = payload.slice(parts.join(":").length + 1);
    const pieceCount = Number(piecesText);
    if (pieceCount === 1) return local.deliver(channel, data);
    const key = `${from}:${id}`;
    let entry = incomplete.get(key);
    if (!entry) {
      const timer = setTimeout(() => incomplete.delete(key), incompleteMs);
      timer.unref();
      entry = { pieces: new Array<string>(pieceCount), received: 0, timer };
      incomplete.set(key, entry);
    }
    const index = Number(pieceText);
    if (entry.pieces[index] === undefined) entry.received++;
    entry.pieces[index] = data;
    if (entry.received < pieceCount) return;
    clearTimeout(entry.timer);
    incomplete.delete(key);
    local.deliver(channel, entry.pieces.join(""));
  };

  const connect = async (): Promise<pg.Client> => {
    const client = new pg.Client({ ...options.connection, application_name: busApplicationName });
    client.on("notification", (notification) => {
      if (notification.channel === notifyChannel && notification.payload) receive(notification.payload);
    });
    client.on("error", (error) => {
      log.warn({ err: error }, "bus: the listening connection failed");
      dropped(client);
    });
    client.on("end", () => dropped(client));
    try {
      await client.connect();
      await client.query(`listen ${notifyChannel}`);
    } catch (error) {
      client.end().catch(() => {});
      throw error;
    }
    return client;
  };

  const settle = (client: pg.Client | null) => {
    const waiters = waiting;
    waiting = [];
    for (const resolve of waiters) resolve(client);
  };

  const reconnect = (delayMs: number) => {
    if (closing || reconnecting) return;
    reconnecting = setTimeout(async () => {
      try {
        const client = await connect();
        reconnecting = null;
        if (closing) {
          await client.end().catch(() => {});
          return settle(null);
        }
        current = client;
        log.warn({}, "bus: listening again");
        settle(client);
        for (const listener of [...resumedListeners]) {
          try {
            listener();
          } catch (error) {
            log.error({ err: error }, "bus: a listener for the bus resuming failed");
          }
        }
      } catch (error) {
        reconnecting = null;
        log.warn({ err: error }, "bus: could not listen again yet");
        reconnect(Math.min(delayMs * 2, reconnectMaxMs));
      }
    }, delayMs);
    reconnecting.unref();
  };

  const dropped = (client: pg.Client) => {
    if (client !== current) return;
    current = null;
    client.end().catch(() => {});
    reconnect(reconnectFirstMs);
  };

  const connection = (): Promise<pg.Client | null> => {
    if (current || closing) return Promise.resolve(current);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiting = waiting.filter((waiter) => waiter !== settleOne);
        resolve(null);
      }, publishWaitMs);
      timer.unref();
      const settleOne = (client: pg.Client | null) => {
        clearTimeout(timer);
        resolve(client);
      };
      waiting.push(settleOne);
    });
  };

  current = await connect();

  return {
    async publish(channel, message) {
      const json = serialise(channel, message);
      local.deliver(channel, json);
      if (closing) return;
      const id = (++sequence).toString(36);
      const pieces = cutUtf8(json, pieceBytes);
      const payloads = pieces.map((piece, index) => `${origin}:${id}:${index}:${pieces.length}:${channel}:${piece}`);
      const client = await connection();
      if (!client) {
        log.warn({ channel }, "bus: not connected; the message did not reach other processes");
        return;
      }
      try {
        await client.query("select pg_notify($1, payload) from unnest($2::text[]) as payload", [
          notifyChannel,
          payloads,
        ]);
      } catch (error) {
        log.warn({ err: error, channel }, "bus: the message did not reach other processes");
      }
    },
    subscribe: (channel, handler) => local.add(channel, handler),
    onResumed(listener) {
      const entry = () => listener();
      resumedListeners.add(entry);
      return () => void resumedListeners.delete(entry);
    },
    async close() {
      if (closing) return;
      closing = true;
      local.clear();
      resumedListeners.clear();
      if (reconnecting) clearTimeout(reconnecting);
      reconnecting = null;
      settle(null);
      for (const entry of incomplete.values()) clearTimeout(entry.timer);
      incomplete.clear();
      const client = current;
      current = null;
      await client?.end().catch(() => {});
    },
  };
}

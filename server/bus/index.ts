import { randomBytes } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type pg from "pg";
import type { Database, DatabaseKind } from "../db/client.js";
import {
  type Bus,
  type BusChannel,
  type BusLogger,
  type BusMessage,
  committedOrigin,
  createMemoryBus,
  serialise,
} from "./bus.js";
import { createPostgresBus, notifyChannel } from "./postgres.js";

export type { Bus, BusChannel, BusHandler, BusMessage } from "./bus.js";

interface Shared {
  bus: Promise<Bus>;
  users: number;
}

/**
 * One bus per database handle, shared by the apps built on it and closed with the last of them. On PGlite two
 * apps in one process (tests' `createSecondApp`) share a handle, and so hear each other as processes on one
 * PostgreSQL do; on PostgreSQL each connection (each process) has its own.
 */
const shared = new WeakMap<Database, Shared>();
const opened = new WeakMap<Database, Bus[]>();

/** The connection settings of the pool behind a node-postgres drizzle handle, for the bus's own connection. */
function connectionOf(db: Database): pg.ClientConfig {
  const options = (db as unknown as { $client: { options?: pg.PoolConfig } }).$client.options;
  if (!options) throw new Error("bus: the database handle carries no connection settings");
  return options;
}

function pgliteOf(db: Database): PGlite {
  return (db as unknown as { $client: PGlite }).$client;
}

/**
 * Publishes on the bus when the caller's transaction commits, to every process (this one too), and not at all if
 * it rolls back: a NOTIFY sent in the transaction, on PostgreSQL and PGlite alike. Small messages only: a wake-up
 * call, not a document (NOTIFY carries at most 8000 bytes, and this path is not cut into pieces).
 */
export async function publishOnCommit(tx: Database, channel: BusChannel, message: BusMessage): Promise<void> {
  const payload = `${committedOrigin}:${randomBytes(6).toString("hex")}:0:1:${channel}:${serialise(channel, message)}`;
  await tx.execute(sql`select pg_notify(${notifyChannel}, ${payload})`);
}

/**
 * The app's bus on this database: PostgreSQL LISTEN/NOTIFY where several processes may share it, memory where
 * one process owns it (PGlite). Close what this returns; subscriptions made through it end with it.
 */
export async function openBus(options: { db: Database; kind: DatabaseKind; log: BusLogger }): Promise<Bus> {
  const { db } = options;
  let found = shared.get(db);
  if (!found) {
    const bus =
      options.kind === "postgresql"
        ? createPostgresBus({ connection: connectionOf(db), log: options.log })
        : Promise.resolve(createMemoryBus(options.log, (receive) => pgliteOf(db).listen(notifyChannel, receive)));
    found = { bus, users: 0 };
    shared.set(db, found);
    bus.catch(() => shared.delete(db));
  }
  const entry = found;
  const underlying = await entry.bus;
  entry.users++;
  const stops = new Set<() => void>();
  // What this view started, so its close stops it and leaves the other apps' subscriptions alone.
  const kept = (stop: () => void) => {
    const stopOnce = () => {
      stops.delete(stopOnce);
      stop();
    };
    stops.add(stopOnce);
    return stopOnce;
  };
  let closed = false;
  const view: Bus = {
    publish: (channel, message) => underlying.publish(channel, message),
    subscribe: (channel, handler) => kept(underlying.subscribe(channel, handler)),
    onResumed: (listener) => kept(underlying.onResumed(listener)),
    async close() {
      if (closed) return;
      closed = true;
      for (const stop of [...stops]) stop();
      const views = (opened.get(db) ?? []).filter((other) => other !== view);
      if (views.length) opened.set(db, views);
      else opened.delete(db);
      if (--entry.users === 0) {
        shared.delete(db);
        await underlying.close();
      }
    },
  };
  opened.set(db, [...(opened.get(db) ?? []), view]);
  return view;
}

/**
 * The bus of the app built on this database handle, for services that are handed only the handle (they announce
 * after their transaction, with the app's handle); undefined when no app runs on it.
 */
export function busOf(db: Database): Bus | undefined {
  return opened.get(db)?.at(-1);
}

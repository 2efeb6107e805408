import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { lockDataDirectory } from "./lock.js";
import * as schema from "./schema/index.js";
import { isWrite, Turns } from "./turns.js";

export type Schema = typeof schema;
/** The database handle every service takes; a transaction handle is one too. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DatabaseKind = "pglite" | "postgresql";

export interface DatabaseConnection {
  db: Database;
  kind: DatabaseKind;
  /** Where the data lives, for the start-up message (never includes a password). */
  location: string;
  /** The line for the database (`turns.ts`): how many wait, for benchmarks and tests. */
  turns: Turns;
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export type DatabaseOptions = { databaseUrl: string } | { dataDir: string } | { inMemory: true };

/** Opens the database, applies pending migrations, and returns a handle with a close that releases everything. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseConnection> {
  if ("databaseUrl" in options) return openPostgres(options.databaseUrl);
  return openPglite(options);
}

const poolSize = 10;

/**
 * The pool as drizzle sees it: a connection is handed out in turns ordered by the request's arrival
 * (`server/db/turns.ts`), never more at once than the pool holds, so pg's own queue (by query) stays empty.
 */
function pooledInTurns(pool: pg.Pool, turns: Turns): pg.Pool {
  return new Proxy(pool, {
    get(target, property) {
      if (property === "query") {
        return (...args: Parameters<pg.Pool["query"]>) =>
          turns.run(isWrite(args[0]), () => (target.query as (...a: unknown[]) => Promise<unknown>)(...args));
      }
      if (property === "connect") {
        // A transaction: its turn lasts until drizzle releases the connection.
        return async () => {
          const endTurn = await turns.acquire(true);
          try {
            const connection = await target.connect();
            const release = connection.release.bind(connection);
            connection.release = (error?: Error | boolean) => {
              endTurn();
              return release(error);
            };
            return connection;
          } catch (error) {
            endTurn();
            throw error;
          }
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** PGlite as drizzle sees it: every statement and every transaction in a turn, one at a time, oldest request first. */
function pgliteInTurns(client: PGlite, turns: Turns): PGlite {
  return new Proxy(client, {
    get(target, property) {
      if (property === "query") {
        return (...args: Parameters<PGlite["query"]>) => turns.run(isWrite(args[0]), () => target.query(...args));
      }
      if (property === "exec") {
        return (...args: Parameters<PGlite["exec"]>) => turns.run(true, () => target.exec(...args));
      }
      if (property === "transaction") {
        return (...args: Parameters<PGlite["transaction"]>) => turns.run(true, () => target.transaction(...args));
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

async function openPostgres(databaseUrl: string): Promise<DatabaseConnection> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle connection the server drops (restart, failover, an administrator's command) must not take the
  // process down: the pool replaces it on the next query.
  pool.on("error", (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  try {
    const turns = new Turns({ capacity: poolSize, yieldBetween: false });
    const db = drizzleNodePostgres({ client: pooledInTurns(pool, turns), schema });
    await migrateNodePostgres(db, { migrationsFolder });
    const url = new URL(databaseUrl);
    return {
      db: db as unknown as Database,
      kind: "postgresql",
      turns,
      location: `${url.hostname}:${url.port || 5432}${url.pathname}`,
      close: () => pool.end(),
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

async function openPglite(options: { dataDir: string } | { inMemory: true }): Promise<DatabaseConnection> {
  const dataDir = "dataDir" in options ? options.dataDir : undefined;
  const unlock = dataDir ? lockDataDirectory(dataDir) : () => {};
  let client: PGlite | undefined;
  try {
    client = new PGlite(dataDir ? path.join(dataDir, "pglite") : undefined);
    await client.waitReady;
    // PGlite runs each statement synchronously in WASM: between turns the event loop polls for I/O.
    const turns = new Turns({ capacity: 1, yieldBetween: true });
    const db = drizzlePglite({ client: pgliteInTurns(client, turns), schema });
    await migratePglite(db, { migrationsFolder });
    const opened = client;
    return {
      db: db as unknown as Database,
      kind: "pglite",
      turns,
      location: dataDir ?? "memory",
      close: async () => {
        try {
          await opened.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    await client?.close().catch(() => {});
    unlock();
    throw error;
  }
}

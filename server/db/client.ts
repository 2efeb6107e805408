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
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

export type DatabaseOptions = { databaseUrl: string } | { dataDir: string } | { inMemory: true };

/** Opens the database, applies pending migrations, and returns a handle with a close that releases everything. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseConnection> {
  if ("databaseUrl" in options) return openPostgres(options.databaseUrl);
  return openPglite(options);
}

async function openPostgres(databaseUrl: string): Promise<DatabaseConnection> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle connection the server drops (restart, failover, an administrator's command) must not take the
  // process down: the pool replaces it on the next query.
  pool.on("error", (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  try {
    const db = drizzleNodePostgres({ client: pool, schema });
    await migrateNodePostgres(db, { migrationsFolder });
    const url = new URL(databaseUrl);
    return {
      db: db as unknown as Database,
      kind: "postgresql",
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
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder });
    const opened = client;
    return {
      db: db as unknown as Database,
      kind: "pglite",
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

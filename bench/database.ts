import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type DatabaseConnection, openDatabase } from "../server/db/client.js";

/**
 * A throwaway, migrated database for one benchmark: PGlite in a temporary directory, or a new database on the
 * PostgreSQL server at BENCH_DATABASE_URL (the local one by default). Closing it drops the database and removes
 * the directory, so a run leaves nothing behind.
 */
export interface BenchDatabase extends DatabaseConnection {
  /** A temporary directory removed on close (PGlite keeps its data there), for what the app writes: its mail. */
  dir: string;
  /** PostgreSQL: another connection to the same data, as a second server process would have (closed by its taker). */
  openAnother?: () => Promise<DatabaseConnection>;
}

/** `label` names the directory and the database, so a leftover of an interrupted run says which bench left it. */
export async function openBenchDatabase(kind: "pglite" | "postgresql", label: string): Promise<BenchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `interlink-bench-${label}-`));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  if (kind === "pglite") {
    const connection = await openDatabase({ dataDir: dir });
    return {
      ...connection,
      dir,
      close: async () => {
        await connection.close();
        removeDir();
      },
    };
  }
  const created = await createPostgresDatabase(label);
  const connection = await openDatabase({ databaseUrl: created.url });
  return {
    ...connection,
    dir,
    openAnother: () => openDatabase({ databaseUrl: created.url }),
    close: async () => {
      await connection.close();
      await created.drop();
      removeDir();
    },
  };
}

/**
 * A new, empty database on the PostgreSQL server at BENCH_DATABASE_URL (the local one by default), for whoever
 * opens it (a server process migrates it as it starts); `drop` removes it, connections and all.
 */
export async function createPostgresDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `interlink_bench_${label}_${randomBytes(4).toString("hex")}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
}

/** One statement on the server's own database, where databases are created and dropped. */
async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

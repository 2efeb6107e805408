import { randomBytes } from "node:crypto";
import pg from "pg";
import { type DatabaseConnection, openDatabase } from "../db/client.js";

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server named by TEST_DATABASE_URL (created here, dropped on close).
 */
export interface TestDatabase extends DatabaseConnection {
  /**
   * A second, independent connection to the same data, as another server process would have; PGlite allows
   * only one, so there it is the same connection.
   */
  openAnother(): Promise<DatabaseConnection>;
  /** PostgreSQL: the test database's connection URL, for server processes a test starts on it. */
  url?: string;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const connection = await openDatabase({ inMemory: true });
    return { ...connection, openAnother: async () => ({ ...connection, close: async () => {} }) };
  }

  const name = `interlink_test_${randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...connection,
    url: url.toString(),
    openAnother: () => openDatabase({ databaseUrl: url.toString() }),
    close: async () => {
      await connection.close();
      await withAdminClient(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const testDatabaseKind = process.env.TEST_DATABASE_URL ? "postgresql" : "pglite";

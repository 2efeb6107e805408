import { buildApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { type DatabaseConnection, openDatabase } from "./db/client.js";
import { DataDirectoryLockedError } from "./db/lock.js";
import { ensureWebBuild } from "./http/web.js";
import { releaseOrphanedJobs } from "./jobs/queue.js";

// Entry point: configuration → database → app → listen, and a graceful shutdown on SIGINT/SIGTERM.

async function main(): Promise<void> {
  const config = loadConfig();
  // `npm run dev` serves the web app through Vite, so the built copy is not needed there.
  if (process.env.WEB_BUILD !== "skip") await ensureWebBuild({ info: (message: string) => console.log(message) });
  const database: DatabaseConnection = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  if (database.kind === "pglite") {
    const released = await releaseOrphanedJobs(database.db);
    if (released > 0) console.log(`${released} background job(s) cut short by the last stop will run again`);
  }
  const app = await buildApp({ config, db: database.db, databaseKind: database.kind });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal} received: finishing requests in flight, then closing the database`);
    const forced = setTimeout(() => {
      app.log.error("Shutdown took longer than 10 s; exiting anyway");
      process.exit(1);
    }, 10_000);
    forced.unref();
    try {
      await app.close();
    } finally {
      await database.close();
      clearTimeout(forced);
      app.log.info("stopped");
    }
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await database.close();
    throw error;
  }
  const where =
    database.kind === "pglite" ? `embedded PGlite in ${database.location}` : `PostgreSQL at ${database.location}`;
  app.log.info(
    `INTERLINK is listening on ${config.baseUrl} (bound to ${config.host}:${config.port}); database: ${where}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirectoryLockedError) {
    console.error(error.message);
  } else {
    console.error("INTERLINK could not start:", error);
  }
  process.exit(1);
});

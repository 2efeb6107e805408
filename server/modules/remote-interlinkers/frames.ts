import type { FastifyInstance } from "fastify";
import type { Database } from "../../db/client.js";
import { listServiceOrigins } from "./service.js";

declare module "fastify" {
  interface FastifyInstance {
    remoteFrameSources: RemoteFrameSources;
  }
}

/** How stale another server process's view of the registrations may get before a page load reads them again. */
const freshForMs = 5_000;

export interface RemoteFrameSources {
  /** The registered services' origins as last read: the asset page may embed their views, nothing else. */
  current(): string[];
  /** Reads them again now (after this process changed a registration). */
  refresh(): Promise<void>;
}

/**
 * Keeps the pages' `frame-src` in step with the registered services. The CSP header is written synchronously,
 * so the origins are read beforehand: at most every few seconds, and only for page loads (API answers are never
 * framed). Registrations live in the database, so every server process behind a proxy learns of them.
 */
export function registerRemoteFrameSources(app: FastifyInstance, db: Database): RemoteFrameSources {
  let origins: string[] = [];
  let loadedAt = Number.NEGATIVE_INFINITY;
  let loading: Promise<void> | null = null;
  const refresh = () => {
    loading ??= listServiceOrigins(db)
      .then((found) => {
        origins = found;
        loadedAt = Date.now();
      })
      .catch((error: unknown) => app.log.warn({ err: error }, "could not read remote interlinkers' origins"))
      .finally(() => {
        loading = null;
      });
    return loading;
  };
  const sources: RemoteFrameSources = { current: () => origins, refresh };
  app.decorate("remoteFrameSources", sources);
  app.addHook("onRequest", async (request) => {
    if (request.method !== "GET" || request.url.startsWith("/api/")) return;
    if (Date.now() - loadedAt > freshForMs) await refresh();
  });
  return sources;
}

import type { FastifyInstance } from "fastify";
import { Problem } from "./problem.js";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * A browser sends the session cookie with any request to us, even one a hostile page makes. So every write
 * that names a foreign Origin (or Referer) is refused — on /api/auth too, which keeps hostile pages from
 * signing people out or into someone else's account — and a write that carries cookies must name ours.
 */
export function registerOriginCheck(app: FastifyInstance, trustedOrigins: string[]): void {
  const trusted = new Set(trustedOrigins);
  app.addHook("onRequest", async (request) => {
    if (!unsafeMethods.has(request.method) || !request.url.startsWith("/api/")) return;
    const origin = request.headers.origin ?? originOf(request.headers.referer);
    if (origin ? trusted.has(origin) : !request.headers.cookie) return;
    throw new Problem(
      403,
      "untrusted-origin",
      origin
        ? `Requests from ${origin} may not change data here.`
        : "A request that changes data with a session cookie must say where it comes from (Origin header).",
    );
  });
}

function originOf(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

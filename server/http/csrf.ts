import type { FastifyInstance } from "fastify";
import { Problem } from "./problem.js";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * A browser sends the session cookie with any request to us, even one a hostile page makes. For writes that
 * carry cookies, the Origin (or, failing that, the Referer) must be one of ours; a write without either is
 * refused too, since every browser that could be tricked into it sends one.
 */
export function registerOriginCheck(app: FastifyInstance, trustedOrigins: string[]): void {
  const trusted = new Set(trustedOrigins);
  app.addHook("onRequest", async (request) => {
    if (!unsafeMethods.has(request.method) || !request.url.startsWith("/api/v1/")) return;
    if (!request.headers.cookie) return;
    const origin = request.headers.origin ?? originOf(request.headers.referer);
    if (origin && trusted.has(origin)) return;
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

import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { invalid, Problem, sendProblem } from "../http/problem.js";
import { type Auth, clientIpHeader, disabledAuthPaths, isLocalPath } from "./auth.js";

/**
 * Hands /api/auth/* to better-auth. Its routes keep their own contract and error shape; this bridge only
 * turns Fastify's request into a Fetch Request and back, passing the client address Fastify resolved.
 */
export async function registerAuthRoutes(app: FastifyInstance, auth: Auth): Promise<void> {
  await app.register(async (scope) => {
    // better-auth parses its own bodies: keep them as raw text here.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => done(null, body));

    scope.route({
      method: ["GET", "POST"],
      url: "/api/auth/*",
      schema: { hide: true },
      handler: (request, reply) => forward(auth, request, reply),
    });
  });
}

async function forward(auth: Auth, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const path = new URL(request.url, "http://localhost").pathname.replace(/^\/api\/auth/, "").replace(/\/+$/, "");
  if (disabledAuthPaths.includes(path)) {
    // Answered as any unknown route is; better-auth's own refusal would be plain text.
    return sendProblem(
      reply,
      new Problem(404, "not-found", `Nothing is served at ${request.method} /api/auth${path}.`),
    );
  }
  // better-auth answers a callback address it cannot parse with a server error: only paths of this site pass.
  const query = new URL(request.url, "http://localhost").searchParams;
  for (const name of callbackParameters) {
    const value = query.get(name);
    if (value !== null && !isLocalPath(value)) {
      return sendProblem(
        reply,
        invalid([
          { path: `query.${name}`, code: "invalid_url", message: "Give a path on this site, such as /profile." },
        ]),
      );
    }
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === clientIpHeader || name === "x-forwarded-for") continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  headers.set(clientIpHeader, request.ip);
  const url = new URL(request.url, `${request.protocol}://${request.host}`);
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : (request.body as string | undefined);
  const response = await auth.handler(new Request(url, { method: request.method, headers, body }));

  reply.code(response.status);
  for (const [name, value] of response.headers) {
    if (name === "set-cookie") continue;
    reply.header(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header("set-cookie", cookies);
  return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
}

const callbackParameters = ["callbackURL", "errorCallbackURL", "newUserCallbackURL", "redirectTo"];

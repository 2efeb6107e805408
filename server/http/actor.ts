import { fromNodeHeaders } from "better-auth/node";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Auth } from "../auth/auth.js";
import type { ResolvedSession, UserRow } from "../auth/session.js";
import type { Actor, MaybeActor } from "../policies/actor.js";
import { notSignedIn } from "./problem.js";

declare module "fastify" {
  interface FastifyRequest {
    actorLookup: Promise<MaybeActor> | null;
    /** The signed-in person's account row, read with the session by the actor lookup. */
    sessionUser: UserRow | null;
    renewedSessionCookies: string[] | null;
  }
  interface FastifyInstance {
    auth: Auth;
    readSession: SessionReader;
  }
}

type SessionReader = (cookieHeader: string | undefined) => Promise<ResolvedSession | null>;

/** Makes the session's actor available to routes, looked up once per request and only when a route asks. */
export function registerActorLookup(app: FastifyInstance, auth: Auth, readSession: SessionReader): void {
  app.decorate("auth", auth);
  app.decorateRequest("actorLookup", null);
  app.decorateRequest("sessionUser", null);
  app.decorateRequest("renewedSessionCookies", null);
  app.decorate("readSession", readSession);
  app.addHook("onSend", async (request, reply) => {
    if (request.renewedSessionCookies?.length) reply.header("set-cookie", request.renewedSessionCookies);
  });
}

/** The signed-in actor, or null for an anonymous visitor. */
export function optionalActor(request: FastifyRequest): Promise<MaybeActor> {
  request.actorLookup ??= lookUpActor(request);
  return request.actorLookup;
}

/** The signed-in person's account row as the session read it (no second query), or null for anonymous. */
export async function optionalSessionUser(request: FastifyRequest): Promise<UserRow | null> {
  await optionalActor(request);
  return request.sessionUser;
}

/** The signed-in actor; refuses with 401 when nobody is signed in. */
export async function requireActor(request: FastifyRequest): Promise<Actor> {
  const actor = await optionalActor(request);
  if (!actor) throw notSignedIn();
  return actor;
}

async function lookUpActor(request: FastifyRequest): Promise<MaybeActor> {
  const resolved = await request.server.readSession(request.headers.cookie);
  if (!resolved) return null;
  request.sessionUser = resolved.user;
  if (resolved.needsRefresh) {
    // About once a day of activity, better-auth extends the session; the renewed cookie goes out with our answer.
    const { headers } = await request.server.auth.api.getSession({
      headers: fromNodeHeaders(request.headers),
      returnHeaders: true,
    });
    request.renewedSessionCookies = headers.getSetCookie();
  }
  return resolved.actor;
}

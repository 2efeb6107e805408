import { fromNodeHeaders } from "better-auth/node";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Language } from "../../common/languages.js";
import type { Auth } from "../auth/auth.js";
import type { Actor, MaybeActor } from "../policies/actor.js";
import { notSignedIn } from "./problem.js";

declare module "fastify" {
  interface FastifyRequest {
    actorLookup: Promise<MaybeActor> | null;
  }
  interface FastifyInstance {
    auth: Auth;
  }
}

/** Makes the session's actor available to routes, looked up once per request and only when a route asks. */
export function registerActorLookup(app: FastifyInstance, auth: Auth): void {
  app.decorate("auth", auth);
  app.decorateRequest("actorLookup", null);
}

/** The signed-in actor, or null for an anonymous visitor. */
export function optionalActor(request: FastifyRequest): Promise<MaybeActor> {
  request.actorLookup ??= lookUpActor(request);
  return request.actorLookup;
}

/** The signed-in actor; refuses with 401 when nobody is signed in. */
export async function requireActor(request: FastifyRequest): Promise<Actor> {
  const actor = await optionalActor(request);
  if (!actor) throw notSignedIn();
  return actor;
}

async function lookUpActor(request: FastifyRequest): Promise<MaybeActor> {
  if (!request.headers.cookie && !request.headers.authorization) return null;
  const result = await request.server.auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
  if (!result) return null;
  const user = result.user as typeof result.user & { language?: string; platformRole?: string };
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    emailVerified: user.emailVerified,
    language: (user.language ?? "en") as Language,
    isPlatformAdmin: user.platformRole === "admin",
  };
}

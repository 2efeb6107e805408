import { sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import { requestRateLimit } from "../db/schema/index.js";
import type { Actor } from "../policies/actor.js";
import { Problem } from "./problem.js";

/** A limit on how often one actor may do something: `max` times in each window of `windowSeconds`. */
export interface RateLimitRule {
  /** Names the counter: the same name on two routes shares one budget. */
  name: string;
  max: number;
  windowSeconds: number;
}

/** The rules our own routes use, from the configuration (better-auth limits its own routes itself). */
const rules = (config: Config) =>
  ({
    // Every request that invites someone, whatever it invites to: each may send mail to a stranger's address.
    invitations: { name: "invitations", max: config.rateLimitInvitationsPerHour, windowSeconds: 60 * 60 },
    // Asking to take part in a process: each request waits for a person's answer.
    participationRequests: {
      name: "participation-requests",
      max: config.rateLimitParticipationRequestsPerHour,
      windowSeconds: 60 * 60,
    },
    // Claiming work done: each claim waits for a person's answer and tells those who answer.
    claims: { name: "claims", max: config.rateLimitClaimsPerHour, windowSeconds: 60 * 60 },
  }) satisfies Record<string, RateLimitRule>;
export type RateLimitName = keyof ReturnType<typeof rules>;

/**
 * Counts one request of the actor against the rule and refuses it with 429 once the window's budget is spent;
 * one line in a route: `await limitRate(request, actor, "invitations")`.
 *
 * The counter is one row per rule and actor, moved on by a single atomic upsert: every server process behind a
 * proxy shares it, and two racing requests can never both take the last unit. Fixed windows: the row restarts at 1
 * when a new window begins.
 */
export async function limitRate(request: FastifyRequest, actor: Actor, name: RateLimitName): Promise<void> {
  const rule = rules(request.server.config)[name];
  const used = await countRequest(request.server.db, { key: `${rule.name}:${actor.userId}`, rule });
  if (used.count <= rule.max) return;
  const retryAfter = Math.max(1, Math.ceil((used.windowEnd.valueOf() - Date.now()) / 1000));
  throw new Problem(
    429,
    "rate-limited",
    `You did this ${rule.max} times within ${Math.round(rule.windowSeconds / 60)} minutes; try again in ${Math.ceil(retryAfter / 60)} minutes.`,
    [
      {
        path: "",
        code: "rate_limited",
        params: { max: rule.max, retryAfterSeconds: retryAfter },
        message: "Too many requests; try again later.",
      },
    ],
    { "retry-after": String(retryAfter) },
  );
}

async function countRequest(db: Database, options: { key: string; rule: RateLimitRule }) {
  const windowMs = options.rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  const [row] = await db
    .insert(requestRateLimit)
    .values({ key: options.key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: requestRateLimit.key,
      set: {
        count: sql`case when ${requestRateLimit.windowStart} = excluded.window_start then ${requestRateLimit.count} + 1 else 1 end`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: requestRateLimit.count });
  return { count: row!.count, windowEnd: new Date(windowStart.valueOf() + windowMs) };
}

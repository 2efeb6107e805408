import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Language } from "../../common/languages.js";
import { type ChangeNotices, noticedCache } from "../db/changes.js";
import type { Database } from "../db/client.js";
import { session, user } from "../db/schema/index.js";
import type { Actor } from "../policies/actor.js";

/** Session lifetime and how often activity extends it, shared with better-auth's configuration. */
export const sessionExpiresInSeconds = 7 * 24 * 60 * 60;
export const sessionUpdateAgeSeconds = 24 * 60 * 60;

export type UserRow = typeof user.$inferSelect;

export interface ResolvedSession {
  actor: Actor;
  /** The signed-in person's account row as read with the session (the profile answers from it). */
  user: UserRow;
  /** better-auth would extend this session now: let it, so the expiry logic stays in one place. */
  needsRefresh: boolean;
}

/** How many signed-in sessions the cache keeps; the longest unused go first. */
export const sessionCacheSize = 10_000;

interface CachedSession {
  expiresAt: Date;
  user: UserRow;
  actor: Actor;
}

/**
 * Reads the actor of a request. better-auth's own getSession takes two queries and its middleware on every API
 * call; this is the hot path of every signed-in request. It verifies the cookie the way better-auth signs it
 * (HMAC-SHA256 of the token, base64) and reads session and user together in one query.
 *
 * With change notices (PGlite, see server/db/changes.ts) a session read once is kept in memory: any change to
 * the person's account or sessions (sign-out, revocation, password change or reset, profile, platform role,
 * renewed expiry, deletion) drops it before the change's writer goes on, and an expired one is never answered.
 * Without them (PostgreSQL) every request reads the database.
 */
export function createSessionReader(options: {
  db: Database;
  secret: string;
  cookieName: string;
  notices?: ChangeNotices | null;
}) {
  const query = options.db
    .select({ expiresAt: session.expiresAt, user })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .where(and(eq(session.token, sql.placeholder("token")), gt(session.expiresAt, sql.placeholder("now"))))
    .prepare("session_actor");
  const load = async (token: string): Promise<CachedSession | null> => {
    const [row] = await query.execute({ token, now: new Date() });
    // Frozen: a kept session is shared by every request that presents its cookie.
    return row
      ? Object.freeze({ expiresAt: row.expiresAt, user: Object.freeze(row.user), actor: actorOf(row.user) })
      : null;
  };
  const cache =
    options.notices &&
    noticedCache<CachedSession>(options.notices, {
      size: sessionCacheSize,
      drops: (notice, cached) => notice.kind === "account" && notice.userId === cached.user.id,
      fresh: (cached) => cached.expiresAt.valueOf() > Date.now(),
    });
  const read = (token: string) => (cache ? cache.read(token, () => load(token)) : load(token));

  return async (cookieHeader: string | undefined): Promise<ResolvedSession | null> => {
    const token = verifiedToken(cookieValue(cookieHeader, options.cookieName), options.secret);
    if (!token) return null;
    const found = await read(token);
    if (!found) return null;
    return {
      actor: found.actor,
      user: found.user,
      needsRefresh:
        found.expiresAt.valueOf() - sessionExpiresInSeconds * 1000 + sessionUpdateAgeSeconds * 1000 <= Date.now(),
    };
  };
}

/** The actor an account row stands for: the session read, and whoever a job acts for or tells. */
export function actorOf(row: UserRow): Actor {
  return Object.freeze({
    userId: row.id,
    name: row.name,
    email: row.email,
    emailVerified: row.emailVerified,
    language: row.language as Language,
    isPlatformAdmin: row.platformRole === "admin",
  });
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      try {
        return decodeURIComponent(part.slice(separator + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function verifiedToken(signed: string | undefined, secret: string): string | undefined {
  if (!signed) return undefined;
  const separator = signed.lastIndexOf(".");
  if (separator <= 0) return undefined;
  const token = signed.slice(0, separator);
  const given = Buffer.from(signed.slice(separator + 1), "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : undefined;
}

import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Language } from "../../common/languages.js";
import type { Database } from "../db/client.js";
import { session, user } from "../db/schema/index.js";
import type { Actor } from "../policies/actor.js";

/** Session lifetime and how often activity extends it, shared with better-auth's configuration. */
export const sessionExpiresInSeconds = 7 * 24 * 60 * 60;
export const sessionUpdateAgeSeconds = 24 * 60 * 60;

export interface ResolvedSession {
  actor: Actor;
  /** better-auth would extend this session now: let it, so the expiry logic stays in one place. */
  needsRefresh: boolean;
}

/**
 * Reads the actor of a request in one query. better-auth's own getSession takes two queries and its
 * middleware on every API call; this is the hot path of every signed-in request. It verifies the cookie the
 * way better-auth signs it (HMAC-SHA256 of the token, base64) and reads session and user together.
 */
export function createSessionReader(options: { db: Database; secret: string; cookieName: string }) {
  const query = options.db
    .select({
      expiresAt: session.expiresAt,
      userId: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerified,
      language: user.language,
      platformRole: user.platformRole,
    })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .where(and(eq(session.token, sql.placeholder("token")), gt(session.expiresAt, sql.placeholder("now"))))
    .prepare("session_actor");
  return async (cookieHeader: string | undefined): Promise<ResolvedSession | null> => {
    const token = verifiedToken(cookieValue(cookieHeader, options.cookieName), options.secret);
    if (!token) return null;
    const [row] = await query.execute({ token, now: new Date() });
    if (!row) return null;
    return {
      actor: {
        userId: row.userId,
        name: row.name,
        email: row.email,
        emailVerified: row.emailVerified,
        language: row.language as Language,
        isPlatformAdmin: row.platformRole === "admin",
      },
      needsRefresh:
        row.expiresAt.valueOf() - sessionExpiresInSeconds * 1000 + sessionUpdateAgeSeconds * 1000 <= Date.now(),
    };
  };
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

import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { mailFrequencies, notificationGroups } from "../../../common/notifications.js";

/**
 * One-click unsubscribe (RFC 8058): each notification mail carries a link that turns off exactly what sent it
 * (one group, or every group going to that digest), for the person it was sent to, without signing in. The
 * token is the choice and the person, signed with the platform's secret, and expires.
 */
export const unsubscribeValidityMs = 60 * 24 * 60 * 60 * 1000;

const claims = z.strictObject({
  u: z.string().min(1).max(100),
  g: z.enum(notificationGroups).optional(),
  f: z.enum(mailFrequencies).optional(),
  e: z.number().int(),
});
export type UnsubscribeClaims = z.infer<typeof claims>;

const sign = (secret: string, body: string) =>
  createHmac("sha256", `unsubscribe:${secret}`).update(body).digest("base64url");

export function unsubscribeToken(
  secret: string,
  what: { userId: string } & ({ group: UnsubscribeClaims["g"] } | { frequency: UnsubscribeClaims["f"] }),
  now = Date.now(),
): string {
  const body = Buffer.from(
    JSON.stringify({
      u: what.userId,
      ...("group" in what ? { g: what.group } : { f: what.frequency }),
      e: now + unsubscribeValidityMs,
    }),
  ).toString("base64url");
  return `${body}.${sign(secret, body)}`;
}

/** The claims of a token this platform signed and that has not expired; null for anything else. */
export function readUnsubscribeToken(secret: string, token: string, now = Date.now()): UnsubscribeClaims | null {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const read = claims.safeParse(parsed);
  if (!read.success || read.data.e < now || (read.data.g === undefined) === (read.data.f === undefined)) return null;
  return read.data;
}

/** The headers that let a mail program offer "unsubscribe" and do it in one click. */
export function unsubscribeHeaders(baseUrl: string, token: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${baseUrl}/api/v1/unsubscribe?token=${token}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

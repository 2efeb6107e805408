import { ECDH } from "node:crypto";
import { z } from "zod";
import { timestamp } from "../../http/schemas.js";

const base64url = /^[A-Za-z0-9_-]+$/;

/** A browser's P-256 public key: 65 bytes, an uncompressed point on the curve (web-push could not encrypt for less). */
const p256dh = z
  .string()
  .regex(base64url, { message: "Not base64url." })
  .refine(
    (key) => {
      const bytes = Buffer.from(key, "base64url");
      if (bytes.length !== 65 || bytes[0] !== 4) return false;
      try {
        // Throws for bytes that are not a point on the curve.
        ECDH.convertKey(bytes, "prime256v1", undefined, undefined, "compressed");
        return true;
      } catch {
        return false;
      }
    },
    { message: "Not a P-256 public key (65 bytes, uncompressed).", params: { code: "invalid_push_key" } },
  );

/** The browser's authentication secret: 16 bytes (RFC 8291). */
const auth = z
  .string()
  .regex(base64url, { message: "Not base64url." })
  .refine((secret) => Buffer.from(secret, "base64url").length === 16, {
    message: "Not a 16-byte authentication secret.",
    params: { code: "invalid_push_key" },
  });

const endpoint = z
  .url({ protocol: /^https$/, message: "Not an https:// address." })
  .max(2000)
  .describe("The push service's address for this browser (`PushSubscription.endpoint`).");

export const pushSubscriptionInput = z
  .strictObject({
    endpoint,
    keys: z.strictObject({ p256dh, auth }).describe("`PushSubscription.getKey('p256dh')` and `('auth')`, base64url."),
  })
  .meta({ id: "NewPushSubscription" });

export const pushSubscriptionRemoval = z.strictObject({ endpoint }).meta({ id: "PushSubscriptionEndpoint" });

export const pushSubscriptionItem = z
  .object({
    id: z.uuid(),
    endpoint: z.string(),
    createdAt: timestamp,
    lastSuccessAt: timestamp.nullable().describe("When a message last reached this browser's push service."),
  })
  .meta({ id: "PushSubscription" });

export const pushPublicKey = z
  .object({
    publicKey: z
      .string()
      .describe("The platform's VAPID public key: `applicationServerKey` for `pushManager.subscribe`."),
  })
  .meta({ id: "PushPublicKey" });

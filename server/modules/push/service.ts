import type { Agent } from "node:https";
import { and, desc, eq, getTableColumns, notInArray, sql } from "drizzle-orm";
import webPush from "web-push";
import type { Database } from "../../db/client.js";
import { pushSubscription } from "../../db/schema/index.js";
import { enqueueJob } from "../../jobs/queue.js";
import type { JobKind } from "../../jobs/runner.js";
import { keepSetting } from "../platform/service.js";

export type PushSubscriptionRow = typeof pushSubscription.$inferSelect;
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/** Browsers a person may have push turned on in; turning it on in one more lets the longest silent one go. */
export const maxPushSubscriptionsPerUser = 20;

/**
 * The key pair that signs our messages to push services (VAPID, RFC 8292). Configured, or made on first start and
 * kept in the database like the auth secret: browsers subscribed with the public key, so it must outlive restarts
 * and be the same in every process.
 */
export async function loadVapidKeys(db: Database, configured: VapidKeys | undefined): Promise<VapidKeys> {
  if (configured) return configured;
  const stored = await keepSetting(db, "vapid_keys", () => {
    const keys = webPush.generateVAPIDKeys();
    return JSON.stringify({ publicKey: keys.publicKey, privateKey: keys.privateKey });
  });
  const { publicKey, privateKey } = JSON.parse(stored) as VapidKeys;
  return { publicKey, privateKey };
}

/** Is this endpoint on one of the push services we post to (or below one)? */
export function isPushServiceEndpoint(endpoint: string, hosts: readonly string[]): boolean {
  const { hostname } = new URL(endpoint);
  return hosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

/**
 * Turns push on for one browser. An endpoint is one browser's: subscribing it again replaces its keys, and moves
 * it to whoever subscribes now (the person now signed in there). Answers whether it is new.
 */
export async function savePushSubscription(
  db: Database,
  input: { userId: string; endpoint: string; p256dh: string; auth: string; userAgent: string | null },
): Promise<{ subscription: PushSubscriptionRow; created: boolean }> {
  return db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(pushSubscription)
      .values(input)
      .onConflictDoUpdate({
        target: pushSubscription.endpoint,
        set: {
          userId: input.userId,
          p256dh: input.p256dh,
          auth: input.auth,
          userAgent: input.userAgent,
          // Another person's browser now, or new keys: what reached it before says nothing any more.
          lastSuccessAt: sql`case when ${pushSubscription.userId} = ${input.userId} and ${pushSubscription.p256dh} = ${input.p256dh} then ${pushSubscription.lastSuccessAt} end`,
        },
      })
      .returning({ ...getTableColumns(pushSubscription), created: sql<boolean>`(xmax = 0)` });
    const kept = tx
      .select({ id: pushSubscription.id })
      .from(pushSubscription)
      .where(eq(pushSubscription.userId, input.userId))
      .orderBy(
        desc(sql`${pushSubscription.id} = ${saved!.id}`),
        desc(sql`coalesce(${pushSubscription.lastSuccessAt}, ${pushSubscription.createdAt})`),
        desc(pushSubscription.id),
      )
      .limit(maxPushSubscriptionsPerUser);
    await tx
      .delete(pushSubscription)
      .where(and(eq(pushSubscription.userId, input.userId), notInArray(pushSubscription.id, kept)));
    const { created, ...subscription } = saved!;
    return { subscription, created };
  });
}

/** Turns push off for one of the person's browsers; false when they have none with this endpoint. */
export async function deletePushSubscription(
  db: Database,
  input: { userId: string; endpoint: string },
): Promise<boolean> {
  const deleted = await db
    .delete(pushSubscription)
    .where(and(eq(pushSubscription.userId, input.userId), eq(pushSubscription.endpoint, input.endpoint)))
    .returning({ id: pushSubscription.id });
  return deleted.length > 0;
}

/** What the service worker shows (web/public/sw.js): the notification's text in the person's language. */
export interface PushMessage {
  /** The notification's id: a second delivery of the same one replaces the first on screen. */
  id: string;
  title: string;
  body: string;
  /** The web app's path it opens. */
  url: string;
}

export const pushJob = "push.deliver";

/**
 * Sends a notification to every browser the person turned push on in, once the caller's transaction commits:
 * one job per browser, so a retry after one push service failed never sends twice to the others.
 */
export async function schedulePush(tx: Database, input: { userId: string; message: PushMessage }): Promise<void> {
  const subscriptions = await tx
    .select({ id: pushSubscription.id })
    .from(pushSubscription)
    .where(eq(pushSubscription.userId, input.userId));
  for (const subscription of subscriptions) {
    await enqueueJob(tx, {
      kind: pushJob,
      payload: { subscriptionId: subscription.id, userId: input.userId, message: input.message },
    });
  }
}

/** A message is worth showing for a day; after that the inbox has it, and a late buzz would only puzzle. */
const timeToLiveSeconds = 24 * 60 * 60;
/** Push services hold at most 4 KB of payload; the text of one notification stays well below. */
const maxBodyLength = 1000;

/** The job that posts one encrypted message to one browser's push service. */
export function createPushDelivery(options: {
  db: Database;
  keys: VapidKeys;
  subject: string;
  /** Test only: an agent that trusts the test's own push service. */
  agent?: Agent;
}): JobKind {
  const { db } = options;
  return {
    kind: pushJob,
    async handle(payload) {
      const subscriptionId = String(payload.subscriptionId);
      const message = payload.message as PushMessage;
      const [subscription] = await db.select().from(pushSubscription).where(eq(pushSubscription.id, subscriptionId));
      // Turned off since, or the browser now belongs to someone else: this message is not theirs to see.
      if (!subscription || subscription.userId !== payload.userId) return;
      const body = JSON.stringify({ ...message, body: message.body.slice(0, maxBodyLength) });
      try {
        await webPush.sendNotification(
          {
            endpoint: subscription.endpoint,
            keys: { p256dh: subscription.p256dh, auth: subscription.auth },
          },
          body,
          {
            vapidDetails: { subject: options.subject, ...options.keys },
            TTL: timeToLiveSeconds,
            // While the service still holds an undelivered message with this topic, a retry replaces it.
            topic: message.id.replaceAll("-", ""),
            timeout: 30_000,
            ...(options.agent ? { agent: options.agent } : {}),
          },
        );
      } catch (error) {
        if (error instanceof webPush.WebPushError) {
          // The browser unsubscribed or the subscription expired (RFC 8030): it will never take a message again.
          if (error.statusCode === 404 || error.statusCode === 410) {
            await db.delete(pushSubscription).where(eq(pushSubscription.id, subscription.id));
            return;
          }
          // Its status only: the endpoint is the address to push to this browser, not for logs.
          throw new Error(`the push service answered ${error.statusCode}`);
        }
        throw new Error(`could not reach the push service: ${error instanceof Error ? error.message : String(error)}`);
      }
      await db
        .update(pushSubscription)
        .set({ lastSuccessAt: new Date() })
        .where(eq(pushSubscription.id, subscription.id));
    },
  };
}

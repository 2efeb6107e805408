import { randomBytes } from "node:crypto";
import { and, count, desc, eq, isNull, lte, notInArray, or, sql } from "drizzle-orm";
import { actorOf } from "../../auth/session.js";
import type { Database } from "../../db/client.js";
import { uuidv7 } from "../../db/ids.js";
import { webhook, webhookDelivery } from "../../db/schema/index.js";
import { conflict, invalid, notFound, Problem } from "../../http/problem.js";
import { enqueueJob } from "../../jobs/queue.js";
import type { JobKind } from "../../jobs/runner.js";
import { can, platform } from "../../policies/index.js";
import { getUser } from "../accounts/service.js";
import { type NotificationEvent, notify, webhookDispatchJob } from "../notifications/emit.js";
import { loadProcessAccess } from "../processes/access.js";
import { resolvePublicAddresses } from "./address.js";
import { sendDelivery, signDelivery } from "./send.js";

export type WebhookRow = typeof webhook.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDelivery.$inferSelect;

/** Hooks one process (or the platform) may have: each costs a request per event. */
export const maxWebhooksPerOwner = 20;
/** Deliveries kept per hook, newest first; older ones are deleted as new ones are recorded. */
export const keptDeliveries = 100;
/** Tries of one delivery (the job runner waits 10 s, 20 s, 40 s, 80 s between them). */
export const deliveryAttempts = 5;
/** Deliveries in a row that fail for good before the hook is turned off and its creator told. */
export const failuresBeforeDisabling = 5;

export const webhookDeliverJob = "webhooks.deliver";

/** The owner of a hook: one process, or (null) the platform. */
type Owner = string | null;
const ownedBy = (owner: Owner) => (owner === null ? isNull(webhook.processId) : eq(webhook.processId, owner));

/**
 * Refuses (422, on `body.url`) an address whose host does not resolve, or resolves to any loopback, private or
 * link-local address, unless the operator allows those (WEBHOOKS_ALLOW_PRIVATE).
 */
export async function checkWebhookAddress(url: string, allowPrivate: boolean): Promise<void> {
  const resolved = await resolvePublicAddresses(new URL(url).hostname, allowPrivate);
  if ("refusal" in resolved) {
    throw invalid([{ path: "body.url", code: resolved.refusal.code, message: resolved.refusal.message }]);
  }
}

/** `["*"]` stays as is; a list loses its repeats. */
const normalEvents = (events: readonly string[]) => [...new Set(events)];

export async function listWebhooks(db: Database, owner: Owner): Promise<WebhookRow[]> {
  return db.select().from(webhook).where(ownedBy(owner)).orderBy(webhook.id);
}

/** The hook with this id of this owner; 404 for another process's or the platform's. */
export async function findWebhook(db: Database, owner: Owner, id: string): Promise<WebhookRow> {
  const [row] = await db
    .select()
    .from(webhook)
    .where(and(eq(webhook.id, id), ownedBy(owner)));
  if (!row) throw notFound("webhook");
  return row;
}

/** Registers a hook and answers it with its secret, which is never answered again. */
export async function createWebhook(
  db: Database,
  options: { owner: Owner; url: string; events: readonly string[]; createdBy: string },
): Promise<{ row: WebhookRow; secret: string }> {
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  const row = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(webhook).where(ownedBy(options.owner));
    if ((existing?.n ?? 0) >= maxWebhooksPerOwner) {
      throw conflict("too-many-webhooks", `At most ${maxWebhooksPerOwner} webhooks here: delete one first.`);
    }
    const [inserted] = await tx
      .insert(webhook)
      .values({
        processId: options.owner,
        url: options.url,
        events: normalEvents(options.events),
        secret,
        createdBy: options.createdBy,
      })
      .returning();
    return inserted!;
  });
  return { row, secret };
}

export async function updateWebhook(
  db: Database,
  row: WebhookRow,
  changes: { url?: string; events?: readonly string[]; active?: boolean },
): Promise<WebhookRow> {
  const [updated] = await db
    .update(webhook)
    .set({
      ...(changes.url !== undefined ? { url: changes.url } : {}),
      ...(changes.events !== undefined ? { events: normalEvents(changes.events) } : {}),
      ...(changes.active === true ? { active: true, disabledReason: null, consecutiveFailures: 0 } : {}),
      // Paused by a person: no reason to show, they know why.
      ...(changes.active === false ? { active: false, disabledReason: null } : {}),
    })
    .where(eq(webhook.id, row.id))
    .returning();
  if (!updated) throw notFound("webhook");
  return updated;
}

export async function deleteWebhook(db: Database, row: WebhookRow): Promise<void> {
  await db.delete(webhook).where(eq(webhook.id, row.id));
}

export async function listDeliveries(db: Database, webhookId: string, limit = 20): Promise<WebhookDeliveryRow[]> {
  return db
    .select()
    .from(webhookDelivery)
    .where(eq(webhookDelivery.webhookId, webhookId))
    .orderBy(desc(webhookDelivery.id))
    .limit(limit);
}

/** What a receiver gets (docs/webhooks.md); built when the event is dispatched, the same on every try. */
export interface WebhookBody {
  id: string;
  type: string;
  createdAt: string;
  processId: string | null;
  subject: { kind: string; id: string };
  url: string;
  data: Record<string, unknown>;
}

const emailLike = /[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+/g;

/**
 * The event's names (titles, team and process names, who acted) without e-mail addresses: a receiver is another
 * system, often logging what it gets, and an address is a way to reach a person they never gave it. The
 * audience (who is told) and the acting account's id stay inside too.
 */
function publicData(data: Record<string, unknown>): Record<string, unknown> {
  const clean = (value: unknown): unknown => {
    if (typeof value === "string") return value.replace(emailLike, "[e-mail address]");
    if (typeof value === "number" || typeof value === "boolean") return value;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([key]) => !/e-?mail/i.test(key))
          .map(([key, inner]) => [key, clean(inner)]),
      );
    }
    return undefined;
  };
  return clean(data) as Record<string, unknown>;
}

/**
 * Records a delivery of an event to a hook and enqueues the job that sends it, in one transaction; nothing when
 * this hook already has this event (a dispatch that runs again). Keeps the hook's last `keptDeliveries`.
 */
export async function recordDelivery(
  db: Database,
  options: { hook: WebhookRow; body: WebhookBody; maxAttempts?: number },
): Promise<WebhookDeliveryRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhookDelivery)
      .values({ webhookId: options.hook.id, eventId: options.body.id, type: options.body.type })
      .onConflictDoNothing()
      .returning();
    if (!row) return null;
    const newest = tx
      .select({ id: webhookDelivery.id })
      .from(webhookDelivery)
      .where(eq(webhookDelivery.webhookId, options.hook.id))
      .orderBy(desc(webhookDelivery.id))
      .limit(keptDeliveries);
    await tx
      .delete(webhookDelivery)
      .where(and(eq(webhookDelivery.webhookId, options.hook.id), notInArray(webhookDelivery.id, newest)));
    await enqueueJob(tx, {
      kind: webhookDeliverJob,
      payload: { deliveryId: row.id, body: options.body },
      maxAttempts: options.maxAttempts ?? deliveryAttempts,
    });
    return row;
  });
}

/** A ping: one try, so the answer shows within seconds; it counts neither for nor against the hook. */
export async function pingWebhook(db: Database, options: { hook: WebhookRow; baseUrl: string }) {
  const id = uuidv7();
  return (await recordDelivery(db, {
    hook: options.hook,
    maxAttempts: 1,
    body: {
      id,
      type: "ping",
      createdAt: new Date().toISOString(),
      processId: options.hook.processId,
      subject: { kind: "webhook", id: options.hook.id },
      url: options.hook.processId ? `${options.baseUrl}/processes/${options.hook.processId}` : options.baseUrl,
      data: {},
    },
  }))!;
}

/**
 * Whether the hook's creator may still manage it: a process's administrator (or a platform administrator) for a
 * process hook, a platform administrator for a platform hook. A hook runs under its creator's rights, so one who
 * lost them stops it from hearing more. Answers the process's name for texts.
 */
async function creatorStanding(db: Database, hook: WebhookRow): Promise<{ allowed: boolean; processName?: string }> {
  const creator = hook.createdBy ? await getUser(db, hook.createdBy) : undefined;
  if (!creator) return { allowed: false };
  const actor = actorOf(creator);
  if (hook.processId === null) return { allowed: can(actor, "administer", platform) };
  // A process gone (deleted) leaves nobody to administer it; any other error is tried again with the job.
  const access = await loadProcessAccess(db, actor, hook.processId).catch((error: unknown) => {
    if (error instanceof Problem && error.status === 404) return null;
    throw error;
  });
  if (!access) return { allowed: false };
  return { allowed: can(actor, "manage_webhooks", access.subject), processName: access.process.name };
}

const subscribes = (hook: WebhookRow, type: string) => hook.events.includes("*") || hook.events.includes(type);

async function disable(db: Database, hook: WebhookRow, reason: string): Promise<void> {
  await db.update(webhook).set({ active: false, disabledReason: reason }).where(eq(webhook.id, hook.id));
}

/** The two jobs of webhooks: one per event (which hooks hear it) and one per delivery (sending it). */
export function createWebhookJobs(options: {
  db: Database;
  baseUrl: string;
  allowPrivate: boolean;
  /** Authorities trusted for deliveries: the system's plus WEBHOOKS_CA_FILE's; undefined for the system's only. */
  ca?: string[];
}): JobKind[] {
  const { db } = options;

  const dispatch: JobKind = {
    kind: webhookDispatchJob,
    async handle(payload) {
      const eventId = String(payload.eventId);
      const event = payload.event as NotificationEvent;
      const processId = event.processId ?? null;
      const happenedAt = String(payload.createdAt ?? new Date().toISOString());
      // A process's hooks hear of its events only; the platform's hear of all, those outside processes included.
      // A hook hears what happened once it existed, not what was still on its way when it was registered.
      const hooks = await db
        .select()
        .from(webhook)
        .where(
          and(
            eq(webhook.active, true),
            lte(webhook.createdAt, new Date(happenedAt)),
            processId === null
              ? isNull(webhook.processId)
              : or(isNull(webhook.processId), eq(webhook.processId, processId)),
          ),
        );
      const body: WebhookBody = {
        id: eventId,
        type: event.type,
        createdAt: happenedAt,
        processId,
        subject: { kind: event.subject.kind, id: event.subject.id },
        url: `${options.baseUrl}${event.url}`,
        data: publicData(event.data),
      };
      for (const hook of hooks.filter((candidate) => subscribes(candidate, event.type))) {
        const standing = await creatorStanding(db, hook);
        if (!standing.allowed) {
          await disable(
            db,
            hook,
            hook.processId
              ? "Turned off: its creator no longer administers the process. An administrator may register it anew."
              : "Turned off: its creator is no longer a platform administrator. Register it anew.",
          );
          continue;
        }
        await recordDelivery(db, { hook, body });
      }
    },
  };

  /** A failed last try of an event's delivery: counts against the hook, which stops after too many in a row. */
  const countFailure = async (hook: WebhookRow) => {
    // Read before the transaction: the name only words the notification.
    const { processName } = await creatorStanding(db, hook);
    await db.transaction(async (tx) => {
      const [counted] = await tx
        .update(webhook)
        .set({ consecutiveFailures: sql`${webhook.consecutiveFailures} + 1` })
        .where(eq(webhook.id, hook.id))
        .returning();
      if (!counted?.active || counted.consecutiveFailures < failuresBeforeDisabling) return;
      await tx
        .update(webhook)
        .set({
          active: false,
          disabledReason: `Turned off after ${counted.consecutiveFailures} deliveries in a row failed.`,
        })
        .where(eq(webhook.id, hook.id));
      if (!counted.createdBy) return;
      await notify(tx, {
        type: "webhook.disabled",
        actorId: null,
        ...(counted.processId ? { processId: counted.processId } : {}),
        subject: { kind: "webhook", id: counted.id },
        audience: { userIds: [counted.createdBy] },
        url: counted.processId ? `/processes/${counted.processId}` : "/",
        // The host only: the rest of the address may carry the receiver's own token.
        data: {
          host: new URL(counted.url).host,
          failures: String(counted.consecutiveFailures),
          ...(processName ? { process: processName } : {}),
        },
      });
    });
  };

  const deliver: JobKind = {
    kind: webhookDeliverJob,
    async handle(payload, context) {
      const deliveryId = String(payload.deliveryId);
      const body = payload.body as WebhookBody;
      const [delivery] = await db.select().from(webhookDelivery).where(eq(webhookDelivery.id, deliveryId));
      // Pruned, its hook deleted, or already through (a job run again after a crash).
      if (delivery?.status !== "pending") return;
      const [hook] = await db.select().from(webhook).where(eq(webhook.id, delivery.webhookId));
      if (!hook) return;
      const ping = body.type === "ping";
      const lastTry = ping || context.attempt >= deliveryAttempts;
      const record = async (result: { error: string; status?: number | null; ms?: number | null }, final: boolean) => {
        await db
          .update(webhookDelivery)
          .set({
            attempts: context.attempt,
            lastStatus: result.status ?? null,
            responseMs: result.ms ?? null,
            error: result.error.slice(0, 300),
            ...(final ? { status: "failed" as const } : {}),
          })
          .where(eq(webhookDelivery.id, delivery.id));
      };
      if (!hook.active && !ping) return record({ error: "The webhook was turned off before this was sent." }, true);
      // Rights are checked at each try too: a creator removed since the dispatch stops it here.
      if (!(await creatorStanding(db, hook)).allowed) {
        return record({ error: "The webhook's creator may no longer manage it." }, true);
      }

      const text = JSON.stringify(body);
      const timestamp = Math.floor(Date.now() / 1000);
      const result = await sendDelivery({
        url: hook.url,
        body: text,
        allowPrivate: options.allowPrivate,
        ca: options.ca,
        headers: {
          "content-type": "application/json",
          "user-agent": "INTERLINK-Webhooks",
          "x-interlink-event": body.type,
          "x-interlink-delivery": delivery.id,
          "x-interlink-timestamp": String(timestamp),
          "x-interlink-signature": signDelivery(hook.secret, timestamp, text),
        },
      });
      if (result.error === null) {
        await db.transaction(async (tx) => {
          await tx
            .update(webhookDelivery)
            .set({
              status: "succeeded",
              attempts: context.attempt,
              lastStatus: result.status,
              responseMs: result.ms,
              error: null,
              deliveredAt: new Date(),
            })
            .where(eq(webhookDelivery.id, delivery.id));
          if (!ping) await tx.update(webhook).set({ consecutiveFailures: 0 }).where(eq(webhook.id, hook.id));
        });
        return;
      }
      await record({ error: result.error, status: result.status, ms: result.ms }, lastTry);
      if (!lastTry) {
        // Thrown so the runner tries again after its backoff; the delivery row already says how this try went.
        throw new Error(`webhook delivery ${delivery.id}: ${result.error}`);
      }
      // The last try: recorded as failed, and the job ends here rather than as a dead job, since a receiver
      // that is down is its owner's matter (the hook's page shows it), not the platform's.
      if (!ping) await countFailure(hook);
    },
  };

  return [dispatch, deliver];
}

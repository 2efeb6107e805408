import { and, desc, eq } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { asset, contributionClaim } from "../../db/schema/index.js";
import { conflict, forbidden, invalid, notFound } from "../../http/problem.js";
import type { Actor } from "../../policies/index.js";
import { appendActivity } from "../activity/service.js";
import { notify } from "../notifications/emit.js";
import type { ItemRow, ProcessTree } from "../processes/access.js";
import { itemUrl } from "../processes/notices.js";

export type ClaimRow = typeof contributionClaim.$inferSelect;

/**
 * Contribution claims (issue #13): someone taking part says what they did on an item, and someone else who may
 * finish it approves (the work is credited to them, on the item and in the trail) or rejects it with a reason.
 * Routes check who may claim and who may answer (server/policies); this module keeps the claims' own rules.
 */

const pendingConflict = () =>
  conflict("claim-pending", "You already claimed work on this item; wait for the answer or withdraw that claim.");

const alreadyAnswered = () => conflict("claim-answered", "This claim has been answered already.");

/** Whether a database error is the one-open-claim index refusing a second one (a race past the check). */
const isDuplicate = (error: unknown): boolean =>
  typeof error === "object" &&
  error !== null &&
  ((error as { code?: string }).code === "23505" || isDuplicate((error as { cause?: unknown }).cause));

export async function createClaim(
  db: Database,
  options: { actor: Actor; tree: ProcessTree; item: ItemRow; description: string; assetId?: string },
): Promise<ClaimRow> {
  const { actor, tree, item } = options;
  if (options.assetId) {
    const [named] = await db
      .select({ id: asset.id })
      .from(asset)
      .where(and(eq(asset.id, options.assetId), eq(asset.taskId, item.id)));
    if (!named) {
      throw invalid([
        { path: "body.assetId", code: "asset_not_on_item", message: "Name an asset of this item, or none." },
      ]);
    }
  }
  const [open] = await db
    .select({ id: contributionClaim.id })
    .from(contributionClaim)
    .where(
      and(
        eq(contributionClaim.itemId, item.id),
        eq(contributionClaim.userId, actor.userId),
        eq(contributionClaim.status, "pending"),
      ),
    );
  if (open) throw pendingConflict();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(contributionClaim)
        .values({
          processId: tree.process.id,
          itemId: item.id,
          userId: actor.userId,
          description: options.description,
          assetId: options.assetId ?? null,
        })
        .returning();
      await appendActivity(tx, {
        processId: tree.process.id,
        actorId: actor.userId,
        action: "claim.created",
        targetType: "claim",
        targetId: row!.id,
        summary: { after: { itemId: item.id, userId: actor.userId, assetId: row!.assetId } },
      });
      // The process's people, of whom delivery keeps those who may answer the claim then (notifications/delivery.ts).
      await notify(tx, {
        type: "claim.created",
        actorId: actor.userId,
        processId: tree.process.id,
        subject: { kind: "claim", id: row!.id },
        audience: { processPeople: tree.process.id },
        url: itemUrl(tree.process.id, item),
        data: { item: item.name, process: tree.process.name },
      });
      return row!;
    });
  } catch (error) {
    if (isDuplicate(error)) throw pendingConflict();
    throw error;
  }
}

/** An item's claims, newest first (at most 200: one open claim per person, and answered ones are history). */
export function listClaims(db: Database, itemId: string): Promise<ClaimRow[]> {
  return db
    .select()
    .from(contributionClaim)
    .where(eq(contributionClaim.itemId, itemId))
    .orderBy(desc(contributionClaim.id))
    .limit(200);
}

export async function findClaim(db: Database, id: string): Promise<ClaimRow> {
  const [row] = await db.select().from(contributionClaim).where(eq(contributionClaim.id, id));
  if (!row) throw notFound("claim");
  return row;
}

/**
 * Approves or rejects a pending claim, once (two deciders at once: the second finds it answered). Nobody answers
 * their own claim, administrators included: crediting one's own work is for someone else to do.
 */
export async function decideClaim(
  db: Database,
  options: {
    actor: Actor;
    tree: ProcessTree;
    item: ItemRow;
    row: ClaimRow;
    decision: "approved" | "rejected";
    reason?: string;
  },
): Promise<ClaimRow> {
  const { actor, tree, item, row, decision } = options;
  if (row.userId === actor.userId) {
    throw forbidden("Someone else who may finish this item answers your claim.");
  }
  if (row.status !== "pending") throw alreadyAnswered();
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(contributionClaim)
      .set({ status: decision, decidedBy: actor.userId, decidedAt: new Date(), answer: options.reason ?? null })
      .where(and(eq(contributionClaim.id, row.id), eq(contributionClaim.status, "pending")))
      .returning();
    if (!updated) throw alreadyAnswered();
    await appendActivity(tx, {
      processId: tree.process.id,
      actorId: actor.userId,
      action: decision === "approved" ? "claim.approved" : "claim.rejected",
      targetType: "claim",
      targetId: row.id,
      summary: { after: { itemId: item.id, userId: row.userId } },
    });
    await notify(tx, {
      type: "claim.decided",
      actorId: actor.userId,
      processId: tree.process.id,
      subject: { kind: "claim", id: row.id },
      audience: { userIds: [row.userId] },
      url: itemUrl(tree.process.id, item),
      data: { item: item.name, process: tree.process.name, decision },
    });
    return updated;
  });
}

/** The claimant takes back a claim nobody answered yet; the trail keeps that it was made and withdrawn. */
export async function withdrawClaim(db: Database, options: { actor: Actor; row: ClaimRow }): Promise<void> {
  const { actor, row } = options;
  if (row.userId !== actor.userId) throw forbidden("Only the person who made a claim may withdraw it.");
  if (row.status !== "pending") throw alreadyAnswered();
  await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(contributionClaim)
      .where(and(eq(contributionClaim.id, row.id), eq(contributionClaim.status, "pending")))
      .returning({ id: contributionClaim.id });
    if (deleted.length === 0) throw alreadyAnswered();
    await appendActivity(tx, {
      processId: row.processId,
      actorId: actor.userId,
      action: "claim.withdrawn",
      targetType: "claim",
      targetId: row.id,
      summary: { before: { itemId: row.itemId, userId: row.userId } },
    });
  });
}

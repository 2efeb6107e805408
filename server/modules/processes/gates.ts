import { and, eq, gt, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { GovernanceModel } from "../../../common/coproduction.js";
import { type Gate, type PermittedBy, presetGatesFor } from "../../../common/governance.js";
import type { Database } from "../../db/client.js";
import { activity, item, itemGate, itemGateApproval } from "../../db/schema/index.js";
import { conflict, invalid, notFound } from "../../http/problem.js";
import { gateSidesOf } from "../../policies/gate.js";
import { type Actor, authorize, can, type MaybeActor } from "../../policies/index.js";
import { joined } from "../../policies/rulebook.js";
import { appendActivity } from "../activity/service.js";
import { assetDecisionSettled, decidesThings, findAsset } from "../assets/service.js";
import { childrenByParent, type ItemRow, itemSubject, type ProcessTree } from "./access.js";
import { gateState, type LoadedGate, missingApprovals } from "./gate-state.js";
import { tellGateDecided, tellGateWaiting } from "./notices.js";
import { rollUp, subtree } from "./rollup.js";
import type { gateInput, verdictInput } from "./schema.js";

/**
 * Sign-off gates (issue #12, docs/governance.md "Sign-off gates"): writing them from a model's preset, setting and
 * removing them, and the approvers' verdicts. Who may do each is the policies' (gate.ts, change_rules); what a
 * pending gate holds back is checked where items change (items.ts).
 */

/** A gate to write on an item; `preset` when a model's preset put it there. */
export interface GateOnItem {
  itemId: string;
  gate: Gate;
  preset: boolean;
}

/** Writes gates on items of a process (items without one so far); inside `tx`. */
export async function writeGates(tx: Database, options: { processId: string; gates: readonly GateOnItem[] }) {
  if (options.gates.length === 0) return;
  await tx.insert(itemGate).values(
    options.gates.map(({ itemId, gate, preset }) => ({
      itemId,
      processId: options.processId,
      approvers: gate.approvers,
      sides: gate.sides ?? null,
      required: gate.required,
      decisionAssetId: gate.decisionAssetId ?? null,
      preset,
    })),
  );
}

/** The gates a model's preset puts on these items. */
export const presetGates = (
  model: GovernanceModel,
  items: readonly { id: string; type: string; coDelivery: boolean }[],
): GateOnItem[] => presetGatesFor(model, items).map((entry) => ({ ...entry, preset: true }));

/** A gate as the trail records it: its definition, without the verdicts. */
const definitionOf = (gate: Gate) => ({
  approvers: gate.approvers,
  ...(gate.sides ? { sides: gate.sides } : {}),
  required: gate.required,
  ...(gate.decisionAssetId ? { decisionAssetId: gate.decisionAssetId } : {}),
});

/**
 * Another model: its preset's gates replace the previous preset's on every item nobody has given a verdict on;
 * a preset gate someone approved or rejected stays (the sign-off happened under it), as do gates set by hand.
 * Returns the gates before and after, for the trail's entry; inside `tx`.
 */
export async function replacePresetGates(
  tx: Database,
  options: { processId: string; model: GovernanceModel },
): Promise<{ before: (Gate & { itemId: string })[]; after: (Gate & { itemId: string })[] }> {
  const read = async () =>
    (await tx.select().from(itemGate).where(eq(itemGate.processId, options.processId))).map((row) => ({
      itemId: row.itemId,
      preset: row.preset,
      ...definitionOf({
        approvers: row.approvers,
        ...(row.sides ? { sides: row.sides } : {}),
        required: row.required,
        ...(row.decisionAssetId ? { decisionAssetId: row.decisionAssetId } : {}),
      }),
    }));
  const before = await read();
  const judged = new Set(
    (
      await tx
        .selectDistinct({ itemId: itemGateApproval.itemId })
        .from(itemGateApproval)
        .innerJoin(itemGate, eq(itemGate.itemId, itemGateApproval.itemId))
        .where(eq(itemGate.processId, options.processId))
    ).map((row) => row.itemId),
  );
  const replaceable = before.filter((gate) => gate.preset && !judged.has(gate.itemId)).map((gate) => gate.itemId);
  if (replaceable.length) await tx.delete(itemGate).where(inArray(itemGate.itemId, replaceable));
  const kept = new Set(before.map((gate) => gate.itemId).filter((itemId) => !replaceable.includes(itemId)));
  const phases = await tx
    .select({ id: item.id, type: item.type, coDelivery: item.coDelivery })
    .from(item)
    .where(and(eq(item.processId, options.processId), eq(item.type, "phase")));
  const fresh = presetGates(
    options.model,
    phases.filter((phase) => !kept.has(phase.id)),
  );
  await writeGates(tx, { processId: options.processId, gates: fresh });
  const strip = ({ preset: _preset, ...gate }: { preset: boolean } & Gate & { itemId: string }) => gate;
  return { before: before.map(strip), after: (await read()).map(strip) };
}

/** A gate as it travels to a clone or an export: its item by reference; never its verdicts. */
export interface PortableGate extends Omit<Gate, "decisionAssetId"> {
  itemRef: string;
  preset?: boolean;
}

/** The tree's gates for a copy. The bound decision is left out: an export's assets carry no reference to it. */
export const portableGates = (tree: ProcessTree): PortableGate[] =>
  [...tree.gates.values()].map((gate) => ({
    itemRef: gate.itemId,
    approvers: gate.approvers,
    ...(gate.sides ? { sides: gate.sides } : {}),
    required: gate.required,
    preset: gate.preset,
  }));

/** The gates of a copy, their items renamed to the copy's; a gate on an item the copy does not have is refused. */
export function gatesFromPortable(
  gates: readonly PortableGate[],
  itemIds: Map<string, string>,
  path: string,
): GateOnItem[] {
  return gates.map(({ itemRef, preset, ...gate }, index) => {
    const itemId = itemIds.get(itemRef);
    if (!itemId) {
      throw invalid([
        { path: `${path}.${index}.itemRef`, code: "unknown_reference", message: "Not an item of this document." },
      ]);
    }
    return { itemId, gate, preset: preset ?? false };
  });
}

/** The gate on an item, or 404. */
function gateOf(tree: ProcessTree, row: ItemRow): LoadedGate {
  const gate = tree.gates.get(row.id);
  if (!gate) throw notFound("gate");
  return gate;
}

const sameDefinition = (a: Gate, b: Gate) => JSON.stringify(definitionOf(a)) === JSON.stringify(definitionOf(b));

/**
 * Puts a gate on an item, or changes its gate. A changed gate asks anew: its verdicts are cleared (the trail keeps
 * them), since they answered another question. The same gate again changes nothing.
 */
export async function setGate(
  db: Database,
  options: { actor: Actor; tree: ProcessTree; item: ItemRow; input: z.infer<typeof gateInput> },
): Promise<void> {
  const { actor, tree, input } = options;
  authorize(actor, "change_rules", tree.subject, "process");
  const gate: Gate = {
    approvers: input.approvers as PermittedBy[],
    ...(input.sides ? { sides: input.sides as PermittedBy[][] } : {}),
    required: input.required,
    ...(input.decisionAssetId ? { decisionAssetId: input.decisionAssetId } : {}),
  };
  if (input.decisionAssetId) await checkBoundDecision(db, tree, options.item, input.decisionAssetId);
  const current = tree.gates.get(options.item.id);
  if (current && sameDefinition(current, gate)) return;
  await db.transaction(async (tx) => {
    if (current) await tx.delete(itemGate).where(eq(itemGate.itemId, options.item.id));
    await writeGates(tx, { processId: tree.process.id, gates: [{ itemId: options.item.id, gate, preset: false }] });
    // A gate put on work that is already finished waits for its approvers at once.
    if (workFinished(tree, options.item))
      await tellGateWaiting(tx, { actorId: actor.userId, tree, item: options.item });
    await appendActivity(tx, {
      processId: tree.process.id,
      actorId: actor.userId,
      action: "governance.gate_set",
      targetType: options.item.type,
      targetId: options.item.id,
      summary: {
        before: current ? { ...definitionOf(current), approvals: current.approvals.length } : null,
        after: definitionOf(gate),
      },
    });
  });
}

/** A gate's decision is a deciding asset in the item's part of the tree. */
async function checkBoundDecision(db: Database, tree: ProcessTree, row: ItemRow, assetId: string): Promise<void> {
  const found = await findAsset(db, assetId);
  const inside = new Set(subtree(tree.items, row.id).map((entry) => entry.id));
  if (!found || found.processId !== tree.process.id || !inside.has(found.taskId) || !decidesThings(found)) {
    throw invalid([
      {
        path: "body.decisionAssetId",
        code: "not_a_decision_of_item",
        message: `Not a decision in this ${row.type}.`,
      },
    ]);
  }
}

export async function removeGate(
  db: Database,
  options: { actor: Actor; tree: ProcessTree; item: ItemRow },
): Promise<void> {
  const { actor, tree } = options;
  authorize(actor, "change_rules", tree.subject, "process");
  const current = gateOf(tree, options.item);
  await db.transaction(async (tx) => {
    await tx.delete(itemGate).where(eq(itemGate.itemId, options.item.id));
    await appendActivity(tx, {
      processId: tree.process.id,
      actorId: actor.userId,
      action: "governance.gate_removed",
      targetType: options.item.type,
      targetId: options.item.id,
      summary: { before: { ...definitionOf(current), approvals: current.approvals.length } },
    });
  });
}

/**
 * An approver's verdict: approving or rejecting, with a comment (a rejection says why). One live verdict per
 * person: a new one replaces theirs. A phase or objective is signed off once its work is finished; a bound
 * decision must be settled before anyone approves. A rejection reopens the item.
 */
export async function giveVerdict(
  db: Database,
  options: { actor: Actor; tree: ProcessTree; item: ItemRow; input: z.infer<typeof verdictInput> },
): Promise<void> {
  const { actor, tree, input } = options;
  const row = options.item;
  const gate = gateOf(tree, row);
  const subject = itemSubject(tree, row);
  authorize(actor, input.verdict, subject, "item");
  const hasChildren = (childrenByParent(tree.items).get(row.id) ?? []).length > 0;
  // The work as it stands, without the reopening a rejection gives: the phase's own tasks are what is judged.
  if (hasChildren && rollUp(tree.items).get(row.id)?.status !== "finished") {
    throw conflict("gate-not-ready", `Its work is not finished yet: this ${row.type} is signed off once it is.`);
  }
  if (input.verdict === "approve" && gate.decisionAssetId) {
    const decision = await findAsset(db, gate.decisionAssetId);
    if (!decision || !(await assetDecisionSettled(db, decision))) {
      throw conflict(
        "gate-decision-open",
        `Close the decision "${decision?.name ?? ""}" with a winner first: this ${row.type}'s sign-off waits for it.`,
      );
    }
  }
  const previous = gate.approvals.find((approval) => approval.userId === actor.userId);
  const reopen = input.verdict === "reject" && !hasChildren && row.status === "finished";
  await db.transaction(async (tx) => {
    const values = {
      verdict: input.verdict,
      comment: input.comment,
      sides: gateSidesOf(actor, gate, subject),
      at: new Date(),
    };
    const approvals = [
      ...gate.approvals.filter((approval) => approval.userId !== actor.userId),
      { userId: actor.userId, name: null, ...values, at: values.at.toISOString() },
    ];
    const state = gateState(gate, approvals);
    if (state !== gate.state && state !== "pending") {
      await tellGateDecided(tx, { actorId: actor.userId, tree, item: row, decision: state });
    }
    await tx
      .insert(itemGateApproval)
      .values({ itemId: row.id, userId: actor.userId, ...values })
      .onConflictDoUpdate({ target: [itemGateApproval.itemId, itemGateApproval.userId], set: values });
    if (reopen) {
      await tx.update(item).set({ status: "in_progress", updatedAt: new Date() }).where(eq(item.id, row.id));
    }
    await appendActivity(tx, {
      processId: tree.process.id,
      actorId: actor.userId,
      action: input.verdict === "approve" ? "governance.gate_approved" : "governance.gate_rejected",
      targetType: row.type,
      targetId: row.id,
      summary: {
        before: previous ? { verdict: previous.verdict, comment: previous.comment } : null,
        after: { verdict: input.verdict, comment: input.comment, ...(reopen ? { status: "in_progress" } : {}) },
      },
    });
  });
}

/** Takes back one's own verdict; 404 when there is none. */
export async function withdrawVerdict(
  db: Database,
  options: { actor: Actor; tree: ProcessTree; item: ItemRow },
): Promise<void> {
  const { actor, tree } = options;
  const row = options.item;
  const previous = gateOf(tree, row).approvals.find((approval) => approval.userId === actor.userId);
  if (!previous) throw notFound("approval");
  await db.transaction(async (tx) => {
    await tx
      .delete(itemGateApproval)
      .where(and(eq(itemGateApproval.itemId, row.id), eq(itemGateApproval.userId, actor.userId)));
    await appendActivity(tx, {
      processId: tree.process.id,
      actorId: actor.userId,
      action: "governance.gate_withdrawn",
      targetType: row.type,
      targetId: row.id,
      summary: { before: { verdict: previous.verdict, comment: previous.comment } },
    });
  });
}

/** Whether a phase's or objective's work is finished, so its gate can be judged (a task's can be at any time). */
function workFinished(tree: ProcessTree, row: ItemRow): boolean {
  const hasChildren = (childrenByParent(tree.items).get(row.id) ?? []).length > 0;
  return hasChildren && rollUp(tree.items).get(row.id)?.status === "finished";
}

/**
 * Asks an item's approvers for its sign-off, by whoever may finish it: a task's gate is judged whenever its
 * workers say it is ready, a phase's or objective's once its work is finished. At most once an hour per item, so
 * the approvers are reminded, not flooded; asking again within the hour changes nothing.
 */
export async function askForSignOff(
  db: Database,
  options: { actor: Actor; tree: ProcessTree; item: ItemRow },
): Promise<void> {
  const { actor, tree } = options;
  const row = options.item;
  authorize(actor, "finish_item", itemSubject(tree, row), "item");
  const gate = gateOf(tree, row);
  if (gate.state === "approved") throw conflict("gate-approved", `"${row.name}" is already signed off.`);
  if (gate.state === "rejected") {
    throw conflict(
      "gate-rejected",
      `"${row.name}" was rejected at sign-off: whoever rejected it must withdraw or approve.`,
    );
  }
  const hasChildren = (childrenByParent(tree.items).get(row.id) ?? []).length > 0;
  if (hasChildren && !workFinished(tree, row)) {
    throw conflict("gate-not-ready", `Its work is not finished yet: this ${row.type} is signed off once it is.`);
  }
  await db.transaction(async (tx) => {
    const [recent] = await tx
      .select({ id: activity.id })
      .from(activity)
      .where(
        and(
          eq(activity.processId, tree.process.id),
          eq(activity.targetId, row.id),
          eq(activity.action, "governance.sign_off_asked"),
          gt(activity.createdAt, new Date(Date.now() - 3_600_000)),
        ),
      )
      .limit(1);
    if (recent) return;
    await tellGateWaiting(tx, { actorId: actor.userId, tree, item: row });
    await appendActivity(tx, {
      processId: tree.process.id,
      actorId: actor.userId,
      action: "governance.sign_off_asked",
      targetType: row.type,
      targetId: row.id,
      summary: { after: { missing: missingApprovals(gate) } },
    });
  });
}

/** Whether an item counts as signed off: it has no gate, or its gate is approved. */
export const signedOff = (tree: ProcessTree, itemId: string): boolean => {
  const gate = tree.gates.get(itemId);
  return !gate || gate.state === "approved";
};

/** The English sentence naming what a pending gate misses (the web says it in the reader's language). */
export function pendingSentence(tree: ProcessTree, row: ItemRow): string {
  const gate = tree.gates.get(row.id)!;
  if (gate.state === "rejected") return `"${row.name}" was rejected at sign-off: its approvers must approve it first.`;
  const missing = missingApprovals(gate);
  const who = gate.sides
    ? missing.sides.map((side) => joined(gate.sides![side]!)).join(" and ") || joined(gate.approvers)
    : joined(gate.approvers);
  const count = Math.max(missing.approvals, missing.sides.length, 1);
  return `"${row.name}" awaits sign-off by ${who} (${count} more approval${count === 1 ? "" : "s"}).`;
}

/** A gate as readers see it: the verdicts' authors named only to those who may see the process's people. */
export function presentGate(gate: LoadedGate, options: { actor: MaybeActor; tree: Pick<ProcessTree, "subject"> }) {
  const namePeople = can(options.actor, "see_people", options.tree.subject);
  return {
    itemId: gate.itemId,
    approvers: gate.approvers,
    ...(gate.sides ? { sides: gate.sides } : {}),
    required: gate.required,
    ...(gate.decisionAssetId ? { decisionAssetId: gate.decisionAssetId } : {}),
    preset: gate.preset,
    approvals: gate.approvals.map((approval) => ({
      userId: approval.userId,
      name: namePeople ? approval.name : null,
      verdict: approval.verdict,
      comment: approval.comment,
      at: approval.at,
    })),
    state: gate.state,
  };
}

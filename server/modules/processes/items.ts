import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { ItemType } from "../../../common/coproduction.js";
import type { Language } from "../../../common/languages.js";
import { announceAccessChange } from "../../collab/access-changes.js";
import type { Database } from "../../db/client.js";
import { uuidv7 } from "../../db/ids.js";
import { item, itemPrerequisite } from "../../db/schema/index.js";
import { conflict, invalid, notFound } from "../../http/problem.js";
import { type Actor, authorize } from "../../policies/index.js";
import { appendActivity } from "../activity/service.js";
import { childrenByParent, type ItemRow, itemSubject, type ProcessTree } from "./access.js";
import { pendingSentence, presetGates, signedOff, writeGates } from "./gates.js";
import { gatesNowWaiting, tellGateWaiting } from "./notices.js";
import { checkResponsible, writeResponsible } from "./responsible.js";
import { pathToRoot, rollUp, subtree } from "./rollup.js";
import type { itemCreate, itemUpdate } from "./schema.js";
import { translatedChanges } from "./translations.js";

const parentTypeOf: Record<ItemType, ItemType | null> = { phase: null, objective: "phase", task: "objective" };

function requireParent(
  tree: ProcessTree,
  type: ItemType,
  parentId: string | null | undefined,
  path: string,
): ItemRow | null {
  const wanted = parentTypeOf[type];
  if (wanted === null) {
    if (parentId)
      throw invalid([
        { path, code: "phase_has_no_parent", message: "A phase sits at the top of the tree: give no parentId." },
      ]);
    return null;
  }
  const parent = parentId ? tree.items.find((candidate) => candidate.id === parentId) : undefined;
  if (!parent)
    throw invalid([
      {
        path,
        code: "parent_required",
        params: { type, parentType: wanted },
        message: `A ${type} needs the id of a ${wanted} of this process.`,
      },
    ]);
  if (parent.type !== wanted)
    throw invalid([
      {
        path,
        code: "wrong_parent_type",
        params: { type, parentType: wanted, actual: parent.type },
        message: `A ${type}'s parent must be a ${wanted}, not a ${parent.type}.`,
      },
    ]);
  return parent;
}

/**
 * Only where the actor may manage items: at the top (phases), on the whole process; below, on the parent. A new
 * item is proposed: the rulebook's propose_item may let more people add one than manage the items there.
 */
function authorizeStructure(actor: Actor, tree: ProcessTree, parent: ItemRow | null, proposing = false): void {
  if (parent) authorize(actor, proposing ? "propose_item" : "manage_items", itemSubject(tree, parent), "item");
  else authorize(actor, "create_phases", tree.subject, "process");
}

/** Refuses prerequisites outside the process, the item itself, and any that would close a cycle. */
function checkPrerequisites(tree: ProcessTree, itemId: string, prerequisites: string[]): void {
  const known = new Set(tree.items.map((entry) => entry.id));
  for (const [index, prerequisiteId] of prerequisites.entries()) {
    if (!known.has(prerequisiteId)) {
      throw invalid([
        {
          path: `body.prerequisites.${index}`,
          code: "not_an_item_of_process",
          message: "Not an item of this process.",
        },
      ]);
    }
    if (prerequisiteId === itemId) {
      throw invalid([
        { path: `body.prerequisites.${index}`, code: "self_prerequisite", message: "An item cannot require itself." },
      ]);
    }
  }
  const edges = new Map(tree.prerequisites);
  edges.set(itemId, prerequisites);
  // Depth-first from the item: reaching it again means the new prerequisites close a cycle.
  const stack = [...prerequisites];
  const seen = new Set<string>();
  while (stack.length) {
    const next = stack.pop()!;
    if (next === itemId) {
      throw conflict("prerequisite-cycle", "These prerequisites would make items wait for each other forever.");
    }
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(edges.get(next) ?? []));
  }
}

async function renumberSiblings(tx: Database, siblings: ItemRow[], moving: string, position: number): Promise<void> {
  const ordered = siblings.filter((entry) => entry.id !== moving);
  ordered.splice(Math.min(position, ordered.length), 0, { id: moving } as ItemRow);
  for (const [index, entry] of ordered.entries()) {
    await tx.update(item).set({ position: index }).where(eq(item.id, entry.id));
  }
}

export async function createItem(
  db: Database,
  options: { actor: Actor; tree: ProcessTree; input: z.infer<typeof itemCreate> },
): Promise<string> {
  const { actor, tree, input } = options;
  const parent = requireParent(tree, input.type, input.parentId, "body.parentId");
  authorizeStructure(actor, tree, parent, true);
  const id = uuidv7();
  checkPrerequisites(tree, id, input.prerequisites ?? []);
  checkDates(input.startDate ?? null, input.endDate ?? null);
  await checkResponsible(db, tree, input.responsible ?? []);
  const siblings = childrenByParent(tree.items).get(parent?.id ?? null) ?? [];
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(item)
      .values({
        id,
        processId: tree.process.id,
        parentId: parent?.id ?? null,
        type: input.type,
        name: input.name,
        description: input.description ?? "",
        position: input.position ?? siblings.length,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        problemProfiles: input.problemProfiles ?? [],
      })
      .returning();
    if (input.position !== undefined) await renumberSiblings(tx, siblings, created!.id, input.position);
    // A new phase is signed off as the model's preset says for every phase (C2G, G+G).
    if (input.type === "phase") {
      const gates = presetGates(tree.process.governanceModel, [{ id, type: "phase", coDelivery: false }]);
      await writeGates(tx, { processId: tree.process.id, gates });
    }
    if (input.prerequisites?.length) {
      await tx
        .insert(itemPrerequisite)
        .values(input.prerequisites.map((prerequisiteId) => ({ itemId: created!.id, prerequisiteId })));
    }
    await appendActivity(tx, {
      processId: tree.process.id,
      actorId: actor.userId,
      action: "item.created",
      targetType: input.type,
      targetId: created!.id,
      summary: { after: { name: created!.name, parentId: created!.parentId } },
    });
    if (input.responsible?.length) {
      await writeResponsible(tx, { actor, tree, item: created!, userIds: input.responsible });
    }
    return created!.id;
  });
}

function checkDates(startDate: string | null, endDate: string | null): void {
  if (startDate && endDate && startDate > endDate) {
    throw invalid([
      { path: "body.endDate", code: "end_before_start", message: "The end date comes before the start date." },
    ]);
  }
}

export async function updateItem(
  db: Database,
  options: {
    actor: Actor;
    tree: ProcessTree;
    item: ItemRow;
    input: z.infer<typeof itemUpdate>;
    /** The reader's language: a new name or description is written in it, keeping the other languages. */
    language?: Language;
  },
): Promise<void> {
  const { actor, tree, input } = options;
  const current = options.item;
  const subject = itemSubject(tree, current);
  const { status, force, responsible, ...rest } = input;
  // Who answers for an item is changed under the same right as its name, dates and place.
  const structural = Object.keys(rest).length > 0;
  if (structural || responsible !== undefined) authorize(actor, "manage_items", subject, "item");
  // Finishing is the rulebook's finish_item (the update_status right still gives it); other changes are the right's.
  if (status !== undefined) authorize(actor, status === "finished" ? "finish_item" : "update_status", subject, "item");

  const children = childrenByParent(tree.items);
  let newParent: ItemRow | null | undefined;
  if (input.parentId !== undefined && input.parentId !== current.parentId) {
    if (input.parentId && subtree(tree.items, current.id).some((entry) => entry.id === input.parentId)) {
      throw conflict("move-into-itself", "An item cannot move under itself or one of its descendants.");
    }
    newParent = requireParent(tree, current.type, input.parentId, "body.parentId");
    authorizeStructure(actor, tree, newParent);
  }
  if (input.prerequisites) checkPrerequisites(tree, current.id, input.prerequisites);
  if (responsible) await checkResponsible(db, tree, responsible);
  checkDates(
    input.startDate !== undefined ? input.startDate : current.startDate,
    input.endDate !== undefined ? input.endDate : current.endDate,
  );

  let forced = false;
  if (status !== undefined && status !== current.status) {
    if ((children.get(current.id) ?? []).length > 0) {
      throw conflict("derived-status", `A ${current.type} with children takes its status from them.`);
    }
    // A gated task is finished only once signed off; nobody bypasses a gate, so `force` does not either.
    if (status === "finished" && !signedOff(tree, current.id)) {
      throw conflict("gate-pending", pendingSentence(tree, current));
    }
    if (status !== "awaiting") {
      const rolled = rollUp(tree.items, tree.gates);
      // A prerequisite counts as finished once its work is and, if it has a gate, once it is signed off.
      const waitingOn = pathToRoot(tree.items, current.id)
        .flatMap((entry) => tree.prerequisites.get(entry.id) ?? [])
        .map((id) => tree.items.find((entry) => entry.id === id)!)
        .filter((entry) => rolled.get(entry.id)?.status !== "finished" || !signedOff(tree, entry.id));
      const unsigned = waitingOn.filter((entry) => !signedOff(tree, entry.id));
      const unfinished = waitingOn.filter((entry) => rolled.get(entry.id)?.status !== "finished");
      if (unsigned.length > 0 && (force || unfinished.length === 0)) {
        throw conflict("gate-pending", unsigned.map((entry) => pendingSentence(tree, entry)).join(" "));
      }
      if (waitingOn.length > 0) {
        const names = waitingOn.map((entry) => `"${entry.name}"`).join(", ");
        if (!force) throw conflict("prerequisites-unfinished", `Finish ${names} first.`);
        // Asked only now: forcing is refused only when there is something to force past.
        authorize(actor, "force_status", subject, "item");
        forced = true;
      }
    }
  }

  await db.transaction(async (tx) => {
    const changes: Partial<typeof item.$inferInsert> = {};
    Object.assign(
      changes,
      translatedChanges(current, input, { processLanguage: tree.process.language, language: options.language }),
    );
    for (const key of ["startDate", "endDate", "problemProfiles"] as const) {
      if (input[key] !== undefined) Object.assign(changes, { [key]: input[key] });
    }
    if (status !== undefined) changes.status = status;
    if (newParent !== undefined) changes.parentId = newParent?.id ?? null;
    await tx
      .update(item)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(item.id, current.id));
    if (newParent !== undefined || input.position !== undefined) {
      const targetParent = newParent !== undefined ? (newParent?.id ?? null) : current.parentId;
      const siblings = (children.get(targetParent) ?? []).filter((entry) => entry.id !== current.id);
      await renumberSiblings(tx, siblings, current.id, input.position ?? siblings.length);
    }
    if (input.prerequisites) {
      await tx.delete(itemPrerequisite).where(eq(itemPrerequisite.itemId, current.id));
      if (input.prerequisites.length) {
        await tx
          .insert(itemPrerequisite)
          .values(input.prerequisites.map((prerequisiteId) => ({ itemId: current.id, prerequisiteId })));
      }
    }
    // A status that finishes the last of a gated phase's or objective's work: its approvers are asked now.
    if (status !== undefined && status !== current.status) {
      for (const waiting of gatesNowWaiting(tree, new Map([[current.id, status]]))) {
        await tellGateWaiting(tx, { actorId: actor.userId, tree, item: waiting });
      }
    }
    if (responsible) {
      const renamed = typeof changes.name === "string" ? changes.name : current.name;
      await writeResponsible(tx, { actor, tree, item: { ...current, name: renamed }, userIds: responsible });
      // Only who answers for it changed: its own trail entries say so, no "changed the item" beside them.
      if (!structural && status === undefined) return;
    }
    const before = Object.fromEntries(Object.keys(changes).map((key) => [key, current[key as keyof ItemRow]]));
    await appendActivity(tx, {
      processId: tree.process.id,
      actorId: actor.userId,
      action: forced
        ? "item.started_despite_prerequisites"
        : status !== undefined && !structural
          ? "item.status_changed"
          : "item.updated",
      targetType: current.type,
      targetId: current.id,
      summary: {
        before,
        after: {
          ...changes,
          ...(input.prerequisites ? { prerequisites: input.prerequisites } : {}),
          ...(input.position !== undefined ? { position: input.position } : {}),
        },
      },
    });
  });
  // A move changes which grants cover the item's assets.
  if (newParent !== undefined) announceAccessChange(db, { processId: tree.process.id });
}

export async function deleteItem(
  db: Database,
  options: { actor: Actor; tree: ProcessTree; item: ItemRow },
): Promise<void> {
  const { actor, tree } = options;
  authorize(actor, "manage_items", itemSubject(tree, options.item), "item");
  const doomed = subtree(tree.items, options.item.id).map((entry) => entry.id);
  await db.transaction(async (tx) => {
    // Children first, so no row ever points at a parent that is gone.
    await tx.delete(item).where(and(eq(item.processId, tree.process.id), inArray(item.id, doomed)));
    await appendActivity(tx, {
      processId: tree.process.id,
      actorId: actor.userId,
      action: "item.deleted",
      targetType: options.item.type,
      targetId: options.item.id,
      summary: { before: { name: options.item.name, descendants: doomed.length - 1 } },
    });
  });
  announceAccessChange(db, { processId: tree.process.id });
}

export function findItemIn(tree: ProcessTree, itemId: string): ItemRow {
  const found = tree.items.find((entry) => entry.id === itemId);
  if (!found) throw notFound("item");
  return found;
}

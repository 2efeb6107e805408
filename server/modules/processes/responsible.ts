import { and, asc, eq, isNull } from "drizzle-orm";
import type { ItemStatus, ItemType } from "../../../common/coproduction.js";
import type { Language } from "../../../common/languages.js";
import type { Database } from "../../db/client.js";
import { itemResponsible, item as itemTable, process } from "../../db/schema/index.js";
import { invalid } from "../../http/problem.js";
import { type Actor, can, type MaybeActor } from "../../policies/index.js";
import { appendActivity } from "../activity/service.js";
import { type ItemRow, loadProcessTree, type ProcessAccess, type ProcessTree } from "./access.js";
import { listProcessMembers } from "./grants.js";
import { tellAssigned } from "./notices.js";
import { rollUp } from "./rollup.js";
import { itemText } from "./translations.js";

export interface Person {
  id: string;
  name: string;
}

/** The process's people by id: whom an item may be given to. */
async function peopleOf(db: Database, processId: string): Promise<Map<string, Person>> {
  const members = await listProcessMembers(db, processId);
  return new Map(members.map((member) => [member.id, { id: member.id, name: member.name }]));
}

/**
 * Who answers for each item, as this reader may see it (items without anyone are left out).
 *
 * Only the process's current people are kept. Leaving a process happens in many places — a grant taken back, a
 * team left or deleted, an administrator removed, an account deleted — and filtering here covers them all, where
 * deleting rows on removal would need each of those places to remember; someone who comes back answers again for
 * what they answered for. Readers who may not see the process's people (outsiders on a public process) get no
 * one, not even ids.
 */
export async function responsibleFor(
  db: Database,
  tree: ProcessTree,
  actor: MaybeActor,
): Promise<Map<string, Person[]>> {
  const result = new Map<string, Person[]>();
  if (tree.responsible.size === 0 || !can(actor, "see_people", tree.subject)) return result;
  const people = await peopleOf(db, tree.process.id);
  for (const [itemId, userIds] of tree.responsible) {
    const current = userIds
      .map((userId) => people.get(userId))
      .filter((person) => person !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    if (current.length > 0) result.set(itemId, current);
  }
  return result;
}

/** Refuses anyone who is not among the process's people, naming the entry. */
export async function checkResponsible(db: Database, tree: ProcessTree, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  const people = await peopleOf(db, tree.process.id);
  for (const [index, userId] of userIds.entries()) {
    if (!people.has(userId)) {
      throw invalid([
        {
          path: `body.responsible.${index}`,
          code: "not_a_participant",
          message:
            "Only the process's people (its administrators and those holding rights in it) can answer for an item.",
        },
      ]);
    }
  }
}

/**
 * Replaces who answers for an item, inside the caller's transaction, with one trail entry per person made
 * responsible or released ("Giulia made Marco responsible for …"). Nothing is written when nothing changes.
 */
export async function writeResponsible(
  tx: Database,
  options: { actor: Actor; tree: ProcessTree; item: Pick<ItemRow, "id" | "type" | "name">; userIds: string[] },
): Promise<void> {
  const { actor, tree, item, userIds } = options;
  const before = tree.responsible.get(item.id) ?? [];
  const added = userIds.filter((userId) => !before.includes(userId));
  const removed = before.filter((userId) => !userIds.includes(userId));
  if (added.length === 0 && removed.length === 0) return;
  await tx.delete(itemResponsible).where(eq(itemResponsible.itemId, item.id));
  if (userIds.length > 0) {
    await tx.insert(itemResponsible).values(userIds.map((userId) => ({ itemId: item.id, userId })));
  }
  const entries = [
    ...added.map((userId) => ({ action: "item.responsible_added", summary: { after: { userId, name: item.name } } })),
    ...removed.map((userId) => ({
      action: "item.responsible_removed",
      summary: { before: { userId, name: item.name } },
    })),
  ];
  for (const entry of entries) {
    await appendActivity(tx, {
      processId: tree.process.id,
      actorId: actor.userId,
      action: entry.action,
      targetType: item.type,
      targetId: item.id,
      summary: entry.summary,
    });
  }
  await tellAssigned(tx, { actorId: actor.userId, tree, item, userIds: added });
}

/** The process's people sorted by name, for choosing who answers for an item; none for readers who may not see them. */
export async function listProcessPeople(
  db: Database,
  access: Pick<ProcessAccess, "process" | "subject">,
  actor: MaybeActor,
): Promise<Person[]> {
  if (!can(actor, "see_people", access.subject)) return [];
  return [...(await peopleOf(db, access.process.id)).values()];
}

export interface Responsibility {
  id: string;
  type: ItemType;
  name: string;
  status: ItemStatus;
  processId: string;
  processName: string;
}

/**
 * What the actor answers for and is not finished yet, across the processes they still take part in (the same rule
 * as everywhere: a row left from a process they have left counts for nothing). Items in plan order per process.
 */
export async function listMyResponsibilities(
  db: Database,
  actor: Actor,
  language?: Language,
): Promise<Responsibility[]> {
  const rows = await db
    .selectDistinct({ processId: itemTable.processId })
    .from(itemResponsible)
    .innerJoin(itemTable, eq(itemTable.id, itemResponsible.itemId))
    .innerJoin(process, and(eq(process.id, itemTable.processId), isNull(process.deletedAt)))
    .where(eq(itemResponsible.userId, actor.userId))
    .orderBy(asc(itemTable.processId))
    .limit(50);
  const result: Responsibility[] = [];
  for (const { processId } of rows) {
    const tree = await loadProcessTree(db, actor, processId).catch(() => undefined);
    if (!tree || !(tree.subject.actorIsAdministrator || tree.subject.actorHasAnyGrant)) continue;
    const rolled = rollUp(tree.items, tree.gates);
    for (const row of tree.items) {
      if (!tree.responsible.get(row.id)?.includes(actor.userId)) continue;
      const status = rolled.get(row.id)?.status ?? row.status;
      if (status === "finished") continue;
      result.push({
        id: row.id,
        type: row.type,
        name: itemText(row, "name", language),
        status,
        processId,
        processName: tree.process.name,
      });
    }
  }
  return result;
}

import { eq } from "drizzle-orm";
import type { Translated } from "../../../common/languages.js";
import type { Database } from "../../db/client.js";
import { process, team as teamTable } from "../../db/schema/index.js";
import { notify } from "../notifications/emit.js";
import { membersOf } from "../teams/service.js";
import type { GrantRow, ItemRow, ProcessTree } from "./access.js";
import { rollUp } from "./rollup.js";

/**
 * What the plan tells people (issue #13): who was made responsible for an item, and the sign-off gates that wait
 * for their approvers or were decided. Each is emitted inside the change's transaction; who is told is checked
 * against the policies again when it is delivered (notifications/delivery.ts).
 */

/** Where a notification about an item opens: a task's own page, or the plan. */
export const itemUrl = (processId: string, row: Pick<ItemRow, "id" | "type">) =>
  row.type === "task" ? `/processes/${processId}/tasks/${row.id}` : `/processes/${processId}`;

const itemData = (tree: ProcessTree, row: Pick<ItemRow, "name">) => ({ item: row.name, process: tree.process.name });

/** Tells the people just made responsible for an item (not whoever did it, who knows). */
export async function tellAssigned(
  tx: Database,
  options: { actorId: string; tree: ProcessTree; item: Pick<ItemRow, "id" | "type" | "name">; userIds: string[] },
): Promise<void> {
  const userIds = options.userIds.filter((userId) => userId !== options.actorId);
  if (userIds.length === 0) return;
  await notify(tx, {
    type: "assignment.received",
    actorId: options.actorId,
    processId: options.tree.process.id,
    subject: { kind: "item", id: options.item.id },
    audience: { userIds },
    url: itemUrl(options.tree.process.id, options.item),
    data: itemData(options.tree, options.item),
  });
}

/**
 * Tells an item's approvers that its gate waits for them. The audience is the process's people; delivery keeps
 * those who may approve the item then and have given no verdict yet, and nobody once the gate is decided.
 */
export async function tellGateWaiting(
  tx: Database,
  options: { actorId: string | null; tree: ProcessTree; item: ItemRow },
): Promise<void> {
  await notify(tx, {
    type: "gate.pending",
    actorId: options.actorId,
    processId: options.tree.process.id,
    subject: { kind: "item", id: options.item.id },
    audience: { processPeople: options.tree.process.id },
    url: itemUrl(options.tree.process.id, options.item),
    data: itemData(options.tree, options.item),
  });
}

/**
 * The gated phases and objectives whose work a status change finishes: their gates wait for sign-off from now on.
 * `statuses` are the items' new statuses; the rest keep theirs.
 */
export function gatesNowWaiting(tree: ProcessTree, statuses: ReadonlyMap<string, ItemRow["status"]>): ItemRow[] {
  const before = rollUp(tree.items, tree.gates);
  const after = rollUp(
    tree.items.map((row) => (statuses.has(row.id) ? { ...row, status: statuses.get(row.id)! } : row)),
    tree.gates,
  );
  return tree.items.filter((row) => {
    if (statuses.has(row.id) || tree.gates.get(row.id)?.state !== "pending") return false;
    return before.get(row.id)?.status !== "finished" && after.get(row.id)?.status === "finished";
  });
}

/**
 * Tells who answers for an item (or, where nobody does, the process's administrators through the process's
 * people) that its gate was decided: signed off, or rejected and open again.
 */
export async function tellGateDecided(
  tx: Database,
  options: {
    actorId: string;
    tree: ProcessTree;
    item: ItemRow;
    decision: "approved" | "rejected";
  },
): Promise<void> {
  const responsible = options.tree.responsible.get(options.item.id) ?? [];
  await notify(tx, {
    type: "gate.decided",
    actorId: options.actorId,
    processId: options.tree.process.id,
    subject: { kind: "item", id: options.item.id },
    audience: responsible.length > 0 ? { userIds: responsible } : { processAdministrators: options.tree.process.id },
    url: itemUrl(options.tree.process.id, options.item),
    data: { ...itemData(options.tree, options.item), decision: options.decision },
  });
}

/**
 * Tells whom a grant gives rights (the person, or the team's members) that they now take part in the process, or
 * that the rights were taken back; never whoever did it or accepted it, who knows.
 */
export async function tellRightsChanged(
  tx: Database,
  options: {
    actorId: string;
    grant: Pick<GrantRow, "processId" | "teamId" | "userId">;
    change: "given" | "taken_back";
  },
): Promise<void> {
  const { grant } = options;
  const [processRow] = await tx.select({ name: process.name }).from(process).where(eq(process.id, grant.processId));
  let userIds = grant.userId ? [grant.userId] : [];
  let team: Translated | undefined;
  if (grant.teamId) {
    const [row] = await tx.select({ name: teamTable.name }).from(teamTable).where(eq(teamTable.id, grant.teamId));
    team = row?.name;
    userIds = (await membersOf(tx, { teamIds: [grant.teamId] })).get(grant.teamId) ?? [];
  }
  userIds = userIds.filter((userId) => userId !== options.actorId);
  if (userIds.length === 0) return;
  await notify(tx, {
    type: "grant.changed",
    actorId: options.actorId,
    processId: grant.processId,
    subject: { kind: "process", id: grant.processId },
    audience: { userIds },
    url: `/processes/${grant.processId}`,
    data: { process: processRow?.name ?? "", change: options.change, ...(team ? { team } : {}) },
  });
}

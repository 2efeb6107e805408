import { and, asc, count, eq, sql } from "drizzle-orm";
import {
  type Actor,
  type AssetRow,
  conflict,
  type Database,
  invalid,
  notFound,
  type Platform,
  uuidv7,
} from "../sdk/server.js";
import { maxItems } from "./input.js";
import { type ChecklistItemRow, checklist, checklistItem } from "./tables.js";

/**
 * The people who may see the task's assets, and so may be given one of its items: the process's administrators
 * and everyone whose rights on the task read its assets (any asset or item right, as the policies decide).
 */
export function taskPeople(db: Database, platform: Platform, asset: AssetRow): Promise<Set<string>> {
  return platform.processes.assetReaders(db, { processId: asset.processId, itemId: asset.taskId });
}

/**
 * The list's row, locked until the transaction ends: every change to a checklist goes through it, so two people
 * adding, moving or ticking at once take turns instead of losing one another's change.
 */
async function lockChecklist(tx: Database, assetId: string) {
  await tx.insert(checklist).values({ assetId }).onConflictDoNothing();
  const [row] = await tx.select().from(checklist).where(eq(checklist.assetId, assetId)).for("update");
  return row!;
}

async function bumpChecklist(tx: Database, assetId: string): Promise<void> {
  await tx
    .update(checklist)
    .set({ version: sql`${checklist.version} + 1`, updatedAt: new Date() })
    .where(eq(checklist.assetId, assetId));
}

/** The item, or 404: it may have been deleted by someone else since the list was loaded. */
export async function findItem(db: Database, assetId: string, itemId: string): Promise<ChecklistItemRow> {
  const [row] = await db
    .select()
    .from(checklistItem)
    .where(and(eq(checklistItem.assetId, assetId), eq(checklistItem.id, itemId)));
  if (!row) throw notFound("checklist item");
  return row;
}

async function checkAssignee(db: Database, platform: Platform, asset: AssetRow, assigneeId: string | null) {
  if (assigneeId === null) return;
  if ((await taskPeople(db, platform, asset)).has(assigneeId)) return;
  throw invalid([
    {
      path: "body.assigneeId",
      code: "not_a_participant",
      message: "Only the task's people can be given an item: those who may see its assets.",
    },
  ]);
}

interface Change {
  tx: Database;
  platform: Platform;
  asset: AssetRow;
  actor: Actor;
}

function appendEntry(change: Change, action: string, summary: { before?: unknown; after?: unknown }) {
  return change.platform.activity.append(change.tx, {
    processId: change.asset.processId,
    actorId: change.actor.userId,
    action: `checklist.${action}`,
    targetType: "asset",
    targetId: change.asset.id,
    summary,
  });
}

export async function addItem(
  options: Change & { text: string; assigneeId?: string | null; dueOn?: string | null },
): Promise<void> {
  const { tx, platform, asset } = options;
  await lockChecklist(tx, asset.id);
  const [counted] = await tx.select({ items: count() }).from(checklistItem).where(eq(checklistItem.assetId, asset.id));
  const items = counted?.items ?? 0;
  if (items >= maxItems) {
    throw conflict("checklist-full", `A checklist holds at most ${maxItems} items: delete one to add another.`);
  }
  await checkAssignee(tx, platform, asset, options.assigneeId ?? null);
  await tx.insert(checklistItem).values({
    id: uuidv7(),
    assetId: asset.id,
    position: items,
    text: options.text,
    assigneeId: options.assigneeId ?? null,
    dueOn: options.dueOn ?? null,
  });
  await bumpChecklist(tx, asset.id);
  await appendEntry(options, "item_added", { after: { text: options.text } });
}

export async function editItem(
  options: Change & {
    itemId: string;
    version: number;
    text?: string;
    assigneeId?: string | null;
    dueOn?: string | null;
  },
): Promise<void> {
  const { tx, platform, asset } = options;
  await lockChecklist(tx, asset.id);
  const item = await findItem(tx, asset.id, options.itemId);
  if (item.version !== options.version) {
    throw conflict(
      "checklist-item-changed",
      "Someone changed this item since you loaded it: reload the checklist to see their change, then edit again.",
    );
  }
  if (options.assigneeId !== undefined && options.assigneeId !== item.assigneeId) {
    await checkAssignee(tx, platform, asset, options.assigneeId);
  }
  const changes = {
    ...(options.text !== undefined ? { text: options.text } : {}),
    ...(options.assigneeId !== undefined ? { assigneeId: options.assigneeId } : {}),
    ...(options.dueOn !== undefined ? { dueOn: options.dueOn } : {}),
  };
  if (Object.keys(changes).length === 0) return;
  await tx
    .update(checklistItem)
    .set({ ...changes, version: item.version + 1, updatedAt: new Date() })
    .where(eq(checklistItem.id, item.id));
  await appendEntry(options, "item_edited", {
    before: { text: item.text, assigneeId: item.assigneeId, dueOn: item.dueOn },
    after: {
      text: changes.text ?? item.text,
      assigneeId: options.assigneeId !== undefined ? options.assigneeId : item.assigneeId,
      dueOn: options.dueOn !== undefined ? options.dueOn : item.dueOn,
    },
  });
}

/** Ticks an item off or reopens it; asking for the state it is already in changes nothing. */
export async function setItemDone(options: Change & { item: ChecklistItemRow; done: boolean }): Promise<void> {
  const { tx, asset, actor } = options;
  await lockChecklist(tx, asset.id);
  // Read again under the lock: the item may have been ticked or deleted while the request was being authorized.
  const item = await findItem(tx, asset.id, options.item.id);
  if ((item.doneAt !== null) === options.done) return;
  const now = new Date();
  await tx
    .update(checklistItem)
    .set({
      doneAt: options.done ? now : null,
      doneBy: options.done ? actor.userId : null,
      version: item.version + 1,
      updatedAt: now,
    })
    .where(eq(checklistItem.id, item.id));
  await appendEntry(options, options.done ? "item_done" : "item_reopened", { after: { text: item.text } });
}

async function renumber(tx: Database, items: readonly ChecklistItemRow[]): Promise<void> {
  for (const [position, item] of items.entries()) {
    if (item.position !== position) {
      await tx.update(checklistItem).set({ position }).where(eq(checklistItem.id, item.id));
    }
  }
}

async function orderedItems(tx: Database, assetId: string) {
  return tx.select().from(checklistItem).where(eq(checklistItem.assetId, assetId)).orderBy(asc(checklistItem.position));
}

/** Moves an item to `position` (0 is the top) in the list as the mover saw it (`version`). */
export async function moveItem(options: Change & { itemId: string; position: number; version: number }): Promise<void> {
  const { tx, asset } = options;
  const list = await lockChecklist(tx, asset.id);
  if (list.version !== options.version) {
    throw conflict(
      "checklist-changed",
      "Someone changed this checklist since you loaded it: reload it to see the order as it is now, then move again.",
    );
  }
  const items = await orderedItems(tx, asset.id);
  const from = items.findIndex((item) => item.id === options.itemId);
  if (from === -1) throw notFound("checklist item");
  if (options.position > items.length - 1) {
    throw invalid([
      {
        path: "body.position",
        code: "number_max",
        params: { maximum: items.length - 1 },
        message: `The list has ${items.length} items: give a position from 0 to ${items.length - 1}.`,
      },
    ]);
  }
  if (from === options.position) return;
  const [moved] = items.splice(from, 1);
  items.splice(options.position, 0, moved!);
  await renumber(tx, items);
  await bumpChecklist(tx, asset.id);
  await appendEntry(options, "item_moved", {
    before: { position: from },
    after: { position: options.position, text: moved!.text },
  });
}

export async function deleteItem(options: Change & { itemId: string }): Promise<void> {
  const { tx, asset } = options;
  await lockChecklist(tx, asset.id);
  const item = await findItem(tx, asset.id, options.itemId);
  await tx.delete(checklistItem).where(eq(checklistItem.id, item.id));
  await renumber(tx, await orderedItems(tx, asset.id));
  await bumpChecklist(tx, asset.id);
  await appendEntry(options, "item_deleted", { before: { text: item.text } });
}

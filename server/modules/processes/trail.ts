import type { z } from "zod";
import type { Language } from "../../../common/languages.js";
import type { Database } from "../../db/client.js";
import { can, type MaybeActor } from "../../policies/index.js";
import { getUserSummaries } from "../accounts/service.js";
import type { ActivityRow } from "../activity/service.js";
import { getAssetSummaries } from "../assets/service.js";
import { getTeamNames } from "../teams/service.js";
import { itemSubject, type ProcessTree } from "./access.js";
import type { activityActor, activityOutput, activityReference } from "./schema.js";
import { itemText } from "./translations.js";

type Reference = z.infer<typeof activityReference>;
type Entry = z.infer<typeof activityOutput>;

const itemTypes = new Set(["phase", "objective", "task"]);

/** A string field of an entry's summary (after, else before): what the trail knew when it was written. */
function summaryField(row: ActivityRow, field: string): string | null {
  for (const side of [row.summary.after, row.summary.before]) {
    if (side && typeof side === "object" && field in side) {
      const value = (side as Record<string, unknown>)[field];
      if (typeof value === "string") return value;
    }
  }
  return null;
}

/**
 * Turns trail rows into entries a reader can read: who (resolved now, from the people this reader may see), what
 * and where, with current names (an item's in the reader's language where it has that wording; a removed item
 * keeps the name the entry stored). Every lookup is one query for the whole page, never one per entry.
 */
export async function presentTrail(
  db: Database,
  options: { tree: ProcessTree; actor: MaybeActor; rows: ActivityRow[]; language?: Language },
): Promise<Entry[]> {
  const { tree, actor, rows, language } = options;
  // Reads name people only for those taking part (see_people): a public visitor reads what was done, not who.
  const namePeople = can(actor, "see_people", tree.subject);
  const items = new Map(tree.items.map((row) => [row.id, row]));

  const userIds = new Set<string>();
  const assetIds = new Set<string>();
  const teamIds = new Set<string>();
  for (const row of rows) {
    if (row.actorId) userIds.add(row.actorId);
    if (row.targetType === "asset") assetIds.add(row.targetId);
    if (row.targetType === "user") userIds.add(row.targetId);
    const assetId = summaryField(row, "assetId");
    if (assetId) assetIds.add(assetId);
    const teamId = summaryField(row, "teamId");
    if (teamId) teamIds.add(teamId);
    const userId = summaryField(row, "userId");
    if (userId) userIds.add(userId);
  }
  const [people, assets, teams] = await Promise.all([
    namePeople ? getUserSummaries(db, [...userIds]) : new Map<string, { name: string }>(),
    getAssetSummaries(db, [...assetIds]),
    namePeople ? getTeamNames(db, [...teamIds]) : new Map<string, Record<string, string>>(),
  ]);

  const canViewItem = (itemId: string) => {
    const found = items.get(itemId);
    return found ? can(actor, "view_assets", itemSubject(tree, found)) : false;
  };

  const itemReference = (itemId: string, lastName: string | null): Reference => {
    const found = items.get(itemId);
    return {
      type: "item",
      id: itemId,
      itemType: found?.type ?? null,
      name: found ? itemText(found, "name", language) : lastName,
      exists: Boolean(found),
      taskId: found?.type === "task" ? found.id : null,
    };
  };

  const assetReference = (assetId: string, lastName: string | null, lastTaskId: string | null): Reference => {
    const found = assets.get(assetId);
    const taskId = found?.taskId ?? lastTaskId;
    // A task's assets are visible only where the reader may view the task: otherwise not even their names.
    const visible = taskId ? canViewItem(taskId) : false;
    return {
      type: "asset",
      id: assetId,
      itemType: null,
      name: visible ? (found?.name ?? lastName) : null,
      exists: Boolean(found) && visible,
      taskId: visible ? taskId : null,
    };
  };

  const personReference = (userId: string): Reference => {
    const found = people.get(userId);
    return {
      type: "person",
      id: userId,
      itemType: null,
      name: found?.name ?? null,
      exists: Boolean(found),
      taskId: null,
    };
  };

  const processReference = (): Reference => ({
    type: "process",
    id: tree.process.id,
    itemType: null,
    name: tree.process.name,
    exists: true,
    taskId: null,
  });

  const taskPlace = (taskId: string | null): Reference | null => (taskId ? itemReference(taskId, null) : null);

  const referencesOf = (row: ActivityRow): { subject: Reference | null; place: Reference | null } => {
    // "Giulia made Marco responsible for 'Build a prototype'": the person is the object, the item the place.
    const answering = summaryField(row, "userId");
    if (itemTypes.has(row.targetType) && answering && row.action.startsWith("item.responsible_")) {
      return { subject: personReference(answering), place: itemReference(row.targetId, summaryField(row, "name")) };
    }
    if (itemTypes.has(row.targetType)) {
      const subject = itemReference(row.targetId, summaryField(row, "name"));
      const parentId = items.get(row.targetId)?.parentId ?? summaryField(row, "parentId");
      return { subject, place: parentId ? itemReference(parentId, null) : processReference() };
    }
    if (row.targetType === "asset") {
      const subject = assetReference(row.targetId, summaryField(row, "name"), summaryField(row, "taskId"));
      return { subject, place: taskPlace(subject.taskId) };
    }
    if (row.targetType === "grant") {
      const teamId = summaryField(row, "teamId");
      const userId = summaryField(row, "userId");
      const itemId = summaryField(row, "itemId");
      const subject: Reference | null = teamId
        ? {
            type: "team",
            id: teamId,
            itemType: null,
            name: teams.get(teamId) ?? null,
            exists: teams.has(teamId),
            taskId: null,
          }
        : userId
          ? personReference(userId)
          : null;
      return { subject, place: itemId ? itemReference(itemId, null) : processReference() };
    }
    if (row.targetType === "user") return { subject: personReference(row.targetId), place: processReference() };
    if (row.targetType === "participation_request") {
      const asker = summaryField(row, "userId");
      return { subject: asker ? personReference(asker) : null, place: processReference() };
    }
    if (row.targetType === "claim") {
      // "Giulia credited Marco's work on 'Build a prototype'": the claimant is the object, the item the place.
      const claimant = summaryField(row, "userId");
      const itemId = summaryField(row, "itemId");
      return {
        subject: claimant ? personReference(claimant) : null,
        place: itemId ? itemReference(itemId, null) : null,
      };
    }
    if (row.targetType === "process") return { subject: processReference(), place: null };
    // Interlinkers' own targets (threads, posts): the asset they live in, when the entry says which.
    const assetId = summaryField(row, "assetId");
    if (assetId) {
      const subject = assetReference(assetId, null, null);
      return { subject, place: taskPlace(subject.taskId) };
    }
    return { subject: null, place: null };
  };

  const actorOf = (row: ActivityRow): z.infer<typeof activityActor> => {
    if (!row.actorId) return { kind: "anonymous", id: null, name: null };
    if (!namePeople) return { kind: "hidden", id: null, name: null };
    const found = people.get(row.actorId);
    return found
      ? { kind: "person", id: row.actorId, name: found.name }
      : { kind: "former", id: row.actorId, name: null };
  };

  return rows.map((row) => ({
    ...row,
    // The pseudonymous id is for filtering; a reader who may not see people gets neither name nor id.
    actorId: namePeople ? row.actorId : null,
    createdAt: row.createdAt.toISOString(),
    actor: actorOf(row),
    ...referencesOf(row),
  }));
}

/** The people in the trail this reader may see and filter by, sorted by name. */
export async function presentTrailPeople(
  db: Database,
  options: { tree: ProcessTree; actor: MaybeActor; actorIds: string[] },
): Promise<{ id: string; name: string }[]> {
  if (!can(options.actor, "see_people", options.tree.subject)) return [];
  const people = await getUserSummaries(db, options.actorIds);
  return [...people.values()]
    .map((person) => ({ id: person.id, name: person.name }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

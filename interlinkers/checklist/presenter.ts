import { asc, eq } from "drizzle-orm";
import type { AssetSubject, Database, MaybeActor, Platform } from "../sdk/server.js";
import { type ChecklistOutput, maxItems } from "./input.js";
import { type ChecklistState, checklistActions } from "./policy.js";
import { taskPeople } from "./service.js";
import { checklist, checklistItem } from "./tables.js";

/** The checklist as the reader sees it: items in order with who ticked them, the task's people, and `can`. */
export async function presentChecklist(options: {
  db: Database;
  platform: Platform;
  actor: MaybeActor;
  subject: AssetSubject<ChecklistState>;
}): Promise<ChecklistOutput> {
  const { db, platform, actor, subject } = options;
  const { asset } = subject;
  const [[list], items, people] = await Promise.all([
    db.select().from(checklist).where(eq(checklist.assetId, asset.id)),
    db.select().from(checklistItem).where(eq(checklistItem.assetId, asset.id)).orderBy(asc(checklistItem.position)),
    taskPeople(db, platform, asset),
  ]);
  const named = new Set<string>(people);
  for (const item of items) {
    if (item.assigneeId) named.add(item.assigneeId);
    if (item.doneBy) named.add(item.doneBy);
  }
  const summaries = await platform.people.summaries(db, [...named]);
  const personOf = (id: string | null) => {
    const summary = id ? summaries.get(id) : undefined;
    return summary ? { id: summary.id, name: summary.name } : null;
  };
  return {
    assetId: asset.id,
    version: list?.version ?? 1,
    maxItems,
    items: items.map((item) => ({
      id: item.id,
      position: item.position,
      text: item.text,
      assignee: personOf(item.assigneeId),
      dueOn: item.dueOn,
      done: item.doneAt !== null,
      doneAt: item.doneAt?.toISOString() ?? null,
      doneBy: item.doneAt ? personOf(item.doneBy) : null,
      version: item.version,
      can: { tick: platform.policies.can(actor, "tick", { ...subject, state: { item } }) },
    })),
    people: [...people]
      .flatMap((id) => personOf(id) ?? [])
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    can: platform.policies.canAll(actor, checklistActions, subject),
  };
}

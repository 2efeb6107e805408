import { asc, eq } from "drizzle-orm";
import { type AssetRow, type Database, type Platform, uuidv7 } from "../sdk/server.js";
import { maxItemLength, maxItems } from "./input.js";
import { taskPeople } from "./service.js";
import { checklist, checklistItem } from "./tables.js";

/** One line of a Markdown task list, as exported and as templates write it. */
export interface TaskListEntry {
  text: string;
  done: boolean;
  dueOn: string | null;
}

const taskLine = /^\s*[-*+]\s+\[([ xX])\]\s+(.*)$/;
const dueSuffix = /\s*\(due (\d{4}-\d{2}-\d{2})\)$/;

/** `- [x] text (due 2026-12-31)`, one line per item. */
export function formatTaskList(entries: readonly TaskListEntry[]): string {
  return entries
    .map((entry) => `- [${entry.done ? "x" : " "}] ${entry.text}${entry.dueOn ? ` (due ${entry.dueOn})` : ""}\n`)
    .join("");
}

/**
 * The task-list lines of a Markdown text; other lines (headings, prose) are left out. What does not fit an item
 * (too long, too many, an impossible date) is cut to fit, never refused: an import or a template is not a form.
 */
export function parseTaskList(markdown: string): TaskListEntry[] {
  const entries: TaskListEntry[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const match = taskLine.exec(line);
    if (!match) continue;
    let text = match[2]!.replace(/\s+/g, " ").trim();
    const due = dueSuffix.exec(text);
    const dueOn = due && isCalendarDate(due[1]!) ? due[1]! : null;
    if (dueOn) text = text.slice(0, due!.index).trim();
    text = text.slice(0, maxItemLength).trim();
    if (text) entries.push({ text, done: match[1] !== " ", dueOn });
    if (entries.length === maxItems) break;
  }
  return entries;
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A new checklist's rows: the list, and its items in order. */
export async function createChecklist(options: {
  tx: Database;
  asset: AssetRow;
  entries: readonly TaskListEntry[];
  doneBy?: string | null;
}): Promise<void> {
  const { tx, asset, entries } = options;
  await tx.insert(checklist).values({ assetId: asset.id });
  if (entries.length === 0) return;
  const now = new Date();
  await tx.insert(checklistItem).values(
    entries.slice(0, maxItems).map((entry, position) => ({
      id: uuidv7(),
      assetId: asset.id,
      position,
      text: entry.text,
      dueOn: entry.dueOn,
      doneAt: entry.done ? now : null,
      doneBy: entry.done ? (options.doneBy ?? null) : null,
    })),
  );
}

async function itemsOf(db: Database, assetId: string) {
  return db.select().from(checklistItem).where(eq(checklistItem.assetId, assetId)).orderBy(asc(checklistItem.position));
}

/**
 * Copies the items as they are (text, order, due dates, what is done and by whom); an assignee who is not among
 * the target task's people is dropped, since nobody may be given an item on a task they cannot see.
 */
export async function cloneChecklist(options: {
  tx: Database;
  platform: Platform;
  source: AssetRow;
  target: AssetRow;
}): Promise<void> {
  const { tx, platform, source, target } = options;
  const items = await itemsOf(tx, source.id);
  const people = await taskPeople(tx, platform, target);
  await tx.insert(checklist).values({ assetId: target.id });
  if (items.length === 0) return;
  await tx.insert(checklistItem).values(
    items.map((item) => ({
      id: uuidv7(),
      assetId: target.id,
      position: item.position,
      text: item.text,
      assigneeId: item.assigneeId && people.has(item.assigneeId) ? item.assigneeId : null,
      dueOn: item.dueOn,
      doneAt: item.doneAt,
      doneBy: item.doneBy,
    })),
  );
}

export async function exportChecklist(options: { db: Database; asset: AssetRow }) {
  const items = await itemsOf(options.db, options.asset.id);
  const content = formatTaskList(
    items.map((item) => ({ text: item.text, done: item.doneAt !== null, dueOn: item.dueOn })),
  );
  return { mediaType: "text/markdown", content };
}

export async function importChecklist(options: { tx: Database; asset: AssetRow; content: string }): Promise<void> {
  await createChecklist({ tx: options.tx, asset: options.asset, entries: parseTaskList(options.content) });
}

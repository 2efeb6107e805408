import { createHash } from "node:crypto";
import { type AnyColumn, and, asc, desc, eq, inArray, isNotNull, like, lt, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { activity } from "../../db/schema/index.js";
import { decodeCursor, encodeCursor } from "../../http/pagination.js";
import { lockProcess } from "../processes/lock.js";

export type ActivityRow = typeof activity.$inferSelect;

export interface ActivityEntry {
  processId: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  summary: { before?: unknown; after?: unknown };
}

/** The hash before the first entry of every process. */
export const genesisHash = "0".repeat(64);

/** JSON with object keys sorted at every depth: the same content always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(",")}}`;
}

export function entryHash(
  previousHash: string,
  entry: Omit<ActivityRow, "id" | "hash" | "previousHash"> & { createdAt: Date },
): string {
  const content = canonicalJson({
    processId: entry.processId,
    sequence: entry.sequence,
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    summary: entry.summary,
    createdAt: entry.createdAt.toISOString(),
  });
  return createHash("sha256").update(previousHash).update("\n").update(content).digest("hex");
}

/**
 * Appends to a process's trail inside the caller's transaction (`tx`): the process row is locked so entries of
 * one process are chained one after another, never side by side.
 */
export async function appendActivity(tx: Database, entry: ActivityEntry): Promise<void> {
  await lockProcess(tx, entry.processId);
  const [last] = await tx
    .select({ sequence: activity.sequence, hash: activity.hash })
    .from(activity)
    .where(eq(activity.processId, entry.processId))
    .orderBy(desc(activity.sequence))
    .limit(1);
  const previousHash = last?.hash ?? genesisHash;
  const row = { ...entry, sequence: (last?.sequence ?? 0) + 1, createdAt: new Date() };
  // Round trip through JSON so the hash covers exactly what jsonb will give back.
  row.summary = JSON.parse(JSON.stringify(row.summary)) as typeof row.summary;
  await tx.insert(activity).values({ ...row, previousHash, hash: entryHash(previousHash, row) });
}

const sequenceCursor = z.int().min(0);

/** A page of the trail, newest first; the cursor wraps the sequence number the next page starts below. */
export async function listActivity(
  db: Database,
  options: {
    processId: string;
    limit: number;
    cursor?: string;
    /** Only entries whose action starts with `<kind>.` (item, asset, grant …). */
    kind?: string;
    /** Only entries by this actor. */
    actorId?: string;
  },
): Promise<{ items: ActivityRow[]; nextCursor: string | null }> {
  const before = decodeCursor(options.cursor, sequenceCursor);
  const rows = await db
    .select()
    .from(activity)
    .where(
      and(
        eq(activity.processId, options.processId),
        before !== undefined ? lt(activity.sequence, before) : undefined,
        options.kind !== undefined ? like(activity.action, `${options.kind}.%`) : undefined,
        options.actorId !== undefined ? eq(activity.actorId, options.actorId) : undefined,
      ),
    )
    .orderBy(desc(activity.sequence))
    .limit(options.limit + 1);
  const items = rows.slice(0, options.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > options.limit && last ? encodeCursor(last.sequence) : null,
  };
}

export interface ChainCheck {
  valid: boolean;
  entries: number;
  /** The sequence number of the first entry whose link or content does not match, or null. */
  firstBrokenAt: number | null;
}

/** Recomputes the whole chain of a process from its first entry. */
export async function verifyActivity(db: Database, processId: string): Promise<ChainCheck> {
  const rows = await db
    .select()
    .from(activity)
    .where(eq(activity.processId, processId))
    .orderBy(asc(activity.sequence));
  let previousHash = genesisHash;
  let expectedSequence = 1;
  for (const row of rows) {
    const intact =
      row.sequence === expectedSequence &&
      row.previousHash === previousHash &&
      row.hash === entryHash(previousHash, row);
    if (!intact) return { valid: false, entries: rows.length, firstBrokenAt: row.sequence };
    previousHash = row.hash;
    expectedSequence++;
  }
  return { valid: true, entries: rows.length, firstBrokenAt: null };
}

/**
 * The number of the newest entry of the process in the current row, as SQL for a select list: every change in
 * a process appends an entry, so this is a version number of everything in it.
 */
export function latestSequenceOf(processId: SQL | AnyColumn): SQL<number> {
  return sql<number>`(select coalesce(max(${activity.sequence}), 0) from ${activity} where ${activity.processId} = ${processId})`.mapWith(
    Number,
  );
}

/** Everyone who appears as the actor of at least one entry of the process (anonymous entries have none). */
export async function listActivityActors(db: Database, processId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ actorId: activity.actorId })
    .from(activity)
    .where(and(eq(activity.processId, processId), isNotNull(activity.actorId)));
  return rows.flatMap((row) => (row.actorId ? [row.actorId] : []));
}

/** The entries of a process with one of these actions, oldest first: what a story's draft pulls from the trail. */
export async function listActivityOfActions(
  db: Database,
  processId: string,
  actions: string[],
): Promise<ActivityRow[]> {
  if (actions.length === 0) return [];
  return db
    .select()
    .from(activity)
    .where(and(eq(activity.processId, processId), inArray(activity.action, actions)))
    .orderBy(asc(activity.sequence));
}

/** Whether this person acted in the process at least once (their pseudonymous id is on its trail). */
export async function actedInProcess(db: Database, options: { processId: string; actorId: string }): Promise<boolean> {
  const [row] = await db
    .select({ sequence: activity.sequence })
    .from(activity)
    .where(and(eq(activity.processId, options.processId), eq(activity.actorId, options.actorId)))
    .limit(1);
  return row !== undefined;
}

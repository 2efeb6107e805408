import type { PGlite } from "@electric-sql/pglite";
import { eq } from "drizzle-orm";
import type { Database, DatabaseKind } from "./client.js";
import { changeCount } from "./schema/index.js";

/**
 * What a change notice says changed (migration 0008_change_notices writes them from triggers): a person's account
 * or sessions, or a table a cache depends on (only the tables the migration watches ever notify).
 */
export type ChangeNotice = { kind: "account"; userId: string } | { kind: "table"; table: string };

export type ChangeListener = (notice: ChangeNotice) => void;

/**
 * The database's change notices, for caches of what this process reads. Each notice arrives once its
 * transaction commits — on PGlite synchronously, before the committing statement's promise resolves — so a
 * cache that drops what a notice names, and does not store a read that overlapped one (`generation`), never
 * answers with data older than the last commit.
 */
export interface ChangeNotices {
  /** Counts the notices heard: a read that started at another count may be older than a notice. */
  readonly generation: number;
  subscribe(listener: ChangeListener): () => void;
}

const channel = "interlink_changes";
const opened = new WeakMap<Database, Promise<ChangeNotices>>();

/**
 * The change notices of this database, or null where a cache in process memory cannot be exact. PGlite: only
 * this process can open the data directory, so every commit is this process's and its notice is heard before
 * the writer goes on. PostgreSQL: several processes share the database and another process's notice reaches
 * this one a moment after its commit, so a person signed out there could still be answered here; reads stay
 * queries there.
 */
export function changeNotices(db: Database, kind: DatabaseKind): Promise<ChangeNotices> | null {
  if (kind !== "pglite") return null;
  let notices = opened.get(db);
  if (!notices) {
    notices = listen((db as unknown as { $client: PGlite }).$client);
    opened.set(db, notices);
  }
  return notices;
}

async function listen(client: PGlite): Promise<ChangeNotices> {
  const listeners = new Set<ChangeListener>();
  const notices = {
    generation: 0,
    subscribe(listener: ChangeListener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  await client.listen(channel, (payload) => {
    notices.generation++;
    const notice: ChangeNotice | undefined = payload.startsWith("account:")
      ? { kind: "account", userId: payload.slice("account:".length) }
      : payload.startsWith("table:")
        ? { kind: "table", table: payload.slice("table:".length) }
        : undefined;
    if (!notice) return;
    for (const listener of listeners) listener(notice);
  });
  return notices;
}

/**
 * Reads kept in memory until a change notice drops them: at most `size` (the least recently used go first),
 * each dropped by the notices `drops` says concern it, and never answered once `fresh` says it is not.
 */
export interface NoticedCache<T> {
  /** The kept value of `key`, else `load()`'s, kept unless a notice arrived while it loaded. Null is not kept. */
  read<Loaded extends T | null>(key: string, load: () => Promise<Loaded>): Promise<T | Loaded>;
}

/** A `drops` for a cache whose values depend on these tables (each must be watched by migration 0008). */
export const changesTo =
  (...tables: string[]) =>
  (notice: ChangeNotice): boolean =>
    notice.kind === "table" && tables.includes(notice.table);

/**
 * Answers kept in memory that stay exact on either database, for reads that depend only on `tables` (each
 * watched by migration 0008) and on what `key` holds. Whatever else a kept value depends on must be in the key
 * (the reader, and what of the reader's account decides the answer), or be dropped by `drops` as well.
 * - PGlite (`notices`): kept until a notice names one of the tables; a hit costs no statement.
 * - PostgreSQL (no notices): kept under the change count (`countedCache`); a hit costs one trivial statement.
 */
export function keptAnswers<T>(
  db: Database,
  notices: ChangeNotices | null,
  options: { size: number; tables: string[]; drops?: (notice: ChangeNotice, value: T) => boolean },
): NoticedCache<T> {
  if (!notices) return countedCache<T>(db, { size: options.size });
  const inTables = changesTo(...options.tables);
  return noticedCache<T>(notices, {
    size: options.size,
    drops: (notice, value) => inTables(notice) || (options.drops?.(notice, value) ?? false),
  });
}

/**
 * Reads kept under the change count of migration 0011: every commit that changes a watched table adds one to it,
 * inside its own transaction. Each read first reads the count, then answers from memory if the value was kept
 * under that same count. Otherwise it loads and keeps the value under the count read before loading. What loads
 * after the count was read is at least as new as that count, so a kept value is never older than its count; a
 * value newer than its count is only reloaded once more. This holds across processes sharing one PostgreSQL,
 * since it reads committed state and waits for no notice.
 */
export function countedCache<T>(db: Database, options: { size: number }): NoticedCache<T> {
  const kept = new Map<string, { count: bigint; value: T }>();
  const countQuery = db
    .select({ value: changeCount.value })
    .from(changeCount)
    .where(eq(changeCount.id, 1))
    .prepare("change_count");
  return {
    async read(key, load) {
      const [row] = await countQuery.execute();
      const count = row!.value;
      const found = kept.get(key);
      if (found) {
        kept.delete(key);
        if (found.count === count) {
          // Re-inserted so the Map's order stays least recently used first.
          kept.set(key, found);
          return found.value;
        }
      }
      const loaded = await load();
      if (loaded !== null) {
        if (kept.size >= options.size) kept.delete(kept.keys().next().value!);
        kept.set(key, { count, value: loaded });
      }
      return loaded;
    },
  };
}

export function noticedCache<T>(
  notices: ChangeNotices,
  options: { size: number; drops: (notice: ChangeNotice, value: T) => boolean; fresh?: (value: T) => boolean },
): NoticedCache<T> {
  const kept = new Map<string, T>();
  notices.subscribe((notice) => {
    for (const [key, value] of kept) if (options.drops(notice, value)) kept.delete(key);
  });
  return {
    async read(key, load) {
      const value = kept.get(key);
      if (value !== undefined) {
        kept.delete(key);
        if (!options.fresh || options.fresh(value)) {
          // Re-inserted so the Map's order stays least recently used first.
          kept.set(key, value);
          return value;
        }
      }
      const generation = notices.generation;
      const loaded = await load();
      // A change committed while it loaded may not be in what was read: answer with it once, do not keep it.
      if (loaded !== null && notices.generation === generation) {
        if (kept.size >= options.size) kept.delete(kept.keys().next().value!);
        kept.set(key, loaded);
      }
      return loaded;
    },
  };
}

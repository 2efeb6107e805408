import {
  type AssetSubject,
  type Database,
  decodeCursor,
  type MaybeActor,
  type Platform,
  type PublicServiceText,
  toPage,
} from "../sdk/server.js";
import { passageCounts, type Range } from "./anchor.js";
import type { AugmenterOutput, SuggestionOutput } from "./input.js";
import { type AugmenterState, augmenterActions } from "./policy.js";
import { locateOpen, readService, serviceIdOf, statusOf, suggestionsOf } from "./service.js";
import type { SuggestionRow } from "./tables.js";

type Status = SuggestionOutput["status"];

export interface Reading {
  service: PublicServiceText | null;
  rows: SuggestionRow[];
  located: Map<string, Range | null>;
}

/** The service's texts and every suggestion, each open one located in the text as it is now. */
export async function readEnhancement(db: Database, platform: Platform, actor: MaybeActor, assetId: string) {
  const serviceId = await serviceIdOf(db, assetId);
  const [service, rows] = await Promise.all([readService(db, platform, actor, serviceId), suggestionsOf(db, assetId)]);
  return { service, rows, located: locateOpen(service, rows) } satisfies Reading;
}

/** Suggestions as the API gives them, with their authors' and deciders' names. */
export async function presentSuggestions(
  db: Database,
  platform: Platform,
  reading: Reading,
  rows: readonly SuggestionRow[],
): Promise<SuggestionOutput[]> {
  const people = await platform.people.summaries(
    db,
    rows.flatMap((row) => [row.authorId, row.decidedBy].filter((id): id is string => id !== null)),
  );
  const personOf = (id: string | null) => {
    const summary = id ? people.get(id) : undefined;
    return summary ? { id: summary.id, name: summary.name } : null;
  };
  return rows.map((row) => ({
    id: row.id,
    field: row.field,
    language: row.language as SuggestionOutput["language"],
    anchor: { exact: row.exact, prefix: row.prefix, suffix: row.suffix, start: row.start, end: row.end },
    located: reading.located.get(row.id) ?? null,
    kind: row.kind,
    text: row.text,
    status: statusOf(row, reading.located),
    reason: row.reason,
    appliedText: row.appliedText,
    mergeId: row.mergeId,
    author: personOf(row.authorId),
    decidedBy: personOf(row.decidedBy),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** The suggestions a list asks for, newest first, a page at a time (the cursor is the last id given). */
export function filterSuggestions(
  reading: Reading,
  query: { status?: Status; field?: string; language?: string; limit: number; cursor?: string },
): { items: SuggestionRow[]; nextCursor: string | null } {
  const after = decodeCursor(query.cursor);
  const matching = reading.rows.filter(
    (row) =>
      (query.status === undefined || statusOf(row, reading.located) === query.status) &&
      (query.field === undefined || row.field === query.field) &&
      (query.language === undefined || row.language === query.language) &&
      (after === undefined || row.id < after),
  );
  return toPage(matching.slice(0, query.limit + 1), query.limit);
}

/** The asset: the service's texts, how many open suggestions cover each stretch of them, the counts, and `can`. */
export function presentEnhancement(
  platform: Platform,
  actor: MaybeActor,
  subject: AssetSubject<AugmenterState>,
  reading: Reading,
): AugmenterOutput {
  const { service, rows, located } = reading;
  const byText = new Map<string, { field: "name" | "description"; language: string; ranges: Range[] }>();
  for (const row of rows) {
    const range = located.get(row.id);
    if (!range) continue;
    const key = `${row.field}:${row.language}`;
    const entry = byText.get(key) ?? { field: row.field, language: row.language, ranges: [] };
    entry.ranges.push(range);
    byText.set(key, entry);
  }
  const passages = [...byText.values()]
    .sort((a, b) => `${a.field}:${a.language}`.localeCompare(`${b.field}:${b.language}`))
    .flatMap((entry) =>
      passageCounts(entry.ranges).map((passage) => ({
        field: entry.field,
        language: entry.language as AugmenterOutput["passages"][number]["language"],
        ...passage,
      })),
    );
  const counts = { open: 0, accepted: 0, rejected: 0, orphaned: 0 };
  for (const row of rows) counts[statusOf(row, located)]++;
  return {
    assetId: subject.asset.id,
    service: service
      ? {
          id: service.id,
          name: service.name,
          description: service.description,
          version: service.version,
          canUpdate: service.canUpdate,
        }
      : null,
    passages,
    counts,
    can: platform.policies.canAll(actor, augmenterActions, subject),
  };
}

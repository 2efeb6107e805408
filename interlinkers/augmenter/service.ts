import { and, count, desc, eq, inArray } from "drizzle-orm";
import {
  type Actor,
  type AssetRow,
  conflict,
  type Database,
  invalid,
  type Language,
  notFound,
  type Platform,
  type PublicServiceText,
  uuidv7,
} from "../sdk/server.js";
import { connected, contextAt, locate, type Range, replaceRange } from "./anchor.js";
import { maxSuggestions } from "./input.js";
import { augmenter, type SuggestionRow, suggestion } from "./tables.js";

export type Status = "open" | "accepted" | "rejected" | "orphaned";

/** The public service an asset improves; 404 when the asset has no row (it cannot happen but for a broken import). */
export async function serviceIdOf(db: Database, assetId: string): Promise<string> {
  const [row] = await db.select().from(augmenter).where(eq(augmenter.assetId, assetId));
  if (!row) throw notFound("service description enhancement");
  return row.serviceId;
}

/**
 * The asset's service texts as the task's people read them: whoever may see the task's assets reads the texts of
 * the service it improves (its creator, who could see the service, brought it into the task). Null when deleted.
 */
export function readService(db: Database, platform: Platform, actor: Actor | null, serviceId: string) {
  return platform.publicServices.read(db, { actor, serviceId });
}

export function suggestionsOf(db: Database, assetId: string): Promise<SuggestionRow[]> {
  return db.select().from(suggestion).where(eq(suggestion.assetId, assetId)).orderBy(desc(suggestion.id));
}

const textOf = (service: PublicServiceText | null, row: Pick<SuggestionRow, "field" | "language">) =>
  service?.[row.field][row.language as Language] ?? "";

/** Where each open suggestion's passage is now (null: orphaned); closed ones are not located. */
export function locateOpen(
  service: PublicServiceText | null,
  rows: readonly SuggestionRow[],
): Map<string, Range | null> {
  const located = new Map<string, Range | null>();
  for (const row of rows) {
    if (row.status === "open") located.set(row.id, service ? locate(textOf(service, row), row) : null);
  }
  return located;
}

export const statusOf = (row: SuggestionRow, located: Map<string, Range | null>): Status =>
  row.status === "open" && located.get(row.id) === null ? "orphaned" : row.status;

/** The asset's row, locked: suggestions and decisions on one asset take turns. */
async function lockAsset(tx: Database, assetId: string) {
  const [row] = await tx.select().from(augmenter).where(eq(augmenter.assetId, assetId)).for("update");
  if (!row) throw notFound("service description enhancement");
  return row;
}

async function findSuggestion(db: Database, assetId: string, suggestionId: string): Promise<SuggestionRow> {
  const [row] = await db
    .select()
    .from(suggestion)
    .where(and(eq(suggestion.assetId, assetId), eq(suggestion.id, suggestionId)));
  if (!row) throw notFound("suggestion");
  return row;
}

interface Change {
  tx: Database;
  platform: Platform;
  asset: AssetRow;
  actor: Actor;
}

function appendEntry(change: Change, verb: string, targetId: string, after: Record<string, unknown>) {
  return change.platform.activity.append(change.tx, {
    processId: change.asset.processId,
    actorId: change.actor.userId,
    action: `augmenter.${verb}`,
    targetType: "asset",
    targetId,
    summary: { after },
  });
}

/** Makes the asset's row; the creator must be able to see the service (422 on `input.publicServiceId` otherwise). */
export async function createEnhancement(options: Change & { serviceId: string }): Promise<void> {
  const { tx, platform, actor, asset, serviceId } = options;
  const service = await platform.publicServices.read(tx, { actor, serviceId });
  if (!service?.canView) {
    throw invalid([
      {
        path: "body.input.publicServiceId",
        code: "augmenter.unknown_service",
        message: "No such public service, or you may not see it.",
      },
    ]);
  }
  await tx.insert(augmenter).values({ assetId: asset.id, serviceId });
}

export interface AnchorGiven {
  field: "name" | "description";
  language: Language;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/**
 * A suggestion on a passage. The text may have changed since its author loaded it: the passage is looked for by its
 * quote, and stored where it is now, with the context the text has there. Gone already: 422 on the quote.
 */
export async function suggest(
  options: Change & { anchor: AnchorGiven; kind: "replacement" | "comment"; text: string },
): Promise<SuggestionRow> {
  const { tx, platform, asset, actor, anchor } = options;
  const enhancement = await lockAsset(tx, asset.id);
  const [counted] = await tx.select({ n: count() }).from(suggestion).where(eq(suggestion.assetId, asset.id));
  if ((counted?.n ?? 0) >= maxSuggestions) {
    throw conflict("suggestions-full", `One service description takes at most ${maxSuggestions} suggestions.`);
  }
  const service = await readService(tx, platform, actor, enhancement.serviceId);
  if (!service) throw conflict("service-gone", "The public service was deleted: it takes no more suggestions.");
  const text = textOf(service, anchor);
  const range = locate(text, anchor);
  if (!range) {
    throw invalid([
      {
        path: "body.anchor.exact",
        code: "augmenter.passage_not_found",
        message: "This passage is not in the service's text (any more): reload it and select the passage again.",
      },
    ]);
  }
  const [row] = await tx
    .insert(suggestion)
    .values({
      id: uuidv7(),
      assetId: asset.id,
      authorId: actor.userId,
      field: anchor.field,
      language: anchor.language,
      exact: anchor.exact,
      ...contextAt(text, range),
      ...range,
      kind: options.kind,
      text: options.text,
    })
    .returning();
  await appendEntry(options, "suggested", asset.id, {
    suggestionId: row!.id,
    field: anchor.field,
    language: anchor.language,
    passage: anchor.exact,
    kind: options.kind,
    text: options.text,
  });
  return row!;
}

const decidedConflict = () =>
  conflict("suggestion-decided", "This suggestion was already accepted or rejected: reload to see by whom.");

function orphanedConflict() {
  return conflict(
    "suggestion-orphaned",
    "The passage this suggestion is about is no longer in the service's text: it can only be rejected.",
  );
}

/**
 * Takes suggestions into the service: `text` replaces the stretch their passages cover now (one suggestion's, or a
 * merge's). Comments change no text. The service's history gets the new version by the accepter; the suggestions,
 * the trail and their authors' notices say who suggested and who accepted.
 */
async function takeIn(options: Change & { rows: SuggestionRow[]; text: string; mergeId: string | null }) {
  const { tx, platform, asset, actor, rows, text } = options;
  const enhancement = await lockAsset(tx, asset.id);
  // Read again under the lock: another moderator may have decided one of them meanwhile.
  const fresh = await tx
    .select()
    .from(suggestion)
    .where(
      and(
        eq(suggestion.assetId, asset.id),
        inArray(
          suggestion.id,
          rows.map((row) => row.id),
        ),
      ),
    );
  if (fresh.length !== rows.length) throw notFound("suggestion");
  if (fresh.some((row) => row.status !== "open")) throw decidedConflict();
  const [first] = fresh;
  const changesText = options.mergeId !== null || first!.kind === "replacement";
  let version: number | null = null;
  if (changesText) {
    ({ version } = await platform.publicServices.changeText(tx, {
      actor,
      serviceId: enhancement.serviceId,
      field: first!.field,
      language: first!.language as Language,
      change(current) {
        const ranges = fresh.map((row) => locate(current, row));
        if (ranges.some((range) => range === null)) throw orphanedConflict();
        const located = ranges as Range[];
        if (!connected(located)) {
          throw conflict(
            "suggestions-apart",
            "These suggestions are about passages apart: merge only overlapping ones.",
          );
        }
        const covered = {
          start: Math.min(...located.map((range) => range.start)),
          end: Math.max(...located.map((range) => range.end)),
        };
        return replaceRange(current, covered, text);
      },
    }));
  } else {
    // A comment taken note of: the service must still be there, the passage too.
    const service = await readService(tx, platform, actor, enhancement.serviceId);
    if (!service) throw conflict("service-gone", "The public service was deleted.");
    if (!locate(textOf(service, first!), first!)) throw orphanedConflict();
  }
  const now = new Date();
  await tx
    .update(suggestion)
    .set({
      status: "accepted",
      appliedText: changesText ? text : null,
      mergeId: options.mergeId,
      decidedBy: actor.userId,
      decidedAt: now,
    })
    .where(
      inArray(
        suggestion.id,
        fresh.map((row) => row.id),
      ),
    );
  const authors = [...new Set(fresh.flatMap((row) => row.authorId ?? []))];
  await appendEntry(options, options.mergeId ? "merged" : "accepted", asset.id, {
    suggestionIds: fresh.map((row) => row.id),
    suggestedBy: authors,
    acceptedBy: actor.userId,
    field: first!.field,
    language: first!.language,
    passages: fresh.map((row) => row.exact),
    text: changesText ? text : null,
    serviceVersion: version,
  });
  const service = await readService(tx, platform, actor, enhancement.serviceId);
  await platform.notifications.suggestionAccepted(tx, {
    asset,
    actorId: actor.userId,
    userIds: authors,
    title: asset.name,
    service: service?.name.en ?? Object.values(service?.name ?? {})[0] ?? "",
  });
}

export async function accept(options: Change & { suggestionId: string }): Promise<void> {
  const row = await findSuggestion(options.tx, options.asset.id, options.suggestionId);
  await takeIn({ ...options, rows: [row], text: row.text, mergeId: null });
}

/** Several overlapping open suggestions on one field in one language, taken in as one text. */
export async function merge(options: Change & { suggestionIds: string[]; text: string }): Promise<string[]> {
  const ids = [...new Set(options.suggestionIds)];
  const rows = await options.tx
    .select()
    .from(suggestion)
    .where(and(eq(suggestion.assetId, options.asset.id), inArray(suggestion.id, ids)));
  const errors = ids.flatMap((id, index) =>
    rows.some((row) => row.id === id)
      ? []
      : [{ path: `body.suggestionIds.${index}`, code: "augmenter.unknown_suggestion", message: "No such suggestion." }],
  );
  if (ids.length < 2) {
    errors.push({ path: "body.suggestionIds", code: "augmenter.merge_needs_two", message: "Merge two or more." });
  }
  const fields = new Set(rows.map((row) => `${row.field}:${row.language}`));
  if (fields.size > 1) {
    errors.push({
      path: "body.suggestionIds",
      code: "augmenter.merge_mixed_fields",
      message: "Merge only suggestions on the same field in the same language.",
    });
  }
  if (errors.length > 0) throw invalid(errors);
  await takeIn({ ...options, rows, text: options.text, mergeId: uuidv7() });
  return ids;
}

export async function reject(options: Change & { suggestionId: string; reason: string }): Promise<void> {
  const { tx, asset, actor } = options;
  await lockAsset(tx, asset.id);
  const row = await findSuggestion(tx, asset.id, options.suggestionId);
  if (row.status !== "open") throw decidedConflict();
  await tx
    .update(suggestion)
    .set({ status: "rejected", reason: options.reason, decidedBy: actor.userId, decidedAt: new Date() })
    .where(eq(suggestion.id, row.id));
  await appendEntry(options, "rejected", asset.id, {
    suggestionId: row.id,
    suggestedBy: row.authorId,
    passage: row.exact,
    reason: options.reason,
  });
}

import { eq } from "drizzle-orm";
import { z } from "zod";
import { type AssetRow, type Database, invalid, uuidv7 } from "../sdk/server.js";
import { augmenter, suggestion } from "./tables.js";

const exported = z.object({
  serviceId: z.uuid(),
  suggestions: z
    .array(
      z.object({
        field: z.enum(["name", "description"]),
        language: z.enum(["en", "es", "it", "lv"]),
        exact: z.string().min(1).max(20_000),
        prefix: z.string().max(200),
        suffix: z.string().max(200),
        start: z.int().min(0),
        end: z.int().min(0),
        kind: z.enum(["replacement", "comment"]),
        text: z.string().max(20_000),
        status: z.enum(["open", "accepted", "rejected"]),
        reason: z.string().nullable(),
        appliedText: z.string().nullable(),
      }),
    )
    .max(2000),
});

async function rowsOf(db: Database, assetId: string) {
  const [row] = await db.select().from(augmenter).where(eq(augmenter.assetId, assetId));
  const suggestions = await db.select().from(suggestion).where(eq(suggestion.assetId, assetId));
  return { row, suggestions };
}

/** The copy improves the same service, with the suggestions as they are (their authors and decisions kept). */
export async function cloneEnhancement(options: { tx: Database; source: AssetRow; target: AssetRow }): Promise<void> {
  const { tx, source, target } = options;
  const { row, suggestions } = await rowsOf(tx, source.id);
  if (!row) return;
  await tx.insert(augmenter).values({ assetId: target.id, serviceId: row.serviceId });
  if (suggestions.length === 0) return;
  await tx
    .insert(suggestion)
    .values(suggestions.map((found) => ({ ...found, id: uuidv7(), assetId: target.id, mergeId: null })));
}

/** The service's id and the suggestions, without people (an export leaves the platform). */
export async function exportEnhancement(options: { db: Database; asset: AssetRow }) {
  const { row, suggestions } = await rowsOf(options.db, options.asset.id);
  const content = {
    serviceId: row?.serviceId ?? null,
    suggestions: suggestions.map((found) => ({
      field: found.field,
      language: found.language,
      exact: found.exact,
      prefix: found.prefix,
      suffix: found.suffix,
      start: found.start,
      end: found.end,
      kind: found.kind,
      text: found.text,
      status: found.status,
      reason: found.reason,
      appliedText: found.appliedText,
    })),
  };
  return { mediaType: "application/json", content: JSON.stringify(content) };
}

export async function importEnhancement(options: { tx: Database; asset: AssetRow; content: string }): Promise<void> {
  let parsed: z.output<typeof exported>;
  try {
    parsed = exported.parse(JSON.parse(options.content));
  } catch {
    throw invalid([
      { path: "content", code: "augmenter.bad_export", message: "Not an export of a service description enhancement." },
    ]);
  }
  await options.tx.insert(augmenter).values({ assetId: options.asset.id, serviceId: parsed.serviceId });
  if (parsed.suggestions.length === 0) return;
  await options.tx
    .insert(suggestion)
    .values(parsed.suggestions.map((found) => ({ ...found, id: uuidv7(), assetId: options.asset.id })));
}

import type { Database, Platform } from "../sdk/server.js";
import type { VersionOutput } from "./input.js";
import type { VersionRow } from "./service.js";

/** Versions as answers, each with its author's name (null once the account is erased). */
export async function presentVersions(options: {
  db: Database;
  platform: Platform;
  rows: VersionRow[];
}): Promise<VersionOutput[]> {
  const { db, platform, rows } = options;
  const users = await platform.people.summaries(
    db,
    rows.flatMap((row) => (row.createdBy ? [row.createdBy] : [])),
  );
  return rows.map((row) => {
    const author = row.createdBy ? users.get(row.createdBy) : undefined;
    return {
      id: row.id,
      assetId: row.assetId,
      name: row.name,
      createdAt: row.createdAt.toISOString(),
      createdBy: author ? { id: author.id, name: author.name } : null,
    };
  });
}

export async function presentVersion(options: {
  db: Database;
  platform: Platform;
  row: VersionRow;
}): Promise<VersionOutput> {
  const [presented] = await presentVersions({ ...options, rows: [options.row] });
  return presented!;
}

/** The export file's name: the asset's, without what file systems or headers choke on. */
export function exportFilename(assetName: string, format: "html" | "markdown"): string {
  const base = assetName.replace(/[^\p{L}\p{N} _-]+/gu, "").trim() || "document";
  return `${base}.${format === "markdown" ? "md" : "html"}`;
}

/** A standalone HTML page around the document's safe HTML (see documentToHtml). */
export function htmlPage(title: string, bodyHtml: string): string {
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${bodyHtml}</body></html>\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

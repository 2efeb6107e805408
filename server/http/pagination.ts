import { lt, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";
import { invalid } from "./problem.js";

/** `?limit=` and `?cursor=` as every list takes them. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20).describe("How many items to return (1–100)."),
  cursor: z.string().max(200).optional().describe("The `nextCursor` of the previous page."),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/**
 * Our ids are UUIDv7, ordered by creation: a page is "ids below the cursor, newest first",
 * stable while rows are added or removed. The cursor wraps the last id so clients treat it as opaque.
 */
export function cursorCondition(idColumn: PgColumn, cursor: string | undefined): SQL | undefined {
  const id = decodeCursor(cursor);
  return id === undefined ? undefined : lt(idColumn, id);
}

/** The id a cursor wraps; refuses one this server did not give out. */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  if (!z.uuid().safeParse(id).success) {
    throw invalid([
      { path: "querystring.cursor", code: "invalid_cursor", message: "This cursor is not one this server gave out." },
    ]);
  }
  return id;
}

/** Fetch `limit + 1` rows, then let this cut the page and make the next cursor. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? Buffer.from(last.id, "utf8").toString("base64url") : null,
  };
}

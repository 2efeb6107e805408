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
 * The one cursor codec: where the next page starts, as base64url JSON, so clients treat it as opaque and every list
 * can put in it what its order needs (an id, a sequence number, a sort key and an id, an offset).
 */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), "utf8").toString("base64url");
}

/**
 * Where a cursor says the next page starts, checked against the shape that list gives out (by default an id); a
 * cursor this server did not give out is refused, never half-read.
 */
export function decodeCursor(cursor: string | undefined): string | undefined;
export function decodeCursor<T>(cursor: string | undefined, shape: z.ZodType<T>): T | undefined;
export function decodeCursor(cursor: string | undefined, shape: z.ZodType = z.uuid()): unknown {
  if (cursor === undefined) return undefined;
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    position = undefined;
  }
  const parsed = shape.safeParse(position);
  if (!parsed.success) {
    throw invalid([
      { path: "querystring.cursor", code: "invalid_cursor", message: "This cursor is not one this server gave out." },
    ]);
  }
  return parsed.data;
}

/**
 * Our ids are UUIDv7, ordered by creation: a page is "ids below the cursor, newest first",
 * stable while rows are added or removed.
 */
export function cursorCondition(idColumn: PgColumn, cursor: string | undefined): SQL | undefined {
  const id = decodeCursor(cursor);
  return id === undefined ? undefined : lt(idColumn, id);
}

/** Fetch `limit + 1` rows, then let this cut the page and make the next cursor. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}

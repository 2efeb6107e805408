import { getTableName, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/**
 * A column written as "table"."column". Drizzle leaves columns unqualified when a query reads one table, and
 * inside a correlated subquery an unqualified outer column silently binds to the inner table's column of the
 * same name: every reference that crosses a subquery boundary goes through this.
 */
export const qualified = (column: PgColumn): SQL =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;

/**
 * Words typed in a search box as one text-search query in each of our languages' stemming, OR-ed: a Spanish word
 * finds the Spanish name, and so on (Latvian has no stemmer: `simple` keeps its words whole). Matches the
 * documents built by `searchText` (server/db/schema/catalogue.ts).
 */
export const anyLanguageQuery = (words: Placeholder | SQL) =>
  sql`(websearch_to_tsquery('english', ${words}::text) || websearch_to_tsquery('spanish', ${words}::text) || websearch_to_tsquery('italian', ${words}::text) || websearch_to_tsquery('simple', ${words}::text))`;

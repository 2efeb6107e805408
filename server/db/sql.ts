import { getTableName, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/**
 * A column written as "table"."column". Drizzle leaves columns unqualified when a query reads one table, and
 * inside a correlated subquery an unqualified outer column silently binds to the inner table's column of the
 * same name: every reference that crosses a subquery boundary goes through this.
 */
export const qualified = (column: PgColumn): SQL =>
  sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;

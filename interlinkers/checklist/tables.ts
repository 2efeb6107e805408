import { date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { assetTable as asset, userTable as user } from "../sdk/server.js";

/**
 * One row per checklist asset. `version` counts changes to the list's shape (items added, deleted or moved), so a
 * reorder computed from a stale list is refused instead of scrambling someone else's order.
 */
export const checklist = pgTable("interlinker_checklist", {
  assetId: uuid("asset_id")
    .primaryKey()
    .references(() => asset.id, { onDelete: "cascade" }),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** An item of a checklist; `version` counts changes to the item itself, so a stale edit is refused. */
export const checklistItem = pgTable(
  "interlinker_checklist_item",
  {
    id: uuid("id").primaryKey(),
    assetId: uuid("asset_id")
      .notNull()
      .references(() => asset.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    assigneeId: text("assignee_id").references(() => user.id, { onDelete: "set null" }),
    dueOn: date("due_on", { mode: "string" }),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneBy: text("done_by").references(() => user.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("interlinker_checklist_item_asset_position").on(table.assetId, table.position)],
);

export type ChecklistItemRow = typeof checklistItem.$inferSelect;

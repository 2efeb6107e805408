import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { assetTable as asset, userTable as user } from "../sdk/server.js";

/**
 * One row per enhancement asset: the public service its task improves. The service is the public-services
 * module's; it is read and changed only through the platform (`platform.publicServices`), so no key points at it.
 */
export const augmenter = pgTable("interlinker_augmenter", {
  assetId: uuid("asset_id")
    .primaryKey()
    .references(() => asset.id, { onDelete: "cascade" }),
  serviceId: uuid("service_id").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A suggestion on a passage of one of the service's translatable fields in one language: a replacement text, or a
 * comment. The anchor is the passage as its author saw it (quote and position); where it is now is worked out
 * from the field's current text each time. `status` is open, accepted or rejected; an open suggestion whose quote
 * is gone from the text reads as orphaned. `appliedText` is what went into the service (a merge's text for every
 * suggestion it merged, which share `mergeId`).
 */
export const suggestion = pgTable(
  "interlinker_augmenter_suggestion",
  {
    id: uuid("id").primaryKey(),
    assetId: uuid("asset_id")
      .notNull()
      .references(() => asset.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    field: text("field", { enum: ["name", "description"] }).notNull(),
    language: text("language").notNull(),
    exact: text("exact").notNull(),
    prefix: text("prefix").notNull(),
    suffix: text("suffix").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    kind: text("kind", { enum: ["replacement", "comment"] }).notNull(),
    text: text("text").notNull(),
    status: text("status", { enum: ["open", "accepted", "rejected"] })
      .notNull()
      .default("open"),
    reason: text("reason"),
    appliedText: text("applied_text"),
    mergeId: uuid("merge_id"),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("interlinker_augmenter_suggestion_asset").on(table.assetId, table.id)],
);

export type SuggestionRow = typeof suggestion.$inferSelect;

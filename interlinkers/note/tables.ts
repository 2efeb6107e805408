import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { assetTable as asset } from "../sdk/server.js";

/** A note's plain text, one row per asset. */
export const note = pgTable("interlinker_note", {
  assetId: uuid("asset_id")
    .primaryKey()
    .references(() => asset.id, { onDelete: "cascade" }),
  text: text("text").notNull().default(""),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

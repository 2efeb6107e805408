import { customType, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { assetTable as asset, userTable as user, uuidv7 } from "../sdk/server.js";

/** Yjs updates are binary; pg gives a Buffer and PGlite a Uint8Array, both handed on as Uint8Array. */
const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

/** A document's whole Yjs state (one merged update), one row per asset. */
export const documentState = pgTable("interlinker_document", {
  assetId: uuid("asset_id")
    .primaryKey()
    .references(() => asset.id, { onDelete: "cascade" }),
  state: bytes("state").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A named snapshot of a document's content, restorable later. */
export const documentVersion = pgTable(
  "interlinker_document_version",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    assetId: uuid("asset_id")
      .notNull()
      .references(() => asset.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    state: bytes("state").notNull(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("interlinker_document_version_asset_idx").on(table.assetId, table.id)],
);

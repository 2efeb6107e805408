import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Visibility } from "../../../common/actors.js";
import type { AssetKind, GovernanceModel, ItemStatus, ItemType, Right } from "../../../common/coproduction.js";
import type { GateVerdict, GovernedAction, PermittedBy } from "../../../common/governance.js";
import type { Language, Translated } from "../../../common/languages.js";
import { uuidv7 } from "../ids.js";
import { user } from "./auth.js";
import { interlinker } from "./catalogue.js";
import { organization, team } from "./organizations.js";

/** Where a cloned or imported process came from: enough to credit and find the source. */
export interface ProcessOrigin {
  processId: string;
  name: string;
  instance?: string;
  via: "clone" | "import" | "story";
  /** With `via: "story"`: the published story it was reused from (`name` is then the story's title). */
  storyId?: string;
}

export const process = pgTable(
  "process",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    aim: text("aim").notNull().default(""),
    language: text("language").$type<Language>().notNull(),
    organizationId: uuid("organization_id").references(() => organization.id),
    governanceModel: text("governance_model").$type<GovernanceModel>().notNull(),
    visibility: text("visibility").$type<Visibility>().notNull(),
    tags: text("tags").array().notNull().default(sql`'{}'`),
    schemaId: text("schema_id"),
    clonedFrom: jsonb("cloned_from").$type<ProcessOrigin>(),
    createdBy: text("created_by")
      .notNull()
      .references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (table) => [
    index("process_listing_idx").on(table.id.desc()).where(sql`${table.deletedAt} is null`),
    index("process_public_listing_idx")
      .on(table.id.desc())
      .where(sql`${table.deletedAt} is null and ${table.visibility} = 'public'`),
  ],
);

export const processAdministrator = pgTable(
  "process_administrator",
  {
    processId: uuid("process_id")
      .notNull()
      .references(() => process.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.processId, table.userId] }),
    index("process_administrator_user_idx").on(table.userId),
  ],
);

/** Binary columns: pg gives a Buffer and PGlite a Uint8Array, both handed on as Uint8Array. */
export const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

/** A process's cover image, re-encoded as WebP without metadata, with the words that describe it. */
export const processImage = pgTable("process_image", {
  processId: uuid("process_id")
    .primaryKey()
    .references(() => process.id, { onDelete: "cascade" }),
  bytes: bytes("bytes").notNull(),
  etag: text("etag").notNull(),
  alt: text("alt").notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An item's name and description in every language it has, e.g. as copied from a schema. `name` and
 * `description` stay the text in the process's language (what the trail, search and exports name it by).
 */
export interface ItemTranslations {
  name?: Translated;
  description?: Translated;
}

/**
 * A node of the process tree. Status and dates are set on leaves; a phase or objective with children derives
 * its status, progress and dates from them when read.
 */
export const item = pgTable(
  "item",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    processId: uuid("process_id")
      .notNull()
      .references(() => process.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id"),
    type: text("type").$type<ItemType>().notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    translations: jsonb("translations").$type<ItemTranslations>().notNull().default({}),
    position: integer("position").notNull(),
    status: text("status").$type<ItemStatus>().notNull().default("awaiting"),
    startDate: date("start_date"),
    endDate: date("end_date"),
    problemProfiles: text("problem_profiles").array().notNull().default(sql`'{}'`),
    /**
     * A phase the public administration delivers together with the builders (the default schema's Build and
     * Sustain): where government-as-a-platform (G2C) puts its sign-off gate.
     */
    coDelivery: boolean("co_delivery").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("item_process_idx").on(table.processId),
    index("item_parent_idx").on(table.parentId),
    check(
      "item_dates_ordered",
      sql`${table.startDate} is null or ${table.endDate} is null or ${table.startDate} <= ${table.endDate}`,
    ),
  ],
);

export const itemPrerequisite = pgTable(
  "item_prerequisite",
  {
    itemId: uuid("item_id")
      .notNull()
      .references(() => item.id, { onDelete: "cascade" }),
    prerequisiteId: uuid("prerequisite_id")
      .notNull()
      .references(() => item.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.itemId, table.prerequisiteId] })],
);

/**
 * Who answers for an item. Rows name people of the process when written; someone who later leaves the process
 * keeps their row but is filtered out when read (see server/modules/processes/responsible.ts).
 */
export const itemResponsible = pgTable(
  "item_responsible",
  {
    itemId: uuid("item_id")
      .notNull()
      .references(() => item.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.itemId, table.userId] }),
    index("item_responsible_user_idx").on(table.userId),
  ],
);

/** Rights for a team or a person on a whole process (no item) or on one item and its descendants. */
export const grant = pgTable(
  "grant",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    processId: uuid("process_id")
      .notNull()
      .references(() => process.id, { onDelete: "cascade" }),
    itemId: uuid("item_id").references(() => item.id, { onDelete: "cascade" }),
    teamId: uuid("team_id").references(() => team.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => user.id, { onDelete: "cascade" }),
    rights: text("rights").array().$type<Right[]>().notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("grant_process_idx").on(table.processId),
    index("grant_user_idx").on(table.userId),
    index("grant_team_idx").on(table.teamId),
    check("grant_one_grantee", sql`(${table.teamId} is null) <> (${table.userId} is null)`),
  ],
);

/**
 * A process's rulebook (issue #12): one row per rule, on the whole process (no item) or on one item and below.
 * Written from the model's preset when a process is made, replaced whole by whoever `change_rules` permits.
 */
export const processRule = pgTable(
  "process_rule",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    processId: uuid("process_id")
      .notNull()
      .references(() => process.id, { onDelete: "cascade" }),
    itemId: uuid("item_id").references(() => item.id, { onDelete: "cascade" }),
    action: text("action").$type<GovernedAction>().notNull(),
    permittedBy: text("permitted_by").array().$type<PermittedBy[]>().notNull(),
    /** Two keys: each side's values; null for a rule anyone permitted meets alone. */
    sides: jsonb("sides").$type<PermittedBy[][]>(),
    /** The rules' order as written, so the rulebook reads back as it was put. */
    position: integer("position").notNull(),
  },
  (table) => [index("process_rule_process_idx").on(table.processId, table.position)],
);

/**
 * A sign-off gate on an item (issue #12): who must approve before the item counts as done, one gate per item.
 * Written from the model's preset (`preset`) when a process is made, or set by whoever `change_rules` permits.
 */
export const itemGate = pgTable(
  "item_gate",
  {
    itemId: uuid("item_id")
      .primaryKey()
      .references(() => item.id, { onDelete: "cascade" }),
    processId: uuid("process_id")
      .notNull()
      .references(() => process.id, { onDelete: "cascade" }),
    approvers: text("approvers").array().$type<PermittedBy[]>().notNull(),
    /** Two keys: one approval from each side's values; null when `required` approvals from anyone listed do. */
    sides: jsonb("sides").$type<PermittedBy[][]>(),
    required: integer("required").notNull(),
    /** A decision on the item that must be closed with a winner before anyone approves. */
    decisionAssetId: uuid("decision_asset_id").references(() => asset.id, { onDelete: "set null" }),
    /** Put by the model's preset: another model replaces it while nobody has approved or rejected. */
    preset: boolean("preset").notNull().default(false),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("item_gate_process_idx").on(table.processId)],
);

/**
 * The live verdicts on a gate: one per person; a withdrawn one is deleted (the activity trail keeps the history).
 * `sides` are the gate's sides the person stood for when they gave it.
 */
export const itemGateApproval = pgTable(
  "item_gate_approval",
  {
    itemId: uuid("item_id")
      .notNull()
      .references(() => itemGate.itemId, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    verdict: text("verdict").$type<GateVerdict>().notNull(),
    comment: text("comment").notNull().default(""),
    sides: integer("sides").array().notNull().default(sql`'{}'`),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.itemId, table.userId] })],
);

/** What a team works on inside a task: an external link, or an instance made by an interlinker. */
export const asset = pgTable(
  "asset",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    processId: uuid("process_id")
      .notNull()
      .references(() => process.id, { onDelete: "cascade" }),
    taskId: uuid("task_id")
      .notNull()
      .references(() => item.id, { onDelete: "cascade" }),
    kind: text("kind").$type<AssetKind>().notNull(),
    name: text("name").notNull(),
    url: text("url"),
    /** The software interlinker that holds the asset's content (for knowledge templates: the one that opened it). */
    interlinkerId: text("interlinker_id").references(() => interlinker.id),
    /** The knowledge interlinker whose template this asset was copied from. */
    knowledgeInterlinkerId: text("knowledge_interlinker_id").references(() => interlinker.id),
    /** The asset's id in a remote interlinker's service. */
    externalId: text("external_id"),
    clonedFrom: uuid("cloned_from"),
    createdBy: text("created_by")
      .notNull()
      .references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("asset_task_idx").on(table.taskId, table.id.desc()),
    index("asset_process_idx").on(table.processId),
  ],
);

/**
 * The append-only trail of a process. Each entry's hash covers its canonical content and the previous entry's
 * hash, so any edit or removal breaks the chain from that point on.
 */
export const activity = pgTable(
  "activity",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    processId: uuid("process_id")
      .notNull()
      .references(() => process.id, { onDelete: "cascade" }),
    sequence: bigint("sequence", { mode: "number" }).notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    summary: jsonb("summary").$type<{ before?: unknown; after?: unknown }>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull(),
    previousHash: text("previous_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (table) => [uniqueIndex("activity_sequence_idx").on(table.processId, table.sequence)],
);

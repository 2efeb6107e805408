import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ActorType, TeamCreationMode, Visibility } from "../../../common/actors.js";
import type { Translated } from "../../../common/languages.js";
import { uuidv7 } from "../ids.js";
import { user } from "./auth.js";

export const organization = pgTable(
  "organization",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    name: jsonb("name").$type<Translated>().notNull(),
    description: jsonb("description").$type<Translated>().notNull().default({}),
    type: text("type").$type<ActorType>().notNull(),
    visibility: text("visibility").$type<Visibility>().notNull(),
    logoUrl: text("logo_url"),
    teamCreation: text("team_creation").$type<TeamCreationMode>().notNull().default("administrators"),
    createdBy: text("created_by")
      .notNull()
      .references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (table) => [index("organization_listing_idx").on(table.id.desc()).where(sql`${table.deletedAt} is null`)],
);

export const organizationAdministrator = pgTable(
  "organization_administrator",
  {
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.organizationId, table.userId] }),
    index("organization_administrator_user_idx").on(table.userId),
  ],
);

export const team = pgTable(
  "team",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    name: jsonb("name").$type<Translated>().notNull(),
    description: jsonb("description").$type<Translated>().notNull().default({}),
    type: text("type").$type<ActorType>().notNull(),
    createdBy: text("created_by")
      .notNull()
      .references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (table) => [index("team_organization_idx").on(table.organizationId, table.id.desc())],
);

export const teamMember = pgTable(
  "team_member",
  {
    teamId: uuid("team_id")
      .notNull()
      .references(() => team.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    role: text("role").$type<"member" | "administrator">().notNull().default("member"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.teamId, table.userId] }), index("team_member_user_idx").on(table.userId)],
);

export const teamJoinRequest = pgTable(
  "team_join_request",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    teamId: uuid("team_id")
      .notNull()
      .references(() => team.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    message: text("message").notNull().default(""),
    status: text("status").$type<"pending" | "approved" | "rejected">().notNull().default("pending"),
    decidedBy: text("decided_by").references(() => user.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // One open request per person and team; decided ones stay as history.
    uniqueIndex("team_join_request_pending_idx").on(table.teamId, table.userId).where(sql`${table.status} = 'pending'`),
  ],
);

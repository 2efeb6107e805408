import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Visibility } from "../../../common/actors.js";
import type { Translated } from "../../../common/languages.js";
import type { ChannelType, ServiceStatus } from "../../../common/publicServices.js";
import { uuidv7 } from "../ids.js";
import { user } from "./auth.js";
import { searchText, tsvector } from "./catalogue.js";
import { organization } from "./organizations.js";
import { process } from "./processes.js";

/** The parts of a service's description nobody filters on, kept together as the API gives them. */
export interface PublicServiceDetails {
  channels: { type: ChannelType; url?: string; address?: string; phone?: string; email?: string }[];
  processingTime: string | null;
  costs: { value: number; currency: string; description?: string }[];
  requirements: { name: string; description?: string }[];
  outputs: { name: string; description?: string }[];
  legalResources: string[];
  languages: string[];
  spatial: string[];
  contactPoint: { email?: string; phone?: string; url?: string; openingHours?: string } | null;
}

/**
 * A public service (issue #14) of a public administration, its competent authority, described with CPSV-AP's
 * core. Soft-deleted like processes; every change is a new `version` with its revision kept.
 */
export const publicService = pgTable(
  "public_service",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organization.id),
    /** The administration's own identifier (dct:identifier); null means the service's id. */
    identifier: text("identifier"),
    name: jsonb("name").$type<Translated>().notNull(),
    description: jsonb("description").$type<Translated>().notNull(),
    keywords: jsonb("keywords").$type<string[]>().notNull().default([]),
    thematicAreas: text("thematic_areas").array().notNull().default(sql`'{}'`),
    sectors: text("sectors").array().notNull().default(sql`'{}'`),
    status: text("status").$type<ServiceStatus>(),
    details: jsonb("details").$type<PublicServiceDetails>().notNull(),
    visibility: text("visibility").$type<Visibility>().notNull(),
    /** For an imported service: the IRI it had in the file it came from. */
    importedFrom: text("imported_from"),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by")
      .notNull()
      .references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    searchDocument: tsvector("search_document")
      .notNull()
      .generatedAlwaysAs(
        sql`${searchText("name")} || ${sql.raw(
          `setweight(jsonb_to_tsvector('simple', keywords, '["string"]'), 'A') || ` +
            `setweight(to_tsvector('english', coalesce(description->>'en', '')), 'B') || ` +
            `setweight(to_tsvector('spanish', coalesce(description->>'es', '')), 'B') || ` +
            `setweight(to_tsvector('italian', coalesce(description->>'it', '')), 'B') || ` +
            `setweight(to_tsvector('simple', coalesce(description->>'lv', '')), 'B')`,
        )}`,
      ),
  },
  (table) => [
    index("public_service_listing_idx").on(table.id.desc()).where(sql`${table.deletedAt} is null`),
    index("public_service_organization_idx").on(table.organizationId, table.id.desc()),
    index("public_service_search_idx").using("gin", table.searchDocument),
    index("public_service_thematic_area_idx").using("gin", table.thematicAreas),
  ],
);

/** Each earlier state of a service, whole, with who changed it and which fields: the history readers see. */
export const publicServiceRevision = pgTable(
  "public_service_revision",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => publicService.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    /** The service as it was in this version (the API's described fields). */
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    fields: text("fields").array().notNull(),
    changedBy: text("changed_by").references(() => user.id, { onDelete: "set null" }),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.serviceId, table.version] })],
);

/** The co-production processes that improved a service. */
export const publicServiceProcess = pgTable(
  "public_service_process",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => publicService.id, { onDelete: "cascade" }),
    processId: uuid("process_id")
      .notNull()
      .references(() => process.id, { onDelete: "cascade" }),
  },
  (table) => [
    primaryKey({ columns: [table.serviceId, table.processId] }),
    index("public_service_process_process_idx").on(table.processId),
  ],
);

/** cv:relatedService between two services of this platform. */
export const publicServiceRelation = pgTable(
  "public_service_relation",
  {
    serviceId: uuid("service_id")
      .notNull()
      .references(() => publicService.id, { onDelete: "cascade" }),
    relatedId: uuid("related_id")
      .notNull()
      .references(() => publicService.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.serviceId, table.relatedId] })],
);

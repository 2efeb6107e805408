import { sql } from "drizzle-orm";
import { customType, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import type { InterlinkerFunction, InterlinkerNature } from "../../../common/coproduction.js";
import type { Language, Translated } from "../../../common/languages.js";
import { user } from "./auth.js";

export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Which PostgreSQL text-search configuration stems each language (Latvian has none: words are kept whole). */
export const searchText = (column: string) =>
  sql.raw(
    `setweight(to_tsvector('english', coalesce(${column}->>'en', '')), 'A') || ` +
      `setweight(to_tsvector('spanish', coalesce(${column}->>'es', '')), 'A') || ` +
      `setweight(to_tsvector('italian', coalesce(${column}->>'it', '')), 'A') || ` +
      `setweight(to_tsvector('simple', coalesce(${column}->>'lv', '')), 'A')`,
  );

export const problemProfile = pgTable("problem_profile", {
  id: text("id").primaryKey(),
  name: jsonb("name").$type<Translated>().notNull(),
  description: jsonb("description").$type<Translated>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A catalogue entry. Seeded and built-in entries have slug ids; remote ones get a UUID. */
export const interlinker = pgTable(
  "interlinker",
  {
    id: text("id").primaryKey(),
    nature: text("nature").$type<InterlinkerNature>().notNull(),
    name: jsonb("name").$type<Translated>().notNull(),
    description: jsonb("description").$type<Translated>().notNull(),
    instructions: jsonb("instructions").$type<Translated>().notNull().default({}),
    functions: text("functions").array().$type<InterlinkerFunction[]>().notNull().default(sql`'{}'`),
    problemProfiles: text("problem_profiles").array().notNull().default(sql`'{}'`),
    tags: text("tags").array().notNull().default(sql`'{}'`),
    licence: text("licence").notNull(),
    difficulty: text("difficulty").notNull(),
    administrativeScopes: text("administrative_scopes").array().notNull().default(sql`'{}'`),
    languages: text("languages").array().$type<Language[]>().notNull().default(sql`'{}'`),
    url: text("url"),
    /** For a knowledge interlinker: the software interlinker that opens its template. */
    softwareInterlinkerId: text("software_interlinker_id"),
    /**
     * For a knowledge interlinker: the template's content by language (English always there), as the software
     * interlinker takes it.
     */
    template: jsonb("template").$type<Translated>(),
    /** `seed` and `builtin` entries are kept up to date on upgrade; `remote` ones are registered by administrators. */
    origin: text("origin").$type<"seed" | "builtin" | "remote">().notNull(),
    /** For a remote software interlinker: the base URL of the service speaking the INTERLINK asset protocol. */
    serviceUrl: text("service_url"),
    searchDocument: tsvector("search_document")
      .notNull()
      .generatedAlwaysAs(
        sql`${searchText("name")} || ${sql.raw(
          `setweight(to_tsvector('english', coalesce(description->>'en', '')), 'B') || ` +
            `setweight(to_tsvector('spanish', coalesce(description->>'es', '')), 'B') || ` +
            `setweight(to_tsvector('italian', coalesce(description->>'it', '')), 'B') || ` +
            `setweight(to_tsvector('simple', coalesce(description->>'lv', '')), 'B')`,
        )}`,
      ),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("interlinker_search_idx").using("gin", table.searchDocument),
    index("interlinker_problem_profiles_idx").using("gin", table.problemProfiles),
  ],
);

/** One rating per person and interlinker, changeable. */
export const interlinkerRating = pgTable(
  "interlinker_rating",
  {
    interlinkerId: text("interlinker_id")
      .notNull()
      .references(() => interlinker.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    stars: integer("stars").notNull(),
    text: text("text").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.interlinkerId, table.userId] })],
);

/** A reusable tree template; `tree` holds phases → objectives → tasks as the seed describes them. */
export const processSchema = pgTable("process_schema", {
  id: text("id").primaryKey(),
  name: jsonb("name").$type<Translated>().notNull(),
  description: jsonb("description").$type<Translated>().notNull(),
  tags: text("tags").array().notNull().default(sql`'{}'`),
  tree: jsonb("tree").$type<SchemaTree>().notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export interface SchemaTreeNode {
  key: string;
  name: Translated;
  description: Translated;
  problemProfiles?: string[];
  prerequisites?: string[];
  /** A phase the administration delivers with the builders (G2C's gate): seed `coDelivery`. */
  coDelivery?: boolean;
  children?: SchemaTreeNode[];
}
export type SchemaTree = SchemaTreeNode[];

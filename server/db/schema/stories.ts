import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { ItemStatus, ItemType } from "../../../common/coproduction.js";
import type { Language, Translated } from "../../../common/languages.js";
import { uuidv7 } from "../ids.js";
import { user } from "./auth.js";
import { tsvector } from "./catalogue.js";
import { bytes, type ItemTranslations, process } from "./processes.js";
import { publicService } from "./publicServices.js";

export const storyStatuses = ["awaiting_consent", "published", "unpublished"] as const;
export type StoryStatus = (typeof storyStatuses)[number];

/** What was done in one phase of the process, in the publisher's words. */
export interface StoryPhase {
  itemId: string;
  text: Translated;
}

/**
 * One item of the process's tree as it stood when the story was published: what a reader sees of the structure
 * and what "reuse this story" copies. A snapshot, not a live read: the process may be private, and the story shows
 * only what its publishers chose to show at that moment (see server/modules/stories/service.ts).
 */
export interface StoryItem {
  ref: string;
  parentRef: string | null;
  type: ItemType;
  name: string;
  description: string;
  translations?: ItemTranslations;
  position: number;
  status: ItemStatus;
  prerequisites: string[];
  problemProfiles: string[];
  coDelivery?: boolean;
}

/** A side's consent to publish, where the process's rulebook asks for two keys (G+G). */
export interface StoryConsent {
  side: number;
  userId: string;
  at: string;
}

/**
 * The story of a co-production process (issue #14): one per process, published where the rulebook's `publish`
 * permits, unpublished without losing its address (it answers 410 from then on).
 */
export const story = pgTable(
  "story",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    processId: uuid("process_id")
      .notNull()
      .unique()
      .references(() => process.id, { onDelete: "cascade" }),
    status: text("status").$type<StoryStatus>().notNull(),
    language: text("language").$type<Language>().notNull(),
    title: jsonb("title").$type<Translated>().notNull(),
    problem: jsonb("problem").$type<Translated>().notNull(),
    phases: jsonb("phases").$type<StoryPhase[]>().notNull().default([]),
    outcomes: jsonb("outcomes").$type<Translated>().notNull(),
    lessons: jsonb("lessons").$type<Translated>().notNull(),
    keywords: jsonb("keywords").$type<string[]>().notNull().default([]),
    publicServiceId: uuid("public_service_id").references(() => publicService.id, { onDelete: "set null" }),
    shownAssetIds: jsonb("shown_asset_ids").$type<string[]>().notNull().default([]),
    structure: jsonb("structure").$type<StoryItem[]>().notNull().default([]),
    /** Two keys: the consents given to the content as it stands; emptied whenever that content changes. */
    consents: jsonb("consents").$type<StoryConsent[]>().notNull().default([]),
    publishedBy: text("published_by").references(() => user.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    unpublishedAt: timestamp("unpublished_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    searchDocument: tsvector("search_document")
      .notNull()
      .generatedAlwaysAs(
        sql.raw(
          ["title", "problem", "outcomes", "lessons"]
            .flatMap((column, index) => {
              const weight = index === 0 ? "A" : index === 1 ? "B" : "C";
              return [
                `setweight(to_tsvector('english', coalesce(${column}->>'en', '')), '${weight}')`,
                `setweight(to_tsvector('spanish', coalesce(${column}->>'es', '')), '${weight}')`,
                `setweight(to_tsvector('italian', coalesce(${column}->>'it', '')), '${weight}')`,
                `setweight(to_tsvector('simple', coalesce(${column}->>'lv', '')), '${weight}')`,
              ];
            })
            .concat([`setweight(jsonb_to_tsvector('simple', keywords, '["string"]'), 'A')`])
            .join(" || "),
        ),
      ),
  },
  (table) => [
    index("story_published_idx")
      .on(table.publishedAt.desc(), table.id.desc())
      .where(sql`${table.status} = 'published'`),
    index("story_search_idx").using("gin", table.searchDocument),
  ],
);

/** A story's cover image, re-encoded as the process cover is (server/modules/processes/image.ts). */
export const storyImage = pgTable("story_image", {
  storyId: uuid("story_id")
    .primaryKey()
    .references(() => story.id, { onDelete: "cascade" }),
  bytes: bytes("bytes").notNull(),
  etag: text("etag").notNull(),
  alt: text("alt").notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One rating per signed-in person and story, changeable. */
export const storyRating = pgTable(
  "story_rating",
  {
    storyId: uuid("story_id")
      .notNull()
      .references(() => story.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    stars: integer("stars").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.storyId, table.userId] })],
);

/** Someone who took part and asked to be named in the story: named only by their own consent, withdrawn by it. */
export const storyCredit = pgTable(
  "story_credit",
  {
    storyId: uuid("story_id")
      .notNull()
      .references(() => story.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.storyId, table.userId] })],
);

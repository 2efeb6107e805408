import { createHash } from "node:crypto";
import { and, asc, desc, eq, getTableColumns, gt, inArray, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";
import { fallbackLanguage, type Language, languages, type Translated } from "../../../common/languages.js";
import type { Database } from "../../db/client.js";
import { uuidv7 } from "../../db/ids.js";
import {
  interlinker,
  interlinkerRating,
  problemProfile,
  processSchema,
  type SchemaTree,
} from "../../db/schema/index.js";
import { anyLanguageQuery, qualified } from "../../db/sql.js";
import { decodeCursor, encodeCursor } from "../../http/pagination.js";
import { notFound } from "../../http/problem.js";
import type { InterlinkerManifest } from "../../interlinkers/registry.js";
import { getUserSummaries } from "../accounts/service.js";
import { readSetting, writeSetting } from "../platform/service.js";
import type { interlinkerListQuery } from "./schema.js";
import { externalInterlinkers, knowledgeInterlinkers } from "./seed/interlinkers.js";
import { problemProfiles as seedProblemProfiles } from "./seed/problem-profiles.js";
import { schemas as seedSchemas } from "./seed/schemas.js";
import type { SeedInterlinker, SeedSchema } from "./seed/types.js";

// ---------------------------------------------------------------------------------------------------------------
// Sync: the seed catalogue and the built-in interlinkers' entries, at every start

/** Bump when the way seed content becomes rows changes, so installs with an unchanged seed still re-sync. */
const catalogueFormat = 2;
const versionKey = "catalogue_version";

type InterlinkerInsert = typeof interlinker.$inferInsert;

function seedInterlinkerRow(seed: SeedInterlinker): InterlinkerInsert {
  return {
    id: seed.id,
    nature: seed.nature,
    name: seed.name,
    description: seed.description,
    instructions: seed.instructions,
    functions: seed.functions,
    problemProfiles: seed.problemProfiles,
    tags: seed.tags,
    licence: seed.licence,
    difficulty: seed.difficulty,
    administrativeScopes: seed.administrativeScope,
    languages: seed.languages,
    url: seed.url ?? null,
    softwareInterlinkerId: seed.softwareInterlinkerId ?? null,
    template: seed.template ?? null,
    origin: "seed",
    serviceUrl: null,
  };
}

function builtinInterlinkerRow(manifest: InterlinkerManifest): InterlinkerInsert {
  return {
    id: manifest.id,
    nature: "software",
    name: manifest.name,
    description: manifest.description,
    instructions: manifest.instructions,
    functions: manifest.functions,
    problemProfiles: manifest.problemProfiles,
    tags: manifest.tags,
    licence: manifest.licence,
    difficulty: manifest.difficulty,
    administrativeScopes: manifest.administrativeScopes,
    languages: manifest.languages,
    url: null,
    softwareInterlinkerId: null,
    template: null,
    origin: "builtin",
    serviceUrl: null,
  };
}

/** The seed's phases → objectives → tasks as tree nodes keyed by the seed's ids. */
export function schemaTreeOf(seed: SeedSchema): SchemaTree {
  return seed.phases.map((phase) => ({
    key: phase.id,
    name: phase.name,
    description: phase.description,
    prerequisites: phase.prerequisites,
    ...(phase.coDelivery ? { coDelivery: true } : {}),
    children: phase.objectives.map((objective) => ({
      key: objective.id,
      name: objective.name,
      description: objective.description,
      children: objective.tasks.map((task) => ({
        key: task.id,
        name: task.name,
        description: task.description,
        problemProfiles: task.problemProfiles,
      })),
    })),
  }));
}

let seedFingerprint: string | undefined;

/** A hash of everything sync writes: equal hashes mean the database already holds this catalogue. */
function catalogueVersion(builtins: InterlinkerManifest[]): string {
  seedFingerprint ??= JSON.stringify([seedProblemProfiles, knowledgeInterlinkers, externalInterlinkers, seedSchemas]);
  return createHash("sha256")
    .update(`${catalogueFormat}\n${seedFingerprint}\n${JSON.stringify(builtins.map(builtinInterlinkerRow))}`)
    .digest("base64url");
}

const excluded = (column: PgColumn): SQL => sql`excluded.${sql.identifier(column.name)}`;

/** Upsert set-clause taking each column from the proposed row. */
const fromExcluded = (columns: Record<string, PgColumn>) =>
  Object.fromEntries(Object.entries(columns).map(([key, column]) => [key, excluded(column)]));

/** True when the proposed row differs from the stored one, so unchanged rows are left alone (and keep updatedAt). */
const differs = (columns: Record<string, PgColumn>): SQL => {
  const list = Object.values(columns);
  return sql`(${sql.join(list.map(qualified), sql`, `)}) is distinct from (${sql.join(list.map(excluded), sql`, `)})`;
};

/**
 * Loads the seed problem profiles, interlinkers and schemas and the built-in interlinkers' entries, and refreshes
 * the ones an upgrade changed. Runs at every start: when the stored catalogue version matches, it is one read.
 * Removes nothing, and never touches ratings or what people registered (remote interlinkers).
 */
export async function syncCatalogue(db: Database, options: { builtins: InterlinkerManifest[] }): Promise<void> {
  const version = catalogueVersion(options.builtins);
  if ((await readSetting(db, versionKey)) === version) return;

  const interlinkerRows = [
    ...knowledgeInterlinkers.map(seedInterlinkerRow),
    ...externalInterlinkers.map(seedInterlinkerRow),
    ...options.builtins.map(builtinInterlinkerRow),
  ];
  const ids = interlinkerRows.map((row) => row.id);
  const clash = ids.find((id, index) => ids.indexOf(id) !== index);
  if (clash) throw new Error(`Two catalogue interlinkers have the id "${clash}" (seed or built-in manifests).`);

  const profileColumns = { name: problemProfile.name, description: problemProfile.description };
  const interlinkerColumns = {
    nature: interlinker.nature,
    name: interlinker.name,
    description: interlinker.description,
    instructions: interlinker.instructions,
    functions: interlinker.functions,
    problemProfiles: interlinker.problemProfiles,
    tags: interlinker.tags,
    licence: interlinker.licence,
    difficulty: interlinker.difficulty,
    administrativeScopes: interlinker.administrativeScopes,
    languages: interlinker.languages,
    url: interlinker.url,
    softwareInterlinkerId: interlinker.softwareInterlinkerId,
    template: interlinker.template,
    origin: interlinker.origin,
    serviceUrl: interlinker.serviceUrl,
  };
  const schemaColumns = {
    name: processSchema.name,
    description: processSchema.description,
    tags: processSchema.tags,
    tree: processSchema.tree,
  };

  await db.transaction(async (tx) => {
    await tx
      .insert(problemProfile)
      .values(seedProblemProfiles.map(({ id, name, description }) => ({ id, name, description })))
      .onConflictDoUpdate({
        target: problemProfile.id,
        set: { ...fromExcluded(profileColumns), updatedAt: sql`now()` },
        setWhere: differs(profileColumns),
      });
    await tx
      .insert(interlinker)
      .values(interlinkerRows)
      .onConflictDoUpdate({
        target: interlinker.id,
        set: { ...fromExcluded(interlinkerColumns), updatedAt: sql`now()` },
        // A remote interlinker is someone's registration: an id clash must never overwrite it.
        setWhere: and(sql`${qualified(interlinker.origin)} in ('seed', 'builtin')`, differs(interlinkerColumns)),
      });
    await tx
      .insert(processSchema)
      .values(
        seedSchemas.map((seed) => ({
          id: seed.id,
          name: seed.name,
          description: seed.description,
          tags: seed.tags,
          tree: schemaTreeOf(seed),
        })),
      )
      .onConflictDoUpdate({
        target: processSchema.id,
        set: { ...fromExcluded(schemaColumns), updatedAt: sql`now()` },
        setWhere: differs(schemaColumns),
      });
    await writeSetting(tx, versionKey, version);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Interlinkers: search, read, recommend

export interface RatingSummary {
  average: number | null;
  count: number;
}

export interface LoadedInterlinker {
  row: {
    id: string;
    nature: InterlinkerRow["nature"];
    name: InterlinkerRow["name"];
    description: InterlinkerRow["description"];
    instructions: InterlinkerRow["instructions"];
    functions: InterlinkerRow["functions"];
    problemProfiles: string[];
    tags: string[];
    licence: string;
    difficulty: string;
    administrativeScopes: string[];
    languages: InterlinkerRow["languages"];
    url: string | null;
    softwareInterlinkerId: string | null;
    hasTemplate: boolean;
    /** The languages its template is in, English first; empty without a template. */
    templateLanguages: Language[];
  };
  rating: RatingSummary;
}

export type InterlinkerRow = Omit<typeof interlinker.$inferSelect, "searchDocument">;

/** The name lists sort by: English, else whichever language the entry has. */
const sortName = sql<string>`lower(coalesce(${qualified(interlinker.name)}->>'en', ${qualified(interlinker.name)}->>'es', ${qualified(interlinker.name)}->>'it', ${qualified(interlinker.name)}->>'lv', ''))`;

/**
 * Interlinkers with their rating summary, aggregated on read from the ratings (one index range per interlinker),
 * never from stored counters that could drift.
 */
function selectInterlinkers(db: Database) {
  const summary = db
    .select({
      average: sql<number | null>`round(avg(${interlinkerRating.stars}), 1)::float8`.as("rating_average"),
      count: sql<number>`count(*)::int`.as("rating_count"),
    })
    .from(interlinkerRating)
    .where(sql`${interlinkerRating.interlinkerId} = ${qualified(interlinker.id)}`)
    .as("rating_summary");
  const query = db
    .select({
      id: interlinker.id,
      nature: interlinker.nature,
      name: interlinker.name,
      description: interlinker.description,
      instructions: interlinker.instructions,
      functions: interlinker.functions,
      problemProfiles: interlinker.problemProfiles,
      tags: interlinker.tags,
      licence: interlinker.licence,
      difficulty: interlinker.difficulty,
      administrativeScopes: interlinker.administrativeScopes,
      languages: interlinker.languages,
      url: interlinker.url,
      softwareInterlinkerId: interlinker.softwareInterlinkerId,
      hasTemplate: sql<boolean>`(${qualified(interlinker.template)} is not null)`.mapWith(Boolean),
      templateLanguages: sql<
        string[]
      >`array(select jsonb_object_keys(coalesce(${qualified(interlinker.template)}, '{}'::jsonb)))`,
      ratingAverage: summary.average,
      ratingCount: summary.count,
      sortName,
    })
    .from(interlinker)
    .leftJoinLateral(summary, sql`true`);
  return { query, averageRating: summary.average };
}

type SelectedInterlinker = Awaited<ReturnType<ReturnType<typeof selectInterlinkers>["query"]["execute"]>>[number];

function toLoaded({
  ratingAverage,
  ratingCount,
  sortName: _sortName,
  templateLanguages,
  ...row
}: SelectedInterlinker): LoadedInterlinker {
  return {
    row: { ...row, templateLanguages: languages.filter((language) => (templateLanguages ?? []).includes(language)) },
    rating: { average: ratingAverage === null ? null : Number(ratingAverage), count: Number(ratingCount ?? 0) },
  };
}

const preparedReads = new WeakMap<Database, ReturnType<typeof prepareReads>>();

function prepareReads(db: Database) {
  const nature = sql.placeholder("nature");
  const fn = sql.placeholder("function");
  const profile = sql.placeholder("problemProfile");
  const language = sql.placeholder("language");
  const filters = [
    sql`(${nature}::text is null or ${qualified(interlinker.nature)} = ${nature}::text)`,
    sql`(${fn}::text is null or ${qualified(interlinker.functions)} @> array[${fn}::text])`,
    sql`(${profile}::text is null or ${qualified(interlinker.problemProfiles)} @> array[${profile}::text])`,
    sql`(${language}::text is null or ${qualified(interlinker.languages)} @> array[${language}::text])`,
  ];

  const byId = selectInterlinkers(db)
    .query.where(eq(interlinker.id, sql.placeholder("id")))
    .prepare("interlinker_by_id");

  const afterName = sql.placeholder("afterName");
  const afterId = sql.placeholder("afterId");
  const listByName = selectInterlinkers(db)
    .query.where(
      and(
        ...filters,
        sql`(${afterName}::text is null or (${sortName}, ${qualified(interlinker.id)}) > (${afterName}::text, ${afterId}::text))`,
      ),
    )
    .orderBy(sortName, asc(interlinker.id))
    .limit(sql.placeholder("limit"))
    .prepare("interlinker_list_by_name");

  const words = anyLanguageQuery(sql.placeholder("q"));
  const search = selectInterlinkers(db)
    .query.where(and(...filters, sql`${qualified(interlinker.searchDocument)} @@ ${words}`))
    .orderBy(desc(sql`ts_rank(${qualified(interlinker.searchDocument)}, ${words})`), asc(interlinker.id))
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .prepare("interlinker_search");

  return { byId, listByName, search };
}

function readsFor(db: Database) {
  let reads = preparedReads.get(db);
  if (!reads) {
    reads = prepareReads(db);
    preparedReads.set(db, reads);
  }
  return reads;
}

// Where the next page starts: sorted by name it is the last item's sort key and id (stable while entries are
// added); ranked by relevance it is an offset.
const nameCursor = z.tuple([z.literal("name"), z.string().max(1000), z.string().max(100)]);
const offsetCursor = z.tuple([z.literal("offset"), z.int().min(1).max(100_000)]);

export async function listInterlinkers(
  db: Database,
  query: z.infer<typeof interlinkerListQuery>,
): Promise<{ items: LoadedInterlinker[]; nextCursor: string | null }> {
  const reads = readsFor(db);
  const filters = {
    nature: query.nature ?? null,
    function: query.function ?? null,
    problemProfile: query.problemProfile ?? null,
    language: query.language ?? null,
    limit: query.limit + 1,
  };
  if (query.q !== undefined) {
    const offset = decodeCursor(query.cursor, offsetCursor)?.[1] ?? 0;
    const rows = await reads.search.execute({ ...filters, q: query.q, offset });
    const items = rows.slice(0, query.limit).map(toLoaded);
    return {
      items,
      nextCursor: rows.length > query.limit ? encodeCursor(["offset", offset + query.limit]) : null,
    };
  }
  const after = decodeCursor(query.cursor, nameCursor);
  const rows = await reads.listByName.execute({
    ...filters,
    afterName: after?.[1] ?? null,
    afterId: after?.[2] ?? null,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toLoaded),
    nextCursor: rows.length > query.limit && last ? encodeCursor(["name", last.sortName, last.id]) : null,
  };
}

export async function findInterlinker(db: Database, interlinkerId: string): Promise<LoadedInterlinker | undefined> {
  const [row] = await readsFor(db).byId.execute({ id: interlinkerId });
  return row && toLoaded(row);
}

export async function getInterlinker(db: Database, interlinkerId: string): Promise<LoadedInterlinker> {
  const found = await findInterlinker(db, interlinkerId);
  if (!found) throw notFound("interlinker");
  return found;
}

/**
 * Interlinkers that address a task's problems: most shared problem profiles first, then best rated, then by id.
 * Only those sharing at least one profile.
 */
export async function recommendInterlinkers(
  db: Database,
  options: { problemProfiles: string[]; limit: number },
): Promise<LoadedInterlinker[]> {
  const wanted = [...new Set(options.problemProfiles)];
  if (wanted.length === 0 || options.limit < 1) return [];
  const profiles = sql`array[${sql.join(
    wanted.map((id) => sql`${id}::text`),
    sql`, `,
  )}]`;
  const shared = sql`cardinality(array(select unnest(${qualified(interlinker.problemProfiles)}) intersect select unnest(${profiles})))`;
  const { query, averageRating } = selectInterlinkers(db);
  const rows = await query
    .where(sql`${qualified(interlinker.problemProfiles)} && ${profiles}`)
    .orderBy(desc(shared), sql`${averageRating} desc nulls last`, asc(interlinker.id))
    .limit(options.limit);
  return rows.map(toLoaded);
}

// ---------------------------------------------------------------------------------------------------------------
// Ratings: one per person and interlinker

export async function findRating(
  db: Database,
  options: { interlinkerId: string; userId: string },
): Promise<{ stars: number; text: string } | undefined> {
  const [row] = await db
    .select({ stars: interlinkerRating.stars, text: interlinkerRating.text })
    .from(interlinkerRating)
    .where(
      and(eq(interlinkerRating.interlinkerId, options.interlinkerId), eq(interlinkerRating.userId, options.userId)),
    );
  return row;
}

/** Creates the person's rating of an interlinker, or replaces the one they gave before. */
export async function rateInterlinker(
  db: Database,
  options: { interlinkerId: string; userId: string; stars: number; text?: string },
): Promise<void> {
  const text = options.text ?? "";
  await db
    .insert(interlinkerRating)
    .values({ interlinkerId: options.interlinkerId, userId: options.userId, stars: options.stars, text })
    .onConflictDoUpdate({
      target: [interlinkerRating.interlinkerId, interlinkerRating.userId],
      set: { stars: options.stars, text, updatedAt: sql`now()` },
    });
}

export async function deleteRating(db: Database, options: { interlinkerId: string; userId: string }): Promise<void> {
  const removed = await db
    .delete(interlinkerRating)
    .where(
      and(eq(interlinkerRating.interlinkerId, options.interlinkerId), eq(interlinkerRating.userId, options.userId)),
    )
    .returning({ userId: interlinkerRating.userId });
  if (removed.length === 0) throw notFound("rating");
}

export interface RatingWithRater {
  user: { id: string; name: string };
  stars: number;
  text: string;
  createdAt: Date;
  updatedAt: Date;
}

// Newest first by last change; the cursor keeps the exact (microsecond) time as PostgreSQL writes it, since a
// JavaScript Date would round it to milliseconds and skip or repeat ratings at a page boundary.
const ratingCursor = z.tuple([z.literal("rating"), z.iso.datetime({ offset: true }), z.string().min(1).max(100)]);

export async function listRatings(
  db: Database,
  options: { interlinkerId: string; limit: number; cursor?: string },
): Promise<{ items: RatingWithRater[]; nextCursor: string | null }> {
  const after = decodeCursor(options.cursor, ratingCursor);
  const exactTime = sql<string>`to_char(${interlinkerRating.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  const rows = await db
    .select({
      userId: interlinkerRating.userId,
      stars: interlinkerRating.stars,
      text: interlinkerRating.text,
      createdAt: interlinkerRating.createdAt,
      updatedAt: interlinkerRating.updatedAt,
      exactTime,
    })
    .from(interlinkerRating)
    .where(
      and(
        eq(interlinkerRating.interlinkerId, options.interlinkerId),
        after
          ? sql`(${interlinkerRating.updatedAt}, ${interlinkerRating.userId}) < (${after[1]}::timestamptz, ${after[2]}::text)`
          : undefined,
      ),
    )
    .orderBy(desc(interlinkerRating.updatedAt), desc(interlinkerRating.userId))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const users = await getUserSummaries(
    db,
    page.map((row) => row.userId),
  );
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      user: { id: row.userId, name: users.get(row.userId)?.name ?? "" },
      stars: row.stars,
      text: row.text,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    })),
    nextCursor: rows.length > options.limit && last ? encodeCursor(["rating", last.exactTime, last.userId]) : null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Entries registered at run time (remote interlinkers, by the remote-interlinkers module). Only `remote` entries
// are read and written here: seed and built-in ones belong to the sync above.

export type CatalogueEntryRow = InterlinkerRow;
/** What a registration says about its entry; the catalogue gives the id and the origin. */
export type CatalogueEntryValues = Omit<
  InterlinkerInsert,
  "id" | "origin" | "searchDocument" | "createdAt" | "updatedAt"
>;

// Every column but the search document, which only the catalogue's search reads.
const { searchDocument: _searchDocument, ...entryColumns } = getTableColumns(interlinker);
const isRegistered = eq(interlinker.origin, "remote");

/** A registered entry by id or by its service's exact base address; undefined also for seed and built-in ids. */
export async function findCatalogueEntry(
  db: Database,
  options: { id: string } | { serviceUrl: string },
): Promise<CatalogueEntryRow | undefined> {
  const [row] = await db
    .select(entryColumns)
    .from(interlinker)
    .where(
      and(
        isRegistered,
        "id" in options ? eq(interlinker.id, options.id) : eq(interlinker.serviceUrl, options.serviceUrl),
      ),
    );
  return row;
}

/** Registered entries oldest first (registration order), paged by id; all of them without a limit. */
export async function listCatalogueEntries(
  db: Database,
  options: { limit?: number; after?: string } = {},
): Promise<CatalogueEntryRow[]> {
  const query = db
    .select(entryColumns)
    .from(interlinker)
    .where(and(isRegistered, options.after ? gt(interlinker.id, options.after) : undefined))
    .orderBy(asc(interlinker.id));
  return options.limit === undefined ? query : query.limit(options.limit);
}

export async function registerCatalogueEntry(
  db: Database,
  options: { values: CatalogueEntryValues },
): Promise<CatalogueEntryRow> {
  const [row] = await db
    .insert(interlinker)
    .values({ ...options.values, id: uuidv7(), origin: "remote" })
    .returning(entryColumns);
  return row!;
}

/** Changes a registered entry; undefined when there is no such entry. */
export async function updateCatalogueEntry(
  db: Database,
  options: { id: string; changes: Partial<CatalogueEntryValues> },
): Promise<CatalogueEntryRow | undefined> {
  const [row] = await db
    .update(interlinker)
    .set({ ...options.changes, updatedAt: new Date() })
    .where(and(eq(interlinker.id, options.id), isRegistered))
    .returning(entryColumns);
  return row;
}

/**
 * Removes a registered entry and its ratings. Assets made with it hold it through their foreign key: removing one
 * still in use fails with PostgreSQL's foreign key violation (23503), for the caller to turn into its refusal.
 */
export async function removeCatalogueEntry(db: Database, options: { id: string }): Promise<void> {
  // Inside a caller's transaction this is a savepoint, so the refused delete leaves that transaction usable.
  await db.transaction(async (tx) => {
    await tx.delete(interlinker).where(and(eq(interlinker.id, options.id), isRegistered));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Problem profiles and schemas

export type ProblemProfileRow = typeof problemProfile.$inferSelect;
export type ProcessSchemaRow = typeof processSchema.$inferSelect;

/** Those of these problem profile ids that name no profile, in the order given. */
export async function findUnknownProblemProfiles(db: Database, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const known = await db
    .select({ id: problemProfile.id })
    .from(problemProfile)
    .where(inArray(problemProfile.id, [...ids]));
  const knownIds = new Set(known.map((row) => row.id));
  return ids.filter((id) => !knownIds.has(id));
}

export async function listProblemProfiles(db: Database): Promise<ProblemProfileRow[]> {
  return db
    .select()
    .from(problemProfile)
    .orderBy(sql`lower(coalesce(${problemProfile.name}->>'en', ''))`, asc(problemProfile.id));
}

/** Schemas without their trees; the platform's default schema first, then by English name. */
export async function listSchemas(db: Database): Promise<Omit<ProcessSchemaRow, "tree">[]> {
  return db
    .select({
      id: processSchema.id,
      name: processSchema.name,
      description: processSchema.description,
      tags: processSchema.tags,
      createdAt: processSchema.createdAt,
      updatedAt: processSchema.updatedAt,
    })
    .from(processSchema)
    .orderBy(
      sql`${processSchema.id} = 'default' desc`,
      sql`lower(coalesce(${processSchema.name}->>'en', ''))`,
      asc(processSchema.id),
    );
}

export async function findSchema(db: Database, schemaId: string): Promise<ProcessSchemaRow | undefined> {
  const [row] = await db.select().from(processSchema).where(eq(processSchema.id, schemaId));
  return row;
}

export async function getSchema(db: Database, schemaId: string): Promise<ProcessSchemaRow> {
  const found = await findSchema(db, schemaId);
  if (!found) throw notFound("schema");
  return found;
}

/** A knowledge interlinker's template by language, for the software interlinker that copies it into a new asset. */
export async function findInterlinkerTemplate(db: Database, interlinkerId: string): Promise<Translated | null> {
  const [row] = await db
    .select({ template: interlinker.template })
    .from(interlinker)
    .where(eq(interlinker.id, interlinkerId));
  return row?.template ?? null;
}

/**
 * Which language a template is copied in: the one asked for, else the process's, else English (a template always
 * has English), else any it has.
 */
export function templateLanguageFor(
  template: Translated,
  options: { wanted?: Language; processLanguage: Language },
): Language {
  const has = (language: Language) => Boolean(template[language]?.trim());
  const candidates = [options.wanted, options.processLanguage, fallbackLanguage];
  return (
    candidates.find((language): language is Language => language !== undefined && has(language)) ??
    languages.find(has) ??
    fallbackLanguage
  );
}

import { and, avg, count, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { ActorType } from "../../../common/actors.js";
import type { Translated } from "../../../common/languages.js";
import type { Database } from "../../db/client.js";
import {
  type StoryConsent,
  type StoryItem,
  type StoryPhase,
  story,
  storyCredit,
  storyImage,
  storyRating,
} from "../../db/schema/index.js";
import { anyLanguageQuery, qualified } from "../../db/sql.js";
import { decodeCursor, encodeCursor } from "../../http/pagination.js";
import { type FieldError, invalid, notFound } from "../../http/problem.js";
import type { Actor, MaybeActor, StorySubject } from "../../policies/index.js";
import { processRules, sidesOf } from "../../policies/rulebook.js";
import { getUserSummaries } from "../accounts/service.js";
import { actedInProcess, appendActivity, canonicalJson, listActivityOfActions } from "../activity/service.js";
import { type AssetRow, cloneAsset, listProcessAssets } from "../assets/service.js";
import { notify } from "../notifications/emit.js";
import { loadProcessAccess, type ProcessAccess, type ProcessTree } from "../processes/access.js";
import { presetGates, writeGates } from "../processes/gates.js";
import { readProcessPeople } from "../processes/grants.js";
import { encodeCover } from "../processes/image.js";
import { lockProcess } from "../processes/lock.js";
import { presetRules, writeRules } from "../processes/rulebook.js";
import { administratorAccess, insertItems, insertProcess, portableItems } from "../processes/service.js";
import { loadServicesImprovedBy, loadVisibleServices } from "../public-services/service.js";
import { RemoteCopies } from "../remote-interlinkers/service.js";
import { visibleAssets } from "../reuse/service.js";
import { describeTeams } from "../teams/service.js";
import type { StoryPublish, StoryUpdate } from "./schema.js";

export type StoryRow = typeof story.$inferSelect;

/** A story with its process's standing for the actor (null once the process is deleted) and the policy subject. */
export interface LoadedStory {
  row: StoryRow;
  access: ProcessAccess | null;
  subject: StorySubject;
}

/** The page a story opens at: its canonical address, what its notification opens too. */
export const storyUrl = (storyId: string) => `/stories/${storyId}`;

async function subjectOf(
  db: Database,
  actor: MaybeActor,
  row: StoryRow,
  access: ProcessAccess | null,
): Promise<StorySubject> {
  const standing = access?.subject;
  let tookPart = Boolean(standing && (standing.actorIsAdministrator || standing.actorHasAnyGrant));
  if (!tookPart && actor && access) {
    tookPart = await actedInProcess(db, { processId: row.processId, actorId: actor.userId });
  }
  return { kind: "story", status: row.status, process: standing ?? null, actorTookPart: tookPart };
}

/** A story by id with the actor's standing; 404 when there is none (routes decide between 404 and 410). */
export async function loadStory(db: Database, actor: MaybeActor, storyId: string): Promise<LoadedStory> {
  const [row] = await db.select().from(story).where(eq(story.id, storyId));
  if (!row) throw notFound("story");
  const access = await loadProcessAccess(db, actor, row.processId).catch(() => null);
  return { row, access, subject: await subjectOf(db, actor, row, access) };
}

export async function findStoryOfProcess(db: Database, processId: string): Promise<StoryRow | undefined> {
  const [row] = await db.select().from(story).where(eq(story.processId, processId));
  return row;
}

/** The story if it is published, else null: what a story's notification checks when it is delivered. */
export async function findPublishedStory(db: Database, storyId: string): Promise<StoryRow | null> {
  const [row] = await db.select().from(story).where(eq(story.id, storyId));
  return row?.status === "published" ? row : null;
}

/** The story if it waits for a side's consent, else null: what its consent notice checks when delivered. */
export async function findStoryAwaitingConsent(db: Database, storyId: string): Promise<StoryRow | null> {
  const [row] = await db.select().from(story).where(eq(story.id, storyId));
  return row?.status === "awaiting_consent" ? row : null;
}

/** Whether the actor stands for one of the sides whose consent the story still waits for. */
export function standsForMissingSide(actor: Actor, access: Pick<ProcessAccess, "subject">, row: StoryRow): boolean {
  const rule = processRules(access.subject.governance?.rules ?? []).get("publish");
  const missing = new Set(missingConsents(access, row.consents).map((entry) => entry.side));
  return sidesOf(actor, rule, access.subject).some((side) => missing.has(side));
}

// ---------------------------------------------------------------------------------------------------------------
// Who took part, by kind

export interface Participation {
  type: ActorType;
  teams: number;
  people: number;
}

/**
 * Who took part as actor types with counts, from the teams holding grants in the process (never names): each team
 * counted once by its own type, and each of its members once per type.
 */
export async function participationOf(db: Database, processId: string): Promise<Participation[]> {
  const { grants, teamMembers } = await readProcessPeople(db, processId);
  const teamIds = [...new Set(grants.flatMap((entry) => (entry.teamId ? [entry.teamId] : [])))];
  const described = await describeTeams(db, teamIds);
  const byType = new Map<ActorType, { teams: number; people: Set<string> }>();
  for (const teamId of teamIds) {
    const found = described.get(teamId);
    if (!found) continue;
    const entry = byType.get(found.type) ?? { teams: 0, people: new Set<string>() };
    entry.teams++;
    for (const userId of teamMembers.get(teamId) ?? []) entry.people.add(userId);
    byType.set(found.type, entry);
  }
  return [...byType.entries()]
    .map(([type, entry]) => ({ type, teams: entry.teams, people: entry.people.size }))
    .sort((a, b) => a.type.localeCompare(b.type));
}

// ---------------------------------------------------------------------------------------------------------------
// The draft

interface DraftDecision {
  assetId: string;
  name: string;
  taskId: string | null;
  phaseId: string | null;
  outcome: string;
  closedAt: string;
}

const closedSummary = z.object({ after: z.object({ outcome: z.string() }).loose() }).loose();
const claimSummary = z.object({ after: z.object({ itemId: z.string() }).loose() }).loose();

/** The phase an item sits in, by walking up the tree. */
function phaseOf(tree: Pick<ProcessTree, "items">, itemId: string | null): string | null {
  const byId = new Map(tree.items.map((entry) => [entry.id, entry]));
  let current = itemId ? byId.get(itemId) : undefined;
  while (current && current.type !== "phase") current = current.parentId ? byId.get(current.parentId) : undefined;
  return current?.id ?? null;
}

/**
 * A draft of the story pulled from the process and its trail: the phases with their objectives, tasks and statuses,
 * the decisions closed with their outcomes (`decision.closed`), the contributions credited (`claim.approved`), each
 * phase's sign-off, and who took part by kind. Nobody is named: the draft is what the story may say in public.
 */
export async function draftStory(db: Database, options: { actor: MaybeActor; tree: ProcessTree }) {
  const { tree } = options;
  const [entries, assets, participants, existing] = await Promise.all([
    listActivityOfActions(db, tree.process.id, ["decision.closed", "claim.approved"]),
    visibleAssets(db, options.actor, tree),
    participationOf(db, tree.process.id),
    findStoryOfProcess(db, tree.process.id),
  ]);
  const assetsById = new Map(assets.map((row) => [row.id, row]));
  const decisions: DraftDecision[] = [];
  const approvedClaims = new Map<string, number>();
  for (const entry of entries) {
    if (entry.action === "claim.approved") {
      const parsed = claimSummary.safeParse(entry.summary);
      if (parsed.success) {
        const itemId = parsed.data.after.itemId;
        approvedClaims.set(itemId, (approvedClaims.get(itemId) ?? 0) + 1);
      }
      continue;
    }
    const parsed = closedSummary.safeParse(entry.summary);
    if (!parsed.success) continue;
    const found = assetsById.get(entry.targetId);
    decisions.push({
      assetId: entry.targetId,
      name: found?.name ?? "",
      taskId: found?.taskId ?? null,
      phaseId: phaseOf(tree, found?.taskId ?? null),
      outcome: parsed.data.after.outcome,
      closedAt: entry.createdAt.toISOString(),
    });
  }
  const children = (parentId: string) => tree.items.filter((entry) => entry.parentId === parentId);
  const language = tree.process.language;
  const phases = tree.items
    .filter((entry) => entry.type === "phase")
    .map((phase) => {
      const objectives = children(phase.id).map((objective) => ({
        id: objective.id,
        name: objective.name,
        status: objective.status,
        tasks: children(objective.id).map((task) => ({
          id: task.id,
          name: task.name,
          status: task.status,
          approvedClaims: approvedClaims.get(task.id) ?? 0,
        })),
      }));
      const finished = objectives.flatMap((objective) => objective.tasks).filter((task) => task.status === "finished");
      const decided = decisions.filter((decision) => decision.phaseId === phase.id);
      // A first wording in the process's language, for the publisher to rewrite: the finished tasks and decisions.
      const lines = [
        ...finished.map((task) => task.name),
        ...decided.map((decision) => `${decision.name}: ${decision.outcome}`),
      ];
      const previous = existing?.phases.find((entry) => entry.itemId === phase.id)?.text;
      return {
        itemId: phase.id,
        name: phase.name,
        status: phase.status,
        gate: tree.gates.get(phase.id)?.state ?? null,
        objectives,
        text: previous ?? (lines.length > 0 ? { [language]: lines.join("\n") } : {}),
      };
    });
  const services = await servicesOfProcess(db, options.actor, tree.process.id);
  return {
    processId: tree.process.id,
    storyId: existing?.id ?? null,
    language: existing?.language ?? language,
    title: existing?.title ?? { [language]: tree.process.name },
    problem: existing?.problem ?? (tree.process.aim ? { [language]: tree.process.aim } : {}),
    phases,
    decisions,
    participants,
    assets: assets.map((row) => ({ id: row.id, name: row.name, kind: row.kind, taskId: row.taskId })),
    publicServices: services,
  };
}

async function servicesOfProcess(db: Database, actor: MaybeActor, processId: string) {
  const visible = await loadServicesImprovedBy(db, actor, processId);
  return visible.map((loaded) => ({ id: loaded.row.id, name: loaded.row.name }));
}

// ---------------------------------------------------------------------------------------------------------------
// Publishing

/** What a story says: the fields its publishers consent to, compared whole. */
interface StoryContent {
  language: StoryRow["language"];
  title: Translated;
  problem: Translated;
  phases: StoryPhase[];
  outcomes: Translated;
  lessons: Translated;
  keywords: string[];
  publicServiceId: string | null;
  shownAssetIds: string[];
}

const contentOf = (row: StoryRow): StoryContent => ({
  language: row.language,
  title: row.title,
  problem: row.problem,
  phases: row.phases,
  outcomes: row.outcomes,
  lessons: row.lessons,
  keywords: row.keywords,
  publicServiceId: row.publicServiceId,
  shownAssetIds: row.shownAssetIds,
});

/**
 * The references a story makes checked against its process: phases of this process, assets of this process, a
 * service the publisher may see. One 422 naming every field that is wrong.
 */
async function checkReferences(
  db: Database,
  options: { actor: Actor; tree: ProcessTree; content: StoryContent },
): Promise<void> {
  const { tree, content } = options;
  const errors: FieldError[] = [];
  const phaseIds = new Set(tree.items.filter((entry) => entry.type === "phase").map((entry) => entry.id));
  const seen = new Set<string>();
  content.phases.forEach((entry, index) => {
    if (!phaseIds.has(entry.itemId)) {
      errors.push({
        path: `body.phases.${index}.itemId`,
        code: "not_a_phase",
        message: "Not a phase of this process.",
      });
    } else if (seen.has(entry.itemId)) {
      errors.push({
        path: `body.phases.${index}.itemId`,
        code: "duplicate_phase",
        message: "This phase is told twice.",
      });
    }
    seen.add(entry.itemId);
  });
  if (content.shownAssetIds.length > 0) {
    // Only what the publisher sees: nobody makes public an asset their own rights do not show them.
    const assetIds = new Set((await visibleAssets(db, options.actor, tree)).map((row) => row.id));
    content.shownAssetIds.forEach((id, index) => {
      if (!assetIds.has(id)) {
        errors.push({
          path: `body.shownAssetIds.${index}`,
          code: "not_an_asset_of_process",
          message: "Not an asset of this process that you may see.",
        });
      }
    });
  }
  if (content.publicServiceId) {
    const [visible] = await loadVisibleServices(db, options.actor, [content.publicServiceId]);
    if (!visible) {
      errors.push({
        path: "body.publicServiceId",
        code: "unknown_service",
        message: "There is no public service with this id that you may see.",
      });
    }
  }
  if (errors.length > 0) throw invalid(errors);
}

/** The process's tree as the story keeps it: what readers see of the structure and what a reuse copies. */
const structureOf = (tree: ProcessTree): StoryItem[] =>
  portableItems(tree).map((entry) => ({
    ref: entry.ref,
    parentRef: entry.parentRef,
    type: entry.type,
    name: entry.name,
    description: entry.description,
    ...(entry.translations ? { translations: entry.translations } : {}),
    position: entry.position,
    status: entry.status,
    prerequisites: entry.prerequisites,
    problemProfiles: entry.problemProfiles,
    ...(entry.coDelivery ? { coDelivery: true } : {}),
  }));

/** The sides of a two-key publish rule still to consent, with who stands for each. */
export function missingConsents(
  tree: Pick<ProcessTree, "subject">,
  consents: readonly StoryConsent[],
): { side: number; permittedBy: string[] }[] {
  const rule = processRules(tree.subject.governance?.rules ?? []).get("publish");
  if (!rule?.sides) return [];
  const given = new Set(consents.map((entry) => entry.side));
  return rule.sides.flatMap((permittedBy, side) => (given.has(side) ? [] : [{ side, permittedBy: [...permittedBy] }]));
}

const sameContent = (a: StoryContent, b: StoryContent) => canonicalJson(a) === canonicalJson(b);

/**
 * Publishes the story of a process, or republishes it: one story per process, so a second publish replaces its
 * content (the trail keeps each version's summary). Where the rulebook asks two keys for `publish` (G+G), a story
 * that is not public yet becomes public only once someone of each side has published the same content: the first
 * side's call stores the content with its consent and the story waits (`awaiting_consent`); a change of content
 * drops the consents given to the earlier one. A story already public is changed at once by either side (an edit,
 * on the trail), as it is unpublished by either: withdrawing a consent never needs the other's.
 * The route authorized `publish`; references are checked here.
 */
export async function publishStory(
  db: Database,
  options: { actor: Actor; tree: ProcessTree; input: StoryPublish },
): Promise<{ row: StoryRow; created: boolean }> {
  const { actor, tree, input } = options;
  const content: StoryContent = {
    language: input.language,
    title: input.title,
    problem: input.problem ?? {},
    phases: input.phases ?? [],
    outcomes: input.outcomes ?? {},
    lessons: input.lessons ?? {},
    keywords: [...new Set(input.keywords ?? [])],
    publicServiceId: input.publicServiceId ?? null,
    shownAssetIds: [...new Set(input.shownAssetIds ?? [])],
  };
  await checkReferences(db, { actor, tree, content });
  const rule = processRules(tree.subject.governance?.rules ?? []).get("publish");
  return db.transaction(async (tx) => {
    // The process's lock first: two first publishes of one process then run one after the other (the second
    // updates the story the first made) instead of racing to insert it.
    await lockProcess(tx, tree.process.id);
    const [existing] = await tx.select().from(story).where(eq(story.processId, tree.process.id));
    const now = new Date();
    const wasPublic = existing?.status === "published";
    let consents: StoryConsent[] = [];
    let status: StoryRow["status"] = "published";
    if (rule?.sides && !wasPublic) {
      const kept = existing && existing.status === "awaiting_consent" && sameContent(contentOf(existing), content);
      consents = kept ? [...existing.consents] : [];
      const given = new Set(consents.map((entry) => entry.side));
      const side = sidesOf(actor, rule, tree.subject).find((index) => !given.has(index));
      if (side !== undefined) consents.push({ side, userId: actor.userId, at: now.toISOString() });
      status = missingConsents(tree, consents).length === 0 ? "published" : "awaiting_consent";
    }
    const values = {
      ...content,
      status,
      consents: status === "published" ? [] : consents,
      structure: structureOf(tree),
      updatedAt: now,
      ...(status === "published" && !wasPublic
        ? { publishedBy: actor.userId, publishedAt: now, unpublishedAt: null }
        : {}),
    };
    const [row] = existing
      ? await tx.update(story).set(values).where(eq(story.id, existing.id)).returning()
      : await tx
          .insert(story)
          .values({ processId: tree.process.id, ...values })
          .returning();
    const action = status === "awaiting_consent" ? "story.consented" : wasPublic ? "story.updated" : "story.published";
    await appendActivity(tx, {
      processId: tree.process.id,
      actorId: actor.userId,
      action,
      targetType: "story",
      targetId: row!.id,
      summary: {
        ...(existing ? { before: { status: existing.status, title: existing.title } } : {}),
        after: { status, title: content.title, shownAssetIds: content.shownAssetIds },
      },
    });
    if (action === "story.published") await tellPublished(tx, { actor, tree, row: row! });
    if (action === "story.consented" && missingConsents(tree, consents).length > 0) {
      await notify(tx, {
        type: "story.awaiting_consent",
        actorId: actor.userId,
        processId: tree.process.id,
        subject: { kind: "story", id: row!.id },
        audience: { processPeople: tree.process.id },
        url: storyUrl(row!.id),
        data: { title: row!.title, process: tree.process.name },
      });
    }
    return { row: row!, created: !existing };
  });
}

async function tellPublished(tx: Database, options: { actor: Actor; tree: ProcessTree; row: StoryRow }) {
  const { row, tree } = options;
  await notify(tx, {
    type: "story.published",
    actorId: options.actor.userId,
    processId: tree.process.id,
    subject: { kind: "story", id: row.id },
    audience: { processPeople: tree.process.id },
    url: storyUrl(row.id),
    data: { title: row.title, process: tree.process.name },
  });
}

/** Changes a story in place (a partial publish): the same checks and the trail, no new consent round. */
export async function updateStory(
  db: Database,
  options: { actor: Actor; tree: ProcessTree; row: StoryRow; input: StoryUpdate },
): Promise<StoryRow> {
  const { actor, tree, row, input } = options;
  const before = contentOf(row);
  const content: StoryContent = {
    language: input.language ?? before.language,
    title: input.title ?? before.title,
    problem: input.problem === null ? {} : (input.problem ?? before.problem),
    phases: input.phases ?? before.phases,
    outcomes: input.outcomes === null ? {} : (input.outcomes ?? before.outcomes),
    lessons: input.lessons === null ? {} : (input.lessons ?? before.lessons),
    keywords: input.keywords ? [...new Set(input.keywords)] : before.keywords,
    publicServiceId: input.publicServiceId === undefined ? before.publicServiceId : input.publicServiceId,
    shownAssetIds: input.shownAssetIds ? [...new Set(input.shownAssetIds)] : before.shownAssetIds,
  };
  await checkReferences(db, { actor, tree, content });
  const fields = (Object.keys(content) as (keyof StoryContent)[]).filter(
    (key) => canonicalJson(content[key]) !== canonicalJson(before[key]),
  );
  return db.transaction(async (tx) => {
    // A story waiting for consent changes its content: the consents given to the earlier one no longer hold.
    const consents = row.status === "awaiting_consent" && fields.length > 0 ? [] : row.consents;
    const [updated] = await tx
      .update(story)
      .set({ ...content, consents, updatedAt: new Date() })
      .where(eq(story.id, row.id))
      .returning();
    await appendActivity(tx, {
      processId: row.processId,
      actorId: actor.userId,
      action: "story.updated",
      targetType: "story",
      targetId: row.id,
      summary: { before: { title: before.title }, after: { title: content.title, fields } },
    });
    return updated!;
  });
}

/** Unpublishes: the story leaves every list, and its address answers 410 for everyone but its publishers. */
export async function unpublishStory(db: Database, options: { actor: Actor; row: StoryRow }): Promise<void> {
  const { actor, row } = options;
  await db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .update(story)
      .set({ status: "unpublished", consents: [], unpublishedAt: now, updatedAt: now })
      .where(eq(story.id, row.id));
    await appendActivity(tx, {
      processId: row.processId,
      actorId: actor.userId,
      action: "story.unpublished",
      targetType: "story",
      targetId: row.id,
      summary: { before: { status: row.status, title: row.title }, after: { status: "unpublished" } },
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Reading: lists, ratings, credits, images

export interface StoryExtras {
  rating: { average: number | null; count: number };
  myRating: number | null;
  namedPeople: { id: string; name: string }[];
  namedMe: boolean;
  image: { etag: string; alt: string } | null;
}

/** Ratings and cover images of several stories at once, for lists and single reads. */
export async function ratingsAndImages(db: Database, storyIds: string[]) {
  if (storyIds.length === 0) return { ratings: new Map(), images: new Map() };
  const [ratingRows, imageRows] = await Promise.all([
    db
      .select({ storyId: storyRating.storyId, average: avg(storyRating.stars), count: count() })
      .from(storyRating)
      .where(inArray(storyRating.storyId, storyIds))
      .groupBy(storyRating.storyId),
    db
      .select({ storyId: storyImage.storyId, etag: storyImage.etag, alt: storyImage.alt })
      .from(storyImage)
      .where(inArray(storyImage.storyId, storyIds)),
  ]);
  const ratings = new Map<string, { average: number | null; count: number }>(
    ratingRows.map((row) => [
      row.storyId,
      { average: row.average === null ? null : Math.round(Number(row.average) * 10) / 10, count: Number(row.count) },
    ]),
  );
  const images = new Map<string, { etag: string; alt: string }>(
    imageRows.map((row) => [row.storyId, { etag: row.etag, alt: row.alt }]),
  );
  return { ratings, images };
}

/** What a single read shows beside the story: ratings, the reader's own, the people named with their consent. */
export async function storyExtras(db: Database, actor: MaybeActor, row: StoryRow): Promise<StoryExtras> {
  const [{ ratings, images }, mine, credited] = await Promise.all([
    ratingsAndImages(db, [row.id]),
    actor
      ? db
          .select({ stars: storyRating.stars })
          .from(storyRating)
          .where(and(eq(storyRating.storyId, row.id), eq(storyRating.userId, actor.userId)))
      : Promise.resolve([]),
    db.select({ userId: storyCredit.userId }).from(storyCredit).where(eq(storyCredit.storyId, row.id)),
  ]);
  const people = await getUserSummaries(
    db,
    credited.map((entry) => entry.userId),
  );
  const namedPeople = [...people.values()]
    .map((person) => ({ id: person.id, name: person.name }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return {
    rating: ratings.get(row.id) ?? { average: null, count: 0 },
    myRating: mine[0]?.stars ?? null,
    namedPeople,
    namedMe: actor ? namedPeople.some((person) => person.id === actor.userId) : false,
    image: images.get(row.id) ?? null,
  };
}

/** The shown assets that still exist, in the order the story lists them. */
export async function shownAssetsOf(db: Database, row: StoryRow): Promise<AssetRow[]> {
  if (row.shownAssetIds.length === 0) return [];
  const byId = new Map((await listProcessAssets(db, row.processId)).map((found) => [found.id, found]));
  return row.shownAssetIds.flatMap((id) => byId.get(id) ?? []);
}

const newestCursor = z.tuple([z.iso.datetime(), z.uuid()]);

/**
 * Published stories (of processes that still exist), newest first, or by relevance with words (the cursor then
 * an offset into the ranked list, as the catalogue's search).
 */
export async function listStories(
  db: Database,
  query: { limit: number; cursor?: string; q?: string; sort?: "newest" | "relevance" },
): Promise<{ items: StoryRow[]; nextCursor: string | null }> {
  const published = and(
    eq(story.status, "published"),
    sql`exists (select 1 from process where process.id = ${qualified(story.processId)} and process.deleted_at is null)`,
  );
  const words = query.q ? anyLanguageQuery(sql`${query.q}`) : null;
  const matching = words ? sql`${qualified(story.searchDocument)} @@ ${words}` : undefined;
  if (words && query.sort !== "newest") {
    const offset = decodeCursor(query.cursor, z.number().int().min(0).max(10_000)) ?? 0;
    const rows = await db
      .select()
      .from(story)
      .where(and(published, matching))
      .orderBy(desc(sql`ts_rank(${qualified(story.searchDocument)}, ${words})`), desc(story.id))
      .limit(query.limit + 1)
      .offset(offset);
    return {
      items: rows.slice(0, query.limit),
      nextCursor: rows.length > query.limit ? encodeCursor(offset + query.limit) : null,
    };
  }
  const after = decodeCursor(query.cursor, newestCursor);
  const rows = await db
    .select()
    .from(story)
    .where(
      and(
        published,
        matching,
        after
          ? sql`(${qualified(story.publishedAt)}, ${qualified(story.id)}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(story.publishedAt), desc(story.id))
    .limit(query.limit + 1);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.publishedAt!.toISOString(), last.id]) : null,
  };
}

/** One rating per person and story; a second replaces the first. */
export async function rateStory(db: Database, options: { actor: Actor; storyId: string; stars: number }) {
  const now = new Date();
  await db
    .insert(storyRating)
    .values({ storyId: options.storyId, userId: options.actor.userId, stars: options.stars, updatedAt: now })
    .onConflictDoUpdate({
      target: [storyRating.storyId, storyRating.userId],
      set: { stars: options.stars, updatedAt: now },
    });
}

/** "Name me in this story": the person's own consent, and its withdrawal. */
export async function setCredit(db: Database, options: { actor: Actor; storyId: string; named: boolean }) {
  if (options.named) {
    await db
      .insert(storyCredit)
      .values({ storyId: options.storyId, userId: options.actor.userId })
      .onConflictDoNothing();
  } else {
    await db
      .delete(storyCredit)
      .where(and(eq(storyCredit.storyId, options.storyId), eq(storyCredit.userId, options.actor.userId)));
  }
}

export async function findStoryImage(db: Database, storyId: string) {
  const [row] = await db.select().from(storyImage).where(eq(storyImage.storyId, storyId));
  return row;
}

/** Sets (or replaces) a story's cover, re-encoded as a process cover is; on the process's trail. */
export async function setStoryImage(
  db: Database,
  options: { actor: Actor; row: StoryRow; upload: Buffer; alt: string },
) {
  const encoded = await encodeCover(options.upload, options.alt);
  const values = { storyId: options.row.id, ...encoded, alt: options.alt, updatedAt: new Date() };
  return db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(storyImage)
      .values(values)
      .onConflictDoUpdate({ target: storyImage.storyId, set: values })
      .returning();
    await appendActivity(tx, {
      processId: options.row.processId,
      actorId: options.actor.userId,
      action: "story.image_set",
      targetType: "story",
      targetId: options.row.id,
      summary: { after: { alt: options.alt, width: encoded.width, height: encoded.height } },
    });
    return saved!;
  });
}

export async function removeStoryImage(db: Database, options: { actor: Actor; row: StoryRow }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(storyImage)
      .where(eq(storyImage.storyId, options.row.id))
      .returning({ alt: storyImage.alt });
    if (removed.length === 0) return false;
    await appendActivity(tx, {
      processId: options.row.processId,
      actorId: options.actor.userId,
      action: "story.image_removed",
      targetType: "story",
      targetId: options.row.id,
      summary: { before: { alt: removed[0]!.alt } },
    });
    return true;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Reuse

/**
 * "Reuse this story": a new private process of the reader, from what the story shows and nothing more. The
 * structure comes from the snapshot taken when the story was published, not from the live process: the process may
 * be private (the reader may not see it), it may have changed since, and what its publishers chose to make public is
 * the tree as it was then. Statuses start anew (`awaiting`), and the process is governed by its model's preset
 * rulebook and gates rather than the source's own rules, which may name the source's teams. With `includeAssets`,
 * only the assets the story shows are copied (those still existing, on tasks of the snapshot); never any other.
 * `clonedFrom` names the story (its title) and its process.
 */
export async function reuseStory(
  db: Database,
  options: {
    actor: Actor;
    loaded: LoadedStory;
    organizationId: string | null;
    includeAssets: boolean;
    name?: string;
  },
) {
  const { actor, loaded } = options;
  const { row } = loaded;
  const source = loaded.access?.process;
  if (!source) throw notFound("story");
  const title = row.title[row.language] ?? Object.values(row.title).find(Boolean) ?? source.name;
  const items = row.structure.map((entry) => ({
    ...entry,
    status: "awaiting" as const,
    startDate: null,
    endDate: null,
  }));
  const refs = new Set(items.filter((entry) => entry.type === "task").map((entry) => entry.ref));
  const assets = options.includeAssets ? (await shownAssetsOf(db, row)).filter((found) => refs.has(found.taskId)) : [];
  const copies = new RemoteCopies();
  const writing = db.transaction(async (tx) => {
    const created = await insertProcess(tx, {
      actor,
      action: "process.cloned",
      values: {
        name: options.name ?? title.slice(0, 200),
        description: source.description,
        aim: source.aim,
        language: source.language,
        organizationId: options.organizationId,
        governanceModel: source.governanceModel,
        visibility: "private",
        tags: source.tags,
        schemaId: source.schemaId,
        clonedFrom: { processId: source.id, name: title, via: "story", storyId: row.id },
      },
    });
    const ids = await insertItems(tx, { processId: created.id, items });
    const rules = presetRules(source.governanceModel);
    await writeRules(tx, { processId: created.id, rules });
    await writeGates(tx, {
      processId: created.id,
      gates: presetGates(
        source.governanceModel,
        items.map((entry) => ({ id: ids.get(entry.ref)!, type: entry.type, coDelivery: entry.coDelivery === true })),
      ),
    });
    for (const found of assets) {
      await cloneAsset(tx, {
        actor,
        source: found,
        target: { id: ids.get(found.taskId)!, processId: created.id },
        copies,
      });
    }
    return { created, rules };
  });
  const { created, rules } = await writing.catch(copies.discardAndRethrow);
  return administratorAccess(created, rules);
}

import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Translated } from "../../../common/languages.js";
import type { Database } from "../../db/client.js";
import {
  type PublicServiceDetails,
  publicService,
  publicServiceProcess,
  publicServiceRelation,
  publicServiceRevision,
} from "../../db/schema/index.js";
import { anyLanguageQuery, qualified } from "../../db/sql.js";
import { decodeCursor, encodeCursor } from "../../http/pagination.js";
import { invalid, notFound } from "../../http/problem.js";
import type { Actor, MaybeActor, OrganizationSubject, PublicServiceSubject } from "../../policies/index.js";
import { actorPlaceholders, selectPublicServicesWithRelation } from "../../policies/scopes.js";
import { getUserSummaries, type UserSummary } from "../accounts/service.js";
import { getVisibleProcessNames } from "../processes/service.js";
import type { PublicServiceCreate, PublicServiceUpdate } from "./schema.js";

export type PublicServiceRow = typeof publicService.$inferSelect;

/** A service with its competent authority, as policies and presenters need it. */
export interface LoadedService {
  row: PublicServiceRow;
  authority: { id: string; name: Translated };
  subject: PublicServiceSubject;
}

/** The fields that describe a service (what a revision keeps), as the API names them. */
export type Described = Omit<PublicServiceCreate, "organizationId">;
function detailsOf(fields: Partial<Described>, before?: PublicServiceDetails): PublicServiceDetails {
  const pick = <K extends keyof PublicServiceDetails>(key: K, empty: PublicServiceDetails[K]) =>
    (fields[key] as PublicServiceDetails[K] | undefined) ?? before?.[key] ?? empty;
  // `null` clears processingTime and contactPoint; `undefined` keeps what was there.
  const nullable = <K extends "processingTime" | "contactPoint">(key: K) =>
    fields[key] === null ? null : ((fields[key] as PublicServiceDetails[K] | undefined) ?? before?.[key] ?? null);
  return {
    channels: pick("channels", []),
    processingTime: nullable("processingTime"),
    costs: pick("costs", []),
    requirements: pick("requirements", []),
    outputs: pick("outputs", []),
    legalResources: pick("legalResources", []),
    languages: pick("languages", []),
    spatial: pick("spatial", []),
    contactPoint: nullable("contactPoint"),
  };
}

type Links = { processIds: string[]; relatedServiceIds: string[] };

/** A service's described fields as the API gives them, whole: what a revision keeps. */
function describedOf(row: PublicServiceRow, links: Links): Described {
  return {
    identifier: row.identifier,
    name: row.name,
    description: row.description,
    keywords: row.keywords,
    thematicAreas: row.thematicAreas,
    sectors: row.sectors,
    status: row.status,
    visibility: row.visibility,
    ...row.details,
    processIds: links.processIds,
    relatedServiceIds: links.relatedServiceIds,
  };
}

function toLoaded(result: {
  row: PublicServiceRow;
  authority: { id: string; name: Translated } & Omit<
    OrganizationSubject,
    "kind" | "actorIsAdministrator" | "actorIsMember"
  >;
  actorIsAdministrator: boolean;
  actorIsMember: boolean;
}): LoadedService {
  const { authority } = result;
  return {
    row: result.row,
    authority: { id: authority.id, name: authority.name },
    subject: {
      kind: "public_service",
      visibility: result.row.visibility,
      authority: {
        kind: "organization",
        type: authority.type,
        visibility: authority.visibility,
        teamCreation: authority.teamCreation,
        actorIsAdministrator: result.actorIsAdministrator,
        actorIsMember: result.actorIsMember,
      },
    },
  };
}

/** A service that is not deleted, with its authority and the actor's relation to it; routes authorize. */
export async function loadService(db: Database, actor: MaybeActor, id: string): Promise<LoadedService> {
  const scoped = selectPublicServicesWithRelation(db);
  const [found] = await scoped.query
    .where(and(eq(publicService.id, id), isNull(publicService.deletedAt)))
    .execute(actorPlaceholders(actor));
  if (!found) throw notFound("public service");
  return toLoaded(found);
}

/** Several services, visible to the actor, in the order asked (missing and invisible ones left out). */
export async function loadVisibleServices(db: Database, actor: MaybeActor, ids: string[]): Promise<LoadedService[]> {
  if (ids.length === 0) return [];
  const scoped = selectPublicServicesWithRelation(db);
  const rows = await scoped.query
    .where(and(inArray(publicService.id, ids), isNull(publicService.deletedAt), scoped.visible))
    .execute(actorPlaceholders(actor));
  const byId = new Map(rows.map((found) => [found.row.id, toLoaded(found)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The processes and related services a service links to, by service. */
export async function loadLinks(db: Database, serviceIds: string[]): Promise<Map<string, Links>> {
  const links = new Map(
    serviceIds.map((id) => [id, { processIds: [] as string[], relatedServiceIds: [] as string[] }]),
  );
  if (serviceIds.length === 0) return links;
  const [processes, relations] = await Promise.all([
    db
      .select()
      .from(publicServiceProcess)
      .where(inArray(publicServiceProcess.serviceId, serviceIds))
      .orderBy(asc(publicServiceProcess.processId)),
    db
      .select()
      .from(publicServiceRelation)
      .where(inArray(publicServiceRelation.serviceId, serviceIds))
      .orderBy(asc(publicServiceRelation.relatedId)),
  ]);
  for (const row of processes) links.get(row.serviceId)?.processIds.push(row.processId);
  for (const row of relations) links.get(row.serviceId)?.relatedServiceIds.push(row.relatedId);
  return links;
}

/**
 * The processes and related services named in a description must be ones the actor may see: a link to something
 * hidden would reveal it to the service's readers, and a typo would link nothing.
 */
async function checkLinks(db: Database, actor: Actor, fields: Partial<Described>, selfId?: string): Promise<void> {
  const errors = [];
  if (fields.processIds?.length) {
    const visible = await getVisibleProcessNames(db, actor, fields.processIds);
    for (const [index, id] of fields.processIds.entries()) {
      if (!visible.has(id)) {
        errors.push({ path: `body.processIds.${index}`, code: "unknown_process", message: "No such process." });
      }
    }
  }
  if (fields.relatedServiceIds?.length) {
    const visible = new Set(
      (await loadVisibleServices(db, actor, fields.relatedServiceIds)).map((loaded) => loaded.row.id),
    );
    for (const [index, id] of fields.relatedServiceIds.entries()) {
      if (id === selfId || !visible.has(id)) {
        errors.push({
          path: `body.relatedServiceIds.${index}`,
          code: "unknown_service",
          message: id === selfId ? "A service does not relate to itself." : "No such public service.",
        });
      }
    }
  }
  if (errors.length > 0) throw invalid(errors);
}

const unique = (ids: string[] | undefined) => [...new Set(ids ?? [])];

async function writeLinks(tx: Database, serviceId: string, fields: Partial<Described>): Promise<void> {
  if (fields.processIds !== undefined) {
    await tx.delete(publicServiceProcess).where(eq(publicServiceProcess.serviceId, serviceId));
    const ids = unique(fields.processIds);
    if (ids.length) await tx.insert(publicServiceProcess).values(ids.map((processId) => ({ serviceId, processId })));
  }
  if (fields.relatedServiceIds !== undefined) {
    await tx.delete(publicServiceRelation).where(eq(publicServiceRelation.serviceId, serviceId));
    const ids = unique(fields.relatedServiceIds);
    if (ids.length) await tx.insert(publicServiceRelation).values(ids.map((relatedId) => ({ serviceId, relatedId })));
  }
}

/** Describes a new service of `authorityId`; its first revision is the whole description. */
export async function createService(
  db: Database,
  options: { actor: Actor; authorityId: string; fields: Described; importedFrom?: string },
): Promise<string> {
  const { actor, fields } = options;
  await checkLinks(db, actor, fields);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(publicService)
      .values({
        organizationId: options.authorityId,
        identifier: fields.identifier ?? null,
        name: fields.name,
        description: fields.description,
        keywords: unique(fields.keywords),
        thematicAreas: unique(fields.thematicAreas),
        sectors: unique(fields.sectors),
        status: fields.status ?? null,
        details: detailsOf(fields),
        visibility: fields.visibility,
        importedFrom: options.importedFrom ?? null,
        createdBy: actor.userId,
      })
      .returning();
    await writeLinks(tx, row!.id, fields);
    const links = { processIds: unique(fields.processIds), relatedServiceIds: unique(fields.relatedServiceIds) };
    await tx.insert(publicServiceRevision).values({
      serviceId: row!.id,
      version: 1,
      snapshot: describedOf(row!, links),
      fields: Object.keys(fields).sort(),
      changedBy: actor.userId,
    });
    return row!.id;
  });
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Changes what the patch names; a patch that changes nothing makes no new version. The version before is kept in
 * the service's history with who changed it and which fields.
 */
export async function updateService(
  db: Database,
  options: { actor: Actor | null; loaded: LoadedService; patch: PublicServiceUpdate },
): Promise<void> {
  const { actor, loaded, patch } = options;
  if (actor) await checkLinks(db, actor, patch, loaded.row.id);
  const before = describedOf(loaded.row, (await loadLinks(db, [loaded.row.id])).get(loaded.row.id)!);
  const changed = (Object.keys(patch) as (keyof Described)[])
    .filter((key) => patch[key] !== undefined && !sameValue(patch[key], before[key]))
    .sort();
  if (changed.length === 0) return;
  await db.transaction(async (tx) => {
    // The version is bumped in the row's own update, so two changes at once make two versions, never one lost.
    const [row] = await tx
      .update(publicService)
      .set({
        ...(patch.identifier !== undefined ? { identifier: patch.identifier } : {}),
        ...(patch.name ? { name: patch.name } : {}),
        ...(patch.description ? { description: patch.description } : {}),
        ...(patch.keywords ? { keywords: unique(patch.keywords) } : {}),
        ...(patch.thematicAreas ? { thematicAreas: unique(patch.thematicAreas) } : {}),
        ...(patch.sectors ? { sectors: unique(patch.sectors) } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        ...(patch.visibility ? { visibility: patch.visibility } : {}),
        details: sql`${JSON.stringify(detailsOf(patch, loaded.row.details))}::jsonb`,
        version: sql`${publicService.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(publicService.id, loaded.row.id))
      .returning();
    await writeLinks(tx, row!.id, patch);
    const links = (await loadLinks(tx, [row!.id])).get(row!.id)!;
    await tx.insert(publicServiceRevision).values({
      serviceId: row!.id,
      version: row!.version,
      snapshot: describedOf(row!, links),
      fields: changed,
      changedBy: actor?.userId ?? null,
    });
  });
}

export async function deleteService(db: Database, id: string): Promise<void> {
  await db.update(publicService).set({ deletedAt: new Date() }).where(eq(publicService.id, id));
}

export interface RevisionEntry {
  version: number;
  changedAt: Date;
  changedBy: UserSummary | null;
  fields: string[];
  snapshot: Record<string, unknown>;
}

/** A service's versions, newest first. */
export async function listRevisions(db: Database, serviceId: string): Promise<RevisionEntry[]> {
  const rows = await db
    .select()
    .from(publicServiceRevision)
    .where(eq(publicServiceRevision.serviceId, serviceId))
    .orderBy(desc(publicServiceRevision.version))
    .limit(500);
  const people = await getUserSummaries(db, [...new Set(rows.flatMap((row) => row.changedBy ?? []))]);
  return rows.map((row) => ({
    version: row.version,
    changedAt: row.changedAt,
    changedBy: row.changedBy ? (people.get(row.changedBy) ?? null) : null,
    fields: row.fields,
    snapshot: row.snapshot,
  }));
}

export interface ServiceQuery {
  limit: number;
  cursor?: string;
  q?: string;
  organizationId?: string;
  thematicArea?: string;
  sector?: string;
  status?: string;
  mine?: boolean;
}

/**
 * The services the actor may see, newest first, or by relevance when words are given (then the cursor is an
 * offset into the ranked list, as the catalogue's search).
 */
export async function listServices(
  db: Database,
  actor: MaybeActor,
  query: ServiceQuery,
): Promise<{ items: LoadedService[]; nextCursor: string | null }> {
  const scoped = selectPublicServicesWithRelation(db);
  const filters = [
    isNull(publicService.deletedAt),
    scoped.visible,
    query.organizationId ? eq(publicService.organizationId, query.organizationId) : undefined,
    query.thematicArea
      ? sql`${qualified(publicService.thematicAreas)} @> array[${query.thematicArea}::text]`
      : undefined,
    query.sector ? sql`${qualified(publicService.sectors)} @> array[${query.sector}::text]` : undefined,
    query.status ? eq(publicService.status, query.status as PublicServiceRow["status"] & string) : undefined,
    query.mine ? scoped.related : undefined,
  ];
  if (query.q) {
    const offset = decodeCursor(query.cursor, z.number().int().min(0).max(10_000)) ?? 0;
    const words = anyLanguageQuery(sql`${query.q}`);
    const rows = await scoped.query
      .where(and(...filters, sql`${qualified(publicService.searchDocument)} @@ ${words}`))
      .orderBy(desc(sql`ts_rank(${qualified(publicService.searchDocument)}, ${words})`), desc(publicService.id))
      .limit(query.limit + 1)
      .offset(offset)
      .execute(actorPlaceholders(actor));
    return {
      items: rows.slice(0, query.limit).map(toLoaded),
      nextCursor: rows.length > query.limit ? encodeCursor(offset + query.limit) : null,
    };
  }
  const after = decodeCursor(query.cursor);
  const rows = await scoped.query
    .where(and(...filters, after ? sql`${qualified(publicService.id)} < ${after}::uuid` : undefined))
    .orderBy(desc(publicService.id))
    .limit(query.limit + 1)
    .execute(actorPlaceholders(actor));
  const items = rows.slice(0, query.limit).map(toLoaded);
  return { items, nextCursor: rows.length > query.limit ? encodeCursor(items.at(-1)!.row.id) : null };
}

/** The services that name this process among those that improved them, as the actor may see them. */
export async function loadServicesImprovedBy(
  db: Database,
  actor: MaybeActor,
  processId: string,
): Promise<LoadedService[]> {
  const rows = await db
    .select({ serviceId: publicServiceProcess.serviceId })
    .from(publicServiceProcess)
    .where(eq(publicServiceProcess.processId, processId))
    .orderBy(asc(publicServiceProcess.serviceId));
  return loadVisibleServices(
    db,
    actor,
    rows.map((row) => row.serviceId),
  );
}

import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "../../db/client.js";
import { organization, organizationAdministrator } from "../../db/schema/index.js";
import { qualified } from "../../db/sql.js";
import { decodeCursor, toPage } from "../../http/pagination.js";
import { conflict, notFound } from "../../http/problem.js";
import {
  type Actor,
  explainAdministratorsAfter,
  type MaybeActor,
  type OrganizationSubject,
} from "../../policies/index.js";
import { actorPlaceholders, selectOrganizationsWithRelation } from "../../policies/scopes.js";
import { getUserSummaries, type UserSummary } from "../accounts/service.js";
import type { organizationCreate, organizationListQuery, organizationUpdate } from "./schema.js";

export type OrganizationRow = typeof organization.$inferSelect;
export interface LoadedOrganization {
  row: OrganizationRow;
  subject: OrganizationSubject;
}

function toLoaded(result: { row: OrganizationRow; actorIsAdministrator: boolean; actorIsMember: boolean }) {
  return {
    row: result.row,
    subject: {
      kind: "organization",
      type: result.row.type,
      visibility: result.row.visibility,
      teamCreation: result.row.teamCreation,
      actorIsAdministrator: result.actorIsAdministrator,
      actorIsMember: result.actorIsMember,
    },
  } satisfies LoadedOrganization;
}

/**
 * The two reads every organization page makes, built once per database and prepared: building a drizzle query
 * with joins costs more than running it. Optional filters are placeholders that may be null.
 */
const preparedReads = new WeakMap<Database, ReturnType<typeof prepareReads>>();

function prepareReads(db: Database) {
  const scoped = selectOrganizationsWithRelation(db);
  const byId = scoped.query
    .where(and(eq(organization.id, sql.placeholder("id")), isNull(organization.deletedAt)))
    .prepare("organization_by_id");
  const type = sql.placeholder("type");
  const pattern = sql.placeholder("pattern");
  const cursor = sql.placeholder("cursor");
  const list = scoped.query
    .where(
      and(
        isNull(organization.deletedAt),
        scoped.visible,
        sql`(not ${sql.placeholder("mine")}::boolean or ${scoped.related})`,
        sql`(${type}::text is null or ${organization.type} = ${type})`,
        sql`(${pattern}::text is null or exists (select 1 from jsonb_each_text(${qualified(organization.name)}) as t(language, text) where t.text ilike ${pattern}))`,
        sql`(${cursor}::uuid is null or ${organization.id} < ${cursor}::uuid)`,
      ),
    )
    .orderBy(desc(organization.id))
    .limit(sql.placeholder("limit"))
    .prepare("organization_list");
  return { byId, list };
}

function readsFor(db: Database) {
  let reads = preparedReads.get(db);
  if (!reads) {
    reads = prepareReads(db);
    preparedReads.set(db, reads);
  }
  return reads;
}

/** An organization that is not deleted, with the actor's relation to it; undefined when there is none. */
export async function findOrganization(
  db: Database,
  actor: MaybeActor,
  organizationId: string,
): Promise<LoadedOrganization | undefined> {
  const [result] = await readsFor(db).byId.execute({ id: organizationId, ...actorPlaceholders(actor) });
  return result && toLoaded(result);
}

export async function getOrganization(db: Database, actor: MaybeActor, organizationId: string) {
  const found = await findOrganization(db, actor, organizationId);
  if (!found) throw notFound("organization");
  return found;
}

export async function listOrganizations(
  db: Database,
  actor: MaybeActor,
  query: z.infer<typeof organizationListQuery>,
): Promise<{ items: LoadedOrganization[]; nextCursor: string | null }> {
  const rows = await readsFor(db).list.execute({
    ...actorPlaceholders(actor),
    mine: query.mine ?? false,
    type: query.type ?? null,
    pattern: query.q ? likePattern(query.q) : null,
    cursor: decodeCursor(query.cursor) ?? null,
    limit: query.limit + 1,
  });
  const page = toPage(
    rows.map((result) => ({ id: result.row.id, result })),
    query.limit,
  );
  return { items: page.items.map(({ result }) => toLoaded(result)), nextCursor: page.nextCursor };
}

/** `%words%` for ILIKE, with the user's own % and _ taken literally. */
export function likePattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export async function createOrganization(
  db: Database,
  options: { actor: Actor; input: z.infer<typeof organizationCreate> },
): Promise<LoadedOrganization> {
  const { actor, input } = options;
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(organization)
      .values({
        name: input.name,
        description: input.description ?? {},
        type: input.type,
        visibility: input.visibility,
        logoUrl: input.logoUrl ?? null,
        teamCreation: input.teamCreation,
        createdBy: actor.userId,
      })
      .returning();
    await tx.insert(organizationAdministrator).values({ organizationId: created!.id, userId: actor.userId });
    return created!;
  });
  return toLoaded({ row, actorIsAdministrator: true, actorIsMember: false });
}

export async function updateOrganization(
  db: Database,
  options: { loaded: LoadedOrganization; input: z.infer<typeof organizationUpdate> },
): Promise<LoadedOrganization> {
  const { loaded, input } = options;
  const [row] = await db
    .update(organization)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(organization.id, loaded.row.id))
    .returning();
  return { row: row!, subject: { ...loaded.subject, visibility: row!.visibility, teamCreation: row!.teamCreation } };
}

/** Soft delete: the organization and its teams disappear from every read but stay for the record. */
export async function deleteOrganization(db: Database, organizationId: string): Promise<void> {
  await db
    .update(organization)
    .set({ deletedAt: new Date(), updatedAt: new Date() })
    .where(eq(organization.id, organizationId));
}

/** Each (not deleted) organization's actor type by id, for describing its teams: one query for any number. */
export async function getOrganizationTypes(
  db: Database,
  organizationIds: readonly string[],
): Promise<Map<string, OrganizationRow["type"]>> {
  if (organizationIds.length === 0) return new Map();
  const rows = await db
    .select({ id: organization.id, type: organization.type })
    .from(organization)
    .where(and(inArray(organization.id, [...organizationIds]), isNull(organization.deletedAt)));
  return new Map(rows.map((row) => [row.id, row.type]));
}

/** The ids of the organizations a person administers, as a subquery for `in (…)`. */
export function organizationsAdministeredBy(db: Database, userId: string) {
  return db
    .select({ id: organizationAdministrator.organizationId })
    .from(organizationAdministrator)
    .where(eq(organizationAdministrator.userId, userId));
}

export async function listAdministrators(db: Database, organizationId: string): Promise<UserSummary[]> {
  const rows = await db
    .select({ userId: organizationAdministrator.userId })
    .from(organizationAdministrator)
    .where(eq(organizationAdministrator.organizationId, organizationId))
    .orderBy(organizationAdministrator.createdAt);
  const users = await getUserSummaries(
    db,
    rows.map((row) => row.userId),
  );
  return rows.map((row) => users.get(row.userId)).filter((user): user is UserSummary => user !== undefined);
}

/** Makes a person (who accepted an invitation) an administrator, inside the caller's transaction; idempotent. */
export async function addAdministrator(tx: Database, options: { organizationId: string; userId: string }) {
  await tx
    .insert(organizationAdministrator)
    .values({ organizationId: options.organizationId, userId: options.userId })
    .onConflictDoNothing();
}

export async function isOrganizationAdministrator(
  db: Database,
  options: { organizationId: string; userId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ userId: organizationAdministrator.userId })
    .from(organizationAdministrator)
    .where(
      and(
        eq(organizationAdministrator.organizationId, options.organizationId),
        eq(organizationAdministrator.userId, options.userId),
      ),
    );
  return row !== undefined;
}

/** Removes an administrator; an organization always keeps at least one. */
export async function removeAdministrator(
  db: Database,
  options: { organizationId: string; userId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    // Lock the organization's row so two removals cannot both pass the "one left" check.
    await tx
      .select({ id: organization.id })
      .from(organization)
      .where(eq(organization.id, options.organizationId))
      .for("update");
    const [{ total } = { total: 0 }] = await tx
      .select({ total: count() })
      .from(organizationAdministrator)
      .where(eq(organizationAdministrator.organizationId, options.organizationId));
    const removed = await tx
      .delete(organizationAdministrator)
      .where(
        and(
          eq(organizationAdministrator.organizationId, options.organizationId),
          eq(organizationAdministrator.userId, options.userId),
        ),
      )
      .returning();
    if (removed.length === 0) throw notFound("administrator");
    const after = explainAdministratorsAfter("organization", { administrators: total - 1 });
    if (!after.allowed) throw conflict("last-administrator", after.reason);
  });
}

import { and, eq, inArray, isNull, or, type Placeholder, type SQL, sql } from "drizzle-orm";
import { alias, union } from "drizzle-orm/pg-core";
import type { Database } from "../db/client.js";
import {
  grant,
  organization,
  organizationAdministrator,
  process,
  processAdministrator,
  publicService,
  team,
  teamMember,
} from "../db/schema/index.js";
import type { MaybeActor } from "./actor.js";

// SQL twins of the policies' "view" rules, so a list shows exactly what a single read would. They take the
// actor through placeholders (see actorPlaceholders) so the queries built on them can be prepared once.

const actorId = sql.placeholder("actorId");
const actorIsPlatformAdmin = sql.placeholder("actorIsPlatformAdmin");

/** Values for the actor placeholders of the scopes below; an anonymous visitor matches no user id. */
export const actorPlaceholders = (actor: MaybeActor) => ({
  actorId: actor?.userId ?? "",
  actorIsPlatformAdmin: actor?.isPlatformAdmin ?? false,
});

/**
 * Organizations with the actor's relation to each: one index probe for "administers it" and one small set of
 * the organizations the actor belongs to through (not deleted) teams, both as left joins. `visible` mirrors
 * explainOrganization(actor, "view", …); `related` is "administers it or belongs to it".
 */
export function selectOrganizationsWithRelation(db: Database) {
  const relation = actorRelationTo(db);
  const query = db
    .select({
      row: organization,
      actorIsAdministrator: relation.isAdministrator,
      actorIsMember: relation.isMember,
    })
    .from(organization)
    .leftJoin(relation.administrator, relation.onAdministrator)
    .leftJoin(relation.membership, relation.onMembership);
  return {
    query,
    visible: or(sql`${actorIsPlatformAdmin}::boolean`, eq(organization.visibility, "public"), relation.related) as SQL,
    related: relation.related,
  };
}

/**
 * The actor's relation to `organization` (in the query the joins are added to): administers it, belongs to one
 * of its teams. One index probe and one small set, as left joins.
 */
function actorRelationTo(db: Database) {
  const administrator = alias(organizationAdministrator, "actor_administrator");
  const membership = db
    .selectDistinct({ organizationId: team.organizationId })
    .from(teamMember)
    .innerJoin(team, eq(team.id, teamMember.teamId))
    .where(and(eq(teamMember.userId, actorId), isNull(team.deletedAt)))
    .as("actor_membership");
  const isAdministrator = sql<boolean>`(${administrator.userId} is not null)`.mapWith(Boolean);
  const isMember = sql<boolean>`(${membership.organizationId} is not null)`.mapWith(Boolean);
  return {
    isAdministrator,
    isMember,
    related: or(isAdministrator, isMember) as SQL,
    administrator,
    onAdministrator: and(eq(administrator.organizationId, organization.id), eq(administrator.userId, actorId)),
    membership,
    onMembership: eq(membership.organizationId, organization.id),
  };
}

/**
 * Public services with their competent authority and the actor's relation to it. `visible` mirrors
 * explainPublicService(actor, "view", …): public services of public administrations, and all of the actor's own.
 */
export function selectPublicServicesWithRelation(db: Database) {
  const relation = actorRelationTo(db);
  const query = db
    .select({
      row: publicService,
      authority: organization,
      actorIsAdministrator: relation.isAdministrator,
      actorIsMember: relation.isMember,
    })
    .from(publicService)
    .innerJoin(organization, eq(organization.id, publicService.organizationId))
    .leftJoin(relation.administrator, relation.onAdministrator)
    .leftJoin(relation.membership, relation.onMembership);
  const visible = or(
    sql`${actorIsPlatformAdmin}::boolean`,
    and(eq(publicService.visibility, "public"), eq(organization.visibility, "public")),
    relation.related,
  ) as SQL;
  return { query, visible, related: relation.related };
}

/** The ids of the (not deleted) teams a person belongs to, as a subquery for `in (…)`. */
export function teamsOfUser(db: Database, userId: string | Placeholder) {
  return db
    .select({ id: teamMember.teamId })
    .from(teamMember)
    .innerJoin(team, eq(team.id, teamMember.teamId))
    .where(and(eq(teamMember.userId, userId), isNull(team.deletedAt)));
}

/**
 * Processes the actor may see, mirroring explainProcess(actor, "view", …): public ones, ones they administer, ones
 * they or their teams hold a grant in; platform administrators see all.
 */
export function visibleProcesses(db: Database, actor: MaybeActor): SQL {
  if (actor?.isPlatformAdmin) return sql`true`;
  return or(eq(process.visibility, "public"), processesTakenPartIn(db, actor)) as SQL;
}

/**
 * The processes the actor administers or holds a grant in (their own or a team's), as one set: the planner
 * starts from these few ids instead of walking every process looking for them.
 */
export function processesTakenPartIn(db: Database, actor: MaybeActor): SQL {
  if (!actor) return sql`false`;
  const administered = db
    .select({ id: processAdministrator.processId })
    .from(processAdministrator)
    .where(eq(processAdministrator.userId, actor.userId));
  const granted = db
    .select({ id: grant.processId })
    .from(grant)
    .where(or(eq(grant.userId, actor.userId), inArray(grant.teamId, teamsOfUser(db, actor.userId))));
  return inArray(process.id, union(administered, granted));
}

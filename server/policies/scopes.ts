import { eq, exists, or, type SQL, sql } from "drizzle-orm";
import { organization, organizationAdministrator, team, teamMember } from "../db/schema/index.js";
import type { MaybeActor } from "./actor.js";

// SQL twins of the policies' "view" rules, so a list shows exactly what a single read would.

/** The actor administers the organization in the current row. */
export const actorAdministersOrganization = (actor: MaybeActor): SQL =>
  actor
    ? exists(
        sql`(select 1 from ${organizationAdministrator} where ${organizationAdministrator.organizationId} = ${organization.id} and ${organizationAdministrator.userId} = ${actor.userId})`,
      )
    : sql`false`;

/** The actor belongs to a (not deleted) team of the organization in the current row. */
export const actorIsOrganizationMember = (actor: MaybeActor): SQL =>
  actor
    ? exists(
        sql`(select 1 from ${teamMember} join ${team} on ${team.id} = ${teamMember.teamId} where ${team.organizationId} = ${organization.id} and ${team.deletedAt} is null and ${teamMember.userId} = ${actor.userId})`,
      )
    : sql`false`;

/** Mirrors explainOrganization(actor, "view", …). */
export function visibleOrganizations(actor: MaybeActor): SQL {
  if (actor?.isPlatformAdmin) return sql`true`;
  return or(
    eq(organization.visibility, "public"),
    actorAdministersOrganization(actor),
    actorIsOrganizationMember(actor),
  ) as SQL;
}

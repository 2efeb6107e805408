import { eq, exists, or, type SQL, sql } from "drizzle-orm";
import { organization, organizationAdministrator, team, teamMember } from "../db/schema/index.js";
import { qualified } from "../db/sql.js";
import type { MaybeActor } from "./actor.js";

// SQL twins of the policies' "view" rules, so a list shows exactly what a single read would.

/** The actor administers the organization in the current row. */
export const actorAdministersOrganization = (actor: MaybeActor): SQL =>
  actor
    ? exists(
        sql`(select 1 from ${organizationAdministrator} where ${qualified(organizationAdministrator.organizationId)} = ${qualified(organization.id)} and ${qualified(organizationAdministrator.userId)} = ${actor.userId})`,
      )
    : sql`false`;

/** The actor belongs to a (not deleted) team of the organization in the current row. */
export const actorIsOrganizationMember = (actor: MaybeActor): SQL =>
  actor
    ? exists(
        sql`(select 1 from ${teamMember} join ${team} on ${qualified(team.id)} = ${qualified(teamMember.teamId)} where ${qualified(team.organizationId)} = ${qualified(organization.id)} and ${qualified(team.deletedAt)} is null and ${qualified(teamMember.userId)} = ${actor.userId})`,
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

import type { z } from "zod";
import { canAll, type MaybeActor } from "../../policies/index.js";
import { organizationActions } from "../../policies/organization.js";
import type { organization } from "./schema.js";
import type { LoadedOrganization } from "./service.js";

export function presentOrganization(
  { row, subject }: LoadedOrganization,
  actor: MaybeActor,
): z.infer<typeof organization> {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    type: row.type,
    visibility: row.visibility,
    logoUrl: row.logoUrl,
    teamCreation: row.teamCreation,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: canAll(actor, organizationActions, subject),
  };
}

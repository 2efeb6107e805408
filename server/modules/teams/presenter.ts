import type { z } from "zod";
import { canAll, type MaybeActor } from "../../policies/index.js";
import { teamActions } from "../../policies/team.js";
import type { team } from "./schema.js";
import type { LoadedTeam } from "./service.js";

export function presentTeam({ row, subject }: LoadedTeam, actor: MaybeActor): z.infer<typeof team> {
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    description: row.description,
    type: row.type,
    myRole: subject.actorRole,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: canAll(actor, teamActions, subject),
  };
}

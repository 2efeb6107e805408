import type { z } from "zod";
import type { Actor } from "../../policies/actor.js";
import { can, platform } from "../../policies/index.js";
import type { me } from "./schema.js";
import type { UserRow } from "./service.js";

export function presentMe(row: UserRow, actor: Actor): z.infer<typeof me> {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    emailVerified: row.emailVerified,
    language: row.language,
    platformRole: row.platformRole,
    createdAt: row.createdAt.toISOString(),
    can: {
      create_organization: can(actor, "create_organization", platform),
      administer: can(actor, "administer", platform),
    },
  };
}

import type { z } from "zod";
import type { Actor } from "../../policies/actor.js";
import { canAll, platform } from "../../policies/index.js";
import { platformActions } from "../../policies/platform.js";
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
    can: canAll(actor, platformActions, platform),
  };
}

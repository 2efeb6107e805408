import type { z } from "zod";
import { can, type ItemSubject, type MaybeActor } from "../../policies/index.js";
import type { assetOutput } from "./schema.js";
import type { AssetRow } from "./service.js";

export function presentAsset(row: AssetRow, taskSubject: ItemSubject, actor: MaybeActor): z.infer<typeof assetOutput> {
  return {
    id: row.id,
    processId: row.processId,
    taskId: row.taskId,
    kind: row.kind,
    name: row.name,
    url: row.url,
    interlinkerId: row.interlinkerId,
    knowledgeInterlinkerId: row.knowledgeInterlinkerId,
    clonedFrom: row.clonedFrom,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: {
      view: can(actor, "view_assets", taskSubject),
      edit: can(actor, "edit_assets", taskSubject),
      delete: can(actor, "delete_assets", taskSubject),
      clone: can(actor, "view_assets", taskSubject) && actor !== null,
    },
  };
}

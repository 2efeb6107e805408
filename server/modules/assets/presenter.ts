import type { z } from "zod";
import { explainAll, type ItemSubject, type MaybeActor, whyUnder } from "../../policies/index.js";
import type { assetOutput } from "./schema.js";
import type { AssetRow } from "./service.js";

export function presentAsset(row: AssetRow, taskSubject: ItemSubject, actor: MaybeActor): z.infer<typeof assetOutput> {
  const { can: may, why } = explainAll(actor, ["view_assets", "edit_assets", "delete_assets"], taskSubject);
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
      view: may.view_assets,
      edit: may.edit_assets,
      delete: may.delete_assets,
      clone: may.view_assets && actor !== null,
    },
    why: whyUnder(why, { view: "view_assets", edit: "edit_assets", delete: "delete_assets" }),
  };
}

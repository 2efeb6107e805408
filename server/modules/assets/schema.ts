import { z } from "zod";
import { assetKinds } from "../../../common/coproduction.js";
import { languages } from "../../../common/languages.js";
import { pageQuery } from "../../http/pagination.js";
import { canMap, timestamp, whyMap } from "../../http/schemas.js";

export const assetActions = ["view", "edit", "delete", "clone"] as const;

const assetName = z.string().trim().min(1).max(300);
const interlinkerId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$|^[0-9a-f-]{36}$/, "Not an interlinker id.");
export const webUrl = z
  .url({ protocol: /^https?$/, message: "Must be an http or https URL." })
  .max(2000)
  .describe("An http(s) address.");

export const assetCreate = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("external"), name: assetName, url: webUrl }),
    z.strictObject({
      kind: z.literal("interlinker"),
      interlinkerId,
      name: assetName.optional(),
      language: z
        .enum(languages, { message: "Choose en, es, it or lv." })
        .optional()
        .describe(
          "For a knowledge interlinker: the language to copy its template in, one of its `templateLanguages`. Without it the process's language is used when the template has it, else English.",
        ),
      input: z.unknown().optional().describe("What the interlinker needs to create the asset; see its documentation."),
    }),
  ])
  .meta({ id: "AssetCreate" });

export const assetUpdate = z.strictObject({ name: assetName }).meta({ id: "AssetUpdate" });

export const assetClone = z.strictObject({ taskId: z.uuid() }).meta({ id: "AssetClone" });

export const assetListQuery = z.strictObject({ ...pageQuery });

export const assetOutput = z
  .object({
    id: z.uuid(),
    processId: z.uuid(),
    taskId: z.uuid(),
    kind: z.enum(assetKinds),
    name: z.string(),
    url: z.string().nullable(),
    interlinkerId: z.string().nullable(),
    knowledgeInterlinkerId: z.string().nullable(),
    clonedFrom: z.uuid().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    can: canMap(assetActions),
    why: whyMap,
  })
  .meta({ id: "Asset" });

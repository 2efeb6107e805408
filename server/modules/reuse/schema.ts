import { z } from "zod";
import { assetKinds, governanceModels, itemStatuses, itemTypes } from "../../../common/coproduction.js";
import { governedActions } from "../../../common/governance.js";
import { languages } from "../../../common/languages.js";
import { permittedByValue, processOrigin, sidesWithinPermitted } from "../processes/schema.js";

/** Bump on any change a reader of older documents could not follow; import refuses versions it does not know. */
export const exportFormatVersion = 1;

const ref = z.string().min(1).max(100);
const text = (max: number) => z.string().max(max);
/** Wordings by language, as an item carries them (see ItemTranslations). */
const wordings = (max: number) =>
  z.strictObject(Object.fromEntries(languages.map((language) => [language, text(max).optional()])));

/** One process as a self-contained, versioned JSON document: its tree and its assets' content. */
export const processDocument = z
  .strictObject({
    format: z.literal("interlink-process"),
    version: z.literal(exportFormatVersion),
    exportedAt: z.iso.datetime({ offset: true }),
    source: z.strictObject({ processId: ref, name: text(200), instance: text(2000).optional() }),
    process: z.strictObject({
      name: text(200).min(1),
      description: text(10_000),
      aim: text(5_000),
      language: z.enum(languages),
      governanceModel: z.enum(governanceModels),
      tags: z.array(text(50)).max(30),
      schemaId: text(100).nullable(),
      clonedFrom: processOrigin.nullable().optional(),
    }),
    items: z
      .array(
        z.strictObject({
          ref,
          parentRef: ref.nullable(),
          type: z.enum(itemTypes),
          name: text(300).min(1),
          description: text(10_000),
          translations: z
            .strictObject({ name: wordings(300).optional(), description: wordings(10_000).optional() })
            .optional(),
          position: z.number().int().min(0).max(10_000),
          status: z.enum(itemStatuses),
          startDate: z.iso.date().nullable(),
          endDate: z.iso.date().nullable(),
          problemProfiles: z.array(text(100)).max(20),
          prerequisites: z.array(ref).max(50),
          coDelivery: z.boolean().optional().describe("A phase the public administration delivers with the builders."),
        }),
      )
      .max(5_000),
    rules: z
      .array(
        z.strictObject({
          action: z.enum(governedActions),
          permittedBy: z.array(permittedByValue).min(1).max(20),
          sides: z.array(z.array(permittedByValue).min(1).max(20)).min(2).max(4).optional(),
          itemRef: ref.optional(),
        }),
      )
      .max(200)
      .optional()
      .describe("The rulebook; without it, the model's preset."),
    gates: z
      .array(
        z
          .strictObject({
            itemRef: ref,
            approvers: z.array(permittedByValue).min(1).max(20),
            sides: z.array(z.array(permittedByValue).min(1).max(20)).min(2).max(4).optional(),
            required: z.number().int().min(1).max(20),
            preset: z.boolean().optional(),
          })
          .superRefine((gate, context) =>
            sidesWithinPermitted({ permittedBy: gate.approvers, sides: gate.sides }, context, "approvers"),
          ),
      )
      .max(5_000)
      .optional()
      .describe("The sign-off gates (never their verdicts); without them, the model's preset's."),
    assets: z
      .array(
        z.strictObject({
          taskRef: ref,
          kind: z.enum(assetKinds),
          name: text(300).min(1),
          url: z
            .url({ protocol: /^https?$/ })
            .max(2000)
            .nullable(),
          interlinkerId: text(100).nullable(),
          knowledgeInterlinkerId: text(100).nullable(),
          content: z.strictObject({ mediaType: text(100), content: z.string() }).nullable(),
        }),
      )
      .max(20_000),
  })
  .meta({ id: "ProcessDocument" });
export type ProcessDocument = z.infer<typeof processDocument>;

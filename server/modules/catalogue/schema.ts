import { z } from "zod";
import {
  administrativeScopes,
  difficulties,
  interlinkerFunctions,
  interlinkerNatures,
  licences,
} from "../../../common/coproduction.js";
import { languages } from "../../../common/languages.js";
import { pageQuery } from "../../http/pagination.js";
import { canMap, timestamp, translatedOutput } from "../../http/schemas.js";

/** What a person may do with a catalogue entry; `rate` is the platform's `rate_interlinker`. */
export const interlinkerActions = ["rate"] as const;

/** Seeded and built-in interlinkers and problem profiles have slug ids. */
const slug = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** A seeded or built-in interlinker's slug, or a remote one's UUID. */
export const interlinkerId = z
  .string()
  .regex(slug, { message: "Not a valid interlinker id." })
  .or(z.uuid({ message: "Not a valid interlinker id." }))
  .describe("A slug such as `stakeholder-map`, or the UUID of a remote interlinker.");

export const interlinkerParams = z.strictObject({ id: interlinkerId });

/** Schema ids are the seed's, which may use underscores (`co_reflection`). */
export const schemaParams = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,99}$/, { message: "Not a valid schema id." }),
});

export const interlinkerListQuery = z.strictObject({
  ...pageQuery,
  // Longer than other lists' cursors: sorted by name, the cursor carries the last name.
  cursor: z.string().max(1500).optional().describe("The `nextCursor` of the previous page."),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Words to search for in names and descriptions, in any language; "quotes", or, -not work.'),
  nature: z.enum(interlinkerNatures).optional(),
  function: z.enum(interlinkerFunctions).optional().describe("Only interlinkers serving this function."),
  problemProfile: z
    .string()
    .regex(slug, { message: "Not a valid problem profile id." })
    .optional()
    .describe("Only interlinkers that address this problem profile."),
  language: z.enum(languages).optional().describe("Only interlinkers available in this language."),
});

const ratingSummary = z
  .object({
    average: z.number().nullable().describe("Average stars to one decimal; null before the first rating."),
    count: z.number().int(),
  })
  .meta({ id: "RatingSummary" });

export const interlinker = z
  .object({
    id: z.string(),
    nature: z.enum(interlinkerNatures),
    name: translatedOutput,
    description: translatedOutput,
    functions: z.array(z.enum(interlinkerFunctions)),
    problemProfiles: z.array(z.string()),
    tags: z.array(z.string()),
    licence: z.enum(licences),
    difficulty: z.enum(difficulties),
    administrativeScopes: z.array(z.enum(administrativeScopes)),
    languages: z.array(z.enum(languages)),
    url: z.string().nullable().describe("For an external interlinker: where the tool or guide lives."),
    softwareInterlinkerId: z
      .string()
      .nullable()
      .describe("For a knowledge interlinker: the software interlinker that opens its template."),
    templateLanguages: z
      .array(z.enum(languages))
      .describe(
        "The languages its template can be copied in (English first); a task gets the copy in the process's language when the template has it, else in English. Empty without a template.",
      ),
    rating: ratingSummary,
    can: canMap(interlinkerActions),
  })
  .meta({ id: "Interlinker" });

const myRating = z.object({ stars: z.number().int(), text: z.string() }).meta({ id: "MyRating" });

export const interlinkerDetail = interlinker
  .extend({
    instructions: translatedOutput,
    hasTemplate: z.boolean().describe("A knowledge interlinker with a template a task can copy."),
    myRating: myRating.nullable().describe("Your rating; null when you have none or are not signed in."),
  })
  .meta({ id: "InterlinkerDetail" });

export const ratingPut = z
  .strictObject({
    stars: z.int().min(1).max(5),
    text: z.string().trim().max(2000).optional(),
  })
  .meta({ id: "RatingPut" });

export const ratingListQuery = z.strictObject({ ...pageQuery });

export const rating = z
  .object({
    user: z.object({ id: z.string(), name: z.string() }),
    stars: z.number().int(),
    text: z.string(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "InterlinkerRating" });

export const problemProfile = z
  .object({ id: z.string(), name: translatedOutput, description: translatedOutput })
  .meta({ id: "ProblemProfile" });

export const processSchemaSummary = z
  .object({ id: z.string(), name: translatedOutput, description: translatedOutput, tags: z.array(z.string()) })
  .meta({ id: "ProcessSchemaSummary" });

export interface SchemaNodeOutput {
  key: string;
  name: Record<string, string | undefined>;
  description: Record<string, string | undefined>;
  problemProfiles: string[];
  prerequisites: string[];
  children: SchemaNodeOutput[];
}

/** One node of a schema's tree: a phase, whose children are objectives, whose children are tasks. */
export const schemaNode: z.ZodType<SchemaNodeOutput> = z
  .object({
    key: z.string(),
    name: translatedOutput,
    description: translatedOutput,
    problemProfiles: z.array(z.string()).describe("For a task: the problems it faces, used for recommendations."),
    prerequisites: z.array(z.string()).describe("Keys of sibling nodes to finish first."),
    get children() {
      return z.array(schemaNode);
    },
  })
  .meta({ id: "SchemaNode" });

export const processSchema = processSchemaSummary.extend({ tree: z.array(schemaNode) }).meta({ id: "ProcessSchema" });

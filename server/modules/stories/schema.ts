import { z } from "zod";
import { actorTypes } from "../../../common/actors.js";
import { itemStatuses, itemTypes } from "../../../common/coproduction.js";
import { languages } from "../../../common/languages.js";
import { storyStatuses } from "../../db/schema/stories.js";
import { pageQuery } from "../../http/pagination.js";
import { canMap, timestamp, translatedOutput, translatedText, whyMap } from "../../http/schemas.js";
import { storyActions } from "../../policies/story.js";

export const storyLimits = {
  title: 200,
  text: 10_000,
  phases: 100,
  keywords: 30,
  keyword: 50,
  shownAssets: 200,
} as const;

const phaseText = z
  .strictObject({
    itemId: z.uuid({ message: "Not a valid id." }).describe("A phase of the process."),
    text: translatedText(storyLimits.text).describe("What was done in this phase."),
  })
  .meta({ id: "StoryPhaseInput" });

const storyFields = {
  title: translatedText(storyLimits.title),
  problem: translatedText(storyLimits.text).optional().describe("What the problem was."),
  phases: z
    .array(phaseText)
    .max(storyLimits.phases)
    .optional()
    .describe("Per phase of the process, what was done (the draft offers the phases)."),
  outcomes: translatedText(storyLimits.text).optional(),
  lessons: translatedText(storyLimits.text).optional().describe("Lessons learned."),
  keywords: z.array(z.string().trim().min(1).max(storyLimits.keyword)).max(storyLimits.keywords).optional(),
  publicServiceId: z
    .uuid({ message: "Not a valid id." })
    .nullable()
    .optional()
    .describe("The public service the process improved: one you may see."),
  shownAssetIds: z
    .array(z.uuid({ message: "Not a valid id." }))
    .max(storyLimits.shownAssets)
    .optional()
    .describe("Assets of this process the story shows publicly (and that a reuse may copy)."),
  language: z.enum(languages).describe("The language the story was written in first."),
};

export const storyPublish = z.strictObject(storyFields).meta({ id: "StoryPublish" });
export type StoryPublish = z.infer<typeof storyPublish>;

export const storyUpdate = z
  .strictObject({
    ...storyFields,
    title: storyFields.title.optional(),
    language: storyFields.language.optional(),
    problem: storyFields.problem.nullable(),
    outcomes: storyFields.outcomes.nullable(),
    lessons: storyFields.lessons.nullable(),
  })
  .meta({ id: "StoryUpdate" });
export type StoryUpdate = z.infer<typeof storyUpdate>;

export const storyListQuery = z.strictObject({
  ...pageQuery,
  q: z.string().trim().min(1).max(200).optional().describe("Words in any of the four languages."),
  sort: z
    .enum(["newest", "relevance"])
    .optional()
    .describe("Newest first (the default), or by relevance to `q` (the default with `q`)."),
});

export const storyRatingPut = z.strictObject({ stars: z.int().min(1).max(5) }).meta({ id: "StoryRatingPut" });

export const storyReuse = z
  .strictObject({
    organizationId: z
      .uuid({ message: "Not a valid id." })
      .optional()
      .describe("An organization you may start processes for; without it, a process of your own."),
    includeAssets: z.boolean().optional().describe("Also copy the assets the story shows (never any other)."),
    name: z.string().trim().min(1).max(200).optional().describe("The new process's name; the story's title if not."),
  })
  .nullish()
  .meta({ id: "StoryReuse" });

const structureItem = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    type: z.enum(itemTypes),
    name: z.string(),
    translations: z.object({ name: translatedOutput.optional() }).optional(),
    status: z.enum(itemStatuses),
  })
  .meta({ id: "StoryStructureItem" });

const participation = z
  .object({
    type: z.enum(actorTypes),
    teams: z.number().int().describe("Teams of this kind holding a grant in the process."),
    people: z.number().int().describe("Their members, each counted once."),
  })
  .meta({ id: "StoryParticipation" });

export const storyOutput = z
  .object({
    id: z.uuid(),
    processId: z.uuid(),
    url: z.string().describe("The story's canonical page."),
    status: z.enum(storyStatuses),
    language: z.enum(languages),
    title: translatedOutput,
    problem: translatedOutput,
    phases: z.array(
      z.object({
        itemId: z.string(),
        name: z.string(),
        translations: z.object({ name: translatedOutput.optional() }).optional(),
        text: translatedOutput,
      }),
    ),
    outcomes: translatedOutput,
    lessons: translatedOutput,
    keywords: z.array(z.string()),
    structure: z.array(structureItem).describe("The process's phases, objectives and tasks when it was published."),
    participants: z.array(participation).describe("Who took part, by kind: never by name."),
    namedPeople: z
      .array(z.object({ id: z.string(), name: z.string() }))
      .describe("People who took part and asked to be named."),
    shownAssets: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), taskId: z.string() })),
    publicService: z
      .object({
        id: z.uuid(),
        name: translatedOutput,
        organization: z.object({ id: z.uuid(), name: translatedOutput }),
      })
      .nullable()
      .describe("The public service the process improved, when you may see it."),
    image: z.object({ url: z.string(), alt: z.string() }).nullable(),
    rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
    myRating: z.number().int().nullable(),
    namedMe: z.boolean().describe("You asked to be named in this story."),
    awaitingConsent: z
      .array(z.object({ side: z.number().int(), permittedBy: z.array(z.string()) }))
      .describe("Two keys (G+G): the sides whose consent the publication still waits for."),
    publishedAt: timestamp.nullable(),
    updatedAt: timestamp,
    can: canMap(storyActions),
    why: whyMap,
  })
  .meta({ id: "Story" });
export type StoryOutput = z.infer<typeof storyOutput>;

export const storyListItem = storyOutput
  .pick({
    id: true,
    processId: true,
    url: true,
    language: true,
    title: true,
    problem: true,
    keywords: true,
    image: true,
    rating: true,
    publishedAt: true,
  })
  .meta({ id: "StoryListItem" });

export const storyDraft = z
  .object({
    processId: z.uuid(),
    storyId: z
      .uuid()
      .nullable()
      .describe("The process's story when it has one (published or not): change it rather than publish a new one."),
    language: z.enum(languages),
    title: translatedOutput,
    problem: translatedOutput,
    phases: z.array(
      z.object({
        itemId: z.string(),
        name: z.string(),
        status: z.enum(itemStatuses),
        gate: z.enum(["pending", "approved", "rejected"]).nullable().describe("Its sign-off, if it has one."),
        objectives: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            status: z.enum(itemStatuses),
            tasks: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                status: z.enum(itemStatuses),
                approvedClaims: z.number().int().describe("Contributions claimed and approved on it."),
              }),
            ),
          }),
        ),
        text: translatedOutput.describe("A first wording of what was done, from its tasks and decisions."),
      }),
    ),
    decisions: z.array(
      z.object({
        assetId: z.string(),
        name: z.string(),
        taskId: z.string().nullable(),
        phaseId: z.string().nullable(),
        outcome: z.string(),
        closedAt: timestamp,
      }),
    ),
    participants: z.array(participation),
    assets: z
      .array(z.object({ id: z.string(), name: z.string(), kind: z.string(), taskId: z.string() }))
      .describe("The process's assets, to choose which the story shows."),
    publicServices: z
      .array(z.object({ id: z.uuid(), name: translatedOutput }))
      .describe("Services this process improved, that you may see."),
  })
  .meta({ id: "StoryDraft" });
export type StoryDraft = z.infer<typeof storyDraft>;

export const storyCreditOutput = z.object({ named: z.boolean() }).meta({ id: "StoryCredit" });

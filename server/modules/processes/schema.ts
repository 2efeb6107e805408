import { z } from "zod";
import { actorTypes, visibilities } from "../../../common/actors.js";
import { coreActivityKinds, governanceModels, itemStatuses, itemTypes, rights } from "../../../common/coproduction.js";
import {
  gateStates,
  gateVerdicts,
  governedActions,
  isPermittedBy,
  type PermittedBy,
} from "../../../common/governance.js";
import { languages } from "../../../common/languages.js";
import { pageQuery } from "../../http/pagination.js";
import { canMap, queryFlag, timestamp, translatedOutput, whyMap } from "../../http/schemas.js";
import { interlinkers } from "../../interlinkers/registry.js";
import { gateActions, governedItemActions, itemActions, processActions } from "../../policies/process.js";

const plainText = (max: number) => z.string().trim().max(max);
const tag = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[^\s,]+(?: [^\s,]+)*$/, "A tag is a word or a few words, without commas.");
const isoDate = z.iso.date({ message: "A date as YYYY-MM-DD." });
const profileId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "Not a problem profile id.");
const unique = <T>(list: T[]) => new Set(list).size === list.length;
/** Accounts answering for an item: people of the process, each once. */
const responsibleInput = z
  .array(z.string().min(1).max(100))
  .max(20)
  .refine(unique, { message: "Name each person once.", params: { code: "duplicate_entries" } })
  .describe("Account ids of the process's people (administrators, holders of a grant) who answer for the item.");

export const processCreate = z
  .strictObject({
    name: plainText(200).min(1),
    description: plainText(10_000).optional(),
    aim: plainText(5_000).optional(),
    language: z.enum(languages),
    organizationId: z.uuid().optional(),
    governanceModel: z.enum(governanceModels),
    visibility: z.enum(visibilities),
    tags: z.array(tag).max(30).optional(),
    schemaId: z
      .string()
      .regex(/^[a-z0-9_][a-z0-9_-]{0,99}$/, "Not a schema id.")
      .optional(),
  })
  .meta({ id: "ProcessCreate" });

export const processUpdate = z
  .strictObject({
    name: plainText(200).min(1).optional(),
    description: plainText(10_000).optional(),
    aim: plainText(5_000).optional(),
    language: z.enum(languages).optional(),
    governanceModel: z.enum(governanceModels).optional(),
    visibility: z.enum(visibilities).optional(),
    tags: z.array(tag).max(30).optional(),
  })
  .meta({ id: "ProcessUpdate" });

export const processListQuery = z.strictObject({
  ...pageQuery,
  q: z.string().trim().min(1).max(200).optional().describe("Words in the name."),
  mine: queryFlag.describe("Only processes you administer or take part in."),
  governanceModel: z.enum(governanceModels).optional(),
  organizationId: z.uuid().optional(),
});

export const processOrigin = z.object({
  processId: z.string(),
  name: z.string(),
  instance: z.string().optional(),
  via: z.enum(["clone", "import", "story"]),
  storyId: z.string().optional().describe("With `via: story`: the story it was reused from; `name` is its title."),
});

const progressCount = z.object({ total: z.number().int(), finished: z.number().int() });

export const processImageOutput = z
  .object({ url: z.string(), alt: z.string() })
  .meta({ id: "ProcessImage", description: "The cover image (WebP) and the words that describe it." });

export const imageQuery = z.strictObject({
  alt: z
    .string()
    .trim()
    .min(1, "Describe the image in a few words for people who cannot see it.")
    .max(300, "At most 300 characters."),
});

export const imageReadQuery = z.strictObject({
  v: z.string().max(100).optional().describe("The image's version, so a changed image gets a new address."),
});

export const processOutput = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    aim: z.string(),
    language: z.enum(languages),
    organizationId: z.uuid().nullable(),
    governanceModel: z.enum(governanceModels),
    visibility: z.enum(visibilities),
    tags: z.array(z.string()),
    schemaId: z.string().nullable(),
    clonedFrom: processOrigin.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    image: processImageOutput.nullable(),
    currentPhase: z
      .object({
        id: z.uuid(),
        name: z.string(),
        number: z.number().int().min(1).describe("Its place among the phases, from 1."),
        status: z.enum(itemStatuses),
      })
      .nullable()
      .describe("The first phase that is not finished; null when there is none."),
    phases: progressCount,
    tasks: progressCount,
    participants: z
      .object({
        teams: z.number().int(),
        organizations: z.number().int(),
        people: z.number().int().describe("People holding rights of their own, not through a team."),
        byType: z.array(
          z.object({ type: z.enum(actorTypes), teams: z.number().int(), organizations: z.number().int() }),
        ),
      })
      .describe("Who holds rights in the process, counted by actor type."),
    can: canMap(processActions),
  })
  .meta({ id: "Process" });

export const participantsOutput = z
  .object({
    items: z.array(
      z.object({
        team: z.object({
          id: z.uuid(),
          name: translatedOutput,
          type: z.enum(actorTypes),
          myRole: z.enum(["member", "administrator"]).nullable(),
          requestPending: z.boolean().describe("You asked to join and wait for an answer."),
          can: z.object({ request_to_join: z.boolean() }),
        }),
        organization: z.object({ id: z.uuid(), name: translatedOutput, type: z.enum(actorTypes) }),
      }),
    ),
    hiddenTeams: z.number().int().describe("Teams taking part that you may not see."),
  })
  .meta({ id: "ProcessParticipants" });

export const administratorParams = z.strictObject({ id: z.uuid(), userId: z.string().min(1).max(100) });

export const itemCreate = z
  .strictObject({
    type: z.enum(itemTypes),
    parentId: z.uuid().optional(),
    name: plainText(300).min(1),
    description: plainText(10_000).optional(),
    position: z.number().int().min(0).max(10_000).optional(),
    startDate: isoDate.nullable().optional(),
    endDate: isoDate.nullable().optional(),
    prerequisites: z.array(z.uuid()).max(50).optional(),
    problemProfiles: z.array(profileId).max(20).optional(),
    responsible: responsibleInput.optional(),
  })
  .meta({ id: "ItemCreate" });

export const itemUpdate = z
  .strictObject({
    name: plainText(300).min(1).optional(),
    description: plainText(10_000).optional(),
    status: z.enum(itemStatuses).optional(),
    parentId: z.uuid().nullable().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
    startDate: isoDate.nullable().optional(),
    endDate: isoDate.nullable().optional(),
    prerequisites: z.array(z.uuid()).max(50).optional(),
    problemProfiles: z.array(profileId).max(20).optional(),
    responsible: responsibleInput.optional(),
    force: z.boolean().optional().describe("Process administrators: start despite unfinished prerequisites."),
  })
  .meta({ id: "ItemUpdate" });

/** A person as the process's other people see them. */
export const personOutput = z.object({ id: z.string(), name: z.string() }).meta({ id: "ProcessPerson" });
export const peopleOutput = z.object({ items: z.array(personOutput) }).meta({ id: "ProcessPeople" });
export const responsibilitiesOutput = z
  .object({
    items: z.array(
      z.object({
        id: z.uuid(),
        type: z.enum(itemTypes),
        name: z.string().describe("In the reader's language when the item has it."),
        status: z.enum(itemStatuses),
        processId: z.uuid(),
        processName: z.string(),
      }),
    ),
  })
  .meta({ id: "MyResponsibilities" });

/** A sign-off gate (issue #12): who approves, how many, the live verdicts and where it stands. */
export const gateOutput = z
  .object({
    itemId: z.string(),
    approvers: z.array(z.string()),
    sides: z.array(z.array(z.string())).optional(),
    required: z.number().int(),
    decisionAssetId: z.string().optional(),
    preset: z.boolean().describe("Put by the model's preset: another model replaces it until someone gives a verdict."),
    approvals: z.array(
      z.object({
        userId: z.string(),
        name: z.string().nullable().describe("Null for readers who may not see the process's people."),
        verdict: z.enum(gateVerdicts),
        comment: z.string(),
        at: z.string(),
      }),
    ),
    state: z.enum(gateStates),
  })
  .meta({ id: "Gate" });

const itemFields = {
  id: z.uuid(),
  type: z.enum(itemTypes),
  parentId: z.uuid().nullable(),
  name: z.string().describe("In the reader's language (Accept-Language, else the account's) when it has one."),
  description: z.string(),
  translations: z
    .object({ name: translatedOutput, description: translatedOutput })
    .describe("Every wording the item has, by language; a rename writes the reader's language."),
  position: z.number().int(),
  status: z.enum(itemStatuses),
  progress: z.number().int().min(0).max(100),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  prerequisites: z.array(z.uuid()),
  problemProfiles: z.array(z.string()),
  responsible: z
    .array(personOutput)
    .describe("Who answers for the item; empty for readers who may not see the process's people."),
  can: canMap([...itemActions, ...governedItemActions, ...gateActions]),
  why: whyMap,
  gate: gateOutput.nullable().describe("The item's sign-off gate and where it stands; null when it has none."),
};

export const itemOutput = z.object(itemFields).meta({ id: "Item" });

export type TreeNode = z.infer<typeof itemOutput> & { children: TreeNode[] };
export const treeNode: z.ZodType<TreeNode> = z
  .object({
    ...itemFields,
    get children() {
      return z.array(treeNode);
    },
  })
  .meta({ id: "TreeItem" });

export const treeOutput = z.object({ items: z.array(treeNode) }).meta({ id: "ProcessTree" });

export const grantCreate = z
  .strictObject({
    teamId: z.uuid().optional(),
    userId: z.string().min(1).max(100).optional(),
    itemId: z.uuid().optional(),
    rights: z.array(z.enum(rights)).min(1).max(rights.length),
  })
  .refine((body) => (body.teamId === undefined) !== (body.userId === undefined), {
    message: "Give either teamId or userId, not both.",
    params: { code: "team_id_or_user_id" },
  })
  .meta({ id: "GrantCreate" });

export const grantOutput = z
  .object({
    id: z.uuid(),
    processId: z.uuid(),
    itemId: z.uuid().nullable(),
    team: z.object({ id: z.uuid(), name: z.record(z.string(), z.string()) }).nullable(),
    user: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
    rights: z.array(z.enum(rights)),
    createdAt: timestamp,
  })
  .meta({ id: "Grant" });

export const accessQuery = z.strictObject({ userId: z.string().min(1).max(100) });

export const accessOutput = z
  .object({
    userId: z.string(),
    isAdministrator: z.boolean(),
    processRights: z.array(z.enum(rights)),
    items: z.array(
      z.object({
        itemId: z.uuid(),
        name: z.string(),
        type: z.enum(itemTypes),
        rights: z.array(z.enum(rights)),
        grants: z.array(z.uuid()).describe("The grants these rights come from."),
      }),
    ),
  })
  .meta({ id: "ProcessAccess" });

/** The core's kinds and one per built-in interlinker. */
const activityKinds: [string, ...string[]] = [
  ...coreActivityKinds,
  ...interlinkers.map((definition) => definition.manifest.id),
];

export const activityQuery = z.strictObject({
  ...pageQuery,
  kind: z
    .enum(activityKinds, { error: `The kind is one of: ${activityKinds.join(", ")}.` })
    .optional()
    .describe("Only entries of this kind (the part of `action` before the dot)."),
  person: z
    .uuid({ error: "A person is named by their id, a UUID." })
    .optional()
    .describe("Only entries by this person (their id)."),
});

const translatedOrPlain = z.union([z.string(), z.record(z.string(), z.string())]);

/** Who did it, named for this reader: a person they may see, someone who voted anonymously, or a former participant. */
export const activityActor = z
  .object({
    kind: z
      .enum(["person", "anonymous", "former", "hidden"])
      .describe(
        "`person`: named; `anonymous`: an anonymous ballot or the system; `former`: their account is erased; `hidden`: this reader may not see who.",
      ),
    id: z.string().nullable(),
    name: z.string().nullable(),
  })
  .meta({ id: "ActivityActor" });

/** What an entry is about, or where it happened, with its current name (or the last one the trail knew). */
export const activityReference = z
  .object({
    type: z.enum(["process", "item", "asset", "team", "person", "post", "grant"]),
    id: z.string(),
    itemType: z.enum(itemTypes).nullable().describe("For items: phase, objective or task."),
    name: translatedOrPlain.nullable().describe("Null when this reader may not see it or it was never named."),
    exists: z.boolean().describe("False once it is deleted: no link then."),
    taskId: z.string().nullable().describe("The task to link to: the item itself, or the task an asset belongs to."),
  })
  .meta({ id: "ActivityReference" });

export const activityOutput = z
  .object({
    id: z.uuid(),
    sequence: z.number().int(),
    actorId: z.string().nullable(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    summary: z.object({ before: z.unknown().optional(), after: z.unknown().optional() }),
    createdAt: timestamp,
    previousHash: z.string(),
    hash: z.string(),
    actor: activityActor,
    subject: activityReference.nullable().describe("What the entry is about."),
    place: activityReference.nullable().describe("Where it happened: the task of an asset, the item of a grant."),
  })
  .meta({ id: "ActivityEntry" });

export const activityPage = z
  .object({
    items: z.array(activityOutput),
    nextCursor: z.string().nullable(),
    people: z
      .array(z.object({ id: z.string(), name: z.string() }))
      .describe("Everyone this reader may see who appears in the trail, to filter by."),
  })
  .meta({ id: "ActivityPage" });

export const verifyOutput = z
  .object({ valid: z.boolean(), entries: z.number().int(), firstBrokenAt: z.number().int().nullable() })
  .meta({ id: "ActivityVerification" });

export const cloneBody = z
  .strictObject({
    name: plainText(200).min(1).optional(),
    visibility: z.enum(visibilities).default("private"),
    includeGrants: z.boolean().default(false),
    includeAssets: z.boolean().default(true),
  })
  .meta({ id: "ProcessClone" });

/** A permitted-by value (common/governance.ts): a party the rulebook knows, else `unknown_party`. */
export const permittedByValue = z
  .string()
  .max(2_000)
  .refine(isPermittedBy, {
    message: "Not administrators, participants, signed_in, teams_of_type:<actor type> or teams:<team ids>.",
    params: { code: "unknown_party" },
  }) as unknown as z.ZodType<PermittedBy, string>;

const ruleFields = {
  action: z.enum(governedActions),
  permittedBy: z.array(permittedByValue).min(1).max(20),
  sides: z.array(z.array(permittedByValue).min(1).max(20)).min(2).max(4).optional(),
};

/** Every side's values are among those permitted: a side no rule lets act could never consent. */
export function sidesWithinPermitted(
  rule: { permittedBy: string[]; sides?: string[][] },
  context: z.RefinementCtx,
  field = "permittedBy",
): void {
  for (const [index, side] of (rule.sides ?? []).entries()) {
    for (const [position, value] of side.entries()) {
      if (rule.permittedBy.includes(value)) continue;
      context.addIssue({
        code: "custom",
        path: ["sides", index, position],
        message: `Every side's values must also be among ${field}.`,
        params: { code: "side_not_permitted" },
      });
    }
  }
}

export const ruleInput = z
  .strictObject({ ...ruleFields, itemId: z.uuid().optional() })
  .superRefine((rule, context) => sidesWithinPermitted(rule, context));

export const governanceUpdate = z
  .strictObject({
    model: z.enum(governanceModels).optional().describe("Choosing a model resets the rules to its preset."),
    rules: z.array(ruleInput).max(200).optional().describe("A full replacement of the rules."),
  })
  .superRefine((body, context) => {
    const seen = new Set<string>();
    for (const [index, rule] of (body.rules ?? []).entries()) {
      const key = `${rule.action}@${rule.itemId ?? "*"}`;
      if (seen.has(key)) {
        context.addIssue({
          code: "custom",
          path: ["rules", index],
          message: "Another rule already governs this action here.",
          params: { code: "duplicate_rule" },
        });
      }
      seen.add(key);
    }
  })
  .meta({ id: "GovernanceUpdate" });

export const ruleOutput = z
  .object({
    action: z.enum(governedActions),
    permittedBy: z.array(z.string()),
    sides: z.array(z.array(z.string())).optional(),
    itemId: z.string().optional(),
  })
  .meta({ id: "Rule" });

/** Setting an item's sign-off gate: who approves, how many approvals, optionally a decision to settle first. */
export const gateInput = z
  .strictObject({
    approvers: z.array(permittedByValue).min(1).max(20),
    sides: ruleFields.sides.describe("Two keys: one approval from each side (each side's values among approvers)."),
    required: z.number().int().min(1).max(20),
    decisionAssetId: z.uuid().optional().describe("A decision in the item that must be closed with a winner first."),
  })
  .superRefine((gate, context) =>
    sidesWithinPermitted({ permittedBy: gate.approvers, sides: gate.sides }, context, "approvers"),
  )
  .meta({ id: "GateUpdate" });

/** An approver's verdict; a rejection says why. */
export const verdictInput = z
  .strictObject({
    verdict: z.enum(gateVerdicts),
    comment: plainText(2_000).default(""),
  })
  .superRefine((body, context) => {
    if (body.verdict === "reject" && body.comment === "") {
      context.addIssue({
        code: "custom",
        path: ["comment"],
        message: "Say why you reject it, so the people doing the work know what to change.",
        params: { code: "required" },
      });
    }
  })
  .meta({ id: "GateVerdictInput" });

export const governanceOutput = z
  .object({
    model: z.enum(governanceModels),
    rules: z.array(ruleOutput),
    gates: z.array(gateOutput),
    can: z.object({ change_rules: z.boolean() }),
    why: whyMap,
  })
  .meta({ id: "Governance" });

import { z } from "zod";
import { timestamp, translatedOutput, whyMap } from "../sdk/server.js";
import { maxDots, pollTypeIds, pollTypes } from "./poll-types.js";
import { stances, tieBreaks } from "./tally.js";

// The zod shapes of what the decision interlinker reads and answers; the OpenAPI document is made from them.

export const maxLabelLength = 200;
export const maxOutcomeLength = 5000;
export const maxDescriptionLength = 5000;
const maxTeams = 20;
const latestClosing = 366 * 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------------------------
// Input: creating a poll, a ballot, closing

// NUL and lone surrogates never get here: server/http/storable.ts refuses them for every route.

const optionLabel = z
  .string()
  .trim()
  .min(1, "An option needs a label.")
  .max(maxLabelLength, `An option's label has at most ${maxLabelLength} characters.`);

export const decisionInput = z
  .strictObject({
    type: z.enum(pollTypeIds, { message: `The type is one of ${pollTypeIds.join(", ")}.` }),
    description: z
      .string({ message: "The description is text." })
      .trim()
      .max(maxDescriptionLength, `The description has at most ${maxDescriptionLength} characters.`)
      .optional(),
    options: z
      .array(z.strictObject({ label: optionLabel }))
      .max(30, "A poll has at most 30 options.")
      .optional(),
    closesAt: timestamp.optional(),
    quorumPercent: z.number().int("A whole percentage.").min(1).max(100).optional(),
    anonymous: z.boolean().optional(),
    hideResultsUntilClosed: z.boolean().optional(),
    dots: z.number().int("Dots are a whole number.").min(1).max(maxDots).optional(),
    voters: z
      .strictObject({
        teams: z
          .array(z.uuid({ message: "Not a team id." }))
          .min(1, "Name at least one team, or leave voters out to let everyone with a right on the task vote.")
          .max(maxTeams),
      })
      .optional(),
  })
  .superRefine((input, context) => {
    const definition = pollTypes[input.type];
    const issue = (path: (string | number)[], code: string, message: string, params: Record<string, number> = {}) =>
      context.addIssue({ code: "custom", path, message, params: { code, ...params } });
    const options = input.options ?? [];
    if (definition.options === null) {
      if (options.length > 0)
        issue(["options"], "proposal_has_no_options", "A proposal has the four fixed stances: leave options out.");
    } else if (options.length < definition.options.min || options.length > definition.options.max) {
      issue(
        ["options"],
        "option_count",
        `A ${input.type} poll has from ${definition.options.min} to ${definition.options.max} options; this has ${options.length}.`,
        { minimum: definition.options.min, maximum: definition.options.max, count: options.length },
      );
    }
    const seen = options.map((option) => option.label.toLocaleLowerCase());
    seen.forEach((label, index) => {
      if (seen.indexOf(label) !== index)
        issue(["options", index, "label"], "duplicate_label", "Two options have this label.");
    });
    if (definition.takesDots && input.dots === undefined)
      issue(["dots"], "dots_budget_required", "Say how many dots each voter has.");
    if (!definition.takesDots && input.dots !== undefined)
      issue(["dots"], "dots_only_for_dot_vote", "Only a dot_vote poll has dots.");
    if (input.closesAt !== undefined) {
      const closes = Date.parse(input.closesAt);
      if (closes <= Date.now()) issue(["closesAt"], "closes_in_past", "The closing time must be in the future.");
      else if (closes > Date.now() + latestClosing)
        issue(["closesAt"], "closes_too_late", "Close the poll within a year.");
    }
    const teams = input.voters?.teams ?? [];
    teams.forEach((team, index) => {
      if (teams.indexOf(team) !== index)
        issue(["voters", "teams", index], "duplicate_team", "This team is named twice.");
    });
  });
export type DecisionInput = z.infer<typeof decisionInput>;

const ballotFields = Object.fromEntries(
  pollTypeIds.map((type) => [pollTypes[type].field, pollTypes[type].shape.optional()]),
);
/** Every type's ballot field, each optional; a poll accepts exactly the one field of its type. */
export const ballotBody = z.strictObject(ballotFields).meta({
  id: "DecisionBallot",
  description:
    "Exactly one field, by poll type: proposal {stance} · single_choice {optionId} · approval {optionIds} · " +
    "ranked_choice {ranking} · dot_vote {dots} (sum ≤ the poll's dots) · score {scores} (every option, 0–5) · " +
    "meeting_time {slots} (every slot: yes, maybe or no).",
});
export type BallotBody = Record<string, unknown>;

export const closeBody = z.strictObject({
  outcome: z
    .string()
    .trim()
    .min(1, "Write the outcome: what was decided and what happens next.")
    .max(maxOutcomeLength, `The outcome has at most ${maxOutcomeLength} characters.`),
});

// ---------------------------------------------------------------------------------------------------------------
// Output

const optionOutput = z
  .object({ id: z.uuid(), label: z.string(), stance: z.enum(stances).nullable() })
  .meta({ id: "DecisionOption" });
const winnerOutput = z.object({ optionId: z.uuid(), label: z.string() }).nullable();

export const decisionOutput = z
  .object({
    assetId: z.uuid(),
    type: z.enum(pollTypeIds),
    description: z.string().nullable().describe("What is being decided and why, as plain text."),
    options: z.array(optionOutput),
    closesAt: timestamp.nullable(),
    quorumPercent: z.number().int().nullable(),
    anonymous: z.boolean(),
    hideResultsUntilClosed: z.boolean(),
    dots: z.number().int().nullable(),
    maxScore: z.number().int(),
    voters: z.object({ teams: z.array(z.object({ id: z.uuid(), name: translatedOutput })) }).nullable(),
    status: z.enum(["open", "closed"]),
    closedAt: timestamp.nullable(),
    outcome: z.string().nullable(),
    eligible: z.number().int(),
    ballots: z.number().int(),
    myBallot: ballotBody.nullable(),
    resultsVisible: z.boolean(),
    can: z.object({ vote: z.boolean(), close: z.boolean() }),
    /** For `vote` and `close` when the policy refuses them: the reason and the rule. */
    why: whyMap,
  })
  .meta({ id: "Decision" });

const resultFields = {
  eligible: z.number().int(),
  ballots: z.number().int(),
  quorumPercent: z.number().int().nullable(),
  quorumReached: z.boolean(),
  tally: z.array(
    z
      .object({
        optionId: z.uuid(),
        label: z.string(),
        count: z.number().int(),
        total: z.number().nullable(),
        average: z.number().nullable(),
        answers: z.object({ yes: z.number().int(), maybe: z.number().int(), no: z.number().int() }).nullable(),
      })
      .meta({ id: "DecisionOptionTally" }),
  ),
  winner: winnerOutput,
  tied: z.array(z.uuid()),
  tieBreak: z.enum(tieBreaks).nullable(),
  passed: z.boolean().nullable(),
  rounds: z
    .array(
      z
        .object({
          round: z.number().int(),
          counts: z.array(z.object({ optionId: z.uuid(), votes: z.number().int() })),
          exhausted: z.number().int(),
          eliminated: z.uuid().nullable(),
          tieBreak: z.enum(tieBreaks).nullable(),
        })
        .meta({ id: "DecisionRound" }),
    )
    .nullable(),
};
/** What closing freezes; stored in the poll row and in exports. */
export const storedResult = z.object({ ...resultFields, countedVoterIds: z.array(z.string()).optional() });
export type StoredResult = z.infer<typeof storedResult>;

export const resultsOutput = z
  .object({
    status: z.enum(["open", "closed"]),
    closedAt: timestamp.nullable(),
    outcome: z.string().nullable(),
    ...resultFields,
    votes: z
      .array(z.object({ voter: z.object({ id: z.string(), name: z.string() }), ballot: ballotBody }))
      .nullable()
      .meta({ description: "Who voted what; null for anonymous polls, which never tell." }),
  })
  .meta({ id: "DecisionResults" });

/** How a closed poll came out, in numbers the web words in the reader's language. */
export const closedResultOutput = z
  .object({
    kind: z
      .enum(["chosen", "agreed", "not_agreed", "blocked", "no_quorum", "no_winner"])
      .describe(
        "chosen: an option won · agreed / not_agreed / blocked: a proposal's fate · no_quorum: too few ballots · " +
          "no_winner: nobody supported anything",
      ),
    label: z.string().nullable().describe("The chosen option's label, as its poll wrote it."),
    count: z
      .number()
      .int()
      .nullable()
      .describe(
        "Ballots behind the result: for the winner (in the final instant-runoff round), or a proposal's agree, " +
          "block or disagree ballots; null for score polls, which rank by average.",
      ),
    average: z.number().nullable().describe("Score polls: the winner's mean score (0–5)."),
    ballots: z.number().int(),
    eligible: z.number().int(),
  })
  .meta({ id: "DecisionClosedResult" });

export const closedDecisionsOutput = z
  .object({
    items: z.array(
      z
        .object({
          assetId: z.uuid(),
          title: z.string(),
          taskId: z.uuid(),
          taskName: z.string().describe("In the reader's language where the task has that wording."),
          type: z.enum(pollTypeIds),
          closedAt: timestamp,
          outcome: z.string().nullable().describe("What was decided and what happens next, as its closer wrote it."),
          result: closedResultOutput.nullable().describe("Null when the frozen count cannot be read."),
        })
        .meta({ id: "ClosedDecision" }),
    ),
    total: z.number().int().describe("Every closed decision the reader may see, beyond the latest listed."),
  })
  .meta({ id: "ClosedDecisions" });

/** The latest closed decisions a process page lists. */
export const closedDecisionsShown = 10;

/** A close that recorded one side's consent of two (G+G): which sides must still close it. */
export const awaitingConsentOutput = z
  .object({
    status: z.literal("awaiting_consent"),
    missing: z.array(
      z.object({
        side: z.number().int().describe("The side's place in the rule's sides."),
        permittedBy: z.array(z.string()).describe("Who stands for that side, as the rulebook names them."),
      }),
    ),
  })
  .meta({ id: "DecisionAwaitingConsent" });

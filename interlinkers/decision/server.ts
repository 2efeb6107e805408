import { and, asc, count, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { Database } from "../../server/db/client.js";
import { asset } from "../../server/db/schema/index.js";
import { optionalActor } from "../../server/http/actor.js";
import {
  conflict,
  type FieldError,
  forbidden,
  invalid,
  notSignedIn,
  Problem,
  refusalResponses,
} from "../../server/http/problem.js";
import { emptyBody, idParams, timestamp, translatedOutput } from "../../server/http/schemas.js";
import type { ApiApp } from "../../server/http/types.js";
import { getUserSummaries } from "../../server/modules/accounts/service.js";
import { appendActivity } from "../../server/modules/activity/service.js";
import { assetForRequest } from "../../server/modules/assets/service.js";
import { itemSubject, loadProcessTree } from "../../server/modules/processes/access.js";
import { rightHoldersOf } from "../../server/modules/processes/grants.js";
import { itemText, readerLanguage } from "../../server/modules/processes/translations.js";
import { getTeam } from "../../server/modules/teams/service.js";
import { authorize, can } from "../../server/policies/index.js";
import type { AssetRow, InterlinkerServer } from "../contract.js";
import { decisionManifest } from "./manifest.js";
import { maxDots, type PollType, pollTypeIds, pollTypes, tallyPoll } from "./poll-types.js";
import { decisionBallot, decisionOption, decisionPoll } from "./tables.js";
import { maxScore, stances, tieBreaks } from "./tally.js";

export const maxLabelLength = 200;
export const maxOutcomeLength = 5000;
export const maxDescriptionLength = 5000;
const maxTeams = 20;
const latestClosing = 366 * 24 * 60 * 60 * 1000;

type PollRow = typeof decisionPoll.$inferSelect;
type OptionRow = typeof decisionOption.$inferSelect;

// ---------------------------------------------------------------------------------------------------------------
// Input: creating a poll

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

// ---------------------------------------------------------------------------------------------------------------
// Output

const ballotFields = Object.fromEntries(
  pollTypeIds.map((type) => [pollTypes[type].field, pollTypes[type].shape.optional()]),
);
/** Every type's ballot field, each optional; a poll accepts exactly the one field of its type. */
const ballotBody = z.strictObject(ballotFields).meta({
  id: "DecisionBallot",
  description:
    "Exactly one field, by poll type: proposal {stance} · single_choice {optionId} · approval {optionIds} · " +
    "ranked_choice {ranking} · dot_vote {dots} (sum ≤ the poll's dots) · score {scores} (every option, 0–5) · " +
    "meeting_time {slots} (every slot: yes, maybe or no).",
});
type BallotBody = Record<string, unknown>;

const optionOutput = z
  .object({ id: z.uuid(), label: z.string(), stance: z.enum(stances).nullable() })
  .meta({ id: "DecisionOption" });
const winnerOutput = z.object({ optionId: z.uuid(), label: z.string() }).nullable();

const decisionOutput = z
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
const storedResult = z.object({ ...resultFields, countedVoterIds: z.array(z.string()).optional() });
type StoredResult = z.infer<typeof storedResult>;

const resultsOutput = z
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
const closedResultOutput = z
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

const closedDecisionsOutput = z
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

/** A frozen count as the public page tells it: who won with how many ballots, or why nothing was decided. */
function closedResult(type: PollType, result: StoredResult): z.infer<typeof closedResultOutput> {
  const base = { label: null, count: null, average: null, ballots: result.ballots, eligible: result.eligible };
  if (!result.quorumReached) return { ...base, kind: "no_quorum" };
  const winner = result.winner;
  const entry = winner ? result.tally.find((option) => option.optionId === winner.optionId) : undefined;
  if (!winner || !entry) return { ...base, kind: "no_winner" };
  if (type === "proposal") {
    // The "winner" of a proposal is the stance that carries it: agree when it passes, else block or disagree.
    const kind = result.passed ? "agreed" : entry.label === "block" ? "blocked" : "not_agreed";
    return { ...base, kind, count: entry.count };
  }
  if (type === "score") return { ...base, kind: "chosen", label: winner.label, average: entry.average };
  const final = result.rounds?.at(-1)?.counts.find((round) => round.optionId === winner.optionId);
  return { ...base, kind: "chosen", label: winner.label, count: final?.votes ?? entry.count };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading polls, voters and results

async function loadPoll(db: Database, assetId: string, lock = false) {
  const query = db.select().from(decisionPoll).where(eq(decisionPoll.assetId, assetId));
  const [poll] = lock ? await query.for("update") : await query;
  if (!poll) throw new Problem(404, "not-found", "This decision has no poll (it may have been removed).");
  const options = await db
    .select()
    .from(decisionOption)
    .where(eq(decisionOption.assetId, assetId))
    .orderBy(asc(decisionOption.position));
  return { poll, options };
}

/** Closed for ballots: closed by someone, or past its closing time. */
export function isClosed(poll: Pick<PollRow, "closedAt" | "closesAt">, now = new Date()): boolean {
  return poll.closedAt !== null || (poll.closesAt !== null && poll.closesAt <= now);
}

/**
 * The people who may vote: everyone with an effective right on the task and the process's administrators, or,
 * when the poll names teams, the members of those teams who can see the task's assets.
 */
async function eligibleVoters(
  db: Database,
  poll: PollRow,
  task: { processId: string; taskId: string; visibility: string },
): Promise<Set<string>> {
  const holders = await rightHoldersOf(db, { processId: task.processId, itemId: task.taskId });
  const hasRight = (userId: string) => (holders.people.get(userId)?.size ?? 0) > 0;
  if (!poll.voterTeamIds) {
    return new Set([...holders.administrators, ...[...holders.people.keys()].filter(hasRight)]);
  }
  const voters = new Set<string>();
  for (const teamId of poll.voterTeamIds) {
    for (const userId of holders.teamMembers.get(teamId) ?? []) {
      if (task.visibility === "public" || holders.administrators.has(userId) || hasRight(userId)) voters.add(userId);
    }
  }
  return voters;
}

function taskOf(loaded: { asset: AssetRow; task: { tree: { process: { visibility: string } } } }) {
  return {
    processId: loaded.asset.processId,
    taskId: loaded.asset.taskId,
    visibility: loaded.task.tree.process.visibility,
  };
}

/** Counts the ballots of the people eligible now; a ballot of someone who lost their right no longer counts. */
async function countResults(
  db: Database,
  poll: PollRow,
  options: OptionRow[],
  eligible: Set<string>,
): Promise<StoredResult> {
  const rows = await db.select().from(decisionBallot).where(eq(decisionBallot.assetId, poll.assetId));
  const counted = rows.filter((row) => eligible.has(row.voterId)).sort((a, b) => (a.voterId < b.voterId ? -1 : 1));
  const tally = tallyPoll(
    poll.type,
    options,
    counted.map((row) => row.choice),
  );
  const quorumReached =
    poll.quorumPercent === null || (counted.length > 0 && counted.length * 100 >= poll.quorumPercent * eligible.size);
  const labels = new Map(options.map((option) => [option.id, option.label]));
  return {
    eligible: eligible.size,
    ballots: counted.length,
    quorumPercent: poll.quorumPercent,
    quorumReached,
    tally: tally.options.map((entry) => ({ ...entry, label: labels.get(entry.optionId) ?? "" })),
    // Without quorum nothing is decided, whatever the count says.
    winner: quorumReached && tally.winner ? { optionId: tally.winner, label: labels.get(tally.winner) ?? "" } : null,
    tied: tally.tied,
    tieBreak: tally.tieBreak,
    passed: quorumReached ? tally.passed : null,
    rounds: tally.rounds,
    countedVoterIds: counted.map((row) => row.voterId),
  };
}

function publicResult(result: StoredResult) {
  const { countedVoterIds: _, ...rest } = result;
  return rest;
}

async function present(
  db: Database,
  loaded: Awaited<ReturnType<typeof assetForRequest>>,
  poll: PollRow,
  options: OptionRow[],
) {
  const { actor } = loaded;
  const eligible = await eligibleVoters(db, poll, taskOf(loaded));
  const closed = isClosed(poll);
  const stored = poll.result ? storedResult.safeParse(poll.result) : null;
  const ballots =
    stored?.success && poll.closedAt
      ? stored.data.ballots
      : (
          await db
            .select({ voterId: decisionBallot.voterId })
            .from(decisionBallot)
            .where(eq(decisionBallot.assetId, poll.assetId))
        ).filter((row) => eligible.has(row.voterId)).length;
  const [mine] = actor
    ? await db
        .select()
        .from(decisionBallot)
        .where(and(eq(decisionBallot.assetId, poll.assetId), eq(decisionBallot.voterId, actor.userId)))
    : [];
  const teams = poll.voterTeamIds
    ? await Promise.all(
        poll.voterTeamIds.map(async (id) => ({
          id,
          name: (await getTeam(db, actor, id).catch(() => undefined))?.row.name ?? {},
        })),
      )
    : null;
  return {
    assetId: poll.assetId,
    type: poll.type,
    description: poll.description,
    options: options.map((option) => ({ id: option.id, label: option.label, stance: option.stance ?? null })),
    closesAt: poll.closesAt?.toISOString() ?? null,
    quorumPercent: poll.quorumPercent,
    anonymous: poll.anonymous,
    hideResultsUntilClosed: poll.hideResultsUntilClosed,
    dots: poll.dots,
    maxScore,
    voters: teams ? { teams } : null,
    status: closed ? ("closed" as const) : ("open" as const),
    closedAt: (poll.closedAt ?? (closed ? poll.closesAt : null))?.toISOString() ?? null,
    outcome: poll.outcome,
    eligible: stored?.success && poll.closedAt ? stored.data.eligible : eligible.size,
    ballots,
    myBallot: mine?.choice ?? null,
    resultsVisible: closed || !poll.hideResultsUntilClosed,
    can: {
      vote: actor !== null && !closed && eligible.has(actor.userId),
      close: actor !== null && poll.closedAt === null && can(actor, "edit_assets", loaded.task.subject),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Ballots

/** The ballot's one value, after its shape and its sense for this poll are checked; refuses with every problem. */
function checkBallot(type: PollType, body: BallotBody, context: { optionIds: string[]; dots: number | null }) {
  const definition = pollTypes[type];
  const errors: FieldError[] = [];
  for (const field of Object.keys(body)) {
    if (field !== definition.field && body[field] !== undefined) {
      errors.push({
        path: `body.${field}`,
        code: "ballot_field_not_allowed",
        params: { field, example: definition.example },
        message: `A ${type} ballot has no ${field}; send ${definition.example}.`,
      });
    }
  }
  const value = body[definition.field];
  if (value === undefined) {
    errors.push({
      path: `body.${definition.field}`,
      code: "ballot_field_required",
      params: { example: definition.example },
      message: `A ${type} ballot is ${definition.example}.`,
    });
  } else {
    const issues = definition.check(value, context);
    for (const issue of issues) errors.push({ ...issue, path: ["body", ...issue.path].join(".") });
  }
  if (errors.length) throw invalid(errors, `This is not a valid ${type} ballot: ${errors[0]!.message}`);
  return value;
}

function refuseClosed(poll: PollRow): never {
  throw conflict(
    "decision-closed",
    poll.closedAt
      ? "This poll is closed: ballots can no longer be cast or changed."
      : "This poll's closing time has passed: ballots can no longer be cast or changed.",
  );
}

async function signedInVoter(request: FastifyRequest) {
  const loaded = await assetForRequest(request, "view_assets", "decision");
  if (!loaded.actor) throw notSignedIn();
  return { ...loaded, actor: loaded.actor };
}

const notAVoter = (poll: PollRow) =>
  forbidden(
    poll.voterTeamIds
      ? "Only members of the teams this poll names may vote in it."
      : "Only people with a right on this task, and the process's administrators, may vote in this poll.",
  );

// ---------------------------------------------------------------------------------------------------------------
// Export format

const exportFormat = z.strictObject({
  format: z.literal("interlink-decision"),
  version: z.literal(1),
  definition: z.strictObject({
    type: z.enum(pollTypeIds),
    description: z.string().max(maxDescriptionLength).nullable().optional(),
    options: z
      .array(
        z.strictObject({ id: z.string(), label: z.string().max(maxLabelLength), stance: z.enum(stances).nullable() }),
      )
      .max(30),
    closesAt: z.string().nullable(),
    quorumPercent: z.number().int().min(1).max(100).nullable(),
    anonymous: z.boolean(),
    hideResultsUntilClosed: z.boolean(),
    dots: z.number().int().min(1).max(maxDots).nullable(),
    voters: z.strictObject({ teams: z.array(z.string()) }).nullable(),
  }),
  closed: z
    .strictObject({
      closedAt: z.string(),
      outcome: z.string().max(maxOutcomeLength).nullable(),
      result: storedResult.nullable(),
    })
    .nullable(),
});

async function insertPoll(
  tx: Database,
  assetId: string,
  definition: Omit<typeof decisionPoll.$inferInsert, "assetId">,
  options: { label: string; stance?: (typeof stances)[number] | null }[],
) {
  await tx.insert(decisionPoll).values({ ...definition, assetId });
  if (options.length === 0) return [];
  return tx
    .insert(decisionOption)
    .values(
      options.map((option, position) => ({ assetId, position, label: option.label, stance: option.stance ?? null })),
    )
    .returning();
}

const stanceOptions = stances.map((stance) => ({ label: stance, stance }));

// ---------------------------------------------------------------------------------------------------------------

const assetParams = z.strictObject({ assetId: z.uuid({ message: "Not a valid id." }) });
const tags = ["interlinker: decision"];

export const decisionInterlinker: InterlinkerServer<DecisionInput> = {
  manifest: decisionManifest,
  inputSchema: decisionInput,

  async instantiate({ tx, asset, input }) {
    if (input.voters) {
      const holders = await rightHoldersOf(tx, { processId: asset.processId, itemId: asset.taskId });
      const errors = input.voters.teams.flatMap((teamId, index) =>
        holders.teamMembers.has(teamId)
          ? []
          : [
              {
                path: `body.input.voters.teams.${index}`,
                code: "team_without_rights",
                message: "This team holds no rights in this process: give it a grant first, or name another team.",
              },
            ],
      );
      if (errors.length) throw invalid(errors);
    }
    await insertPoll(
      tx,
      asset.id,
      {
        type: input.type,
        description: input.description || null,
        closesAt: input.closesAt ? new Date(input.closesAt) : null,
        quorumPercent: input.quorumPercent ?? null,
        anonymous: input.anonymous ?? false,
        hideResultsUntilClosed: input.hideResultsUntilClosed ?? false,
        dots: input.dots ?? null,
        voterTeamIds: input.voters?.teams ?? null,
      },
      input.type === "proposal" ? stanceOptions : (input.options ?? []),
    );
  },

  // A copy is a fresh poll on the same question: no ballots, no outcome, and no closing time already past.
  async clone({ tx, source, target }) {
    const { poll, options } = await loadPoll(tx, source.id);
    await insertPoll(
      tx,
      target.id,
      {
        type: poll.type,
        description: poll.description,
        closesAt: poll.closesAt && poll.closesAt > new Date() ? poll.closesAt : null,
        quorumPercent: poll.quorumPercent,
        anonymous: poll.anonymous,
        hideResultsUntilClosed: poll.hideResultsUntilClosed,
        dots: poll.dots,
        voterTeamIds: poll.voterTeamIds,
      },
      options,
    );
  },

  async delete({ tx, asset }) {
    await tx.delete(decisionPoll).where(eq(decisionPoll.assetId, asset.id));
  },

  async export({ db, asset }) {
    const { poll, options } = await loadPoll(db, asset.id);
    const result = poll.closedAt && poll.result ? storedResult.safeParse(poll.result) : null;
    const content: z.infer<typeof exportFormat> = {
      format: "interlink-decision",
      version: 1,
      definition: {
        type: poll.type,
        description: poll.description,
        options: options.map((option) => ({ id: option.id, label: option.label, stance: option.stance ?? null })),
        closesAt: poll.closesAt?.toISOString() ?? null,
        quorumPercent: poll.quorumPercent,
        anonymous: poll.anonymous,
        hideResultsUntilClosed: poll.hideResultsUntilClosed,
        dots: poll.dots,
        voters: poll.voterTeamIds ? { teams: poll.voterTeamIds } : null,
      },
      // Only the aggregate result leaves the platform, never who voted what.
      closed: poll.closedAt
        ? {
            closedAt: poll.closedAt.toISOString(),
            outcome: poll.outcome,
            result: result?.success ? publicResult(result.data) : null,
          }
        : null,
    };
    return { mediaType: "application/json", content: JSON.stringify(content, null, 2) };
  },

  async import({ tx, asset, content }) {
    let parsed: z.infer<typeof exportFormat>;
    try {
      parsed = exportFormat.parse(JSON.parse(content));
    } catch {
      throw invalid([
        {
          path: "body.assets",
          code: "not_decision_export",
          params: { name: asset.name },
          message: `The decision "${asset.name}" is not in the decision export format.`,
        },
      ]);
    }
    const { definition, closed } = parsed;
    const created = await insertPoll(
      tx,
      asset.id,
      {
        type: definition.type,
        description: definition.description ?? null,
        closesAt: definition.closesAt ? new Date(definition.closesAt) : null,
        quorumPercent: definition.quorumPercent,
        anonymous: definition.anonymous,
        hideResultsUntilClosed: definition.hideResultsUntilClosed,
        dots: definition.dots,
        voterTeamIds: definition.voters?.teams.filter((id) => z.uuid().safeParse(id).success) ?? null,
      },
      definition.options,
    );
    if (!closed) return;
    // The result names options by id: the imported options have new ones.
    let result = closed.result ? JSON.stringify(closed.result) : null;
    definition.options.forEach((option, index) => {
      result = result?.split(option.id).join(created[index]!.id) ?? null;
    });
    await tx
      .update(decisionPoll)
      .set({ closedAt: new Date(closed.closedAt), outcome: closed.outcome, result: result ? JSON.parse(result) : null })
      .where(eq(decisionPoll.assetId, asset.id));
  },

  async routes(app) {
    const api = app as unknown as ApiApp;

    api.get(
      "/api/v1/assets/:assetId/decision",
      {
        schema: {
          tags,
          summary: "A decision: its poll, options, status, my ballot and what I may do",
          params: assetParams,
          response: { 200: decisionOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const loaded = await assetForRequest(request, "view_assets", "decision");
        const { poll, options } = await loadPoll(api.db, loaded.asset.id);
        return present(api.db, loaded, poll, options);
      },
    );

    api.put(
      "/api/v1/assets/:assetId/decision/ballot",
      {
        schema: {
          tags,
          summary: "Cast or replace my ballot (one per voter, changeable until the poll closes)",
          params: assetParams,
          body: ballotBody,
          response: { 200: decisionOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const loaded = await signedInVoter(request);
        const body = request.body as BallotBody;
        await api.db.transaction(async (tx) => {
          // The lock orders ballots after a concurrent close: none slips in once the result is frozen.
          const { poll, options } = await loadPoll(tx, loaded.asset.id, true);
          const eligible = await eligibleVoters(tx, poll, taskOf(loaded));
          if (!eligible.has(loaded.actor.userId)) throw notAVoter(poll);
          if (isClosed(poll)) refuseClosed(poll);
          const value = checkBallot(poll.type, body, {
            optionIds: options.map((option) => option.id),
            dots: poll.dots,
          });
          const choice = { [pollTypes[poll.type].field]: value };
          const replaced = await tx
            .delete(decisionBallot)
            .where(and(eq(decisionBallot.assetId, poll.assetId), eq(decisionBallot.voterId, loaded.actor.userId)))
            .returning({ voterId: decisionBallot.voterId });
          await tx.insert(decisionBallot).values({ assetId: poll.assetId, voterId: loaded.actor.userId, choice });
          // The trail says that someone voted, never what: it is kept for good and read by the whole process. In an
          // anonymous poll it does not say who either, or its timing next to live results would tell who voted what.
          await appendActivity(tx, {
            processId: loaded.asset.processId,
            actorId: poll.anonymous ? null : loaded.actor.userId,
            action: replaced.length ? "decision.ballot_changed" : "decision.ballot_cast",
            targetType: "asset",
            targetId: loaded.asset.id,
            summary: {},
          });
        });
        const { poll, options } = await loadPoll(api.db, loaded.asset.id);
        return present(api.db, loaded, poll, options);
      },
    );

    api.delete(
      "/api/v1/assets/:assetId/decision/ballot",
      {
        schema: {
          tags,
          summary: "Withdraw my ballot while the poll is open",
          params: assetParams,
          body: emptyBody,
          response: { 200: decisionOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const loaded = await signedInVoter(request);
        await api.db.transaction(async (tx) => {
          const { poll } = await loadPoll(tx, loaded.asset.id, true);
          if (isClosed(poll)) refuseClosed(poll);
          const removed = await tx
            .delete(decisionBallot)
            .where(and(eq(decisionBallot.assetId, poll.assetId), eq(decisionBallot.voterId, loaded.actor.userId)))
            .returning({ voterId: decisionBallot.voterId });
          if (removed.length === 0) {
            throw new Problem(404, "not-found", "You have no ballot in this poll to withdraw.");
          }
          await appendActivity(tx, {
            processId: loaded.asset.processId,
            actorId: poll.anonymous ? null : loaded.actor.userId,
            action: "decision.ballot_withdrawn",
            targetType: "asset",
            targetId: loaded.asset.id,
            summary: {},
          });
        });
        const { poll, options } = await loadPoll(api.db, loaded.asset.id);
        return present(api.db, loaded, poll, options);
      },
    );

    api.post(
      "/api/v1/assets/:assetId/decision/close",
      {
        schema: {
          tags,
          summary: "Close the poll: count it, record the outcome and add it to the process activity",
          params: assetParams,
          body: z.strictObject({
            outcome: z
              .string()
              .trim()
              .min(1, "Write the outcome: what was decided and what happens next.")
              .max(maxOutcomeLength, `The outcome has at most ${maxOutcomeLength} characters.`),
          }),
          response: { 200: decisionOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const loaded = await assetForRequest(request, "edit_assets", "decision");
        const actor = loaded.actor!;
        await api.db.transaction(async (tx) => {
          const { poll, options } = await loadPoll(tx, loaded.asset.id, true);
          if (poll.closedAt) throw conflict("decision-closed", "This poll is already closed and its outcome recorded.");
          const eligible = await eligibleVoters(tx, poll, taskOf(loaded));
          const result = await countResults(tx, poll, options, eligible);
          const now = new Date();
          const closedAt = poll.closesAt && poll.closesAt < now ? poll.closesAt : now;
          await tx
            .update(decisionPoll)
            .set({ closedAt, closedBy: actor.userId, outcome: request.body.outcome, result })
            .where(eq(decisionPoll.assetId, poll.assetId));
          await appendActivity(tx, {
            processId: loaded.asset.processId,
            actorId: actor.userId,
            action: "decision.closed",
            targetType: "asset",
            targetId: loaded.asset.id,
            summary: {
              after: {
                type: poll.type,
                outcome: request.body.outcome,
                winner: result.winner,
                passed: result.passed,
                quorumReached: result.quorumReached,
                ballots: result.ballots,
                eligible: result.eligible,
              },
            },
          });
        });
        const { poll, options } = await loadPoll(api.db, loaded.asset.id);
        return present(api.db, loaded, poll, options);
      },
    );

    api.get(
      "/api/v1/assets/:assetId/decision/results",
      {
        schema: {
          tags,
          summary:
            "The count: per option, the winner and each instant-runoff round; 403 (results-hidden) before the poll " +
            "closes when its results are hidden until then",
          params: assetParams,
          response: { 200: resultsOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const loaded = await assetForRequest(request, "view_assets", "decision");
        const { poll, options } = await loadPoll(api.db, loaded.asset.id);
        const closed = isClosed(poll);
        if (!closed && poll.hideResultsUntilClosed) {
          throw new Problem(
            403,
            "results-hidden",
            "The results of this poll are hidden until it closes; nobody can see them before then.",
          );
        }
        const stored = poll.closedAt && poll.result ? storedResult.safeParse(poll.result) : null;
        const result = stored?.success
          ? stored.data
          : await countResults(api.db, poll, options, await eligibleVoters(api.db, poll, taskOf(loaded)));
        let votes: { voter: { id: string; name: string }; ballot: BallotBody }[] | null = null;
        if (!poll.anonymous) {
          const counted = new Set(result.countedVoterIds ?? []);
          const rows = (
            await api.db.select().from(decisionBallot).where(eq(decisionBallot.assetId, poll.assetId))
          ).filter((row) => counted.has(row.voterId));
          const people = await getUserSummaries(
            api.db,
            rows.map((row) => row.voterId),
          );
          votes = rows
            .map((row) => ({
              voter: { id: row.voterId, name: people.get(row.voterId)?.name ?? "" },
              ballot: row.choice,
            }))
            .sort((a, b) => a.voter.name.localeCompare(b.voter.name));
        }
        return {
          status: closed ? ("closed" as const) : ("open" as const),
          closedAt: (poll.closedAt ?? (closed ? poll.closesAt : null))?.toISOString() ?? null,
          outcome: poll.outcome,
          ...publicResult(result),
          votes,
        };
      },
    );

    // The process's public page lists what came out of its decisions: the polls closed with an outcome, on the
    // tasks whose assets the reader may see. Their frozen counts are public to those readers, anonymous or hidden
    // until closing or not: a count never says who voted what.
    api.get(
      "/api/v1/processes/:id/decisions",
      {
        schema: {
          tags,
          summary: `Closed decisions of a process the reader may see: the latest ${closedDecisionsShown}, and how many`,
          params: idParams,
          response: { 200: closedDecisionsOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const actor = await optionalActor(request);
        const tree = await loadProcessTree(api.db, actor, request.params.id);
        authorize(actor, "view", tree.subject, "process");
        const tasks = tree.items.filter((item) => item.type === "task");
        const readable = tasks.filter((task) => can(actor, "view_assets", itemSubject(tree, task)));
        if (readable.length === 0) return { items: [], total: 0 };
        const where = and(
          eq(asset.processId, tree.process.id),
          isNotNull(decisionPoll.closedAt),
          readable.length === tasks.length
            ? undefined
            : inArray(
                asset.taskId,
                readable.map((task) => task.id),
              ),
        );
        const [rows, [counted]] = await Promise.all([
          api.db
            .select({
              assetId: asset.id,
              title: asset.name,
              taskId: asset.taskId,
              type: decisionPoll.type,
              closedAt: decisionPoll.closedAt,
              outcome: decisionPoll.outcome,
              result: decisionPoll.result,
            })
            .from(decisionPoll)
            .innerJoin(asset, eq(asset.id, decisionPoll.assetId))
            .where(where)
            .orderBy(desc(decisionPoll.closedAt), desc(asset.id))
            .limit(closedDecisionsShown),
          api.db
            .select({ total: count() })
            .from(decisionPoll)
            .innerJoin(asset, eq(asset.id, decisionPoll.assetId))
            .where(where),
        ]);
        const language = readerLanguage(request, actor);
        const byId = new Map(readable.map((task) => [task.id, task]));
        return {
          items: rows.map((row) => {
            const stored = row.result ? storedResult.safeParse(row.result) : null;
            const task = byId.get(row.taskId)!;
            return {
              assetId: row.assetId,
              title: row.title,
              taskId: row.taskId,
              taskName: itemText(task, "name", language),
              type: row.type,
              closedAt: row.closedAt!.toISOString(),
              outcome: row.outcome,
              result: stored?.success ? closedResult(row.type, stored.data) : null,
            };
          }),
          total: counted?.total ?? 0,
        };
      },
    );
  },
};

import { and, asc, count, desc, eq, inArray, isNotNull } from "drizzle-orm";
import {
  type Actor,
  type AssetRow,
  assetTable,
  conflict,
  type Database,
  type FieldError,
  invalid,
  type MaybeActor,
  type Platform,
  Problem,
  type Translated,
} from "../sdk/server.js";
import type { BallotBody, DecisionInput, StoredResult } from "./input.js";
import { storedResult } from "./input.js";
import { type DecisionSubject, eligibleVoters, isClosed, type PollRow, votersOf } from "./policy.js";
import { type PollType, pollTypes, tallyPoll } from "./poll-types.js";
import { decisionBallot, decisionConsent, decisionOption, decisionPoll } from "./tables.js";
import { type Stance, stances } from "./tally.js";

export type OptionRow = typeof decisionOption.$inferSelect;

const noPoll = () => new Problem(404, "not-found", "This decision has no poll (it may have been removed).");

/** The poll the subject's policy loaded; 404 when the asset has lost it. */
export function pollOf(subject: DecisionSubject): PollRow {
  if (!subject.state) throw noPoll();
  return subject.state.poll;
}

export async function readPoll(options: { db: Database; assetId: string; lock?: boolean }) {
  const { db, assetId } = options;
  const query = db.select().from(decisionPoll).where(eq(decisionPoll.assetId, assetId));
  const [poll] = options.lock ? await query.for("update") : await query;
  if (!poll) throw noPoll();
  return { poll, options: await readOptions({ db, assetId }) };
}

async function readOptions(options: { db: Database; assetId: string }): Promise<OptionRow[]> {
  return options.db
    .select()
    .from(decisionOption)
    .where(eq(decisionOption.assetId, options.assetId))
    .orderBy(asc(decisionOption.position));
}

// ---------------------------------------------------------------------------------------------------------------
// Creating polls

const stanceOptions = stances.map((stance) => ({ label: stance, stance }));

export async function insertPoll(options: {
  tx: Database;
  assetId: string;
  definition: Omit<typeof decisionPoll.$inferInsert, "assetId">;
  options: { label: string; stance?: Stance | null }[];
}): Promise<OptionRow[]> {
  const { tx, assetId } = options;
  await tx.insert(decisionPoll).values({ ...options.definition, assetId });
  if (options.options.length === 0) return [];
  return tx
    .insert(decisionOption)
    .values(
      options.options.map((option, position) => ({
        assetId,
        position,
        label: option.label,
        stance: option.stance ?? null,
      })),
    )
    .returning();
}

/** A new poll on a new asset; the teams it names as voters must hold rights in the process. */
export async function createPoll(options: { tx: Database; platform: Platform; asset: AssetRow; input: DecisionInput }) {
  const { tx, platform, asset, input } = options;
  if (input.voters) {
    const holders = await platform.processes.rightHolders(tx, { processId: asset.processId, itemId: asset.taskId });
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
  await insertPoll({
    tx,
    assetId: asset.id,
    definition: {
      type: input.type,
      description: input.description || null,
      closesAt: input.closesAt ? new Date(input.closesAt) : null,
      quorumPercent: input.quorumPercent ?? null,
      anonymous: input.anonymous ?? false,
      hideResultsUntilClosed: input.hideResultsUntilClosed ?? false,
      dots: input.dots ?? null,
      voterTeamIds: input.voters?.teams ?? null,
    },
    options: input.type === "proposal" ? stanceOptions : (input.options ?? []),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Counting

/** Counts the ballots of the people eligible now; a ballot of someone who lost their right no longer counts. */
async function countResults(options: {
  db: Database;
  poll: PollRow;
  options: OptionRow[];
  voters: Set<string>;
}): Promise<StoredResult> {
  const { db, poll, voters } = options;
  const rows = await db.select().from(decisionBallot).where(eq(decisionBallot.assetId, poll.assetId));
  const counted = rows.filter((row) => voters.has(row.voterId)).sort((a, b) => (a.voterId < b.voterId ? -1 : 1));
  const tally = tallyPoll(
    poll.type,
    options.options,
    counted.map((row) => row.choice),
  );
  const quorumReached =
    poll.quorumPercent === null || (counted.length > 0 && counted.length * 100 >= poll.quorumPercent * voters.size);
  const labels = new Map(options.options.map((option) => [option.id, option.label]));
  return {
    eligible: voters.size,
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

/** The result frozen when the poll was closed, if it can be read. */
export function frozenResult(poll: Pick<PollRow, "closedAt" | "result">): StoredResult | null {
  if (!poll.closedAt || !poll.result) return null;
  const stored = storedResult.safeParse(poll.result);
  return stored.success ? stored.data : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

/** What a poll's page shows besides the poll itself: its options, the counted ballots, mine, the voter teams. */
export async function readDecision(options: {
  db: Database;
  platform: Platform;
  actor: MaybeActor;
  subject: DecisionSubject;
}) {
  const { db, platform, actor, subject } = options;
  const poll = pollOf(subject);
  const voters = votersOf(subject);
  const frozen = frozenResult(poll);
  const [pollOptions, ballots, [mine], teamNames] = await Promise.all([
    readOptions({ db, assetId: poll.assetId }),
    frozen
      ? frozen.ballots
      : db
          .select({ voterId: decisionBallot.voterId })
          .from(decisionBallot)
          .where(eq(decisionBallot.assetId, poll.assetId))
          .then((rows) => rows.filter((row) => voters.has(row.voterId)).length),
    actor
      ? db
          .select()
          .from(decisionBallot)
          .where(and(eq(decisionBallot.assetId, poll.assetId), eq(decisionBallot.voterId, actor.userId)))
      : [],
    poll.voterTeamIds ? platform.teams.visibleNames(db, actor, poll.voterTeamIds) : null,
  ]);
  const teams = poll.voterTeamIds?.map((id) => ({ id, name: teamNames?.get(id) ?? ({} as Translated) })) ?? null;
  return {
    poll,
    options: pollOptions,
    eligible: frozen ? frozen.eligible : voters.size,
    ballots,
    myBallot: mine?.choice ?? null,
    teams,
  };
}
export type DecisionView = Awaited<ReturnType<typeof readDecision>>;

/** The count (frozen once closed, else as of now) and, unless the poll is anonymous, who voted what. */
export async function readResults(options: { db: Database; platform: Platform; subject: DecisionSubject }) {
  const { db, platform, subject } = options;
  const poll = pollOf(subject);
  const result =
    frozenResult(poll) ??
    (await countResults({
      db,
      poll,
      options: await readOptions({ db, assetId: poll.assetId }),
      voters: votersOf(subject),
    }));
  if (poll.anonymous) return { poll, result, votes: null };
  const counted = new Set(result.countedVoterIds ?? []);
  const rows = (await db.select().from(decisionBallot).where(eq(decisionBallot.assetId, poll.assetId))).filter((row) =>
    counted.has(row.voterId),
  );
  const people = await platform.people.summaries(
    db,
    rows.map((row) => row.voterId),
  );
  const votes = rows
    .map((row) => ({ voter: { id: row.voterId, name: people.get(row.voterId)?.name ?? "" }, ballot: row.choice }))
    .sort((a, b) => a.voter.name.localeCompare(b.voter.name));
  return { poll, result, votes };
}

/** The polls closed with an outcome on these tasks of the process: the latest `limit`, and how many in all. */
export async function listClosedDecisions(options: {
  db: Database;
  processId: string;
  taskIds: string[];
  limit: number;
}) {
  const { db, processId, taskIds } = options;
  if (taskIds.length === 0) return { rows: [], total: 0 };
  const where = and(
    eq(assetTable.processId, processId),
    isNotNull(decisionPoll.closedAt),
    inArray(assetTable.taskId, taskIds),
  );
  const [rows, [counted]] = await Promise.all([
    db
      .select({
        assetId: assetTable.id,
        title: assetTable.name,
        taskId: assetTable.taskId,
        type: decisionPoll.type,
        closedAt: decisionPoll.closedAt,
        outcome: decisionPoll.outcome,
        result: decisionPoll.result,
      })
      .from(decisionPoll)
      .innerJoin(assetTable, eq(assetTable.id, decisionPoll.assetId))
      .where(where)
      .orderBy(desc(decisionPoll.closedAt), desc(assetTable.id))
      .limit(options.limit),
    db
      .select({ total: count() })
      .from(decisionPoll)
      .innerJoin(assetTable, eq(assetTable.id, decisionPoll.assetId))
      .where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
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

/**
 * What casting and withdrawing share: under the poll's lock (so no ballot slips in once a concurrent close froze
 * the result), refuse a closed poll, make the change, and tell the trail that the voter's ballot changed.
 */
async function changeBallot(options: {
  db: Database;
  platform: Platform;
  asset: AssetRow;
  voter: Actor;
  change(context: { tx: Database; poll: PollRow; options: OptionRow[] }): Promise<string>;
}): Promise<void> {
  const { platform, asset, voter } = options;
  await options.db.transaction(async (tx) => {
    const { poll, options: pollOptions } = await readPoll({ db: tx, assetId: asset.id, lock: true });
    if (isClosed(poll)) refuseClosed(poll);
    const action = await options.change({ tx, poll, options: pollOptions });
    // The trail says that someone voted, never what: it is kept for good and read by the whole process. In an
    // anonymous poll it does not say who either, or its timing next to live results would tell who voted what.
    await platform.activity.append(tx, {
      processId: asset.processId,
      actorId: poll.anonymous ? null : voter.userId,
      action,
      targetType: "asset",
      targetId: asset.id,
      summary: {},
    });
  });
}

const votersBallot = (poll: PollRow, voter: Actor) =>
  and(eq(decisionBallot.assetId, poll.assetId), eq(decisionBallot.voterId, voter.userId));

/** Casts the voter's ballot, replacing the one they cast before. */
export async function castBallot(options: {
  db: Database;
  platform: Platform;
  asset: AssetRow;
  voter: Actor;
  ballot: BallotBody;
}): Promise<void> {
  const { voter, ballot } = options;
  await changeBallot({
    ...options,
    async change({ tx, poll, options: pollOptions }) {
      const value = checkBallot(poll.type, ballot, {
        optionIds: pollOptions.map((option) => option.id),
        dots: poll.dots,
      });
      const replaced = await tx
        .delete(decisionBallot)
        .where(votersBallot(poll, voter))
        .returning({ voterId: decisionBallot.voterId });
      await tx
        .insert(decisionBallot)
        .values({ assetId: poll.assetId, voterId: voter.userId, choice: { [pollTypes[poll.type].field]: value } });
      return replaced.length ? "decision.ballot_changed" : "decision.ballot_cast";
    },
  });
}

/** Withdraws the voter's ballot; 404 when they have none. */
export async function withdrawBallot(options: {
  db: Database;
  platform: Platform;
  asset: AssetRow;
  voter: Actor;
}): Promise<void> {
  const { voter } = options;
  await changeBallot({
    ...options,
    async change({ tx, poll }) {
      const removed = await tx
        .delete(decisionBallot)
        .where(votersBallot(poll, voter))
        .returning({ voterId: decisionBallot.voterId });
      if (removed.length === 0) throw new Problem(404, "not-found", "You have no ballot in this poll to withdraw.");
      return "decision.ballot_withdrawn";
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Closing

/** The sides of a two-key close still to consent, by their place in the rule and who stands for them. */
export interface MissingConsent {
  side: number;
  permittedBy: string[];
}

/**
 * Two keys: records the closer's consent for the first of their sides nobody has consented for yet (one person
 * never turns two keys) and answers the sides still missing; none missing means the poll closes now.
 */
async function consentToClose(
  tx: Database,
  options: {
    platform: Platform;
    asset: AssetRow;
    closer: Actor;
    outcome: string;
    consent: { sides: string[][]; actorSides: number[] };
  },
): Promise<MissingConsent[]> {
  const { platform, asset, closer, outcome, consent } = options;
  const given = await tx.select().from(decisionConsent).where(eq(decisionConsent.assetId, asset.id));
  const consented = new Set(given.map((row) => row.side));
  const side = given.some((row) => row.userId === closer.userId)
    ? undefined
    : consent.actorSides.find((index) => !consented.has(index));
  const missingWithout = (sides: Set<number>) =>
    consent.sides.flatMap((permittedBy, index) => (sides.has(index) ? [] : [{ side: index, permittedBy }]));
  if (side === undefined) return missingWithout(consented);
  consented.add(side);
  const missing = missingWithout(consented);
  // The last key closes the poll, and "decision.closed" says so; an earlier one is its own entry.
  if (missing.length === 0) return missing;
  await tx.insert(decisionConsent).values({ assetId: asset.id, side, userId: closer.userId, outcome });
  await platform.activity.append(tx, {
    processId: asset.processId,
    actorId: closer.userId,
    action: "decision.consented",
    targetType: "asset",
    targetId: asset.id,
    summary: { after: { side, outcome, missing: missing.map((entry) => entry.side) } },
  });
  return missing;
}

/**
 * Closes the poll: counts the ballots of who may vote now, freezes that result and the outcome, tells the trail.
 * Where the rulebook asks for two keys (`consent`), a close before every side consented records this side's
 * consent and answers what is missing instead.
 */
export async function closePoll(options: {
  db: Database;
  platform: Platform;
  asset: AssetRow;
  closer: Actor;
  outcome: string;
  publicProcess: boolean;
  consent: { sides: string[][]; actorSides: number[] } | null;
}): Promise<{ missing: MissingConsent[] }> {
  const { platform, asset, closer, outcome } = options;
  return options.db.transaction(async (tx) => {
    const { poll, options: pollOptions } = await readPoll({ db: tx, assetId: asset.id, lock: true });
    if (poll.closedAt) throw conflict("decision-closed", "This poll is already closed and its outcome recorded.");
    if (options.consent) {
      const missing = await consentToClose(tx, { platform, asset, closer, outcome, consent: options.consent });
      if (missing.length > 0) return { missing };
    }
    const holders = await platform.processes.rightHolders(tx, { processId: asset.processId, itemId: asset.taskId });
    const voters = eligibleVoters({ poll, holders, publicProcess: options.publicProcess });
    const result = await countResults({ db: tx, poll, options: pollOptions, voters });
    const now = new Date();
    const closedAt = poll.closesAt && poll.closesAt < now ? poll.closesAt : now;
    await tx
      .update(decisionPoll)
      .set({ closedAt, closedBy: closer.userId, outcome, result })
      .where(eq(decisionPoll.assetId, poll.assetId));
    await platform.activity.append(tx, {
      processId: asset.processId,
      actorId: closer.userId,
      action: "decision.closed",
      targetType: "asset",
      targetId: asset.id,
      summary: {
        after: {
          type: poll.type,
          outcome,
          winner: result.winner,
          passed: result.passed,
          quorumReached: result.quorumReached,
          ballots: result.ballots,
          eligible: result.eligible,
        },
      },
    });
    await platform.notifications.decisionClosed(tx, { asset, actorId: closer.userId, title: asset.name, outcome });
    return { missing: [] };
  });
}

import type { z } from "zod";
import { type MaybeActor, type Platform, whyUnder } from "../sdk/server.js";
import type {
  closedDecisionsOutput,
  closedResultOutput,
  decisionOutput,
  resultsOutput,
  StoredResult,
} from "./input.js";
import { type DecisionSubject, isClosed, type PollRow } from "./policy.js";
import type { PollType } from "./poll-types.js";
import type { DecisionView, listClosedDecisions, readResults } from "./service.js";
import { frozenResult } from "./service.js";
import { maxScore } from "./tally.js";

/** A result without who was counted: what the API and exports show. */
export function publicResult(result: StoredResult) {
  const { countedVoterIds: _, ...rest } = result;
  return rest;
}

function status(poll: PollRow) {
  const closed = isClosed(poll);
  return {
    status: closed ? ("closed" as const) : ("open" as const),
    // A poll only past its closing time closed then, though nobody recorded an outcome yet.
    closedAt: (poll.closedAt ?? (closed ? poll.closesAt : null))?.toISOString() ?? null,
    outcome: poll.outcome,
  };
}

export function presentDecision(options: {
  platform: Platform;
  actor: MaybeActor;
  subject: DecisionSubject;
  view: DecisionView;
}): z.infer<typeof decisionOutput> {
  const { platform, actor, subject, view } = options;
  const { poll } = view;
  const { can: may, why } = platform.policies.explainAll(actor, ["vote", "close", "see_results"], subject);
  return {
    assetId: poll.assetId,
    type: poll.type,
    description: poll.description,
    options: view.options.map((option) => ({ id: option.id, label: option.label, stance: option.stance ?? null })),
    closesAt: poll.closesAt?.toISOString() ?? null,
    quorumPercent: poll.quorumPercent,
    anonymous: poll.anonymous,
    hideResultsUntilClosed: poll.hideResultsUntilClosed,
    dots: poll.dots,
    maxScore,
    voters: view.teams ? { teams: view.teams } : null,
    ...status(poll),
    eligible: view.eligible,
    ballots: view.ballots,
    myBallot: view.myBallot,
    resultsVisible: may.see_results,
    // The policy says who; whether the poll still takes ballots, or still waits for its outcome, is its state.
    can: { vote: may.vote && !isClosed(poll), close: may.close && poll.closedAt === null },
    // Who may not vote or close, and which rule says so: the web shows it where the button would be.
    why: whyUnder(why, { vote: "vote", close: "close" }),
  };
}

export function presentResults(read: Awaited<ReturnType<typeof readResults>>): z.infer<typeof resultsOutput> {
  return { ...status(read.poll), ...publicResult(read.result), votes: read.votes };
}

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

export function presentClosedDecisions(
  listed: Awaited<ReturnType<typeof listClosedDecisions>>,
  taskNames: Map<string, string>,
): z.infer<typeof closedDecisionsOutput> {
  return {
    items: listed.rows.map((row) => {
      const closedAt = row.closedAt!;
      const result = frozenResult({ closedAt, result: row.result });
      return {
        assetId: row.assetId,
        title: row.title,
        taskId: row.taskId,
        taskName: taskNames.get(row.taskId) ?? "",
        type: row.type,
        closedAt: closedAt.toISOString(),
        outcome: row.outcome,
        result: result ? closedResult(row.type, result) : null,
      };
    }),
    total: listed.total,
  };
}

import { eq } from "drizzle-orm";
import { type AssetSubject, allow, deny, type InterlinkerPolicy, type RightHolders } from "../sdk/server.js";
import { decisionPoll } from "./tables.js";

export type PollRow = typeof decisionPoll.$inferSelect;

export const decisionActions = ["vote", "withdraw", "close", "see_results"] as const;
export type DecisionAction = (typeof decisionActions)[number];

/** What the decisions rest on: the poll, and who holds rights on its task. Null when the poll is gone. */
export type DecisionState = { poll: PollRow; holders: RightHolders } | null;
export type DecisionSubject = AssetSubject<DecisionState>;

/** Closed for ballots: closed by someone, or past its closing time. */
export function isClosed(poll: Pick<PollRow, "closedAt" | "closesAt">, now = new Date()): boolean {
  return poll.closedAt !== null || (poll.closesAt !== null && poll.closesAt <= now);
}

/**
 * The people who may vote: everyone with an effective right on the task and the process's administrators, or,
 * when the poll names teams, the members of those teams who can see the task's assets.
 */
export function eligibleVoters(options: {
  poll: Pick<PollRow, "voterTeamIds">;
  holders: RightHolders;
  publicProcess: boolean;
}): Set<string> {
  const { poll, holders, publicProcess } = options;
  const hasRight = (userId: string) => (holders.people.get(userId)?.size ?? 0) > 0;
  if (!poll.voterTeamIds) {
    return new Set([...holders.administrators, ...[...holders.people.keys()].filter(hasRight)]);
  }
  const voters = new Set<string>();
  for (const teamId of poll.voterTeamIds) {
    for (const userId of holders.teamMembers.get(teamId) ?? []) {
      if (publicProcess || holders.administrators.has(userId) || hasRight(userId)) voters.add(userId);
    }
  }
  return voters;
}

/** The poll's voters as its subject knows them (empty when the poll is gone). */
export function votersOf(subject: DecisionSubject): Set<string> {
  if (!subject.state) return new Set();
  return eligibleVoters({
    poll: subject.state.poll,
    holders: subject.state.holders,
    publicProcess: subject.task.process.visibility === "public",
  });
}

export const resultsHiddenReason =
  "The results of this poll are hidden until it closes; nobody can see them before then.";

/**
 * Who may do what with a poll. Whether it is still open is not asked here: a ballot or a close on a closed poll is
 * a conflict with its state (409, answered by the service under the poll's lock), not a refusal of the person.
 */
export const policy: InterlinkerPolicy<DecisionAction, DecisionState> = {
  actions: decisionActions,
  startedAs: "start_decision",

  async load({ db, platform, asset }) {
    const [poll] = await db.select().from(decisionPoll).where(eq(decisionPoll.assetId, asset.id));
    if (!poll) return null;
    const holders = await platform.processes.rightHolders(db, { processId: asset.processId, itemId: asset.taskId });
    return { poll, holders };
  },

  explain({ actor, action, subject, task }) {
    const state = subject.state;
    if (!state) return deny("This decision has no poll (it may have been removed).");
    const { poll } = state;
    switch (action) {
      case "vote": {
        if (!actor) return deny("Sign in to vote.");
        // The process's rulebook says which parties vote; the poll's electorate narrows it further.
        const rule = task("vote");
        if (!rule.allowed) return rule;
        if (!votersOf(subject).has(actor.userId)) {
          return deny(
            poll.voterTeamIds
              ? "Only members of the teams this poll names may vote in it."
              : "Only people with a right on this task, and the process's administrators, may vote in this poll.",
          );
        }
        return allow(poll.voterTeamIds ? "You are in a team this poll names." : "You hold a right on this task.");
      }
      case "withdraw":
        // Anyone who may see the poll withdraws their own ballot, if they have one, even after losing the vote.
        return actor ? allow("A ballot is its voter's to withdraw.") : deny("Sign in first.");
      case "close":
        // Who closes a decision is the rulebook's alone (close_decision): no grant names it.
        return task("close_decision");
      case "see_results":
        if (isClosed(poll)) return allow("The poll is closed.");
        return poll.hideResultsUntilClosed
          ? deny(resultsHiddenReason)
          : allow("The poll shows its results as they come.");
    }
  },
};

/**
 * Counting a poll's ballots: pure functions of the options (in the order the poll lists them) and the ballots,
 * shared by the server (which counts) and the web part (which only shows). Nothing here reads a clock or a
 * database, so the same ballots always give the same result.
 *
 * Ties are broken deterministically and the result says how (`tieBreak`):
 * - counting methods rank by their measure, then for dot votes by how many voters gave dots (`"more_voters"`) and
 *   for meeting times by "maybe" answers (`"maybe_answers"`), then by option order: the option listed first wins
 *   (`"option_order"`);
 * - instant runoff eliminates, among the options tied for fewest votes, the one with fewer votes in the latest
 *   earlier round where they differ (`"earlier_rounds"`), and failing that the one listed last (`"option_order"`).
 */

export const pollTypeIds = [
  "proposal",
  "single_choice",
  "approval",
  "ranked_choice",
  "dot_vote",
  "score",
  "meeting_time",
] as const;
export type PollType = (typeof pollTypeIds)[number];

export const stances = ["agree", "abstain", "disagree", "block"] as const;
export type Stance = (typeof stances)[number];
export const slotAnswers = ["yes", "maybe", "no"] as const;
export type SlotAnswer = (typeof slotAnswers)[number];
export const maxScore = 5;

export const tieBreaks = ["earlier_rounds", "more_voters", "maybe_answers", "option_order"] as const;
export type TieBreak = (typeof tieBreaks)[number];

export interface TallyOption {
  id: string;
  /** Only for proposals: the fixed stance this option stands for. */
  stance?: Stance | null;
}

export interface OptionCount {
  optionId: string;
  /** Ballots supporting the option: votes, approvals, first choices, voters giving dots or a score, "yes". */
  count: number;
  /** Dots or score points, where the method adds them up. */
  total: number | null;
  /** Mean score over the ballots. */
  average: number | null;
  /** Meeting times: how many answered yes, maybe, no. */
  answers: { yes: number; maybe: number; no: number } | null;
}

export interface RunoffRound {
  round: number;
  /** First choices among the options still in the count, in option order. */
  counts: { optionId: string; votes: number }[];
  /** Ballots whose ranked options have all been eliminated. */
  exhausted: number;
  eliminated: string | null;
  /** How a tie for fewest votes was broken, when there was one. */
  tieBreak: TieBreak | null;
}

export interface Tally {
  ballots: number;
  options: OptionCount[];
  winner: string | null;
  /** Options that were level on the method's measure for first place before any tie-break. */
  tied: string[];
  tieBreak: TieBreak | null;
  /** Proposals: agreed (more agree than disagree, no block). */
  passed: boolean | null;
  rounds: RunoffRound[] | null;
}

const emptyCount = (optionId: string): OptionCount => ({
  optionId,
  count: 0,
  total: null,
  average: null,
  answers: null,
});

/**
 * The winner by lexicographic keys (highest first), with the tie-break used. No winner when every option's keys
 * are all zero: nobody supported anything.
 */
export function rankByKeys(
  options: readonly OptionCount[],
  keys: (option: OptionCount) => number[],
  secondary: TieBreak = "option_order",
): Pick<Tally, "winner" | "tied" | "tieBreak"> {
  const keyed = options.map((option) => ({ id: option.optionId, keys: keys(option) }));
  if (keyed.every((entry) => entry.keys.every((key) => key === 0))) return { winner: null, tied: [], tieBreak: null };
  const best = Math.max(...keyed.map((entry) => entry.keys[0]!));
  let remaining = keyed.filter((entry) => entry.keys[0] === best);
  const tied = remaining.map((entry) => entry.id);
  if (remaining.length === 1) return { winner: remaining[0]!.id, tied: [], tieBreak: null };
  for (let index = 1; index < remaining[0]!.keys.length; index++) {
    const next = Math.max(...remaining.map((entry) => entry.keys[index]!));
    remaining = remaining.filter((entry) => entry.keys[index] === next);
    if (remaining.length === 1) return { winner: remaining[0]!.id, tied, tieBreak: secondary };
  }
  // Option order: `remaining` keeps the poll's order, so the first listed wins.
  return { winner: remaining[0]!.id, tied, tieBreak: "option_order" };
}

function counted(options: readonly TallyOption[], ballots: number, counts: Map<string, OptionCount>): Tally {
  const list = options.map((option) => counts.get(option.id) ?? emptyCount(option.id));
  return { ballots, options: list, ...rankByKeys(list, (entry) => [entry.count]), passed: null, rounds: null };
}

/** One option per ballot; the most votes wins. */
export function tallySingleChoice(options: readonly TallyOption[], ballots: readonly { optionId: string }[]): Tally {
  const counts = new Map(options.map((option) => [option.id, emptyCount(option.id)]));
  for (const ballot of ballots) {
    const entry = counts.get(ballot.optionId);
    if (entry) entry.count++;
  }
  return counted(options, ballots.length, counts);
}

/** Any number of options per ballot; the most approvals wins. */
export function tallyApproval(options: readonly TallyOption[], ballots: readonly { optionIds: string[] }[]): Tally {
  const counts = new Map(options.map((option) => [option.id, emptyCount(option.id)]));
  for (const ballot of ballots) {
    for (const id of new Set(ballot.optionIds)) {
      const entry = counts.get(id);
      if (entry) entry.count++;
    }
  }
  return counted(options, ballots.length, counts);
}

/** A budget of dots spread over options; the most dots wins, then the most voters giving it any. */
export function tallyDotVote(
  options: readonly TallyOption[],
  ballots: readonly { dots: Record<string, number> }[],
): Tally {
  const counts = new Map(options.map((option) => [option.id, { ...emptyCount(option.id), total: 0 }]));
  for (const ballot of ballots) {
    for (const [id, dots] of Object.entries(ballot.dots)) {
      const entry = counts.get(id);
      if (!entry || dots <= 0) continue;
      entry.total += dots;
      entry.count++;
    }
  }
  const list = options.map((option) => counts.get(option.id)!);
  return {
    ballots: ballots.length,
    options: list,
    ...rankByKeys(list, (entry) => [entry.total ?? 0, entry.count], "more_voters"),
    passed: null,
    rounds: null,
  };
}

/** Every option scored 0–5; the highest total (so the highest mean) wins. */
export function tallyScore(options: readonly TallyOption[], ballots: readonly { scores: Record<string, number> }[]) {
  const counts = new Map(options.map((option) => [option.id, { ...emptyCount(option.id), total: 0 }]));
  for (const ballot of ballots) {
    for (const [id, score] of Object.entries(ballot.scores)) {
      const entry = counts.get(id);
      if (!entry) continue;
      entry.total += score;
      entry.count++;
    }
  }
  const list = options.map((option) => {
    const entry = counts.get(option.id)!;
    return { ...entry, average: entry.count > 0 ? Math.round((entry.total / entry.count) * 100) / 100 : null };
  });
  return {
    ballots: ballots.length,
    options: list,
    ...rankByKeys(list, (entry) => [entry.total ?? 0]),
    passed: null,
    rounds: null,
  } satisfies Tally;
}

/** Yes / maybe / no for each slot; the most "yes" wins, then the most "maybe". */
export function tallyMeetingTime(
  options: readonly TallyOption[],
  ballots: readonly { slots: Record<string, SlotAnswer> }[],
): Tally {
  const counts = new Map(
    options.map((option) => [option.id, { ...emptyCount(option.id), answers: { yes: 0, maybe: 0, no: 0 } }]),
  );
  for (const ballot of ballots) {
    for (const [id, answer] of Object.entries(ballot.slots)) {
      const entry = counts.get(id);
      if (!entry) continue;
      entry.answers[answer]++;
      if (answer === "yes") entry.count++;
    }
  }
  const list = options.map((option) => counts.get(option.id)!);
  return {
    ballots: ballots.length,
    options: list,
    ...rankByKeys(list, (entry) => [entry.answers?.yes ?? 0, entry.answers?.maybe ?? 0], "maybe_answers"),
    passed: null,
    rounds: null,
  };
}

/**
 * A proposal by consent: it passes with more agree than disagree and no block. The "winner" is the stance that
 * carries it: agree when it passes, block when someone blocks, disagree otherwise.
 */
export function tallyProposal(options: readonly TallyOption[], ballots: readonly { stance: Stance }[]): Tally {
  const counts = new Map(options.map((option) => [option.id, emptyCount(option.id)]));
  const byStance = new Map(options.map((option) => [option.stance, option.id]));
  for (const ballot of ballots) {
    const id = byStance.get(ballot.stance);
    if (id) counts.get(id)!.count++;
  }
  const list = options.map((option) => counts.get(option.id)!);
  const of = (stance: Stance) => counts.get(byStance.get(stance) ?? "")?.count ?? 0;
  if (ballots.length === 0) {
    return { ballots: 0, options: list, winner: null, tied: [], tieBreak: null, passed: null, rounds: null };
  }
  const passed = of("block") === 0 && of("agree") > of("disagree");
  const carrying: Stance = passed ? "agree" : of("block") > 0 ? "block" : "disagree";
  return {
    ballots: ballots.length,
    options: list,
    winner: byStance.get(carrying) ?? null,
    tied: [],
    tieBreak: null,
    passed,
    rounds: null,
  };
}

/**
 * Instant runoff: each round counts every ballot for its highest-ranked option still in the count; an option
 * with more than half of the ballots not yet exhausted wins, otherwise the option with fewest votes is eliminated
 * (ties broken as the file's header says) and the count runs again. The last option standing wins.
 */
export function instantRunoff(
  optionIds: readonly string[],
  rankings: readonly (readonly string[])[],
): { winner: string | null; rounds: RunoffRound[] } {
  const continuing = new Set(optionIds);
  const rounds: RunoffRound[] = [];
  const history: Map<string, number>[] = [];
  if (rankings.length === 0 || optionIds.length === 0) return { winner: null, rounds };
  for (let round = 1; ; round++) {
    const counts = new Map<string, number>([...continuing].map((id) => [id, 0]));
    let exhausted = 0;
    for (const ranking of rankings) {
      const top = ranking.find((id) => continuing.has(id));
      if (top === undefined) exhausted++;
      else counts.set(top, counts.get(top)! + 1);
    }
    history.push(counts);
    const active = rankings.length - exhausted;
    const ordered = optionIds.filter((id) => continuing.has(id));
    const row = { round, counts: ordered.map((id) => ({ optionId: id, votes: counts.get(id)! })), exhausted };
    const leader = ordered.reduce((best, id) => (counts.get(id)! > counts.get(best)! ? id : best), ordered[0]!);
    if (active === 0) {
      rounds.push({ ...row, eliminated: null, tieBreak: null });
      return { winner: null, rounds };
    }
    if (counts.get(leader)! * 2 > active || continuing.size === 1) {
      rounds.push({ ...row, eliminated: null, tieBreak: null });
      return { winner: leader, rounds };
    }
    const fewest = Math.min(...ordered.map((id) => counts.get(id)!));
    let candidates = ordered.filter((id) => counts.get(id) === fewest);
    let tieBreak: TieBreak | null = null;
    if (candidates.length > 1) {
      for (let earlier = history.length - 2; earlier >= 0 && candidates.length > 1; earlier--) {
        const then = history[earlier]!;
        const least = Math.min(...candidates.map((id) => then.get(id)!));
        const narrowed = candidates.filter((id) => then.get(id) === least);
        if (narrowed.length < candidates.length) {
          candidates = narrowed;
          tieBreak = "earlier_rounds";
        }
      }
      if (candidates.length > 1) tieBreak = "option_order";
    }
    const eliminated = candidates[candidates.length - 1]!;
    continuing.delete(eliminated);
    rounds.push({ ...row, eliminated, tieBreak });
  }
}

export function tallyRankedChoice(options: readonly TallyOption[], ballots: readonly { ranking: string[] }[]): Tally {
  const ids = options.map((option) => option.id);
  const { winner, rounds } = instantRunoff(
    ids,
    ballots.map((ballot) => ballot.ranking),
  );
  const first = new Map(rounds[0]?.counts.map((entry) => [entry.optionId, entry.votes]) ?? []);
  // When the last two were level, the final elimination's tie-break chose the winner: say so at the top.
  const final = rounds[rounds.length - 1];
  const decider = final?.counts.length === 1 ? rounds[rounds.length - 2] : undefined;
  const level = decider?.tieBreak ? decider.counts.map((entry) => entry.optionId) : [];
  return {
    ballots: ballots.length,
    options: ids.map((id) => ({ ...emptyCount(id), count: first.get(id) ?? 0 })),
    winner,
    tied: level,
    tieBreak: decider?.tieBreak ?? null,
    passed: null,
    rounds,
  };
}

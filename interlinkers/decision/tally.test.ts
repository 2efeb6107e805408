import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  instantRunoff,
  stances,
  tallyApproval,
  tallyDotVote,
  tallyMeetingTime,
  tallyProposal,
  tallyRankedChoice,
  tallyScore,
  tallySingleChoice,
} from "./tally.js";

const options = ["a", "b", "c", "d"].map((id) => ({ id }));
const ids = (...list: string[]) => list;

describe("counting methods", () => {
  it("single choice: the most votes wins; a tie goes to the option listed first", () => {
    const clear = tallySingleChoice(options, [{ optionId: "b" }, { optionId: "b" }, { optionId: "a" }]);
    expect(clear).toMatchObject({ winner: "b", tied: [], tieBreak: null, ballots: 3 });
    expect(clear.options.map((entry) => entry.count)).toEqual([1, 2, 0, 0]);

    const tie = tallySingleChoice(options, [{ optionId: "c" }, { optionId: "b" }]);
    expect(tie).toMatchObject({ winner: "b", tied: ["b", "c"], tieBreak: "option_order" });
    // The same ballots in another order: the same tie-break.
    expect(tallySingleChoice(options, [{ optionId: "b" }, { optionId: "c" }]).winner).toBe("b");
  });

  it("no ballots, no winner", () => {
    expect(tallySingleChoice(options, [])).toMatchObject({ winner: null, tied: [], ballots: 0 });
    expect(tallyRankedChoice(options, [])).toMatchObject({ winner: null, rounds: [] });
    expect(tallyProposal([], [])).toMatchObject({ winner: null, passed: null });
  });

  it("approval: each approval counts once, even if sent twice", () => {
    const result = tallyApproval(options, [{ optionIds: ["a", "c"] }, { optionIds: ["c", "c"] }, { optionIds: ["d"] }]);
    expect(result.options.map((entry) => entry.count)).toEqual([1, 0, 2, 1]);
    expect(result.winner).toBe("c");
  });

  it("dot vote: most dots wins, then most voters giving any, then option order", () => {
    const byDots = tallyDotVote(options, [{ dots: { a: 3 } }, { dots: { b: 1, c: 1 } }]);
    expect(byDots).toMatchObject({ winner: "a", tieBreak: null });
    expect(byDots.options[0]).toMatchObject({ total: 3, count: 1 });
    // a and b both have 3 dots; b got them from two voters.
    const byVoters = tallyDotVote(options, [{ dots: { a: 3 } }, { dots: { b: 2 } }, { dots: { b: 1, a: 0 } }]);
    expect(byVoters).toMatchObject({ winner: "b", tied: ["a", "b"], tieBreak: "more_voters" });
    // Level on dots and on voters: the option listed first.
    const level = tallyDotVote(options, [{ dots: { c: 2 } }, { dots: { b: 2 } }]);
    expect(level).toMatchObject({ winner: "b", tied: ["b", "c"], tieBreak: "option_order" });
  });

  it("score: the highest total wins, with the mean shown", () => {
    const result = tallyScore(options.slice(0, 2), [{ scores: { a: 5, b: 2 } }, { scores: { a: 1, b: 3 } }]);
    expect(result.options).toMatchObject([
      { optionId: "a", total: 6, average: 3 },
      { optionId: "b", total: 5, average: 2.5 },
    ]);
    expect(result.winner).toBe("a");
    const level = tallyScore(options.slice(0, 2), [{ scores: { a: 4, b: 4 } }]);
    expect(level).toMatchObject({ winner: "a", tied: ["a", "b"], tieBreak: "option_order" });
    expect(tallyScore(options.slice(0, 2), [{ scores: { a: 0, b: 0 } }]).winner).toBeNull();
  });

  it("meeting time: most yes wins; level on yes, most maybe wins", () => {
    const result = tallyMeetingTime(options.slice(0, 3), [
      { slots: { a: "yes", b: "yes", c: "no" } },
      { slots: { a: "no", b: "maybe", c: "yes" } },
      { slots: { a: "yes", b: "yes", c: "maybe" } },
    ]);
    expect(result.options[1]).toMatchObject({ count: 2, answers: { yes: 2, maybe: 1, no: 0 } });
    expect(result).toMatchObject({ winner: "b", tied: ["a", "b"], tieBreak: "maybe_answers" });
  });

  it("proposal: passes with more agree than disagree and no block", () => {
    const proposal = stances.map((stance) => ({ id: `id-${stance}`, stance }));
    const vote = (...list: (typeof stances)[number][]) => list.map((stance) => ({ stance }));
    expect(tallyProposal(proposal, vote("agree", "agree", "disagree", "abstain"))).toMatchObject({
      passed: true,
      winner: "id-agree",
    });
    expect(tallyProposal(proposal, vote("agree", "agree", "block"))).toMatchObject({
      passed: false,
      winner: "id-block",
    });
    // Level agree and disagree: not agreed.
    expect(tallyProposal(proposal, vote("agree", "disagree"))).toMatchObject({ passed: false, winner: "id-disagree" });
    expect(tallyProposal(proposal, vote("abstain"))).toMatchObject({ passed: false, winner: "id-disagree" });
  });
});

describe("instant runoff", () => {
  it("runs rounds until a majority, transferring eliminated options' ballots", () => {
    const { winner, rounds } = instantRunoff(ids("a", "b", "c"), [
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
      ["b", "a"],
      ["c", "b"],
    ]);
    expect(rounds).toEqual([
      {
        round: 1,
        counts: [
          { optionId: "a", votes: 2 },
          { optionId: "b", votes: 2 },
          { optionId: "c", votes: 1 },
        ],
        exhausted: 0,
        eliminated: "c",
        tieBreak: null,
      },
      {
        round: 2,
        counts: [
          { optionId: "a", votes: 2 },
          { optionId: "b", votes: 3 },
        ],
        exhausted: 0,
        eliminated: null,
        tieBreak: null,
      },
    ]);
    expect(winner).toBe("b");
  });

  it("counts exhausted ballots apart and needs a majority of the rest", () => {
    const { winner, rounds } = instantRunoff(ids("a", "b", "c"), [["a"], ["a"], ["b"], ["b"], ["c"]]);
    // c goes; its ballot ranks nothing else, so a and b are level 2–2 of 4 and the last listed (b) goes.
    expect(rounds[1]).toMatchObject({ exhausted: 1, eliminated: "b", tieBreak: "option_order" });
    expect(winner).toBe("a");
    expect(
      tallyRankedChoice(
        [{ id: "a" }, { id: "b" }, { id: "c" }],
        [{ ranking: ["a"] }, { ranking: ["a"] }, { ranking: ["b"] }, { ranking: ["b"] }, { ranking: ["c"] }],
      ),
    ).toMatchObject({ winner: "a", tied: ["a", "b"], tieBreak: "option_order" });
  });

  it("breaks a tie for last place by the latest earlier round where the tied options differ", () => {
    // Round 1: a 4, b 3, c 2, d 1 → d goes, its ballot to c. Round 2: a 4, b 3, c 3: b and c level for last.
    const ballots = [
      ...Array.from({ length: 4 }, () => ["a"]),
      ...Array.from({ length: 3 }, () => ["b"]),
      ...Array.from({ length: 2 }, () => ["c"]),
      ["d", "c"],
    ];
    const { winner, rounds } = instantRunoff(ids("a", "b", "c", "d"), ballots);
    expect(rounds[0]).toMatchObject({ eliminated: "d", tieBreak: null });
    expect(rounds[1]!.counts).toEqual([
      { optionId: "a", votes: 4 },
      { optionId: "b", votes: 3 },
      { optionId: "c", votes: 3 },
    ]);
    // In round 1 c had 2 and b had 3, so c goes.
    expect(rounds[1]).toMatchObject({ eliminated: "c", tieBreak: "earlier_rounds" });
    expect(winner).toBe("a");

    // Listed the other way round, the earlier round still decides: c goes, not the last listed (b).
    const reordered = instantRunoff(ids("a", "c", "b", "d"), ballots);
    expect(reordered.rounds[1]).toMatchObject({ eliminated: "c", tieBreak: "earlier_rounds" });
  });
});

// Properties of instant runoff that hold for every set of ballots.
const optionIdsArbitrary = fc.integer({ min: 2, max: 6 }).map((count) => "abcdef".slice(0, count).split(""));
const electionArbitrary = optionIdsArbitrary.chain((optionIds) =>
  fc.record({
    optionIds: fc.constant(optionIds),
    rankings: fc.array(
      fc
        .shuffledSubarray(optionIds, { minLength: 1 })
        .chain((subset) => fc.shuffledSubarray(subset, { minLength: subset.length })),
      { minLength: 1, maxLength: 40 },
    ),
  }),
);
const completeElectionArbitrary = optionIdsArbitrary.chain((optionIds) =>
  fc.record({
    optionIds: fc.constant(optionIds),
    rankings: fc.array(fc.shuffledSubarray(optionIds, { minLength: optionIds.length }), {
      minLength: 1,
      maxLength: 40,
    }),
  }),
);

describe("instant runoff, for any ballots (fast-check)", () => {
  it("elects an option that a majority ranks first", () => {
    fc.assert(
      fc.property(electionArbitrary, ({ optionIds, rankings }) => {
        for (const id of optionIds) {
          const first = rankings.filter((ranking) => ranking[0] === id).length;
          if (first * 2 > rankings.length) expect(instantRunoff(optionIds, rankings).winner).toBe(id);
        }
      }),
    );
  });

  it("always elects someone, and never eliminates the winner", () => {
    fc.assert(
      fc.property(electionArbitrary, ({ optionIds, rankings }) => {
        const { winner, rounds } = instantRunoff(optionIds, rankings);
        expect(winner).not.toBeNull();
        expect(rounds.map((round) => round.eliminated)).not.toContain(winner);
        expect(rounds[rounds.length - 1]!.eliminated).toBeNull();
        expect(rounds.length).toBeLessThanOrEqual(optionIds.length);
      }),
    );
  });

  it("counts every ballot in every round: the counts sum to the ballots not yet exhausted", () => {
    fc.assert(
      fc.property(electionArbitrary, ({ optionIds, rankings }) => {
        const { rounds } = instantRunoff(optionIds, rankings);
        let previousExhausted = 0;
        for (const round of rounds) {
          const counted = round.counts.reduce((sum, entry) => sum + entry.votes, 0);
          expect(counted + round.exhausted).toBe(rankings.length);
          // A ballot once exhausted stays so; each round has one option fewer.
          expect(round.exhausted).toBeGreaterThanOrEqual(previousExhausted);
          expect(round.counts.length).toBe(optionIds.length - round.round + 1);
          previousExhausted = round.exhausted;
        }
      }),
    );
  });

  it("does not depend on the order the ballots come in", () => {
    fc.assert(
      fc.property(
        electionArbitrary.chain((election) =>
          fc.record({
            election: fc.constant(election),
            shuffled: fc.shuffledSubarray(election.rankings, { minLength: election.rankings.length }),
          }),
        ),
        ({ election, shuffled }) => {
          expect(instantRunoff(election.optionIds, shuffled)).toEqual(
            instantRunoff(election.optionIds, election.rankings),
          );
        },
      ),
    );
  });

  it("never elects a Condorcet loser (an option a majority ranks below each other option)", () => {
    fc.assert(
      fc.property(completeElectionArbitrary, ({ optionIds, rankings }) => {
        const prefers = (x: string, y: string) =>
          rankings.filter((ranking) => ranking.indexOf(x) < ranking.indexOf(y)).length;
        const { winner } = instantRunoff(optionIds, rankings);
        const beatenByAll = optionIds
          .filter((other) => other !== winner)
          .every((other) => prefers(other, winner!) * 2 > rankings.length);
        expect(beatenByAll).toBe(false);
      }),
    );
  });

  it("eliminates, in each round, an option with the fewest votes of that round", () => {
    fc.assert(
      fc.property(electionArbitrary, ({ optionIds, rankings }) => {
        for (const round of instantRunoff(optionIds, rankings).rounds) {
          if (round.eliminated === null) continue;
          const fewest = Math.min(...round.counts.map((entry) => entry.votes));
          expect(round.counts.find((entry) => entry.optionId === round.eliminated)!.votes).toBe(fewest);
        }
      }),
    );
  });
});

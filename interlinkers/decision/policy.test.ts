import { describe, expect, it } from "vitest";
import {
  type Actor,
  type AssetRow,
  allow,
  type Decision,
  deny,
  type ItemAction,
  type RightHolders,
} from "../sdk/server.js";
import { testActor as person } from "../sdk/testing.js";
import { type DecisionAction, type DecisionState, type PollRow, policy } from "./policy.js";

// Each of the decision's own actions, yes and no, decided on subjects built by hand: the route tests
// (decision.test.ts) show the same rules through the API.

const admin = person("admin");
const alice = person("alice"); // a view right on the task, and in the residents' team
const bob = person("bob"); // in the residents' team, no right of his own
const carol = person("carol"); // a view right on the task, in no team
const stranger = person("stranger"); // a grant elsewhere in the process: known to it, no right here

const holders: RightHolders = {
  people: new Map([
    ["alice", new Set(["view"] as const)],
    ["carol", new Set(["view"] as const)],
    ["stranger", new Set()],
  ]),
  administrators: new Set(["admin"]),
  teamMembers: new Map([["residents", ["alice", "bob"]]]),
};

const asset = {
  id: "01900000-0000-7000-8000-000000000001",
  processId: "01900000-0000-7000-8000-000000000002",
  taskId: "01900000-0000-7000-8000-000000000003",
  kind: "interlinker",
  name: "A decision",
  interlinkerId: "decision",
} as AssetRow;

function pollRow(overrides: Partial<PollRow> = {}): PollRow {
  return {
    assetId: asset.id,
    type: "single_choice",
    description: null,
    closesAt: null,
    quorumPercent: null,
    anonymous: false,
    hideResultsUntilClosed: false,
    dots: null,
    voterTeamIds: null,
    closedAt: null,
    closedBy: null,
    outcome: null,
    result: null,
    createdAt: new Date(),
    ...overrides,
  };
}

/**
 * The decision on a subject whose task the actor sees; `rules` says what the process's rulebook answers for vote and
 * close_decision (the core's task(...) question), permitting by default.
 */
function decide(
  actor: Actor | null,
  action: DecisionAction,
  options: {
    poll?: PollRow | null;
    rules?: { vote?: boolean; close_decision?: boolean };
    visibility?: "public" | "private";
  } = {},
): Decision {
  const poll = options.poll === undefined ? pollRow() : options.poll;
  const state: DecisionState = poll ? { poll, holders } : null;
  const process = {
    kind: "process" as const,
    visibility: options.visibility ?? "private",
    actorIsAdministrator: actor?.userId === "admin",
    actorHasAnyGrant: true,
    processRights: new Set<never>(),
  };
  const task = (right: ItemAction) => {
    if (right !== "vote" && right !== "close_decision") return allow("You may.");
    return (options.rules?.[right] ?? true) ? allow(`The rules permit ${right}.`) : deny(`The rules refuse ${right}.`);
  };
  return policy.explain({
    actor,
    action,
    subject: {
      kind: "asset",
      interlinkerId: "decision",
      asset,
      task: { kind: "item", process, type: "task", rights: new Set() },
      state,
    },
    task,
    process: () => allow("You may."),
  });
}

describe("vote", () => {
  it("lets everyone with a right on the task vote, and the process's administrators", () => {
    for (const voter of [admin, alice, carol]) expect(decide(voter, "vote").allowed).toBe(true);
  });

  it("refuses anonymous visitors, people whose grants are elsewhere, and team members without a right", () => {
    expect(decide(null, "vote")).toEqual(deny("Sign in to vote."));
    const notAVoter = deny(
      "Only people with a right on this task, and the process's administrators, may vote in this poll.",
    );
    expect(decide(stranger, "vote")).toEqual(notAVoter);
    expect(decide(bob, "vote")).toEqual(notAVoter);
  });

  it("with named teams, lets only their members vote who can see the task", () => {
    const poll = pollRow({ voterTeamIds: ["residents"] });
    expect(decide(alice, "vote", { poll }).allowed).toBe(true);
    const notInTeam = deny("Only members of the teams this poll names may vote in it.");
    expect(decide(carol, "vote", { poll })).toEqual(notInTeam);
    expect(decide(admin, "vote", { poll })).toEqual(notInTeam);
    // Bob holds no right of his own: on a private process he cannot see the task, on a public one he can.
    expect(decide(bob, "vote", { poll })).toEqual(notInTeam);
    expect(decide(bob, "vote", { poll, visibility: "public" }).allowed).toBe(true);
  });

  it("asks the process's rulebook first: its refusal is the reason, even for someone the poll counts", () => {
    expect(decide(alice, "vote", { rules: { vote: false } })).toEqual(deny("The rules refuse vote."));
    expect(decide(admin, "vote", { rules: { vote: false } }).allowed).toBe(false);
  });

  it("does not ask whether the poll is open: a ballot on a closed poll is a conflict, not a refusal", () => {
    expect(decide(alice, "vote", { poll: pollRow({ closedAt: new Date() }) }).allowed).toBe(true);
  });

  it("refuses everyone when the poll is gone", () => {
    expect(decide(admin, "vote", { poll: null }).allowed).toBe(false);
  });
});

describe("withdraw", () => {
  it("lets anyone signed in withdraw their own ballot, and refuses anonymous visitors", () => {
    expect(decide(bob, "withdraw").allowed).toBe(true);
    expect(decide(null, "withdraw")).toEqual(deny("Sign in first."));
  });
});

describe("close", () => {
  it("follows the process rulebook's close_decision, with its reason (no grant names closing)", () => {
    expect(decide(alice, "close", { rules: { close_decision: true } }).allowed).toBe(true);
    expect(decide(admin, "close", { rules: { close_decision: false } })).toEqual(
      deny("The rules refuse close_decision."),
    );
  });
});

describe("see_results", () => {
  it("shows the results as they come, unless they are hidden until the poll closes", () => {
    expect(decide(alice, "see_results").allowed).toBe(true);
    expect(decide(null, "see_results").allowed).toBe(true);
    const hidden = pollRow({ hideResultsUntilClosed: true });
    expect(decide(admin, "see_results", { poll: hidden })).toEqual(
      deny("The results of this poll are hidden until it closes; nobody can see them before then."),
    );
  });

  it("shows hidden results once the poll is closed, or past its closing time", () => {
    const closed = pollRow({ hideResultsUntilClosed: true, closedAt: new Date() });
    const expired = pollRow({ hideResultsUntilClosed: true, closesAt: new Date(Date.now() - 1000) });
    expect(decide(alice, "see_results", { poll: closed }).allowed).toBe(true);
    expect(decide(alice, "see_results", { poll: expired }).allowed).toBe(true);
  });
});

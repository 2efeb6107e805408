import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  createOrganization,
  createTeam,
  createTestApp,
  problemOf,
  type Session,
  signUp,
  type TestContext,
  type TreeNode,
} from "../sdk/testing.js";
import { decisionBallot, decisionPoll } from "./tables.js";

let context: TestContext;
let platformAdmin: Session; // sees everything, holds no right in the process
let servant: Session; // administers the process
let alice: Session; // member of the residents' team (create_assets on Build)
let bob: Session; // member of the residents' team
let carol: Session; // her own view grant on the Build task
let designer: Session; // rights on Design only
let outsider: Session;
let processId: string;
let buildTask: string;
let designTask: string;
let residents: { id: string };
let unrelatedTeam: { id: string };
const unknownId = "01900000-0000-7000-8000-000000000000";

type Decision = {
  assetId: string;
  options: { id: string; label: string; stance: string | null }[];
  status: string;
  eligible: number;
  ballots: number;
  myBallot: Record<string, unknown> | null;
  can: { vote: boolean; close: boolean };
} & Record<string, unknown>;

async function createPoll(input: Record<string, unknown>, session: Session = servant, name = "A decision") {
  const response = await call(context.app, session, "POST", `/api/v1/tasks/${buildTask}/assets`, {
    kind: "interlinker",
    interlinkerId: "decision",
    name,
    input,
  });
  if (response.statusCode !== 201) throw new Error(`poll: ${response.statusCode} ${response.body}`);
  const assetId = response.json().id as string;
  return { assetId, poll: await read(assetId) };
}

async function read(assetId: string, session: Session = servant): Promise<Decision> {
  const response = await call(context.app, session, "GET", `/api/v1/assets/${assetId}/decision`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

const vote = (session: Session | null, assetId: string, ballot: unknown) =>
  call(context.app, session, "PUT", `/api/v1/assets/${assetId}/decision/ballot`, ballot);
const results = (session: Session | null, assetId: string) =>
  call(context.app, session, "GET", `/api/v1/assets/${assetId}/decision/results`);
const close = (session: Session | null, assetId: string, outcome: unknown = "We go with the result.") =>
  call(context.app, session, "POST", `/api/v1/assets/${assetId}/decision/close`, { outcome });

async function grant(body: Record<string, unknown>) {
  const response = await call(context.app, servant, "POST", `/api/v1/processes/${processId}/grants`, body);
  expect(response.statusCode).toBe(201);
}

async function addMember(teamId: string, owner: Session, member: Session) {
  const response = await call(context.app, owner, "POST", `/api/v1/teams/${teamId}/members`, { email: member.email });
  expect(response.statusCode).toBeLessThan(300);
}

async function countBallots(assetId: string) {
  const [row] = await context.database.db
    .select({ count: sql<number>`count(*)::int` })
    .from(decisionBallot)
    .where(eq(decisionBallot.assetId, assetId));
  return row!.count;
}

beforeAll(async () => {
  context = await createTestApp();
  platformAdmin = await signUp(context.app, { name: "Platform Admin" });
  servant = await signUp(context.app, { name: "Civil Servant" });
  alice = await signUp(context.app, { name: "Alice" });
  bob = await signUp(context.app, { name: "Bob" });
  carol = await signUp(context.app, { name: "Carol" });
  designer = await signUp(context.app, { name: "Designer" });
  outsider = await signUp(context.app, { name: "Outsider" });

  const city = await createOrganization(context.app, servant, { name: { en: "Valmiera" } });
  const association = await createOrganization(context.app, alice, { name: { en: "Residents" }, type: "citizen" });
  residents = await createTeam(context.app, alice, association.id, { name: { en: "Residents" } });
  await addMember(residents.id, alice, bob);
  unrelatedTeam = await createTeam(context.app, alice, association.id, { name: { en: "Choir" } });

  const created = await call(context.app, servant, "POST", "/api/v1/processes", {
    name: "Library opening hours",
    aim: "Open when people can come",
    language: "en",
    organizationId: city.id,
    governanceModel: "G+G",
    visibility: "private",
    schemaId: "default",
  });
  processId = created.json().id;
  const tree = (await call(context.app, servant, "GET", `/api/v1/processes/${processId}/tree`)).json()
    .items as TreeNode[];
  const phase = (name: string) => tree.find((node) => node.name === name)!;
  buildTask = phase("Build").children[0]!.children[0]!.id;
  designTask = phase("Design").children[0]!.children[0]!.id;
  await grant({ teamId: residents.id, itemId: phase("Build").id, rights: ["create_assets"] });
  await grant({ userId: carol.userId, itemId: buildTask, rights: ["view"] });
  await grant({ userId: designer.userId, itemId: designTask, rights: ["edit_assets"] });
});
afterAll(() => context.close());

describe("a ranked-choice decision, from start to outcome", () => {
  it("three people rank, the poll is closed with an outcome, and the trail records it and still verifies", async () => {
    const { assetId, poll } = await createPoll({
      type: "ranked_choice",
      options: [{ label: "Saturday mornings" }, { label: "Weekday evenings" }, { label: "Sunday afternoons" }],
      quorumPercent: 50,
    });
    const [saturday, evenings, sunday] = poll.options.map((option) => option.id);
    // The administrator, the two residents and Carol may vote; the designer and the platform admin may not.
    expect(poll).toMatchObject({ type: "ranked_choice", status: "open", eligible: 4, ballots: 0, myBallot: null });
    expect(poll.can).toEqual({ vote: true, close: true });
    expect((await read(assetId, alice)).can).toEqual({ vote: true, close: false });
    expect((await read(assetId, carol)).can).toEqual({ vote: true, close: false });
    expect((await read(assetId, platformAdmin)).can).toEqual({ vote: false, close: true });

    expect((await vote(alice, assetId, { ranking: [saturday, evenings, sunday] })).statusCode).toBe(200);
    expect((await vote(bob, assetId, { ranking: [evenings, saturday] })).statusCode).toBe(200);
    // Carol first ranks Sunday only, then changes her mind: her ballot is replaced, never counted twice.
    expect((await vote(carol, assetId, { ranking: [sunday] })).statusCode).toBe(200);
    const changed = await vote(carol, assetId, { ranking: [sunday, saturday] });
    expect(changed.json()).toMatchObject({ ballots: 3, myBallot: { ranking: [sunday, saturday] } });
    expect(await countBallots(assetId)).toBe(3);

    const open = (await results(bob, assetId)).json();
    expect(open).toMatchObject({ status: "open", eligible: 4, ballots: 3, quorumReached: true });
    expect(open.rounds).toEqual([
      {
        round: 1,
        counts: [
          { optionId: saturday, votes: 1 },
          { optionId: evenings, votes: 1 },
          { optionId: sunday, votes: 1 },
        ],
        exhausted: 0,
        eliminated: sunday,
        tieBreak: "option_order",
      },
      {
        round: 2,
        counts: [
          { optionId: saturday, votes: 2 },
          { optionId: evenings, votes: 1 },
        ],
        exhausted: 0,
        eliminated: null,
        tieBreak: null,
      },
    ]);
    expect(open.winner).toEqual({ optionId: saturday, label: "Saturday mornings" });
    expect(open.votes.map((entry: { voter: { name: string } }) => entry.voter.name)).toEqual(["Alice", "Bob", "Carol"]);

    problemOf(await close(alice, assetId), 403);
    const closed = await close(servant, assetId, "  Open on Saturday mornings from March.  ");
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      status: "closed",
      outcome: "Open on Saturday mornings from March.",
      can: { vote: false, close: false },
    });
    const final = (await results(carol, assetId)).json();
    expect(final).toMatchObject({ status: "closed", winner: { optionId: saturday }, ballots: 3 });
    expect(final.rounds).toEqual(open.rounds);

    const activity = (await call(context.app, alice, "GET", `/api/v1/processes/${processId}/activity?limit=10`)).json()
      .items as { action: string; actorId: string; summary: { after?: Record<string, unknown> } }[];
    expect(activity[0]).toMatchObject({
      action: "decision.closed",
      actorId: servant.userId,
      summary: {
        after: {
          type: "ranked_choice",
          outcome: "Open on Saturday mornings from March.",
          winner: { optionId: saturday, label: "Saturday mornings" },
          quorumReached: true,
          ballots: 3,
          eligible: 4,
        },
      },
    });
    expect(activity.slice(1, 5).map((entry) => entry.action)).toEqual([
      "decision.ballot_changed",
      "decision.ballot_cast",
      "decision.ballot_cast",
      "decision.ballot_cast",
    ]);
    // Ballots' contents never reach the trail.
    expect(JSON.stringify(activity.slice(1, 5))).not.toContain(saturday);
    const verified = await call(context.app, bob, "GET", `/api/v1/processes/${processId}/activity/verify`);
    expect(verified.json()).toMatchObject({ valid: true, firstBrokenAt: null });

    // Closed: no more ballots, no second close, and nothing changes.
    const late = problemOf(await vote(alice, assetId, { ranking: [sunday] }), 409);
    expect(late.detail).toContain("closed");
    problemOf(await close(servant, assetId), 409);
    problemOf(await call(context.app, alice, "DELETE", `/api/v1/assets/${assetId}/decision/ballot`), 409);
    expect((await read(assetId, alice)).myBallot).toEqual({ ranking: [saturday, evenings, sunday] });
  });
});

describe("creating a poll: bad input changes nothing", () => {
  const twoOptions = [{ label: "Yes" }, { label: "No" }];
  const cases: [string, Record<string, unknown>, string][] = [
    ["an unknown type", { type: "lottery", options: twoOptions }, "body.input.type"],
    ["no type", { options: twoOptions }, "body.input.type"],
    ["a single option", { type: "single_choice", options: [{ label: "Only" }] }, "body.input.options"],
    ["no options", { type: "approval" }, "body.input.options"],
    [
      "too many options",
      { type: "single_choice", options: Array.from({ length: 21 }, (_, index) => ({ label: `Option ${index}` })) },
      "body.input.options",
    ],
    [
      "an empty label",
      { type: "single_choice", options: [{ label: " " }, { label: "No" }] },
      "body.input.options.0.label",
    ],
    [
      "a label too long",
      { type: "single_choice", options: [{ label: "x".repeat(201) }, { label: "No" }] },
      "body.input.options.0.label",
    ],
    [
      "the same label twice",
      { type: "approval", options: [{ label: "Tea" }, { label: "tea" }] },
      "body.input.options.1.label",
    ],
    ["options on a proposal", { type: "proposal", options: twoOptions }, "body.input.options"],
    ["dots on a single choice", { type: "single_choice", options: twoOptions, dots: 3 }, "body.input.dots"],
    ["a dot vote without dots", { type: "dot_vote", options: twoOptions }, "body.input.dots"],
    ["zero dots", { type: "dot_vote", options: twoOptions, dots: 0 }, "body.input.dots"],
    [
      "a closing time in the past",
      { type: "single_choice", options: twoOptions, closesAt: "2020-01-01T00:00:00Z" },
      "body.input.closesAt",
    ],
    [
      "a closing time that is no time",
      { type: "single_choice", options: twoOptions, closesAt: "soon" },
      "body.input.closesAt",
    ],
    [
      "a quorum above 100%",
      { type: "single_choice", options: twoOptions, quorumPercent: 101 },
      "body.input.quorumPercent",
    ],
    ["a quorum of 0%", { type: "single_choice", options: twoOptions, quorumPercent: 0 }, "body.input.quorumPercent"],
    ["anonymous as text", { type: "single_choice", options: twoOptions, anonymous: "yes" }, "body.input.anonymous"],
    ["an unknown field", { type: "single_choice", options: twoOptions, secret: true }, "body.input"],
    [
      "a description too long",
      { type: "single_choice", options: twoOptions, description: "x".repeat(5001) },
      "body.input.description",
    ],
    [
      "a description with a NUL character",
      { type: "single_choice", options: twoOptions, description: "Which day\u0000?" },
      "body.input.description",
    ],
    [
      "a description with a lone surrogate",
      { type: "single_choice", options: twoOptions, description: "Broken \ud800 text" },
      "body.input.description",
    ],
    [
      "an option label with a NUL character",
      { type: "single_choice", options: [{ label: "Yes\u0000" }, { label: "No" }] },
      "body.input.options.0.label",
    ],
    ["a description that is no text", { type: "proposal", description: 42 }, "body.input.description"],
    [
      "an unknown option field",
      { type: "single_choice", options: [{ label: "A", id: "x" }, { label: "B" }] },
      "body.input.options.0",
    ],
    [
      "voters with no team",
      { type: "single_choice", options: twoOptions, voters: { teams: [] } },
      "body.input.voters.teams",
    ],
    [
      "a team without rights in the process",
      { type: "single_choice", options: twoOptions, voters: { teams: [unknownId] } },
      "body.input.voters.teams.0",
    ],
  ];

  it.each(cases)("refuses %s", async (_, input, path) => {
    const before = (await call(context.app, servant, "GET", `/api/v1/tasks/${buildTask}/assets?limit=100`)).json().items
      .length;
    const refused = problemOf(
      await call(context.app, servant, "POST", `/api/v1/tasks/${buildTask}/assets`, {
        kind: "interlinker",
        interlinkerId: "decision",
        name: "Bad",
        input,
      }),
      422,
    );
    expect(refused.errors!.map((error) => error.path)).toContain(path);
    const after = (await call(context.app, servant, "GET", `/api/v1/tasks/${buildTask}/assets?limit=100`)).json().items
      .length;
    expect(after).toBe(before);
  });

  it("refuses a team that exists but holds no grant in the process", async () => {
    const refused = problemOf(
      await call(context.app, servant, "POST", `/api/v1/tasks/${buildTask}/assets`, {
        kind: "interlinker",
        interlinkerId: "decision",
        name: "Choir only",
        input: { type: "single_choice", options: twoOptions, voters: { teams: [residents.id, unrelatedTeam.id] } },
      }),
      422,
    );
    expect(refused.errors).toEqual([
      { path: "body.input.voters.teams.1", code: "team_without_rights", message: expect.stringContaining("grant") },
    ]);
  });

  it("gives a proposal its four fixed stances", async () => {
    const { poll } = await createPoll({ type: "proposal" });
    expect(poll.options.map((option) => option.stance)).toEqual(["agree", "abstain", "disagree", "block"]);
  });
});

describe("ballots: each type's shape, and what is refused", () => {
  it("accepts a ballot of each type and counts it by the type's method", async () => {
    const options = [{ label: "Mon 18:00" }, { label: "Tue 18:00" }, { label: "Wed 18:00" }];
    const single = await createPoll({ type: "single_choice", options });
    const approval = await createPoll({ type: "approval", options });
    const dots = await createPoll({ type: "dot_vote", options, dots: 5 });
    const score = await createPoll({ type: "score", options });
    const meeting = await createPoll({ type: "meeting_time", options });
    const proposal = await createPoll({ type: "proposal" });

    await vote(alice, single.assetId, { optionId: single.poll.options[1]!.id });
    await vote(bob, single.assetId, { optionId: single.poll.options[1]!.id });
    expect((await results(alice, single.assetId)).json()).toMatchObject({
      winner: { label: "Tue 18:00" },
      tally: [{ count: 0 }, { count: 2 }, { count: 0 }],
    });

    const ids = (poll: { poll: Decision }) => poll.poll.options.map((option) => option.id);
    await vote(alice, approval.assetId, { optionIds: [ids(approval)[0], ids(approval)[2]] });
    await vote(bob, approval.assetId, { optionIds: [ids(approval)[2]] });
    expect((await results(alice, approval.assetId)).json().winner.label).toBe("Wed 18:00");

    await vote(alice, dots.assetId, { dots: { [ids(dots)[0]!]: 2, [ids(dots)[1]!]: 3 } });
    await vote(bob, dots.assetId, { dots: { [ids(dots)[0]!]: 2 } });
    expect((await results(alice, dots.assetId)).json()).toMatchObject({
      winner: { label: "Mon 18:00" },
      tally: [{ total: 4, count: 2 }, { total: 3, count: 1 }, { total: 0 }],
    });

    const fullScores = (values: number[]) => Object.fromEntries(ids(score).map((id, index) => [id, values[index]]));
    await vote(alice, score.assetId, { scores: fullScores([1, 5, 3]) });
    await vote(bob, score.assetId, { scores: fullScores([2, 4, 5]) });
    expect((await results(alice, score.assetId)).json()).toMatchObject({
      winner: { label: "Tue 18:00" },
      tally: [
        { total: 3, average: 1.5 },
        { total: 9, average: 4.5 },
        { total: 8, average: 4 },
      ],
    });

    const answers = (values: string[]) => Object.fromEntries(ids(meeting).map((id, index) => [id, values[index]]));
    await vote(alice, meeting.assetId, { slots: answers(["yes", "no", "maybe"]) });
    await vote(bob, meeting.assetId, { slots: answers(["yes", "yes", "yes"]) });
    expect((await results(alice, meeting.assetId)).json()).toMatchObject({
      winner: { label: "Mon 18:00" },
      tally: [
        { answers: { yes: 2, maybe: 0, no: 0 } },
        { answers: { yes: 1, no: 1 } },
        { answers: { yes: 1, maybe: 1 } },
      ],
    });

    await vote(alice, proposal.assetId, { stance: "agree" });
    await vote(bob, proposal.assetId, { stance: "block" });
    expect((await results(alice, proposal.assetId)).json()).toMatchObject({
      passed: false,
      winner: { label: "block" },
    });
  });

  it("refuses wrong shapes, missing options and over-spent dots, counting nothing", async () => {
    const options = [{ label: "One" }, { label: "Two" }];
    const single = await createPoll({ type: "single_choice", options });
    const ranked = await createPoll({ type: "ranked_choice", options });
    const dots = await createPoll({ type: "dot_vote", options, dots: 3 });
    const score = await createPoll({ type: "score", options });
    const meeting = await createPoll({ type: "meeting_time", options });
    const proposal = await createPoll({ type: "proposal" });
    const [one, two] = single.poll.options.map((option) => option.id);
    const [r1, r2] = ranked.poll.options.map((option) => option.id);
    const [d1, d2] = dots.poll.options.map((option) => option.id);
    const [s1, s2] = score.poll.options.map((option) => option.id);
    const [m1, m2] = meeting.poll.options.map((option) => option.id);

    const cases: [string, string, unknown, string][] = [
      ["another type's field", single.assetId, { optionIds: [one] }, "body.optionIds"],
      ["two fields", single.assetId, { optionId: one, stance: "agree" }, "body.stance"],
      ["nothing", single.assetId, {}, "body.optionId"],
      ["another poll's option", single.assetId, { optionId: r1 }, "body.optionId"],
      ["an option id that is no id", single.assetId, { optionId: "first" }, "body.optionId"],
      ["an unknown field", single.assetId, { optionId: one, weight: 2 }, "body"],
      ["a ranking with an option twice", ranked.assetId, { ranking: [r1, r2, r1] }, "body.ranking.2"],
      ["an empty ranking", ranked.assetId, { ranking: [] }, "body.ranking"],
      ["a ranking with an unknown option", ranked.assetId, { ranking: [r1, two] }, "body.ranking.1"],
      ["more dots than the poll gives", dots.assetId, { dots: { [d1!]: 2, [d2!]: 2 } }, "body.dots"],
      ["no dot at all", dots.assetId, { dots: { [d1!]: 0 } }, "body.dots"],
      ["negative dots", dots.assetId, { dots: { [d1!]: -1, [d2!]: 3 } }, `body.dots.${d1}`],
      ["a score of 6", score.assetId, { scores: { [s1!]: 6 } }, `body.scores.${s1}`],
      ["an option left unscored", score.assetId, { scores: { [s1!]: 3 } }, `body.scores.${s2}`],
      ["a slot answered 'perhaps'", meeting.assetId, { slots: { [m1!]: "perhaps", [m2!]: "yes" } }, `body.slots.${m1}`],
      ["a slot left unanswered", meeting.assetId, { slots: { [m1!]: "yes" } }, `body.slots.${m2}`],
      ["an unknown stance", proposal.assetId, { stance: "veto" }, "body.stance"],
      ["a stance as an option", proposal.assetId, { optionId: proposal.poll.options[0]!.id }, "body.optionId"],
    ];
    for (const [what, assetId, ballot, path] of cases) {
      const refused = problemOf(await vote(alice, assetId, ballot), 422);
      expect(
        refused.errors!.map((error) => error.path),
        what,
      ).toContain(path);
      expect(await countBallots(assetId), what).toBe(0);
    }
  });

  it("lets a voter withdraw a ballot while the poll is open", async () => {
    const { assetId, poll } = await createPoll({ type: "single_choice", options: [{ label: "A" }, { label: "B" }] });
    await vote(bob, assetId, { optionId: poll.options[0]!.id });
    const withdrawn = await call(context.app, bob, "DELETE", `/api/v1/assets/${assetId}/decision/ballot`);
    expect(withdrawn.json()).toMatchObject({ myBallot: null, ballots: 0 });
    problemOf(await call(context.app, bob, "DELETE", `/api/v1/assets/${assetId}/decision/ballot`), 404);
  });
});

describe("who may vote, see and close", () => {
  it("hides every route from outsiders, anonymous visitors and members elsewhere (404)", async () => {
    const { assetId, poll } = await createPoll({ type: "single_choice", options: [{ label: "A" }, { label: "B" }] });
    for (const person of [outsider, null]) {
      problemOf(await call(context.app, person, "GET", `/api/v1/assets/${assetId}/decision`), 404);
      problemOf(await results(person, assetId), 404);
      problemOf(await vote(person, assetId, { optionId: poll.options[0]!.id }), 404);
      problemOf(await close(person, assetId), 404);
      problemOf(await call(context.app, person, "DELETE", `/api/v1/assets/${assetId}/decision/ballot`), 404);
    }
    // The designer takes part in the process, so learns the task exists, but not its assets: to them the poll is
    // as unknown as it is to an outsider.
    problemOf(await call(context.app, designer, "GET", `/api/v1/assets/${assetId}/decision`), 404);
    problemOf(await results(designer, assetId), 404);
    problemOf(await vote(designer, assetId, { optionId: poll.options[0]!.id }), 404);
    problemOf(await close(designer, assetId), 404);
    problemOf(await call(context.app, servant, "GET", `/api/v1/assets/${unknownId}/decision`), 404);
    // A note is not a decision.
    const note = await call(context.app, servant, "POST", `/api/v1/tasks/${buildTask}/assets`, {
      kind: "interlinker",
      interlinkerId: "note",
      name: "Minutes",
    });
    problemOf(await call(context.app, servant, "GET", `/api/v1/assets/${note.json().id}/decision`), 404);
    expect(await countBallots(assetId)).toBe(0);
  });

  it("refuses people who see the task but are not voters (403), and counts nothing", async () => {
    const everyone = await createPoll({ type: "single_choice", options: [{ label: "A" }, { label: "B" }] });
    const refused = problemOf(
      await vote(platformAdmin, everyone.assetId, { optionId: everyone.poll.options[0]!.id }),
      403,
    );
    expect(refused.detail).toContain("right on this task");

    const teamOnly = await createPoll({
      type: "single_choice",
      options: [{ label: "A" }, { label: "B" }],
      voters: { teams: [residents.id] },
    });
    expect(teamOnly.poll).toMatchObject({
      eligible: 2,
      voters: { teams: [{ id: residents.id, name: { en: "Residents" } }] },
    });
    expect((await read(teamOnly.assetId, carol)).can.vote).toBe(false);
    const notInTeam = problemOf(await vote(carol, teamOnly.assetId, { optionId: teamOnly.poll.options[0]!.id }), 403);
    expect(notInTeam.detail).toContain("teams");
    problemOf(await vote(servant, teamOnly.assetId, { optionId: teamOnly.poll.options[0]!.id }), 403);
    expect((await vote(bob, teamOnly.assetId, { optionId: teamOnly.poll.options[0]!.id })).statusCode).toBe(200);
    expect(await countBallots(teamOnly.assetId)).toBe(1);
    expect(await countBallots(everyone.assetId)).toBe(0);
  });

  it("lets those who may edit the task's assets close it, and refuses a missing or empty outcome", async () => {
    const { assetId } = await createPoll({ type: "proposal" });
    problemOf(await close(carol, assetId), 403);
    problemOf(await close(servant, assetId, "   "), 422);
    problemOf(await call(context.app, servant, "POST", `/api/v1/assets/${assetId}/decision/close`, {}), 422);
    problemOf(await close(servant, assetId, "x".repeat(5001)), 422);
    problemOf(
      await call(context.app, servant, "POST", `/api/v1/assets/${assetId}/decision/close`, { outcome: "Ok", at: 1 }),
      422,
    );
    expect((await read(assetId)).status).toBe("open");
    // A platform administrator may close what they may edit, though they do not vote.
    expect((await close(platformAdmin, assetId, "Nobody voted; we ask again in spring.")).json()).toMatchObject({
      status: "closed",
      ballots: 0,
    });
    const result = (await results(alice, assetId)).json();
    expect(result).toMatchObject({ winner: null, passed: null, ballots: 0 });
  });
});

describe("poll options", () => {
  it("counts a poll past its closing time as closed for ballots", async () => {
    const { assetId, poll } = await createPoll({
      type: "single_choice",
      options: [{ label: "A" }, { label: "B" }],
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await vote(alice, assetId, { optionId: poll.options[0]!.id });
    await context.database.db
      .update(decisionPoll)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(decisionPoll.assetId, assetId));
    const expired = await read(assetId, alice);
    expect(expired).toMatchObject({ status: "closed", outcome: null, can: { vote: false } });
    expect((await read(assetId)).can.close).toBe(true);
    const refused = problemOf(await vote(alice, assetId, { optionId: poll.options[1]!.id }), 409);
    expect(refused.detail).toContain("closing time has passed");
    expect((await results(alice, assetId)).json()).toMatchObject({ status: "closed", winner: { label: "A" } });
    expect((await close(servant, assetId, "A it is.")).json()).toMatchObject({ status: "closed", outcome: "A it is." });
  });

  it("hides results until the poll closes, when asked to", async () => {
    const { assetId, poll } = await createPoll({
      type: "single_choice",
      options: [{ label: "A" }, { label: "B" }],
      hideResultsUntilClosed: true,
    });
    expect(poll.resultsVisible).toBe(false);
    await vote(alice, assetId, { optionId: poll.options[1]!.id });
    for (const person of [alice, servant, platformAdmin]) {
      const hidden = problemOf(await results(person, assetId), 403);
      expect(hidden.type).toBe("/problems/results-hidden");
    }
    await close(servant, assetId, "B.");
    expect((await results(alice, assetId)).json()).toMatchObject({ winner: { label: "B" } });
  });

  it("never tells who voted what in an anonymous poll", async () => {
    const { assetId, poll } = await createPoll({
      type: "single_choice",
      options: [{ label: "A" }, { label: "B" }],
      anonymous: true,
    });
    await vote(alice, assetId, { optionId: poll.options[1]!.id });
    const open = (await results(servant, assetId)).json();
    expect(open.votes).toBeNull();
    // Nor does the trail say who cast the ballot.
    const [latest] = (await call(context.app, servant, "GET", `/api/v1/processes/${processId}/activity?limit=1`)).json()
      .items;
    expect(latest).toMatchObject({ action: "decision.ballot_cast", actorId: null, targetId: assetId });
    expect(JSON.stringify(open)).not.toContain(alice.userId);
    await close(servant, assetId, "B.");
    const closed = (await results(servant, assetId)).json();
    expect(closed.votes).toBeNull();
    expect(JSON.stringify(closed)).not.toContain(alice.userId);
    // The voter still sees their own ballot.
    expect((await read(assetId, alice)).myBallot).toEqual({ optionId: poll.options[1]!.id });
  });

  it("decides nothing without quorum", async () => {
    const { assetId, poll } = await createPoll({
      type: "single_choice",
      options: [{ label: "A" }, { label: "B" }],
      quorumPercent: 75,
    });
    await vote(alice, assetId, { optionId: poll.options[0]!.id });
    await vote(bob, assetId, { optionId: poll.options[0]!.id });
    expect((await results(alice, assetId)).json()).toMatchObject({
      eligible: 4,
      ballots: 2,
      quorumPercent: 75,
      quorumReached: false,
      winner: null,
      tally: [{ count: 2 }, { count: 0 }],
    });
    await vote(carol, assetId, { optionId: poll.options[1]!.id });
    expect((await results(alice, assetId)).json()).toMatchObject({ quorumReached: true, winner: { label: "A" } });
  });
});

describe("copies, export and import", () => {
  it("clones the question without its ballots, and exports and imports a closed poll with its result", async () => {
    const { assetId, poll } = await createPoll(
      { type: "dot_vote", options: [{ label: "Park" }, { label: "Library" }], dots: 4 },
      servant,
      "Where to spend",
    );
    await vote(alice, assetId, { dots: { [poll.options[1]!.id]: 4 } });
    const cloned = await call(context.app, servant, "POST", `/api/v1/assets/${assetId}/clone`, { taskId: buildTask });
    expect(cloned.statusCode).toBe(201);
    const copy = await read(cloned.json().id);
    expect(copy).toMatchObject({ type: "dot_vote", dots: 4, ballots: 0, status: "open", myBallot: null });
    expect(copy.options.map((option) => option.label)).toEqual(["Park", "Library"]);
    expect(copy.options[0]!.id).not.toBe(poll.options[0]!.id);

    await call(context.app, servant, "DELETE", `/api/v1/assets/${cloned.json().id}`);
    await close(servant, assetId, "The library gets it.");
    const exported = (await call(context.app, servant, "GET", `/api/v1/processes/${processId}/export`)).json();
    const entry = exported.assets.find(
      (asset: { name: string; clonedFrom?: string }) => asset.name === "Where to spend",
    );
    const content = JSON.parse(entry.content.content);
    expect(content).toMatchObject({
      format: "interlink-decision",
      definition: { type: "dot_vote", dots: 4 },
      closed: { outcome: "The library gets it.", result: { winner: { label: "Library" }, ballots: 1 } },
    });
    expect(entry.content.content).not.toContain(alice.userId);

    const imported = await call(context.app, outsider, "POST", "/api/v1/processes/import", exported);
    expect(imported.statusCode).toBe(201);
    const tree = (await call(context.app, outsider, "GET", `/api/v1/processes/${imported.json().id}/tree`)).json()
      .items as TreeNode[];
    const task = tree.find((node) => node.name === "Build")!.children[0]!.children[0]!;
    const assets = (await call(context.app, outsider, "GET", `/api/v1/tasks/${task.id}/assets?limit=100`)).json().items;
    const again = assets.find((asset: { name: string }) => asset.name === "Where to spend");
    const reread = await read(again.id, outsider);
    expect(reread).toMatchObject({ status: "closed", outcome: "The library gets it.", ballots: 1 });
    const result = (await results(outsider, again.id)).json();
    expect(result.winner).toEqual({ optionId: reread.options[1]!.id, label: "Library" });
    expect(result.votes).toEqual([]);

    const broken = structuredClone(exported);
    broken.assets.find((asset: { name: string }) => asset.name === "Where to spend").content.content = "{not json";
    problemOf(await call(context.app, outsider, "POST", "/api/v1/processes/import", broken), 422);
  });

  it("removes the poll with its asset", async () => {
    const { assetId } = await createPoll({ type: "proposal" });
    expect((await call(context.app, servant, "DELETE", `/api/v1/assets/${assetId}`)).statusCode).toBe(204);
    const rows = await context.database.db.select().from(decisionPoll).where(eq(decisionPoll.assetId, assetId));
    expect(rows).toEqual([]);
  });
});

describe("a decision's description", () => {
  it("is kept as plain text, trimmed, shown to voters and carried into copies", async () => {
    const description = "  Which evening should the library stay open?\n<b>Not bold</b>: we decide by Friday.  ";
    const { assetId } = await createPoll({ type: "proposal", description });
    const decision = await read(assetId, alice);
    expect(decision.description).toBe(description.trim());
    const copied = await call(context.app, servant, "POST", `/api/v1/assets/${assetId}/clone`, { taskId: buildTask });
    expect(copied.statusCode).toBe(201);
    expect((await read(copied.json().id)).description).toBe(description.trim());
  });

  it("is null when none is given", async () => {
    const { poll } = await createPoll({ type: "proposal" });
    expect(poll.description).toBeNull();
  });
});

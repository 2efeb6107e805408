import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CoproductionWorld,
  call,
  coproductionWorld,
  createAsset,
  createGrant,
  createTeam,
  createTestApp,
  problemOf,
  processItems,
  type Session,
  signUp,
  type TestContext,
} from "../sdk/testing.js";
import { decisionBallot, decisionPoll } from "./tables.js";

// The polls sit on the world's Build task. Who votes there: the administrator, the residents' team (the citizen and
// the member), the editor, and a viewer who holds only a view right on that task. The process is G+G, so a poll
// closes with two keys: the library staff's (the administrator, a public-administration team) and the residents'
// (a citizen team). The platform administrator, in no team, neither votes nor closes.

let context: TestContext;
let world: CoproductionWorld;
let viewer: Session; // a view right on the Build task, and nothing else
let choir: { id: string }; // the citizen's other team, with no grant in the process
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

async function createPoll(
  input: Record<string, unknown>,
  options: { by?: Session; name?: string; taskId?: string } = {},
) {
  const asset = await createAsset(context.app, {
    by: options.by ?? world.admin,
    taskId: options.taskId ?? world.tasks.build.id,
    interlinkerId: "decision",
    name: options.name ?? "A decision",
    input,
  });
  return { assetId: asset.id, poll: await read(asset.id) };
}

async function read(assetId: string, session: Session = world.admin): Promise<Decision> {
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
/** Both keys of a G+G close: the residents consent, then the administrator, of the library staff, closes. */
async function closeTogether(assetId: string, outcome: string) {
  expect((await close(world.citizen, assetId, outcome)).statusCode).toBe(202);
  return close(world.admin, assetId, outcome);
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
  world = await coproductionWorld(context, { administrationTeam: true });
  viewer = await signUp(context.app, { name: "Vera Viewer" });
  await createGrant(context.app, {
    by: world.admin,
    processId: world.process.id,
    userId: viewer.userId,
    itemId: world.tasks.build.id,
    rights: ["view"],
  });
  choir = await createTeam(context.app, {
    by: world.citizen,
    organizationId: world.citizenOrganization.id,
    name: { en: "Choir" },
  });
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
    // The administrator, the two residents, the editor and the viewer may vote; the platform admin may not.
    expect(poll).toMatchObject({ type: "ranked_choice", status: "open", eligible: 5, ballots: 0, myBallot: null });
    expect(poll.can).toEqual({ vote: true, close: true });
    expect((await read(assetId, world.citizen)).can).toEqual({ vote: true, close: true });
    expect((await read(assetId, world.editor)).can).toEqual({ vote: true, close: false });
    expect((await read(assetId, viewer)).can).toEqual({ vote: true, close: false });
    expect((await read(assetId, world.platformAdmin)).can).toEqual({ vote: false, close: false });

    expect((await vote(world.citizen, assetId, { ranking: [saturday, evenings, sunday] })).statusCode).toBe(200);
    expect((await vote(world.member, assetId, { ranking: [evenings, saturday] })).statusCode).toBe(200);
    // The viewer first ranks Sunday only, then changes her mind: the ballot is replaced, never counted twice.
    expect((await vote(viewer, assetId, { ranking: [sunday] })).statusCode).toBe(200);
    const changed = await vote(viewer, assetId, { ranking: [sunday, saturday] });
    expect(changed.json()).toMatchObject({ ballots: 3, myBallot: { ranking: [sunday, saturday] } });
    expect(await countBallots(assetId)).toBe(3);

    const open = (await results(world.member, assetId)).json();
    expect(open).toMatchObject({ status: "open", eligible: 5, ballots: 3, quorumReached: true });
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
    expect(open.votes.map((entry: { voter: { name: string } }) => entry.voter.name)).toEqual([
      world.citizen.name,
      world.member.name,
      viewer.name,
    ]);

    // Two keys: the editor stands for no side; the residents' consent is recorded and waits for the administration's.
    expect(problemOf(await close(world.editor, assetId), 403).detail).toContain("(public–civic partnership)");
    const first = await close(world.citizen, assetId, "Saturdays.");
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({
      status: "awaiting_consent",
      missing: [{ side: 0, permittedBy: ["teams_of_type:public_administration"] }],
    });
    expect((await close(world.citizen, assetId)).json()).toMatchObject({ status: "awaiting_consent" });
    expect((await read(assetId)).status).toBe("open");
    const closed = await close(world.admin, assetId, "  Open on Saturday mornings from March.  ");
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      status: "closed",
      outcome: "Open on Saturday mornings from March.",
      can: { vote: false, close: false },
    });
    const final = (await results(viewer, assetId)).json();
    expect(final).toMatchObject({ status: "closed", winner: { optionId: saturday }, ballots: 3 });
    expect(final.rounds).toEqual(open.rounds);

    const activity = (
      await call(context.app, world.citizen, "GET", `/api/v1/processes/${world.process.id}/activity?limit=10`)
    ).json().items as { action: string; actorId: string; summary: { after?: Record<string, unknown> } }[];
    expect(activity[0]).toMatchObject({
      action: "decision.closed",
      actorId: world.admin.userId,
      summary: {
        after: {
          type: "ranked_choice",
          outcome: "Open on Saturday mornings from March.",
          winner: { optionId: saturday, label: "Saturday mornings" },
          quorumReached: true,
          ballots: 3,
          eligible: 5,
        },
      },
    });
    expect(activity[1]).toMatchObject({
      action: "decision.consented",
      actorId: world.citizen.userId,
      summary: { after: { side: 1, outcome: "Saturdays.", missing: [0] } },
    });
    expect(activity.slice(2, 6).map((entry) => entry.action)).toEqual([
      "decision.ballot_changed",
      "decision.ballot_cast",
      "decision.ballot_cast",
      "decision.ballot_cast",
    ]);
    // Ballots' contents never reach the trail.
    expect(JSON.stringify(activity.slice(2, 6))).not.toContain(saturday);
    const verified = await call(
      context.app,
      world.member,
      "GET",
      `/api/v1/processes/${world.process.id}/activity/verify`,
    );
    expect(verified.json()).toMatchObject({ valid: true, firstBrokenAt: null });

    // Closed: no more ballots, no second close, and nothing changes.
    const late = problemOf(await vote(world.citizen, assetId, { ranking: [sunday] }), 409);
    expect(late.detail).toContain("closed");
    problemOf(await close(world.admin, assetId), 409);
    problemOf(await call(context.app, world.citizen, "DELETE", `/api/v1/assets/${assetId}/decision/ballot`), 409);
    expect((await read(assetId, world.citizen)).myBallot).toEqual({ ranking: [saturday, evenings, sunday] });
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
    const before = (
      await call(context.app, world.admin, "GET", `/api/v1/tasks/${world.tasks.build.id}/assets?limit=100`)
    ).json().items.length;
    const refused = problemOf(
      await call(context.app, world.admin, "POST", `/api/v1/tasks/${world.tasks.build.id}/assets`, {
        kind: "interlinker",
        interlinkerId: "decision",
        name: "Bad",
        input,
      }),
      422,
    );
    expect(refused.errors!.map((error) => error.path)).toContain(path);
    const after = (
      await call(context.app, world.admin, "GET", `/api/v1/tasks/${world.tasks.build.id}/assets?limit=100`)
    ).json().items.length;
    expect(after).toBe(before);
  });

  it("refuses a team that exists but holds no grant in the process", async () => {
    const refused = problemOf(
      await call(context.app, world.admin, "POST", `/api/v1/tasks/${world.tasks.build.id}/assets`, {
        kind: "interlinker",
        interlinkerId: "decision",
        name: "Choir only",
        input: { type: "single_choice", options: twoOptions, voters: { teams: [world.citizenTeam.id, choir.id] } },
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

    await vote(world.citizen, single.assetId, { optionId: single.poll.options[1]!.id });
    await vote(world.member, single.assetId, { optionId: single.poll.options[1]!.id });
    expect((await results(world.citizen, single.assetId)).json()).toMatchObject({
      winner: { label: "Tue 18:00" },
      tally: [{ count: 0 }, { count: 2 }, { count: 0 }],
    });

    const ids = (poll: { poll: Decision }) => poll.poll.options.map((option) => option.id);
    await vote(world.citizen, approval.assetId, { optionIds: [ids(approval)[0], ids(approval)[2]] });
    await vote(world.member, approval.assetId, { optionIds: [ids(approval)[2]] });
    expect((await results(world.citizen, approval.assetId)).json().winner.label).toBe("Wed 18:00");

    await vote(world.citizen, dots.assetId, { dots: { [ids(dots)[0]!]: 2, [ids(dots)[1]!]: 3 } });
    await vote(world.member, dots.assetId, { dots: { [ids(dots)[0]!]: 2 } });
    expect((await results(world.citizen, dots.assetId)).json()).toMatchObject({
      winner: { label: "Mon 18:00" },
      tally: [{ total: 4, count: 2 }, { total: 3, count: 1 }, { total: 0 }],
    });

    const fullScores = (values: number[]) => Object.fromEntries(ids(score).map((id, index) => [id, values[index]]));
    await vote(world.citizen, score.assetId, { scores: fullScores([1, 5, 3]) });
    await vote(world.member, score.assetId, { scores: fullScores([2, 4, 5]) });
    expect((await results(world.citizen, score.assetId)).json()).toMatchObject({
      winner: { label: "Tue 18:00" },
      tally: [
        { total: 3, average: 1.5 },
        { total: 9, average: 4.5 },
        { total: 8, average: 4 },
      ],
    });

    const answers = (values: string[]) => Object.fromEntries(ids(meeting).map((id, index) => [id, values[index]]));
    await vote(world.citizen, meeting.assetId, { slots: answers(["yes", "no", "maybe"]) });
    await vote(world.member, meeting.assetId, { slots: answers(["yes", "yes", "yes"]) });
    expect((await results(world.citizen, meeting.assetId)).json()).toMatchObject({
      winner: { label: "Mon 18:00" },
      tally: [
        { answers: { yes: 2, maybe: 0, no: 0 } },
        { answers: { yes: 1, no: 1 } },
        { answers: { yes: 1, maybe: 1 } },
      ],
    });

    await vote(world.citizen, proposal.assetId, { stance: "agree" });
    await vote(world.member, proposal.assetId, { stance: "block" });
    expect((await results(world.citizen, proposal.assetId)).json()).toMatchObject({
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
      const refused = problemOf(await vote(world.citizen, assetId, ballot), 422);
      expect(
        refused.errors!.map((error) => error.path),
        what,
      ).toContain(path);
      expect(await countBallots(assetId), what).toBe(0);
    }
  });

  it("lets a voter withdraw a ballot while the poll is open", async () => {
    const { assetId, poll } = await createPoll({ type: "single_choice", options: [{ label: "A" }, { label: "B" }] });
    await vote(world.member, assetId, { optionId: poll.options[0]!.id });
    const withdrawn = await call(context.app, world.member, "DELETE", `/api/v1/assets/${assetId}/decision/ballot`);
    expect(withdrawn.json()).toMatchObject({ myBallot: null, ballots: 0 });
    problemOf(await call(context.app, world.member, "DELETE", `/api/v1/assets/${assetId}/decision/ballot`), 404);
  });
});

describe("who may vote, see and close", () => {
  it("hides every route from outsiders, anonymous visitors and members elsewhere (404)", async () => {
    const { assetId, poll } = await createPoll({ type: "single_choice", options: [{ label: "A" }, { label: "B" }] });
    for (const person of [world.outsider, null]) {
      problemOf(await call(context.app, person, "GET", `/api/v1/assets/${assetId}/decision`), 404);
      problemOf(await results(person, assetId), 404);
      problemOf(await vote(person, assetId, { optionId: poll.options[0]!.id }), 404);
      problemOf(await close(person, assetId), 404);
      problemOf(await call(context.app, person, "DELETE", `/api/v1/assets/${assetId}/decision/ballot`), 404);
    }
    // The editor takes part in the process, so learns the Design task exists, but not its assets: to them a poll
    // there is as unknown as it is to an outsider, and only the administrator may vote in it.
    const design = await createPoll(
      { type: "single_choice", options: [{ label: "A" }, { label: "B" }] },
      { taskId: world.tasks.design.id },
    );
    expect(design.poll.eligible).toBe(1);
    problemOf(await call(context.app, world.editor, "GET", `/api/v1/assets/${design.assetId}/decision`), 404);
    problemOf(await results(world.editor, design.assetId), 404);
    problemOf(await vote(world.editor, design.assetId, { optionId: design.poll.options[0]!.id }), 404);
    problemOf(await close(world.editor, design.assetId), 404);
    problemOf(await call(context.app, world.admin, "GET", `/api/v1/assets/${unknownId}/decision`), 404);
    // A note is not a decision.
    const note = await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.build.id,
      interlinkerId: "note",
      name: "Minutes",
    });
    problemOf(await call(context.app, world.admin, "GET", `/api/v1/assets/${note.id}/decision`), 404);
    expect(await countBallots(assetId)).toBe(0);
    expect(await countBallots(design.assetId)).toBe(0);
  });

  it("refuses people who see the task but are not voters (403), and counts nothing", async () => {
    const everyone = await createPoll({ type: "single_choice", options: [{ label: "A" }, { label: "B" }] });
    const refused = problemOf(
      await vote(world.platformAdmin, everyone.assetId, { optionId: everyone.poll.options[0]!.id }),
      403,
    );
    expect(refused.detail).toContain("right on this task");

    const teamOnly = await createPoll({
      type: "single_choice",
      options: [{ label: "A" }, { label: "B" }],
      voters: { teams: [world.citizenTeam.id] },
    });
    expect(teamOnly.poll).toMatchObject({
      eligible: 2,
      voters: { teams: [{ id: world.citizenTeam.id, name: { en: "Residents" } }] },
    });
    expect((await read(teamOnly.assetId, viewer)).can.vote).toBe(false);
    const notInTeam = problemOf(await vote(viewer, teamOnly.assetId, { optionId: teamOnly.poll.options[0]!.id }), 403);
    expect(notInTeam.detail).toContain("teams");
    problemOf(await vote(world.admin, teamOnly.assetId, { optionId: teamOnly.poll.options[0]!.id }), 403);
    expect((await vote(world.member, teamOnly.assetId, { optionId: teamOnly.poll.options[0]!.id })).statusCode).toBe(
      200,
    );
    expect(await countBallots(teamOnly.assetId)).toBe(1);
    expect(await countBallots(everyone.assetId)).toBe(0);
  });

  it("lets the rulebook's two sides close it, and refuses a missing or empty outcome", async () => {
    const { assetId } = await createPoll({ type: "proposal" });
    problemOf(await close(viewer, assetId), 403);
    problemOf(await close(world.admin, assetId, "   "), 422);
    problemOf(await call(context.app, world.admin, "POST", `/api/v1/assets/${assetId}/decision/close`, {}), 422);
    problemOf(await close(world.admin, assetId, "x".repeat(5001)), 422);
    problemOf(
      await call(context.app, world.admin, "POST", `/api/v1/assets/${assetId}/decision/close`, {
        outcome: "Ok",
        at: 1,
      }),
      422,
    );
    expect((await read(assetId)).status).toBe("open");
    // A platform administrator in no team stands for neither side: the rule reserves closing to the two sides.
    expect(problemOf(await close(world.platformAdmin, assetId), 403).detail).toContain("public-administration teams");
    expect((await closeTogether(assetId, "Nobody voted; we ask again in spring.")).json()).toMatchObject({
      status: "closed",
      ballots: 0,
    });
    const result = (await results(world.citizen, assetId)).json();
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
    await vote(world.citizen, assetId, { optionId: poll.options[0]!.id });
    await context.database.db
      .update(decisionPoll)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(decisionPoll.assetId, assetId));
    const expired = await read(assetId, world.citizen);
    expect(expired).toMatchObject({ status: "closed", outcome: null, can: { vote: false } });
    expect((await read(assetId)).can.close).toBe(true);
    const refused = problemOf(await vote(world.citizen, assetId, { optionId: poll.options[1]!.id }), 409);
    expect(refused.detail).toContain("closing time has passed");
    expect((await results(world.citizen, assetId)).json()).toMatchObject({ status: "closed", winner: { label: "A" } });
    expect((await closeTogether(assetId, "A it is.")).json()).toMatchObject({
      status: "closed",
      outcome: "A it is.",
    });
  });

  it("hides results until the poll closes, when asked to", async () => {
    const { assetId, poll } = await createPoll({
      type: "single_choice",
      options: [{ label: "A" }, { label: "B" }],
      hideResultsUntilClosed: true,
    });
    expect(poll.resultsVisible).toBe(false);
    await vote(world.citizen, assetId, { optionId: poll.options[1]!.id });
    for (const person of [world.citizen, world.admin, world.platformAdmin]) {
      const hidden = problemOf(await results(person, assetId), 403);
      expect(hidden.type).toBe("/problems/results-hidden");
    }
    await closeTogether(assetId, "B.");
    expect((await results(world.citizen, assetId)).json()).toMatchObject({ winner: { label: "B" } });
  });

  it("never tells who voted what in an anonymous poll", async () => {
    const { assetId, poll } = await createPoll({
      type: "single_choice",
      options: [{ label: "A" }, { label: "B" }],
      anonymous: true,
    });
    await vote(world.citizen, assetId, { optionId: poll.options[1]!.id });
    const open = (await results(world.admin, assetId)).json();
    expect(open.votes).toBeNull();
    // Nor does the trail say who cast the ballot.
    const [latest] = (
      await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/activity?limit=1`)
    ).json().items;
    expect(latest).toMatchObject({ action: "decision.ballot_cast", actorId: null, targetId: assetId });
    expect(JSON.stringify(open)).not.toContain(world.citizen.userId);
    await closeTogether(assetId, "B.");
    const closed = (await results(world.admin, assetId)).json();
    expect(closed.votes).toBeNull();
    expect(JSON.stringify(closed)).not.toContain(world.citizen.userId);
    // The voter still sees their own ballot.
    expect((await read(assetId, world.citizen)).myBallot).toEqual({ optionId: poll.options[1]!.id });
  });

  it("decides nothing without quorum", async () => {
    const { assetId, poll } = await createPoll({
      type: "single_choice",
      options: [{ label: "A" }, { label: "B" }],
      quorumPercent: 60,
    });
    await vote(world.citizen, assetId, { optionId: poll.options[0]!.id });
    await vote(world.member, assetId, { optionId: poll.options[0]!.id });
    expect((await results(world.citizen, assetId)).json()).toMatchObject({
      eligible: 5,
      ballots: 2,
      quorumPercent: 60,
      quorumReached: false,
      winner: null,
      tally: [{ count: 2 }, { count: 0 }],
    });
    await vote(viewer, assetId, { optionId: poll.options[1]!.id });
    expect((await results(world.citizen, assetId)).json()).toMatchObject({
      quorumReached: true,
      winner: { label: "A" },
    });
  });
});

describe("copies, export and import", () => {
  it("clones the question without its ballots, and exports and imports a closed poll with its result", async () => {
    const { assetId, poll } = await createPoll(
      { type: "dot_vote", options: [{ label: "Park" }, { label: "Library" }], dots: 4 },
      { name: "Where to spend" },
    );
    await vote(world.citizen, assetId, { dots: { [poll.options[1]!.id]: 4 } });
    const cloned = await call(context.app, world.admin, "POST", `/api/v1/assets/${assetId}/clone`, {
      taskId: world.tasks.build.id,
    });
    expect(cloned.statusCode).toBe(201);
    const copy = await read(cloned.json().id);
    expect(copy).toMatchObject({ type: "dot_vote", dots: 4, ballots: 0, status: "open", myBallot: null });
    expect(copy.options.map((option) => option.label)).toEqual(["Park", "Library"]);
    expect(copy.options[0]!.id).not.toBe(poll.options[0]!.id);

    await call(context.app, world.admin, "DELETE", `/api/v1/assets/${cloned.json().id}`);
    await closeTogether(assetId, "The library gets it.");
    const exported = (
      await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/export`)
    ).json();
    const entry = exported.assets.find(
      (asset: { name: string; clonedFrom?: string }) => asset.name === "Where to spend",
    );
    const content = JSON.parse(entry.content.content);
    expect(content).toMatchObject({
      format: "interlink-decision",
      definition: { type: "dot_vote", dots: 4 },
      closed: { outcome: "The library gets it.", result: { winner: { label: "Library" }, ballots: 1 } },
    });
    expect(entry.content.content).not.toContain(world.citizen.userId);

    const imported = await call(context.app, world.outsider, "POST", "/api/v1/processes/import", exported);
    expect(imported.statusCode).toBe(201);
    const { tasks } = await processItems(context.app, { by: world.outsider, processId: imported.json().id });
    const assets = (
      await call(context.app, world.outsider, "GET", `/api/v1/tasks/${tasks.build.id}/assets?limit=100`)
    ).json().items;
    const again = assets.find((asset: { name: string }) => asset.name === "Where to spend");
    const reread = await read(again.id, world.outsider);
    expect(reread).toMatchObject({ status: "closed", outcome: "The library gets it.", ballots: 1 });
    const result = (await results(world.outsider, again.id)).json();
    expect(result.winner).toEqual({ optionId: reread.options[1]!.id, label: "Library" });
    expect(result.votes).toEqual([]);

    const broken = structuredClone(exported);
    broken.assets.find((asset: { name: string }) => asset.name === "Where to spend").content.content = "{not json";
    problemOf(await call(context.app, world.outsider, "POST", "/api/v1/processes/import", broken), 422);
  });

  it("removes the poll with its asset", async () => {
    const { assetId } = await createPoll({ type: "proposal" });
    expect((await call(context.app, world.admin, "DELETE", `/api/v1/assets/${assetId}`)).statusCode).toBe(204);
    const rows = await context.database.db.select().from(decisionPoll).where(eq(decisionPoll.assetId, assetId));
    expect(rows).toEqual([]);
  });
});

describe("a decision's description", () => {
  it("is kept as plain text, trimmed, shown to voters and carried into copies", async () => {
    const description = "  Which evening should the library stay open?\n<b>Not bold</b>: we decide by Friday.  ";
    const { assetId } = await createPoll({ type: "proposal", description });
    const decision = await read(assetId, world.citizen);
    expect(decision.description).toBe(description.trim());
    const copied = await call(context.app, world.admin, "POST", `/api/v1/assets/${assetId}/clone`, {
      taskId: world.tasks.build.id,
    });
    expect(copied.statusCode).toBe(201);
    expect((await read(copied.json().id)).description).toBe(description.trim());
  });

  it("is null when none is given", async () => {
    const { poll } = await createPoll({ type: "proposal" });
    expect(poll.description).toBeNull();
  });
});

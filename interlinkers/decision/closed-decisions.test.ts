import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CoproductionWorld,
  call,
  coproductionWorld,
  createAsset,
  createGrant,
  createProcess,
  createTestApp,
  problemOf,
  processItems,
  type Session,
  type TestContext,
  type TreeNode,
} from "../sdk/testing.js";

// The public page's "results so far": the decisions closed with an outcome, only on tasks the reader may see.
// The world's process is public here; its administrator also runs a private one, where the citizen may see only
// the Build task.

let context: TestContext;
let world: CoproductionWorld;
let privateProcess: { id: string; tasks: Record<"build" | "design", TreeNode> };

type Listed = {
  items: {
    assetId: string;
    title: string;
    taskId: string;
    taskName: string;
    type: string;
    closedAt: string;
    outcome: string | null;
    result: Record<string, unknown> | null;
  }[];
  total: number;
};

const listed = async (session: Session | null, processId: string, language?: string): Promise<Listed> => {
  const response = await call(
    context.app,
    session,
    "GET",
    `/api/v1/processes/${processId}/decision/closed`,
    undefined,
    {
      headers: { ...(session ? { cookie: session.cookie } : {}), ...(language ? { "accept-language": language } : {}) },
    },
  );
  expect(response.statusCode).toBe(200);
  return response.json();
};

async function createPoll(taskId: string, name: string, input: Record<string, unknown>) {
  const { id: assetId } = await createAsset(context.app, {
    by: world.admin,
    taskId,
    interlinkerId: "decision",
    name,
    input,
  });
  const poll = (await call(context.app, world.admin, "GET", `/api/v1/assets/${assetId}/decision`)).json();
  return { assetId, options: poll.options as { id: string; label: string; stance: string | null }[] };
}

const vote = async (session: Session, assetId: string, ballot: unknown) =>
  expect(
    (await call(context.app, session, "PUT", `/api/v1/assets/${assetId}/decision/ballot`, ballot)).statusCode,
  ).toBe(200);
/** On the G+G public process two keys close a poll: the library staff's (the administrator's), the residents'. */
const close = async (assetId: string, outcome: string) => {
  const closing = (by: Session) =>
    call(context.app, by, "POST", `/api/v1/assets/${assetId}/decision/close`, { outcome });
  const first = await closing(world.admin);
  expect((first.statusCode === 202 ? await closing(world.citizen) : first).statusCode).toBe(200);
};

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context, { visibility: "public", administrationTeam: true });
  // Beyond adding assets in Build, the residents' team may see the whole public process, and so votes everywhere.
  await createGrant(context.app, {
    by: world.admin,
    processId: world.process.id,
    teamId: world.citizenTeam.id,
    rights: ["view"],
    acceptedBy: world.citizen,
  });
  const { id } = await createProcess(context.app, {
    by: world.admin,
    organizationId: world.organization.id,
    name: "A square, private",
    // Governed as a platform: whoever takes part closes its decisions, so its administrator alone does here.
    governanceModel: "G2C",
  });
  privateProcess = { id, tasks: (await processItems(context.app, { by: world.admin, processId: id })).tasks };
});
afterAll(() => context.close());

describe("closed decisions on a public process", () => {
  let bench: string;

  it("lists none while the polls are open, not even their tallies", async () => {
    const { build } = world.tasks;
    const created = await createPoll(build.id, "Where the bench goes", {
      type: "single_choice",
      options: [{ label: "Bench by the fountain" }, { label: "Bench under the oak" }],
      anonymous: true,
      hideResultsUntilClosed: true,
    });
    bench = created.assetId;
    const [fountain, oak] = created.options.map((option) => option.id);
    await vote(world.citizen, bench, { optionId: fountain });
    await vote(world.member, bench, { optionId: fountain });
    await vote(world.editor, bench, { optionId: oak });
    expect(await listed(world.outsider, world.process.id)).toEqual({ items: [], total: 0 });
    expect(await listed(null, world.process.id)).toEqual({ items: [], total: 0 });
    // The poll itself still hides its count until it closes.
    problemOf(await call(context.app, world.outsider, "GET", `/api/v1/assets/${bench}/decision/results`), 403);
  });

  it("shows a closed one to anyone, with its outcome and count but never who voted", async () => {
    const { build } = world.tasks;
    await close(bench, "The bench goes by the fountain this spring.");
    const still = await createPoll(build.id, "Colour of the bench", {
      type: "single_choice",
      options: [{ label: "Green" }, { label: "Red" }],
    });
    await vote(world.citizen, still.assetId, { optionId: still.options[0]!.id });

    for (const reader of [null, world.outsider]) {
      const { items, total } = await listed(reader, world.process.id);
      expect(total).toBe(1);
      expect(items).toEqual([
        {
          assetId: bench,
          title: "Where the bench goes",
          taskId: build.id,
          taskName: build.name,
          type: "single_choice",
          closedAt: expect.any(String),
          outcome: "The bench goes by the fountain this spring.",
          // The administrator, the two residents and the editor could vote; three did.
          result: { kind: "chosen", label: "Bench by the fountain", count: 2, average: null, ballots: 3, eligible: 4 },
        },
      ]);
      const voters = [world.citizen, world.member, world.editor].map((voter) => voter.name);
      expect(JSON.stringify(items)).not.toMatch(new RegExp([...voters, "voter"].join("|")));
    }
  });

  it("names the task in the reader's language", async () => {
    const { build } = world.tasks;
    const [entry] = (await listed(null, world.process.id, "it")).items;
    expect(entry!.taskId).toBe(build.id);
    expect(entry!.taskName).not.toBe(build.name);
    const italian = (
      await call(context.app, null, "GET", `/api/v1/processes/${world.process.id}/tree`, undefined, {
        headers: { "accept-language": "it" },
      })
    ).json().items as TreeNode[];
    const names = JSON.stringify(italian);
    expect(names).toContain(JSON.stringify(entry!.taskName));
  });

  it("tells a proposal's fate and lists the latest ten, newest first, with the count of all", async () => {
    const { design } = world.tasks;
    const proposal = await createPoll(design.id, "Close the street on Sundays", { type: "proposal" });
    const agree = proposal.options.find((option) => option.stance === "agree")!;
    await vote(world.citizen, proposal.assetId, { stance: "agree" });
    await vote(world.member, proposal.assetId, { stance: "agree" });
    // The editor's right lies in Build; the administrator casts the third ballot on Design.
    await vote(world.admin, proposal.assetId, { stance: "disagree" });
    expect(agree).toBeDefined();
    await close(proposal.assetId, "Sundays are car-free from May.");
    const first = (await listed(null, world.process.id)).items[0]!;
    expect(first).toMatchObject({ assetId: proposal.assetId, type: "proposal", taskId: design.id });
    expect(first.result).toMatchObject({ kind: "agreed", count: 2, ballots: 3 });

    const empty: string[] = [];
    for (let index = 0; index < 9; index++) {
      const poll = await createPoll(design.id, `Question ${index}`, { type: "proposal" });
      await close(poll.assetId, "Nobody voted.");
      empty.push(poll.assetId);
    }
    const { items, total } = await listed(null, world.process.id);
    expect(total).toBe(11);
    expect(items).toHaveLength(10);
    expect(items[0]!.assetId).toBe(empty.at(-1));
    expect(items[0]!.result).toMatchObject({ kind: "no_winner", ballots: 0 });
    expect(items.map((item) => item.assetId)).not.toContain(bench);
  });
});

describe("closed decisions on a private process", () => {
  let buildPoll: string;

  beforeAll(async () => {
    const { build, design } = privateProcess.tasks;
    await createGrant(context.app, {
      by: world.admin,
      processId: privateProcess.id,
      userId: world.citizen.userId,
      itemId: build.id,
      rights: ["view"],
    });
    buildPoll = (await createPoll(build.id, "Opening hours", { type: "proposal" })).assetId;
    const secret = (await createPoll(design.id, "Budget split", { type: "proposal" })).assetId;
    await vote(world.citizen, buildPoll, { stance: "block" });
    await close(buildPoll, "Blocked: we talk again.");
    await close(secret, "Kept between the designers.");
  });

  it("shows a participant only the decisions on tasks they may see", async () => {
    const { items, total } = await listed(world.citizen, privateProcess.id);
    expect(total).toBe(1);
    expect(items.map((item) => item.assetId)).toEqual([buildPoll]);
    expect(items[0]!.result).toMatchObject({ kind: "blocked", count: 1, ballots: 1 });
    expect((await listed(world.admin, privateProcess.id)).total).toBe(2);
  });

  it("shows outsiders and anonymous visitors nothing, as if the process did not exist", async () => {
    problemOf(
      await call(context.app, world.outsider, "GET", `/api/v1/processes/${privateProcess.id}/decision/closed`),
      404,
    );
    problemOf(await call(context.app, null, "GET", `/api/v1/processes/${privateProcess.id}/decision/closed`), 404);
  });

  it("refuses an id that is not one", async () => {
    problemOf(await call(context.app, null, "GET", "/api/v1/processes/not-an-id/decision/closed"), 422);
  });
});

describe("a poll on a public process, for readers who hold no right", () => {
  it("shows it to anyone, lets nobody without a right vote or close, and asks anonymous visitors to sign in", async () => {
    const { design } = world.tasks;
    const { assetId, options } = await createPoll(design.id, "Opening hours", {
      type: "single_choice",
      options: [{ label: "Mornings" }, { label: "Evenings" }],
    });
    const ballot = { optionId: options[0]!.id };
    for (const reader of [null, world.outsider]) {
      const poll = (await call(context.app, reader, "GET", `/api/v1/assets/${assetId}/decision`)).json();
      expect(poll).toMatchObject({ resultsVisible: true, can: { vote: false, close: false } });
    }
    // The residents' team holds a view right on the whole process: the citizen votes on Design too.
    // And as a civic team's member, the citizen holds one of the two keys that close it.
    expect((await call(context.app, world.citizen, "GET", `/api/v1/assets/${assetId}/decision`)).json().can).toEqual({
      vote: true,
      close: true,
    });

    problemOf(await call(context.app, null, "PUT", `/api/v1/assets/${assetId}/decision/ballot`, ballot), 401);
    problemOf(await call(context.app, null, "DELETE", `/api/v1/assets/${assetId}/decision/ballot`), 401);
    problemOf(
      await call(context.app, null, "POST", `/api/v1/assets/${assetId}/decision/close`, { outcome: "No." }),
      401,
    );
    const refused = problemOf(
      await call(context.app, world.outsider, "PUT", `/api/v1/assets/${assetId}/decision/ballot`, ballot),
      403,
    );
    // A stranger to the process is refused by its rules: only the people taking part vote.
    expect(refused.detail).toContain("only the people taking part");
    problemOf(
      await call(context.app, world.outsider, "POST", `/api/v1/assets/${assetId}/decision/close`, { outcome: "No." }),
      403,
    );
    // Withdrawing is anyone's for their own ballot: the outsider has none.
    problemOf(await call(context.app, world.outsider, "DELETE", `/api/v1/assets/${assetId}/decision/ballot`), 404);
    const results = (await call(context.app, null, "GET", `/api/v1/assets/${assetId}/decision/results`)).json();
    expect(results).toMatchObject({ status: "open", ballots: 0, eligible: expect.any(Number) });
  });
});

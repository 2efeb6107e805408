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

// The public page's "results so far": the decisions closed with an outcome, only on tasks the reader may see.

let context: TestContext;
let servant: Session; // administers both processes
let alice: Session; // residents' team: voters in the public process; granted on Build only in the private one
let bob: Session;
let carol: Session;
let outsider: Session;
let publicId: string;
let privateId: string;

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

async function tasksOf(processId: string) {
  const tree = (await call(context.app, servant, "GET", `/api/v1/processes/${processId}/tree`)).json()
    .items as TreeNode[];
  const phase = (name: string) => tree.find((node) => node.name === name)!;
  return { build: phase("Build").children[0]!.children[0]!, design: phase("Design").children[0]!.children[0]! };
}

async function createPoll(taskId: string, name: string, input: Record<string, unknown>) {
  const response = await call(context.app, servant, "POST", `/api/v1/tasks/${taskId}/assets`, {
    kind: "interlinker",
    interlinkerId: "decision",
    name,
    input,
  });
  expect(response.statusCode).toBe(201);
  const assetId = response.json().id as string;
  const poll = (await call(context.app, servant, "GET", `/api/v1/assets/${assetId}/decision`)).json();
  return { assetId, options: poll.options as { id: string; label: string; stance: string | null }[] };
}

const vote = async (session: Session, assetId: string, ballot: unknown) =>
  expect(
    (await call(context.app, session, "PUT", `/api/v1/assets/${assetId}/decision/ballot`, ballot)).statusCode,
  ).toBe(200);
const close = async (assetId: string, outcome: string) =>
  expect(
    (await call(context.app, servant, "POST", `/api/v1/assets/${assetId}/decision/close`, { outcome })).statusCode,
  ).toBe(200);

async function makeProcess(visibility: "public" | "private") {
  const response = await call(context.app, servant, "POST", "/api/v1/processes", {
    name: `A square, ${visibility}`,
    language: "en",
    governanceModel: "G+G",
    visibility,
    schemaId: "default",
  });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

beforeAll(async () => {
  context = await createTestApp();
  await signUp(context.app, { name: "Platform Admin" });
  servant = await signUp(context.app, { name: "Civil Servant" });
  alice = await signUp(context.app, { name: "Alice" });
  bob = await signUp(context.app, { name: "Bob" });
  carol = await signUp(context.app, { name: "Carol" });
  outsider = await signUp(context.app, { name: "Outsider" });
  const association = await createOrganization(context.app, alice, { name: { en: "Residents" }, type: "citizen" });
  const residents = await createTeam(context.app, alice, association.id, { name: { en: "Residents" } });
  for (const member of [bob, carol]) {
    await call(context.app, alice, "POST", `/api/v1/teams/${residents.id}/members`, { email: member.email });
  }
  publicId = await makeProcess("public");
  privateId = await makeProcess("private");
  const granted = await call(context.app, servant, "POST", `/api/v1/processes/${publicId}/grants`, {
    teamId: residents.id,
    rights: ["view"],
  });
  expect(granted.statusCode).toBe(201);
});
afterAll(() => context.close());

describe("closed decisions on a public process", () => {
  let bench: string;

  it("lists none while the polls are open, not even their tallies", async () => {
    const { build } = await tasksOf(publicId);
    const created = await createPoll(build.id, "Where the bench goes", {
      type: "single_choice",
      options: [{ label: "Bench by the fountain" }, { label: "Bench under the oak" }],
      anonymous: true,
      hideResultsUntilClosed: true,
    });
    bench = created.assetId;
    const [fountain, oak] = created.options.map((option) => option.id);
    await vote(alice, bench, { optionId: fountain });
    await vote(bob, bench, { optionId: fountain });
    await vote(carol, bench, { optionId: oak });
    expect(await listed(outsider, publicId)).toEqual({ items: [], total: 0 });
    expect(await listed(null, publicId)).toEqual({ items: [], total: 0 });
    // The poll itself still hides its count until it closes.
    problemOf(await call(context.app, outsider, "GET", `/api/v1/assets/${bench}/decision/results`), 403);
  });

  it("shows a closed one to anyone, with its outcome and count but never who voted", async () => {
    const { build } = await tasksOf(publicId);
    await close(bench, "The bench goes by the fountain this spring.");
    const still = await createPoll(build.id, "Colour of the bench", {
      type: "single_choice",
      options: [{ label: "Green" }, { label: "Red" }],
    });
    await vote(alice, still.assetId, { optionId: still.options[0]!.id });

    for (const reader of [null, outsider]) {
      const { items, total } = await listed(reader, publicId);
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
          // The administrator and the three residents could vote; three did.
          result: { kind: "chosen", label: "Bench by the fountain", count: 2, average: null, ballots: 3, eligible: 4 },
        },
      ]);
      expect(JSON.stringify(items)).not.toMatch(/Alice|Bob|Carol|voter/);
    }
  });

  it("names the task in the reader's language", async () => {
    const { build } = await tasksOf(publicId);
    const [entry] = (await listed(null, publicId, "it")).items;
    expect(entry!.taskId).toBe(build.id);
    expect(entry!.taskName).not.toBe(build.name);
    const italian = (
      await call(context.app, null, "GET", `/api/v1/processes/${publicId}/tree`, undefined, {
        headers: { "accept-language": "it" },
      })
    ).json().items as TreeNode[];
    const names = JSON.stringify(italian);
    expect(names).toContain(JSON.stringify(entry!.taskName));
  });

  it("tells a proposal's fate and lists the latest ten, newest first, with the count of all", async () => {
    const { design } = await tasksOf(publicId);
    const proposal = await createPoll(design.id, "Close the street on Sundays", { type: "proposal" });
    const agree = proposal.options.find((option) => option.stance === "agree")!;
    await vote(alice, proposal.assetId, { stance: "agree" });
    await vote(bob, proposal.assetId, { stance: "agree" });
    await vote(carol, proposal.assetId, { stance: "disagree" });
    expect(agree).toBeDefined();
    await close(proposal.assetId, "Sundays are car-free from May.");
    const first = (await listed(null, publicId)).items[0]!;
    expect(first).toMatchObject({ assetId: proposal.assetId, type: "proposal", taskId: design.id });
    expect(first.result).toMatchObject({ kind: "agreed", count: 2, ballots: 3 });

    const empty: string[] = [];
    for (let index = 0; index < 9; index++) {
      const poll = await createPoll(design.id, `Question ${index}`, { type: "proposal" });
      await close(poll.assetId, "Nobody voted.");
      empty.push(poll.assetId);
    }
    const { items, total } = await listed(null, publicId);
    expect(total).toBe(11);
    expect(items).toHaveLength(10);
    expect(items[0]!.assetId).toBe(empty.at(-1));
    expect(items[0]!.result).toMatchObject({ kind: "no_winner", ballots: 0 });
    expect(items.map((item) => item.assetId)).not.toContain(bench);
  });
});

describe("closed decisions on a private process", () => {
  let build: TreeNode;
  let buildPoll: string;

  beforeAll(async () => {
    const tasks = await tasksOf(privateId);
    build = tasks.build;
    const granted = await call(context.app, servant, "POST", `/api/v1/processes/${privateId}/grants`, {
      userId: alice.userId,
      itemId: build.id,
      rights: ["view"],
    });
    expect(granted.statusCode).toBe(201);
    buildPoll = (await createPoll(build.id, "Opening hours", { type: "proposal" })).assetId;
    const secret = (await createPoll(tasks.design.id, "Budget split", { type: "proposal" })).assetId;
    await vote(alice, buildPoll, { stance: "block" });
    await close(buildPoll, "Blocked: we talk again.");
    await close(secret, "Kept between the designers.");
  });

  it("shows a participant only the decisions on tasks they may see", async () => {
    const { items, total } = await listed(alice, privateId);
    expect(total).toBe(1);
    expect(items.map((item) => item.assetId)).toEqual([buildPoll]);
    expect(items[0]!.result).toMatchObject({ kind: "blocked", count: 1, ballots: 1 });
    expect((await listed(servant, privateId)).total).toBe(2);
  });

  it("shows outsiders and anonymous visitors nothing, as if the process did not exist", async () => {
    problemOf(await call(context.app, outsider, "GET", `/api/v1/processes/${privateId}/decision/closed`), 404);
    problemOf(await call(context.app, null, "GET", `/api/v1/processes/${privateId}/decision/closed`), 404);
  });

  it("refuses an id that is not one", async () => {
    problemOf(await call(context.app, null, "GET", "/api/v1/processes/not-an-id/decision/closed"), 422);
  });
});

describe("a poll on a public process, for readers who hold no right", () => {
  it("shows it to anyone, lets nobody without a right vote or close, and asks anonymous visitors to sign in", async () => {
    const { design } = await tasksOf(publicId);
    const { assetId, options } = await createPoll(design.id, "Opening hours", {
      type: "single_choice",
      options: [{ label: "Mornings" }, { label: "Evenings" }],
    });
    const ballot = { optionId: options[0]!.id };
    for (const reader of [null, outsider]) {
      const poll = (await call(context.app, reader, "GET", `/api/v1/assets/${assetId}/decision`)).json();
      expect(poll).toMatchObject({ resultsVisible: true, can: { vote: false, close: false } });
    }
    // Alice's team holds a view right on the whole process: she votes here too.
    expect((await call(context.app, alice, "GET", `/api/v1/assets/${assetId}/decision`)).json().can).toEqual({
      vote: true,
      close: false,
    });

    problemOf(await call(context.app, null, "PUT", `/api/v1/assets/${assetId}/decision/ballot`, ballot), 401);
    problemOf(await call(context.app, null, "DELETE", `/api/v1/assets/${assetId}/decision/ballot`), 401);
    problemOf(
      await call(context.app, null, "POST", `/api/v1/assets/${assetId}/decision/close`, { outcome: "No." }),
      401,
    );
    const refused = problemOf(
      await call(context.app, outsider, "PUT", `/api/v1/assets/${assetId}/decision/ballot`, ballot),
      403,
    );
    expect(refused.detail).toContain("right on this task");
    problemOf(
      await call(context.app, outsider, "POST", `/api/v1/assets/${assetId}/decision/close`, { outcome: "No." }),
      403,
    );
    // Withdrawing is anyone's for their own ballot: the outsider has none.
    problemOf(await call(context.app, outsider, "DELETE", `/api/v1/assets/${assetId}/decision/ballot`), 404);
    const results = (await call(context.app, null, "GET", `/api/v1/assets/${assetId}/decision/results`)).json();
    expect(results).toMatchObject({ status: "open", ballots: 0, eligible: expect.any(Number) });
  });
});

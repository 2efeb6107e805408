import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, problemOf, type Session, type TestContext } from "../../test/app.js";
import { createAsset, createGrant, createProcess } from "../../test/factories.js";
import { type CoproductionWorld, coproductionWorld } from "../../test/world.js";

// Issue #12's "Done when", in one story through the API: on a public C2G process the residents (a citizen team)
// propose a task and vote on it, a member of the library staff (a public-administration team) closes the decision,
// the phase's work is done but what follows waits until the staff sign it off, and then it can start; the trail
// still verifies; after switching to G+G the same close takes both sides' keys; an anonymous visitor reads all of
// it in the rulebook. The admin is one of the staff; the citizen and the member are residents.

let context: TestContext;
let world: CoproductionWorld;

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context, { administrationTeam: true });
});
afterAll(() => context.close());

const api = (session: Session | null, method: "GET" | "POST" | "PUT" | "PATCH", path: string, body?: unknown) =>
  call(context.app, session, method, `/api/v1${path}`, body);

describe("a citizen-sourcing process, governed as its rulebook says", () => {
  it("lets residents propose and vote, the administration close and sign off, and two keys after G+G", async () => {
    const process = await createProcess(context.app, { by: world.admin, governanceModel: "C2G", schemaId: undefined });
    const add = async (session: Session, body: Record<string, unknown>) => {
      const response = await api(session, "POST", `/processes/${process.id}/items`, body);
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    const design = await add(world.admin, { type: "phase", name: "Design" });
    const build = await add(world.admin, { type: "phase", name: "Build", prerequisites: [design] });
    const designWork = await add(world.admin, { type: "objective", parentId: design, name: "Design work" });
    const buildWork = await add(world.admin, { type: "objective", parentId: build, name: "Build work" });
    const prototype = await add(world.admin, { type: "task", parentId: buildWork, name: "Prototype" });
    await createGrant(context.app, {
      by: world.admin,
      processId: process.id,
      teamId: world.staffTeam!.id,
      rights: ["view"],
    });
    await createGrant(context.app, {
      by: world.admin,
      processId: process.id,
      teamId: world.citizenTeam.id,
      rights: ["edit_assets", "create_assets"],
      acceptedBy: world.citizen,
    });
    expect((await api(world.admin, "PATCH", `/processes/${process.id}`, { visibility: "public" })).statusCode).toBe(
      200,
    );

    // The residents propose a task in the Design phase, and a decision on it.
    const survey = await add(world.citizen, { type: "task", parentId: designWork, name: "Survey the readers" });
    const poll = await createAsset(context.app, {
      by: world.citizen,
      taskId: survey,
      interlinkerId: "decision",
      name: "Which evenings?",
      input: { type: "single_choice", options: [{ label: "Tuesday" }, { label: "Thursday" }] },
    });
    const decision = (await api(world.citizen, "GET", `/assets/${poll.id}/decision`)).json();
    const [tuesday] = decision.options as { id: string }[];
    for (const resident of [world.citizen, world.member]) {
      expect(
        (await api(resident, "PUT", `/assets/${poll.id}/decision/ballot`, { optionId: tuesday!.id })).statusCode,
      ).toBe(200);
    }
    // Only the public administration closes it: the residents are told which rule says so.
    const refused = problemOf(
      await api(world.citizen, "POST", `/assets/${poll.id}/decision/close`, { outcome: "Tuesday" }),
      403,
    );
    expect(refused.detail).toContain("public-administration");
    const closed = await api(world.admin, "POST", `/assets/${poll.id}/decision/close`, { outcome: "Tuesday it is." });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: "closed", outcome: "Tuesday it is." });

    // The Design phase's work is finished; what follows it waits for the staff's sign-off.
    expect((await api(world.citizen, "PATCH", `/items/${survey}`, { status: "finished" })).statusCode).toBe(200);
    const waiting = problemOf(await api(world.admin, "PATCH", `/items/${prototype}`, { status: "in_progress" }), 409);
    expect(waiting.type).toBe("/problems/gate-pending");
    problemOf(await api(world.admin, "PATCH", `/items/${prototype}`, { status: "in_progress", force: true }), 409);
    // A resident is not the administration: they may not sign it off.
    problemOf(
      await api(world.citizen, "POST", `/items/${design}/gate/approvals`, { verdict: "approve", comment: "" }),
      403,
    );
    const signed = await api(world.admin, "POST", `/items/${design}/gate/approvals`, {
      verdict: "approve",
      comment: "The survey answers the question.",
    });
    expect(signed.statusCode, signed.body).toBeLessThan(300);
    expect((await api(world.admin, "PATCH", `/items/${prototype}`, { status: "in_progress" })).statusCode).toBe(200);

    // Everything is in the trail, and the chain still verifies.
    const trail = (await api(world.admin, "GET", `/processes/${process.id}/activity?limit=100`)).json().items as {
      action: string;
    }[];
    const actions = trail.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["item.created", "governance.gate_approved"]));
    expect((await api(world.admin, "GET", `/processes/${process.id}/activity/verify`)).json()).toMatchObject({
      valid: true,
    });

    // Switched to G+G, the same close takes the administration's key and the residents'.
    expect((await api(world.admin, "PUT", `/processes/${process.id}/governance`, { model: "G+G" })).statusCode).toBe(
      200,
    );
    const second = await createAsset(context.app, {
      by: world.citizen,
      taskId: survey,
      interlinkerId: "decision",
      name: "Which mornings?",
      input: { type: "single_choice", options: [{ label: "Monday" }, { label: "Friday" }] },
    });
    const first = await api(world.admin, "POST", `/assets/${second.id}/decision/close`, { outcome: "Monday." });
    expect(first.statusCode, first.body).toBe(202);
    expect(first.json()).toMatchObject({ status: "awaiting_consent" });
    expect((await api(world.admin, "GET", `/assets/${second.id}/decision`)).json().status).toBe("open");
    const both = await api(world.citizen, "POST", `/assets/${second.id}/decision/close`, { outcome: "Monday." });
    expect(both.statusCode, both.body).toBe(200);
    expect(both.json()).toMatchObject({ status: "closed" });

    // An anonymous visitor of the public process reads the rulebook and its sign-offs.
    const open = await api(null, "GET", `/processes/${process.id}/governance`);
    expect(open.statusCode).toBe(200);
    expect(open.json()).toMatchObject({ model: "G+G" });
    expect(open.json().rules).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: "close_decision", sides: expect.any(Array) })]),
    );
    expect(open.json().gates).toEqual(
      expect.arrayContaining([expect.objectContaining({ itemId: design, state: "approved" })]),
    );
  });
});

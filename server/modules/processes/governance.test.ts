import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rulebookPresets } from "../../../common/governance.js";
import { call, createTestApp, problemOf, type Session, type TestContext } from "../../test/app.js";
import { createAsset, createProcess, processItems } from "../../test/factories.js";
import { type CoproductionWorld, coproductionWorld } from "../../test/world.js";

// The rulebook through the API: reading it, changing it (validated, audited), and the routes it governs.
// The policy matrix per preset lives in server/policies/rulebook.test.ts.

let context: TestContext;
let world: CoproductionWorld;

const governance = (session: Session | null, processId = world.process.id) =>
  call(context.app, session, "GET", `/api/v1/processes/${processId}/governance`);
const putGovernance = (session: Session | null, body: unknown) =>
  call(context.app, session, "PUT", `/api/v1/processes/${world.process.id}/governance`, body);
const addTask = (session: Session, parentId: string, name: string) =>
  call(context.app, session, "POST", `/api/v1/processes/${world.process.id}/items`, { type: "task", parentId, name });

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context, { administrationTeam: true });
});
afterAll(() => context.close());

describe("reading the rulebook", () => {
  it("gives the model's preset to whoever sees the process, and hides a private one's", async () => {
    const read = await governance(world.citizen);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      model: "G+G",
      rules: rulebookPresets["G+G"].rules,
      // The preset's gate on every phase, one approver from each side (gates.test.ts tests them).
      gates: Object.values(world.phases).map((phase) =>
        expect.objectContaining({ itemId: phase.id, required: 2, state: "pending", approvals: [] }),
      ),
      can: { change_rules: false },
      why: {
        change_rules: {
          code: "rule",
          message: expect.stringContaining("(public–civic partnership)"),
          rule: { action: "change_rules", permittedBy: ["administrators"] },
        },
      },
    });
    expect((await governance(world.admin)).json()).toMatchObject({ can: { change_rules: true }, why: {} });
    problemOf(await governance(world.outsider), 404);
    problemOf(await governance(null), 404);
  });

  it("is open to anonymous visitors of a public process", async () => {
    const open = await createProcess(context.app, { by: world.admin, visibility: "public", governanceModel: "C2C" });
    const read = await governance(null, open.id);
    expect(read.json()).toMatchObject({ model: "C2C", rules: rulebookPresets.C2C.rules, can: { change_rules: false } });
    expect(read.json().why.change_rules.code).toBe("sign_in");
  });
});

describe("changing the rulebook", () => {
  it("refuses who the rules do not permit, with the rule's sentence, and changes nothing", async () => {
    const refused = problemOf(await putGovernance(world.citizen, { model: "C2C" }), 403);
    expect(refused.detail).toBe(
      "Under this process's rules (public–civic partnership), only the process's administrators may change the rules.",
    );
    problemOf(await putGovernance(world.outsider, { model: "C2C" }), 404);
    problemOf(await putGovernance(null, { model: "C2C" }), 401);
    expect((await governance(world.admin)).json().model).toBe("G+G");
  });

  it.each([
    [{ rules: [{ action: "dance", permittedBy: ["participants"] }] }, "body.rules.0.action", "not_one_of"],
    [
      {
        rules: [...rulebookPresets["G+G"].rules.slice(0, 3), { action: "vote", permittedBy: ["martians"] }],
      },
      "body.rules.3.permittedBy.0",
      "unknown_party",
    ],
    [
      { rules: [{ action: "vote", permittedBy: ["teams_of_type:guild"] }] },
      "body.rules.0.permittedBy.0",
      "unknown_party",
    ],
    [{ rules: [{ action: "vote", permittedBy: ["teams:not-an-id"] }] }, "body.rules.0.permittedBy.0", "unknown_party"],
    [{ rules: [{ action: "vote", permittedBy: [] }] }, "body.rules.0.permittedBy", "too_few_items"],
    [
      { rules: [{ action: "vote", permittedBy: ["participants"], sides: [["participants"], ["signed_in"]] }] },
      "body.rules.0.sides.1.0",
      "side_not_permitted",
    ],
    [
      {
        rules: [
          { action: "vote", permittedBy: ["participants"] },
          { action: "vote", permittedBy: ["administrators"] },
        ],
      },
      "body.rules.1",
      "duplicate_rule",
    ],
    [
      { rules: [{ action: "vote", permittedBy: ["participants"], itemId: "01900000-0000-7000-8000-000000000000" }] },
      "body.rules.0.itemId",
      "not_an_item_of_process",
    ],
    [{ model: "X2Y" }, "body.model", "not_one_of"],
    [{ model: "C2G", gates: [] }, "body", "unknown_fields"],
  ])("refuses %j at %s (%s), and changes nothing", async (body, path, code) => {
    const refused = problemOf(await putGovernance(world.admin, body), 422);
    expect(refused.errors).toContainEqual(expect.objectContaining({ path, code }));
    expect((await governance(world.admin)).json()).toMatchObject({ model: "G+G", rules: rulebookPresets["G+G"].rules });
  });

  it("resets to a model's preset, replaces rules whole, and keeps both rulebooks in the verified trail", async () => {
    const toC2G = await putGovernance(world.admin, { model: "C2G" });
    expect(toC2G.json()).toMatchObject({ model: "C2G", rules: rulebookPresets.C2G.rules });
    const onBuild = { action: "close_decision", permittedBy: ["participants"], itemId: world.phases.build.id };
    const adjusted = [...rulebookPresets.C2G.rules, onBuild];
    expect((await putGovernance(world.admin, { rules: adjusted })).json()).toMatchObject({
      model: "C2G",
      rules: adjusted,
    });
    const trail = (
      await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/activity?kind=governance`)
    ).json().items;
    expect(trail.map((entry: { action: string }) => entry.action)).toEqual([
      "governance.changed",
      "governance.changed",
    ]);
    expect(trail[0].summary).toEqual({
      before: { model: "C2G", rules: rulebookPresets.C2G.rules },
      after: { model: "C2G", rules: adjusted },
    });
    // Another model brings its preset's gates too: the entry keeps both sets.
    expect(trail[1].summary.before).toMatchObject({ model: "G+G", rules: rulebookPresets["G+G"].rules });
    expect(trail[1].summary.before.gates).toHaveLength(4);
    expect(trail[1].summary.after.gates).toEqual(
      Object.values(world.phases).map((phase) => ({
        itemId: phase.id,
        approvers: ["teams_of_type:public_administration"],
        required: 1,
      })),
    );
    const verified = await call(
      context.app,
      world.admin,
      "GET",
      `/api/v1/processes/${world.process.id}/activity/verify`,
    );
    expect(verified.json()).toMatchObject({ valid: true });
    // Back to the world's model, for the stories below.
    expect((await putGovernance(world.admin, { model: "G+G" })).statusCode).toBe(200);
  });

  it("carries the rules to a clone, rules on items following their items", async () => {
    const onBuild = { action: "vote", permittedBy: ["administrators"], itemId: world.phases.build.id };
    await putGovernance(world.admin, { rules: [...rulebookPresets["G+G"].rules, onBuild] });
    const clone = await call(context.app, world.admin, "POST", `/api/v1/processes/${world.process.id}/clone`, {
      visibility: "private",
    });
    expect(clone.statusCode).toBe(201);
    const copy = (await governance(world.admin, clone.json().id)).json();
    const { phases } = await processItems(context.app, { by: world.admin, processId: clone.json().id });
    expect(copy.rules.at(-1)).toEqual({ ...onBuild, itemId: phases.build.id });
    await putGovernance(world.admin, { model: "G+G" });
  });
});

describe("the routes the rulebook governs", () => {
  it("lets participants propose where they can see under C2G, and only the administration under G2C", async () => {
    const objective = world.phases.build.children[0]!.id;
    await putGovernance(world.admin, { model: "C2G" });
    // The residents hold create_assets on Build: the rule lets them propose a task there, not in Design.
    expect((await addTask(world.citizen, objective, "Ask the choir")).statusCode).toBe(201);
    const design = world.phases.design.children[0]!.id;
    problemOf(await addTask(world.citizen, design, "Elsewhere"), 403);
    await putGovernance(world.admin, { model: "G2C" });
    const refused = problemOf(await addTask(world.citizen, objective, "Again"), 403);
    expect(refused.detail).toContain("Under this process's rules (government as a platform)");
    const tree = (await call(context.app, world.citizen, "GET", `/api/v1/items/${objective}`)).json();
    expect(tree.can.propose_item).toBe(false);
    expect(tree.why.propose_item).toEqual({
      code: "rule",
      message: refused.detail,
      rule: { action: "propose_item", permittedBy: ["administrators", "teams_of_type:public_administration"] },
    });
    await putGovernance(world.admin, { model: "G+G" });
  });

  it("lets only the rule's parties start a decision under C2C, though the right to add assets stays", async () => {
    await putGovernance(world.admin, { model: "C2C" });
    // The administrator keeps adding assets, but starting a decision is the citizens'.
    await createAsset(context.app, { by: world.admin, taskId: world.tasks.build.id, interlinkerId: "note" });
    const refused = problemOf(
      await call(context.app, world.admin, "POST", `/api/v1/tasks/${world.tasks.build.id}/assets`, {
        kind: "interlinker",
        interlinkerId: "decision",
        input: { type: "proposal" },
      }),
      403,
    );
    expect(refused.detail).toContain("only members of citizen teams taking part may start decisions");
    const poll = await createAsset(context.app, {
      by: world.citizen,
      taskId: world.tasks.build.id,
      interlinkerId: "decision",
      input: { type: "proposal" },
    });
    expect(poll.id).toBeTruthy();
    await putGovernance(world.admin, { model: "G+G" });
  });

  it("lets the editor finish their task with edit_assets, and refuses a stranger to the task", async () => {
    const finish = (session: Session) =>
      call(context.app, session, "PATCH", `/api/v1/items/${world.tasks.build.id}`, { status: "finished", force: true });
    // Build waits on Design: finishing before it needs force, which only administrators have (and which passes
    // no sign-off gate, so Design's is taken away here).
    await call(context.app, world.admin, "DELETE", `/api/v1/items/${world.phases.design.id}/gate`);
    problemOf(await finish(world.member), 403);
    problemOf(await finish(world.editor), 403);
    expect((await finish(world.admin)).statusCode).toBe(200);
  });

  it("changes the model through the settings only for who may change the rules, and resets the rules", async () => {
    const patch = await call(context.app, world.admin, "PATCH", `/api/v1/processes/${world.process.id}`, {
      governanceModel: "C2G",
    });
    expect(patch.statusCode).toBe(200);
    expect((await governance(world.admin)).json()).toMatchObject({ model: "C2G", rules: rulebookPresets.C2G.rules });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rulebookPresets } from "../../../common/governance.js";
import { call, createTestApp, type Session, type TestContext } from "../../test/app.js";
import { createAsset } from "../../test/factories.js";
import { type CoproductionWorld, coproductionWorld } from "../../test/world.js";

// Every presented `can` map carries the why (issue #12 item 5): for each refused action a machine code, the
// sentence, and when the rulebook decided, the rule itself, so the web can word it in its reader's language.

let context: TestContext;
let world: CoproductionWorld;
let decisionId: string;
let discussionId: string;

const get = (session: Session | null, path: string) => call(context.app, session, "GET", path);
const closeByAdministration = { action: "close_decision", permittedBy: ["teams_of_type:public_administration"] };

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context, { administrationTeam: true, visibility: "public" });
  await call(context.app, world.admin, "PUT", `/api/v1/processes/${world.process.id}/governance`, { model: "C2G" });
  const onBuild = { by: world.citizen, taskId: world.tasks.build.id };
  decisionId = (await createAsset(context.app, { ...onBuild, interlinkerId: "decision", input: { type: "proposal" } }))
    .id;
  discussionId = (await createAsset(context.app, { ...onBuild, interlinkerId: "discussion" })).id;
});
afterAll(() => context.close());

describe("the why of a decision", () => {
  it("names the C2G rule to a citizen who may vote but not close", async () => {
    const poll = (await get(world.citizen, `/api/v1/assets/${decisionId}/decision`)).json();
    expect(poll.can).toEqual({ vote: true, close: false });
    expect(poll.why).toEqual({
      close: {
        code: "rule",
        message:
          "Under this process's rules (citizen sourcing), only members of public-administration teams taking part may close decisions.",
        rule: closeByAdministration,
      },
    });
  });

  it("gives no why to a member of the administration's team, who may close", async () => {
    const poll = (await get(world.admin, `/api/v1/assets/${decisionId}/decision`)).json();
    expect(poll.can.close).toBe(true);
    expect(poll.why).toEqual({});
  });

  it("tells an anonymous visitor of a public process to sign in", async () => {
    const poll = (await get(null, `/api/v1/assets/${decisionId}/decision`)).json();
    expect(poll.can).toEqual({ vote: false, close: false });
    expect(poll.why.vote.code).not.toBe("rule");
    expect(poll.why.close).toMatchObject({ code: "sign_in" });
  });

  it("names both keys under G+G", async () => {
    await call(context.app, world.admin, "PUT", `/api/v1/processes/${world.process.id}/governance`, { model: "G+G" });
    const poll = (await get(world.outsider, `/api/v1/assets/${decisionId}/decision`)).json();
    const rule = rulebookPresets["G+G"].rules.find((entry) => entry.action === "close_decision")!;
    expect(poll.why.close).toMatchObject({ code: "rule", rule: { ...rule, action: "close_decision" } });
    await call(context.app, world.admin, "PUT", `/api/v1/processes/${world.process.id}/governance`, { model: "C2G" });
  });
});

describe("the why of assets, discussions and items", () => {
  it("says why a signed-in stranger may not edit an asset or take part in its discussion", async () => {
    const asset = (await get(world.outsider, `/api/v1/assets/${discussionId}`)).json();
    expect(asset.can).toMatchObject({ view: true, edit: false, delete: false });
    expect(asset.why.edit).toMatchObject({ code: "not_allowed", message: expect.stringContaining("edit_assets") });
    expect(asset.why.view).toBeUndefined();
    const threads = (await get(world.outsider, `/api/v1/assets/${discussionId}/discussion/threads`)).json();
    expect(threads.can).toEqual({ startThread: false, moderate: false });
    expect(Object.keys(threads.why).sort()).toEqual(["moderate", "startThread"]);
    expect(threads.why.moderate).toMatchObject({ code: "rule", rule: { action: "moderate" } });
  });

  it("carries the rule on a tree's items, computed once for the items that share their rules", async () => {
    const tree = (await get(world.outsider, `/api/v1/processes/${world.process.id}/tree`)).json();
    const design = tree.items.find((item: { name: string }) => item.name === world.phases.design.name);
    expect(design.why.propose_item).toMatchObject({ code: "rule", rule: { action: "propose_item" } });
    expect(design.why.propose_item.rule.permittedBy).toEqual(["administrators", "participants"]);
  });
});

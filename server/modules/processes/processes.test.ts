import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activity } from "../../db/schema/index.js";
import {
  call,
  createSecondApp,
  createTestApp,
  problemOf,
  type Session,
  signUp,
  type TestContext,
} from "../../test/app.js";
import { addAdministrator, addTeamMember, createOrganization, createTeam } from "../../test/factories.js";
import { type CoproductionWorld, coproductionWorld } from "../../test/world.js";
import type { TreeNode } from "./schema.js";

let context: TestContext;
let world: CoproductionWorld;

const unknownId = "01900000-0000-7000-8000-000000000000";

async function loadTree(session: Session | null = world.admin) {
  const response = await call(context.app, session, "GET", `/api/v1/processes/${world.process.id}/tree`);
  expect(response.statusCode).toBe(200);
  return response.json().items as TreeNode[];
}

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context);
});
afterAll(() => context.close());

describe("a process from the default schema", () => {
  it("lays out Engage → Design → Build → Sustain with objectives, tasks and chained prerequisites", () => {
    expect(world.tree.map((node) => node.name)).toEqual(["Engage", "Design", "Build", "Sustain"]);
    for (const node of world.tree) {
      expect(node.type).toBe("phase");
      expect(node.children.length).toBeGreaterThan(0);
      expect(node.children.every((objective) => objective.type === "objective" && objective.children.length > 0)).toBe(
        true,
      );
      expect(node.children[0]!.children.every((task) => task.type === "task")).toBe(true);
    }
    expect(world.phases.design.prerequisites).toEqual([world.phases.engage.id]);
    expect(world.phases.sustain.prerequisites).toEqual([world.phases.build.id]);
    expect(world.tasks.engage.can).toMatchObject({ manage_items: true, create_assets: true });
  });

  it("is invisible to outsiders and anonymous visitors (404)", async () => {
    for (const viewer of [null, world.outsider]) {
      problemOf(await call(context.app, viewer, "GET", `/api/v1/processes/${world.process.id}`), 404);
      problemOf(await call(context.app, viewer, "GET", `/api/v1/processes/${world.process.id}/tree`), 404);
      problemOf(await call(context.app, viewer, "GET", `/api/v1/processes/${world.process.id}/activity`), 404);
      problemOf(await call(context.app, viewer, "GET", `/api/v1/items/${world.phases.build.id}`), 404);
      problemOf(await call(context.app, viewer, "GET", `/api/v1/tasks/${world.tasks.build.id}/assets`), 404);
    }
    problemOf(
      await call(context.app, world.outsider, "PATCH", `/api/v1/processes/${world.process.id}`, { name: "Mine" }),
      404,
    );
    problemOf(
      await call(context.app, world.outsider, "POST", `/api/v1/processes/${world.process.id}/items`, {
        type: "phase",
        name: "x",
      }),
      404,
    );
    const list = await call(context.app, world.outsider, "GET", "/api/v1/processes?limit=100");
    expect(list.json().items.map((item: { id: string }) => item.id)).not.toContain(world.process.id);
  });
});

describe("grants on a part of the tree", () => {
  it("answers a grant to a private team the granter cannot see exactly as one to no team, and changes nothing", async () => {
    const quiet = await signUp(context.app, { name: "Quinn Quiet" });
    const stranger = await signUp(context.app, { name: "Sam Stranger" });
    const hidden = await createOrganization(context.app, {
      by: quiet,
      name: { en: "Quiet neighbours" },
      type: "citizen",
      visibility: "private",
    });
    const team = await createTeam(context.app, { by: quiet, organizationId: hidden.id, name: { en: "Inner circle" } });
    const processOf = async (by: Session) =>
      (
        await call(context.app, by, "POST", "/api/v1/processes", {
          name: `${by.name}'s process`,
          language: "en",
          governanceModel: "C2C",
          visibility: "private",
          schemaId: "default",
        })
      ).json() as { id: string };
    const grants = `/api/v1/processes/${(await processOf(stranger)).id}/grants`;
    const before = (await call(context.app, stranger, "GET", grants)).body;
    const toHidden = await call(context.app, stranger, "POST", grants, { teamId: team.id, rights: ["view"] });
    const toNobody = await call(context.app, stranger, "POST", grants, { teamId: unknownId, rights: ["view"] });
    expect(problemOf(toHidden, 422)).toEqual(problemOf(toNobody, 422));
    expect(toHidden.body).not.toContain("Inner circle");
    expect(problemOf(toHidden, 422).errors?.[0]).toMatchObject({ path: "body.teamId", code: "no_such_team" });
    expect((await call(context.app, stranger, "GET", grants)).body).toBe(before);
    // The team's own people may grant it rights in their processes, as before.
    const granted = await call(context.app, quiet, "POST", `/api/v1/processes/${(await processOf(quiet)).id}/grants`, {
      teamId: team.id,
      rights: ["view"],
    });
    expect(granted.statusCode).toBe(201);
  });

  it("lets the citizens' team add a link and a note in Build, and nothing in Design", async () => {
    expect(world.grants.citizenTeam).toMatchObject({
      team: { id: world.citizenTeam.id },
      itemId: world.phases.build.id,
      rights: ["create_assets"],
    });

    const buildTask = world.tasks.build;
    const designTask = world.tasks.design;
    const seenByCitizen = await loadTree(world.citizen);
    expect(seenByCitizen.map((node) => node.name)).toEqual(["Engage", "Design", "Build", "Sustain"]);
    const citizensBuildTask = seenByCitizen[2]!.children[0]!.children[0]!;
    expect(citizensBuildTask.can).toMatchObject({ create_assets: true, view_assets: true, manage_items: false });
    expect(seenByCitizen[1]!.children[0]!.children[0]!.can).toMatchObject({ create_assets: false, view_assets: false });

    const link = await call(context.app, world.citizen, "POST", `/api/v1/tasks/${buildTask.id}/assets`, {
      kind: "external",
      name: "Survey results",
      url: "https://example.org/survey?lang=lv",
    });
    expect(link.statusCode).toBe(201);
    const note = await call(context.app, world.citizen, "POST", `/api/v1/tasks/${buildTask.id}/assets`, {
      kind: "interlinker",
      interlinkerId: "note",
      name: "Ideas from the meeting",
      input: { text: "Open on Saturdays" },
    });
    expect(note.statusCode).toBe(201);
    const text = await call(context.app, world.citizen, "GET", `/api/v1/assets/${note.json().id}/note`);
    expect(text.json().text).toBe("Open on Saturdays");
    // create_assets alone does not let them edit afterwards
    problemOf(
      await call(context.app, world.citizen, "PUT", `/api/v1/assets/${note.json().id}/note`, { text: "x" }),
      403,
    );

    const template = await call(context.app, world.citizen, "POST", `/api/v1/tasks/${buildTask.id}/assets`, {
      kind: "interlinker",
      interlinkerId: "stakeholder-map",
    });
    expect(template.statusCode).toBe(201);
    expect(template.json()).toMatchObject({ interlinkerId: "document", knowledgeInterlinkerId: "stakeholder-map" });
    const prefilled = await call(
      context.app,
      world.citizen,
      "GET",
      `/api/v1/assets/${template.json().id}/document/export?format=markdown`,
    );
    expect(prefilled.body).toMatch(/^# /);
    await call(context.app, world.admin, "DELETE", `/api/v1/assets/${template.json().id}`);

    const refused = problemOf(
      await call(context.app, world.citizen, "POST", `/api/v1/tasks/${designTask.id}/assets`, {
        kind: "external",
        name: "Elsewhere",
        url: "https://example.org",
      }),
      403,
    );
    expect(refused.detail).toContain("create_assets");
    problemOf(await call(context.app, world.citizen, "GET", `/api/v1/tasks/${designTask.id}/assets`), 403);

    const listed = await call(context.app, world.citizen, "GET", `/api/v1/tasks/${buildTask.id}/assets`);
    expect(listed.json().items.map((asset: { name: string }) => asset.name)).toEqual([
      "Ideas from the meeting",
      "Survey results",
    ]);
    problemOf(await call(context.app, world.outsider, "GET", `/api/v1/assets/${note.json().id}`), 404);
    problemOf(await call(context.app, world.outsider, "GET", `/api/v1/assets/${note.json().id}/note`), 404);
  });

  it("explains a person's effective rights to administrators only", async () => {
    const access = await call(
      context.app,
      world.admin,
      "GET",
      `/api/v1/processes/${world.process.id}/access?userId=${world.citizen.userId}`,
    );
    expect(access.statusCode).toBe(200);
    const rightsOf = (id: string) =>
      access.json().items.find((entry: { itemId: string }) => entry.itemId === id).rights;
    expect(rightsOf(world.tasks.build.id)).toEqual(["create_assets"]);
    expect(rightsOf(world.tasks.design.id)).toEqual([]);
    problemOf(
      await call(
        context.app,
        world.citizen,
        "GET",
        `/api/v1/processes/${world.process.id}/access?userId=${world.citizen.userId}`,
      ),
      403,
    );
    problemOf(
      await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/access?userId=nobody`),
      422,
    );
  });

  it.each([
    ["neither team nor user", { rights: ["view"] }, "body"],
    ["both team and user", { teamId: unknownId, userId: "x", rights: ["view"] }, "body"],
    ["no rights", { userId: "x", rights: [] }, "body.rights"],
    ["an unknown right", { userId: "x", rights: ["fly"] }, "body.rights.0"],
    ["an unknown team", { teamId: unknownId, rights: ["view"] }, "body.teamId"],
    ["an unknown user", { userId: "nobody", rights: ["view"] }, "body.userId"],
    ["an item of another process", { userId: "x", itemId: unknownId, rights: ["view"] }, "body.itemId"],
  ])("refuses a grant with %s (422) and gives nothing", async (_label, payload, path) => {
    const before = await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/grants`);
    const body = { ...payload } as Record<string, unknown>;
    if (body.userId === "x") body.userId = world.citizen.userId;
    const problem = problemOf(
      await call(context.app, world.admin, "POST", `/api/v1/processes/${world.process.id}/grants`, body),
      422,
    );
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    const after = await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/grants`);
    expect(after.json().items).toHaveLength(before.json().items.length);
  });

  it("lets only administrators give and take back grants", async () => {
    problemOf(
      await call(context.app, world.citizen, "POST", `/api/v1/processes/${world.process.id}/grants`, {
        userId: world.citizen.userId,
        rights: ["manage_items"],
      }),
      403,
    );
    const given = await call(context.app, world.admin, "POST", `/api/v1/processes/${world.process.id}/grants`, {
      userId: world.outsider.userId,
      itemId: world.phases.sustain.id,
      rights: ["view"],
    });
    expect(given.statusCode).toBe(201);
    expect((await call(context.app, world.outsider, "GET", `/api/v1/processes/${world.process.id}`)).statusCode).toBe(
      200,
    );
    // Same version of the tree, two readers with different grants: each sees their own rights.
    const asCitizen = await loadTree(world.citizen);
    const asOutsider = await loadTree(world.outsider);
    expect(asCitizen[2]!.children[0]!.children[0]!.can.create_assets).toBe(true);
    expect(asOutsider[2]!.children[0]!.children[0]!.can).toMatchObject({ create_assets: false, view_assets: false });
    expect(asOutsider[3]!.children[0]!.children[0]!.can.view_assets).toBe(true);
    expect(asCitizen[3]!.children[0]!.children[0]!.can.view_assets).toBe(false);
    problemOf(await call(context.app, world.outsider, "DELETE", `/api/v1/grants/${given.json().id}`), 403);
    expect((await call(context.app, world.admin, "DELETE", `/api/v1/grants/${given.json().id}`)).statusCode).toBe(204);
    problemOf(await call(context.app, world.outsider, "GET", `/api/v1/processes/${world.process.id}`), 404);
    problemOf(await call(context.app, world.admin, "DELETE", `/api/v1/grants/${given.json().id}`), 404);
  });
});

describe("assets: bad input and refusals change nothing", () => {
  it.each([
    ["a javascript: link", { kind: "external", name: "x", url: "javascript:alert(1)" }, "body.url"],
    ["a link without name", { kind: "external", url: "https://example.org" }, "body.name"],
    ["an unknown kind", { kind: "file", name: "x" }, "body.kind"],
    ["an unknown interlinker", { kind: "interlinker", interlinkerId: "no-such-tool" }, "body.interlinkerId"],
    [
      "a note too long",
      { kind: "interlinker", interlinkerId: "note", input: { text: "x".repeat(100_001) } },
      "body.input.text",
    ],
    ["an unknown note field", { kind: "interlinker", interlinkerId: "note", input: { html: "<b>" } }, "body.input"],
  ])("refuses %s with 422", async (_label, payload, path) => {
    const task = world.tasks.sustain;
    const before = (await call(context.app, world.admin, "GET", `/api/v1/tasks/${task.id}/assets`)).json().items.length;
    const problem = problemOf(
      await call(context.app, world.admin, "POST", `/api/v1/tasks/${task.id}/assets`, payload),
      422,
    );
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    expect((await call(context.app, world.admin, "GET", `/api/v1/tasks/${task.id}/assets`)).json().items).toHaveLength(
      before,
    );
  });

  it("refuses assets on a phase, bad renames, clones to unknown tasks and bad note edits", async () => {
    const task = world.tasks.sustain;
    problemOf(
      await call(context.app, world.admin, "POST", `/api/v1/tasks/${world.phases.sustain.id}/assets`, {
        kind: "external",
        name: "x",
        url: "https://example.org",
      }),
      404,
    );
    const note = await call(context.app, world.admin, "POST", `/api/v1/tasks/${task.id}/assets`, {
      kind: "interlinker",
      interlinkerId: "note",
      name: "Minutes",
    });
    const id = note.json().id;
    problemOf(await call(context.app, world.admin, "PATCH", `/api/v1/assets/${id}`, { name: "" }), 422);
    problemOf(await call(context.app, world.admin, "PATCH", `/api/v1/assets/${id}`, { name: "x", url: "y" }), 422);
    problemOf(await call(context.app, world.admin, "POST", `/api/v1/assets/${id}/clone`, { taskId: unknownId }), 404);
    problemOf(await call(context.app, world.admin, "PUT", `/api/v1/assets/${id}/note`, { text: 5 }), 422);
    problemOf(await call(context.app, world.outsider, "PATCH", `/api/v1/assets/${id}`, { name: "Mine" }), 404);
    problemOf(await call(context.app, world.outsider, "DELETE", `/api/v1/assets/${id}`), 404);
    problemOf(await call(context.app, null, "PUT", `/api/v1/assets/${id}/note`, { text: "x" }), 404);
    const read = await call(context.app, world.admin, "GET", `/api/v1/assets/${id}`);
    expect(read.json().name).toBe("Minutes");
    expect((await call(context.app, world.admin, "GET", `/api/v1/assets/${id}/note`)).json().text).toBe("");
    expect((await call(context.app, world.admin, "DELETE", `/api/v1/assets/${id}`)).statusCode).toBe(204);
    problemOf(await call(context.app, world.admin, "GET", `/api/v1/assets/${id}/note`), 404);
  });
});

describe("items", () => {
  it("adds, renames, reorders, moves and deletes, keeping the tree consistent", async () => {
    const engage = world.phases.engage;
    const objective = engage.children[0]!;
    const added = await call(context.app, world.admin, "POST", `/api/v1/processes/${world.process.id}/items`, {
      type: "task",
      parentId: objective.id,
      name: `Ask "everyone" <b>now</b> 📚 مكتبة`,
      position: 0,
      startDate: "2027-01-10",
      endDate: "2027-01-20",
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ name: `Ask "everyone" <b>now</b> 📚 مكتبة`, position: 0, status: "awaiting" });
    let current = await loadTree();
    expect(current[0]!.children[0]!.children[0]!.id).toBe(added.json().id);

    const otherObjective = current[0]!.children[1]!;
    const moved = await call(context.app, world.admin, "PATCH", `/api/v1/items/${added.json().id}`, {
      parentId: otherObjective.id,
      position: 1,
      name: "Ask everyone",
    });
    expect(moved.statusCode).toBe(200);
    current = await loadTree();
    expect(current[0]!.children[1]!.children[1]!.name).toBe("Ask everyone");
    expect(current[0]!.children[1]!.children.map((task) => task.position)).toEqual(
      current[0]!.children[1]!.children.map((_task, index) => index),
    );

    problemOf(
      await call(context.app, world.admin, "PATCH", `/api/v1/items/${otherObjective.id}`, {
        parentId: added.json().id,
      }),
      409,
    );
    problemOf(
      await call(context.app, world.admin, "PATCH", `/api/v1/items/${added.json().id}`, { parentId: engage.id }),
      422,
    );
    expect((await call(context.app, world.admin, "DELETE", `/api/v1/items/${added.json().id}`)).statusCode).toBe(204);
    problemOf(await call(context.app, world.admin, "GET", `/api/v1/items/${added.json().id}`), 404);
  });

  it("refuses a phase moved under itself and prerequisites that close a cycle", async () => {
    const engage = world.phases.engage;
    problemOf(
      await call(context.app, world.admin, "PATCH", `/api/v1/items/${engage.id}`, { parentId: engage.id }),
      409,
    );
    const cycle = problemOf(
      await call(context.app, world.admin, "PATCH", `/api/v1/items/${engage.id}`, {
        prerequisites: [world.phases.sustain.id],
      }),
      409,
    );
    expect(cycle.type).toBe("/problems/prerequisite-cycle");
    problemOf(
      await call(context.app, world.admin, "PATCH", `/api/v1/items/${engage.id}`, { prerequisites: [engage.id] }),
      422,
    );
    expect((await loadTree())[0]!.prerequisites).toEqual([]);
  });

  it("will not start an item before its prerequisites, unless an administrator forces it (logged)", async () => {
    const designTask = world.tasks.design;
    const refused = problemOf(
      await call(context.app, world.admin, "PATCH", `/api/v1/items/${designTask.id}`, { status: "in_progress" }),
      409,
    );
    expect(refused.detail).toContain('"Engage"');
    // Forcing passes unfinished prerequisites, never a sign-off gate (gates.test.ts): Engage's is taken away here.
    await call(context.app, world.admin, "DELETE", `/api/v1/items/${world.phases.engage.id}/gate`);

    const granted = await call(context.app, world.admin, "POST", `/api/v1/processes/${world.process.id}/grants`, {
      userId: world.citizen.userId,
      itemId: world.phases.design.id,
      rights: ["edit_assets"],
    });
    problemOf(
      await call(context.app, world.citizen, "PATCH", `/api/v1/items/${designTask.id}`, {
        status: "in_progress",
        force: true,
      }),
      403,
    );
    await call(context.app, world.admin, "DELETE", `/api/v1/grants/${granted.json().id}`);

    const forced = await call(context.app, world.admin, "PATCH", `/api/v1/items/${designTask.id}`, {
      status: "in_progress",
      force: true,
    });
    expect(forced.json().status).toBe("in_progress");
    const log = await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/activity?limit=5`);
    expect(log.json().items[0]).toMatchObject({
      action: "item.started_despite_prerequisites",
      targetId: designTask.id,
    });
  });

  it("rolls status, progress and dates up from the tasks", async () => {
    const engage = world.phases.engage;
    const objective = engage.children[0]!;
    const tasks = objective.children;
    await call(context.app, world.admin, "PATCH", `/api/v1/items/${tasks[0]!.id}`, {
      status: "finished",
      startDate: "2027-02-01",
      endDate: "2027-02-05",
    });
    let current = await loadTree();
    const rolledObjective = current[0]!.children[0]!;
    expect(rolledObjective.status).toBe("in_progress");
    expect(rolledObjective.progress).toBe(Math.round(100 / tasks.length));
    expect(rolledObjective.startDate).toBe("2027-02-01");
    problemOf(
      await call(context.app, world.admin, "PATCH", `/api/v1/items/${objective.id}`, { status: "finished" }),
      409,
    );
    for (const task of tasks.slice(1)) {
      await call(context.app, world.admin, "PATCH", `/api/v1/items/${task.id}`, { status: "finished" });
    }
    current = await loadTree();
    expect(current[0]!.children[0]!).toMatchObject({ status: "finished", progress: 100 });
    expect(current[0]!.status).toBe("in_progress");
  });

  it.each([
    ["an unknown type", { type: "milestone", name: "x" }, "body.type"],
    ["an empty name", { type: "phase", name: "" }, "body.name"],
    ["a task without parent", { type: "task", name: "x" }, "body.parentId"],
    ["a phase with a parent", { type: "phase", name: "x", parentId: unknownId }, "body.parentId"],
    ["a bad date", { type: "phase", name: "x", startDate: "tomorrow" }, "body.startDate"],
    [
      "dates the wrong way round",
      { type: "phase", name: "x", startDate: "2027-02-01", endDate: "2027-01-01" },
      "body.endDate",
    ],
    ["an unknown field", { type: "phase", name: "x", colour: "red" }, "body"],
  ])("refuses an item with %s (422) and adds nothing", async (_label, payload, path) => {
    const before = (await loadTree()).length;
    const problem = problemOf(
      await call(context.app, world.admin, "POST", `/api/v1/processes/${world.process.id}/items`, payload),
      422,
    );
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    expect((await loadTree()).length).toBe(before);
  });
});

describe("the process itself", () => {
  it.each([
    ["no name", { language: "en", governanceModel: "C2C", visibility: "public" }, "body.name"],
    [
      "an unknown governance model",
      { name: "x", language: "en", governanceModel: "X2Y", visibility: "public" },
      "body.governanceModel",
    ],
    [
      "an unknown language",
      { name: "x", language: "de", governanceModel: "C2C", visibility: "public" },
      "body.language",
    ],
    [
      "an unknown schema",
      { name: "x", language: "en", governanceModel: "C2C", visibility: "public", schemaId: "nope" },
      "body.schemaId",
    ],
    [
      "someone else's organization",
      { name: "x", language: "en", governanceModel: "C2C", visibility: "public", organizationId: unknownId },
      "body.organizationId",
    ],
    [
      "a comma in a tag",
      { name: "x", language: "en", governanceModel: "C2C", visibility: "public", tags: ["a,b"] },
      "body.tags.0",
    ],
  ])("refuses a process with %s (422)", async (_label, payload, path) => {
    const before = (await call(context.app, world.outsider, "GET", "/api/v1/processes?mine=true")).json().items.length;
    const problem = problemOf(await call(context.app, world.outsider, "POST", "/api/v1/processes", payload), 422);
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    expect((await call(context.app, world.outsider, "GET", "/api/v1/processes?mine=true")).json().items.length).toBe(
      before,
    );
  });

  it("starts a process for an organization only for its own people, and says no alike for a foreign one", async () => {
    const body = (organizationId: string) => ({
      name: "Bench repairs",
      language: "en",
      governanceModel: "C2C",
      visibility: "private",
      organizationId,
    });
    const organizations = (await call(context.app, world.citizen, "GET", "/api/v1/organizations?mine=true")).json()
      .items;
    const association = organizations.find((entry: { id: string }) => entry.id === world.citizenOrganization.id);
    expect(association.can.start_process).toBe(true);

    const neighbour = await signUp(context.app, { name: "Neighbour" });
    const foreign = problemOf(
      await call(context.app, neighbour, "POST", "/api/v1/processes", body(association.id)),
      422,
    );
    const unknown = problemOf(await call(context.app, neighbour, "POST", "/api/v1/processes", body(unknownId)), 422);
    expect(foreign).toEqual(unknown);
    expect(foreign.errors?.[0]).toMatchObject({ path: "body.organizationId", code: "not_organization_member" });

    // A member of one of its teams, not administering it, may.
    const crew = await createTeam(context.app, {
      by: world.citizen,
      organizationId: association.id,
      name: { en: "Bench crew" },
    });
    await addTeamMember(context.app, { by: world.citizen, teamId: crew.id, member: neighbour });
    const started = await call(context.app, neighbour, "POST", "/api/v1/processes", body(association.id));
    expect(started.statusCode).toBe(201);
    expect(started.json().organizationId).toBe(association.id);
  });

  it("keeps at least one administrator", async () => {
    const base = `/api/v1/processes/${world.process.id}/administrators`;
    const removable = async (session: Session) =>
      (await call(context.app, session, "GET", base))
        .json()
        .items.map((person: { id: string; canRemove: boolean }) => [person.id, person.canRemove]);
    // The sole administrator is offered no removal, and the server refuses it with the same reason.
    expect(await removable(world.admin)).toEqual([[world.admin.userId, false]]);
    const last = problemOf(await call(context.app, world.admin, "DELETE", `${base}/${world.admin.userId}`), 409);
    expect(last.type).toBe("/problems/last-administrator");
    expect(last.detail).toBe("A process needs at least one administrator: add another first.");
    await addAdministrator(context.app, { by: world.admin, processId: world.process.id, person: world.citizen });
    expect(Object.fromEntries(await removable(world.admin))).toEqual({
      [world.admin.userId]: true,
      [world.citizen.userId]: true,
    });
    expect((await call(context.app, world.citizen, "DELETE", `${base}/${world.citizen.userId}`)).statusCode).toBe(204);
    problemOf(await call(context.app, world.citizen, "POST", base, { email: world.citizen.email }), 403);
  });

  it("lists public processes for anyone and mine for members", async () => {
    const open = await call(context.app, world.outsider, "POST", "/api/v1/processes", {
      name: "Open park design",
      language: "lv",
      governanceModel: "C2C",
      visibility: "public",
    });
    expect(open.statusCode).toBe(201);
    const anonymous = await call(context.app, null, "GET", "/api/v1/processes?limit=100");
    const ids = anonymous.json().items.map((item: { id: string }) => item.id);
    expect(ids).toContain(open.json().id);
    expect(ids).not.toContain(world.process.id);
    const mine = await call(context.app, world.citizen, "GET", "/api/v1/processes?mine=true");
    expect(mine.json().items.map((item: { id: string }) => item.id)).toEqual([world.process.id]);
    expect((await call(context.app, null, "GET", `/api/v1/processes/${open.json().id}/tree`)).statusCode).toBe(200);
  });
});

describe("two servers on one database", () => {
  it("never serve a stale tree: what one server changes the other shows at once", async () => {
    const second = await createSecondApp(context);
    try {
      const read = async () =>
        (await call(second.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/tree`)).json()
          .items as TreeNode[];
      const before = await read();
      const added = await call(context.app, world.admin, "POST", `/api/v1/processes/${world.process.id}/items`, {
        type: "phase",
        name: "Evaluate",
      });
      expect(added.statusCode).toBe(201);
      const after = await read();
      expect(after.map((node) => node.name)).toEqual([...before.map((node) => node.name), "Evaluate"]);
      await call(context.app, world.admin, "PATCH", `/api/v1/items/${added.json().id}`, { name: "Evaluate together" });
      expect((await read()).at(-1)!.name).toBe("Evaluate together");
      await call(context.app, world.admin, "DELETE", `/api/v1/items/${added.json().id}`);
      expect((await read()).map((node) => node.name)).toEqual(before.map((node) => node.name));
    } finally {
      await second.close();
    }
  });
});

describe("the activity log", () => {
  it("verifies, and finds the first entry someone tampered with", async () => {
    const verified = await call(
      context.app,
      world.citizen,
      "GET",
      `/api/v1/processes/${world.process.id}/activity/verify`,
    );
    expect(verified.json()).toMatchObject({ valid: true, firstBrokenAt: null });
    expect(verified.json().entries).toBeGreaterThan(10);
    const first = (
      await call(context.app, world.citizen, "GET", `/api/v1/processes/${world.process.id}/activity?limit=3`)
    ).json();
    const second = (
      await call(
        context.app,
        world.citizen,
        "GET",
        `/api/v1/processes/${world.process.id}/activity?limit=3&cursor=${first.nextCursor}`,
      )
    ).json();
    expect([...first.items, ...second.items].map((entry: { sequence: number }) => entry.sequence)).toEqual(
      [0, 1, 2, 3, 4, 5].map((offset) => verified.json().entries - offset),
    );
    problemOf(
      await call(context.app, world.citizen, "GET", `/api/v1/processes/${world.process.id}/activity?cursor=bm9wZQ`),
      422,
    );

    await context.database.db
      .update(activity)
      .set({ summary: sql`jsonb_set(${activity.summary}, '{after}', '"rewritten"')` })
      .where(sql`${activity.processId} = ${world.process.id} and ${activity.sequence} = 3`);
    const broken = await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/activity/verify`);
    expect(broken.json()).toMatchObject({ valid: false, firstBrokenAt: 3 });
    await context.database.db.delete(activity).where(eq(activity.processId, world.process.id));
  });
});

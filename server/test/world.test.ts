// The world keeps the promises its doc comment makes; suites build on them without checking them again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TreeNode } from "../modules/processes/schema.js";
import { call, createTestApp, problemOf, type Session, type TestContext } from "./app.js";
import { createAsset } from "./factories.js";
import { type CoproductionWorld, coproductionWorld } from "./world.js";

let context: TestContext;
let world: CoproductionWorld;

async function taskAs(session: Session, task: TreeNode) {
  const response = await call(context.app, session, "GET", `/api/v1/items/${task.id}`);
  expect(response.statusCode).toBe(200);
  return response.json().can as Record<string, boolean>;
}

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context);
});
afterAll(() => context.close());

describe("the co-production world", () => {
  it("has a private process from the default schema, run by the organization's administrator", async () => {
    expect(world.process).toMatchObject({ visibility: "private", governanceModel: "G+G" });
    expect(world.tree.map((phase) => phase.name)).toEqual(["Engage", "Design", "Build", "Sustain"]);
    expect(Object.values(world.tasks).map((task) => task.type)).toEqual(["task", "task", "task", "task"]);
    expect(world.tasks.build.id).toBe(world.phases.build.children[0]!.children[0]!.id);
    const administrators = (
      await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/administrators`)
    ).json();
    expect(administrators.items.map((person: { id: string }) => person.id)).toEqual([world.admin.userId]);
  });

  it("puts the citizen and the member in the residents' team, which may add assets in Build only", async () => {
    const members = (await call(context.app, world.citizen, "GET", `/api/v1/teams/${world.citizenTeam.id}/members`))
      .json()
      .items.map((person: { userId: string; role: string }) => [person.userId, person.role]);
    expect(Object.fromEntries(members)).toEqual({
      [world.citizen.userId]: "administrator",
      [world.member.userId]: "member",
    });
    for (const resident of [world.citizen, world.member]) {
      expect(await taskAs(resident, world.tasks.build)).toMatchObject({ create_assets: true, edit_assets: false });
      expect(await taskAs(resident, world.tasks.design)).toMatchObject({ view_assets: false, create_assets: false });
    }
  });

  it("lets the editor edit the Build task's assets and nothing else; the outsider sees nothing", async () => {
    expect(await taskAs(world.editor, world.tasks.build)).toMatchObject({ edit_assets: true, create_assets: false });
    expect(await taskAs(world.editor, world.tasks.engage)).toMatchObject({ view_assets: false, edit_assets: false });
    const note = await createAsset(context.app, {
      by: world.citizen,
      taskId: world.tasks.build.id,
      interlinkerId: "note",
      input: { text: "Open on Saturdays?" },
    });
    const edited = await call(context.app, world.editor, "PUT", `/api/v1/assets/${note.id}/note`, { text: "Yes" });
    expect(edited.statusCode).toBe(200);
    for (const stranger of [world.outsider, null]) {
      problemOf(await call(context.app, stranger, "GET", `/api/v1/processes/${world.process.id}`), 404);
      problemOf(await call(context.app, stranger, "GET", `/api/v1/assets/${note.id}`), 404);
    }
  });

  it("leaves the platform administrator out of the process, though allowed to see it", async () => {
    const people = (await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/people`)).json();
    const ids = people.items.map((person: { id: string }) => person.id);
    expect(ids).toEqual(expect.arrayContaining([world.admin.userId, world.editor.userId]));
    expect(ids).not.toContain(world.platformAdmin.userId);
    expect(ids).not.toContain(world.outsider.userId);
    expect(
      (await call(context.app, world.platformAdmin, "GET", `/api/v1/processes/${world.process.id}`)).statusCode,
    ).toBe(200);
  });
});

describe("a public co-production world", () => {
  it("is readable by anyone, and still writable only with rights", async () => {
    const open = await createTestApp();
    try {
      const publicWorld = await coproductionWorld(open, { visibility: "public" });
      expect((await call(open.app, null, "GET", `/api/v1/processes/${publicWorld.process.id}/tree`)).statusCode).toBe(
        200,
      );
      problemOf(
        await call(open.app, publicWorld.outsider, "POST", `/api/v1/tasks/${publicWorld.tasks.build.id}/assets`, {
          kind: "external",
          name: "Mine",
          url: "https://example.org",
        }),
        403,
      );
    } finally {
      await open.close();
    }
  });
});

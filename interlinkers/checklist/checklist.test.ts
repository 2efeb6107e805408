import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CoproductionWorld,
  call,
  coproductionWorld,
  createAsset,
  createGrant,
  createTestApp,
  problemOf,
  processItems,
  type Session,
  signUp,
  type TestContext,
} from "../sdk/testing.js";
import { formatTaskList, parseTaskList } from "./portable.js";

// The residents plan a street party on the world's Build task: the administrator runs the process, the editor
// keeps the checklist, a viewer (added here, with only a view right) reads and may tick off what is given to them,
// and the outsider must learn nothing.

let context: TestContext;
let world: CoproductionWorld;
let viewer: Session;

interface Item {
  id: string;
  position: number;
  text: string;
  assignee: { id: string; name: string } | null;
  dueOn: string | null;
  done: boolean;
  doneAt: string | null;
  doneBy: { id: string; name: string } | null;
  version: number;
  can: { tick: boolean };
}
interface Checklist {
  assetId: string;
  version: number;
  maxItems: number;
  items: Item[];
  people: { id: string; name: string }[];
  can: { tick: boolean; edit_items: boolean };
}

const url = (assetId: string, path = "") => `/api/v1/assets/${assetId}/checklist${path}`;

async function addChecklist(input: unknown, name = "Street party"): Promise<string> {
  const asset = await createAsset(context.app, {
    by: world.admin,
    taskId: world.tasks.build.id,
    interlinkerId: "checklist",
    name,
    input,
  });
  return asset.id;
}

async function read(assetId: string, session: Session = world.editor): Promise<Checklist> {
  const response = await call(context.app, session, "GET", url(assetId));
  if (response.statusCode !== 200) throw new Error(response.body);
  return response.json();
}

const texts = (checklist: Checklist) => checklist.items.map((item) => item.text);

async function activityActions(): Promise<{ action: string; summary: { before?: unknown; after?: unknown } }[]> {
  const response = await call(
    context.app,
    world.admin,
    "GET",
    `/api/v1/processes/${world.process.id}/activity?limit=100`,
  );
  return response.json().items;
}

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context);
  viewer = await signUp(context.app, { name: "Vera Viewer" });
  const grant = { by: world.admin, processId: world.process.id, rights: ["view"] };
  await createGrant(context.app, { ...grant, userId: viewer.userId });
});
afterAll(() => context.close());

describe("a checklist's items", () => {
  let assetId: string;
  beforeAll(async () => {
    assetId = await addChecklist({ items: ["Book the hall", "  Order   chairs\n", "Invite the neighbours"] });
  });

  it("starts with the items given at creation, in order, one line each", async () => {
    const checklist = await read(assetId);
    expect(texts(checklist)).toEqual(["Book the hall", "Order chairs", "Invite the neighbours"]);
    expect(checklist.items.map((item) => item.position)).toEqual([0, 1, 2]);
    expect(checklist.can).toEqual({ tick: true, edit_items: true });
    // The task's people are whoever may see its assets: the administrator, the editor (who may edit them), the
    // residents (who may add to the Build phase) and the viewer; the outsider is not among them.
    const viewing = [world.admin, world.editor, world.citizen, world.member, viewer];
    expect(checklist.people.map((person) => person.id).sort()).toEqual(viewing.map((person) => person.userId).sort());
  });

  it("adds an item at the end, with an assignee among the task's people and a due date", async () => {
    const response = await call(context.app, world.editor, "POST", url(assetId, "/items"), {
      text: "Buy lemonade",
      assigneeId: viewer.userId,
      dueOn: "2026-06-20",
    });
    expect(response.statusCode).toBe(201);
    const added = (response.json() as Checklist).items.at(-1)!;
    expect(added).toMatchObject({
      text: "Buy lemonade",
      position: 3,
      assignee: { id: viewer.userId, name: viewer.name },
      dueOn: "2026-06-20",
      done: false,
      doneBy: null,
    });
  });

  it("ticks an item off, saying who and when, and reopens it", async () => {
    const [first] = (await read(assetId)).items;
    const ticked = await call(context.app, world.editor, "PUT", url(assetId, `/items/${first!.id}/done`), {
      done: true,
    });
    expect(ticked.statusCode).toBe(200);
    const done = (ticked.json() as Checklist).items[0]!;
    expect(done).toMatchObject({ done: true, doneBy: { id: world.editor.userId, name: world.editor.name } });
    expect(Date.parse(done.doneAt!)).not.toBeNaN();

    const again = await call(context.app, world.editor, "PUT", url(assetId, `/items/${first!.id}/done`), {
      done: true,
    });
    expect((again.json() as Checklist).items[0]!.doneAt).toBe(done.doneAt);

    const reopened = await call(context.app, world.admin, "PUT", url(assetId, `/items/${first!.id}/done`), {
      done: false,
    });
    expect((reopened.json() as Checklist).items[0]).toMatchObject({ done: false, doneAt: null, doneBy: null });
  });

  it("moves an item to a position, the others closing up around it", async () => {
    const before = await read(assetId);
    const last = before.items.at(-1)!;
    const moved = await call(context.app, world.editor, "POST", url(assetId, `/items/${last.id}/move`), {
      position: 0,
      version: before.version,
    });
    expect(moved.statusCode).toBe(200);
    const after = moved.json() as Checklist;
    expect(texts(after)).toEqual(["Buy lemonade", "Book the hall", "Order chairs", "Invite the neighbours"]);
    expect(after.items.map((item) => item.position)).toEqual([0, 1, 2, 3]);
    expect(after.version).toBe(before.version + 1);
  });

  it("edits an item's text, assignee and due date, and clears them", async () => {
    const item = (await read(assetId)).items.find((candidate) => candidate.text === "Order chairs")!;
    const edited = await call(context.app, world.editor, "PATCH", url(assetId, `/items/${item.id}`), {
      version: item.version,
      text: "Order 40 chairs",
      assigneeId: world.admin.userId,
      dueOn: "2026-06-01",
    });
    expect(edited.statusCode).toBe(200);
    const changed = (edited.json() as Checklist).items.find((candidate) => candidate.id === item.id)!;
    expect(changed).toMatchObject({
      text: "Order 40 chairs",
      assignee: { id: world.admin.userId, name: world.admin.name },
      dueOn: "2026-06-01",
      version: item.version + 1,
    });
    const cleared = await call(context.app, world.editor, "PATCH", url(assetId, `/items/${item.id}`), {
      version: changed.version,
      assigneeId: null,
      dueOn: null,
    });
    expect((cleared.json() as Checklist).items.find((candidate) => candidate.id === item.id)).toMatchObject({
      text: "Order 40 chairs",
      assignee: null,
      dueOn: null,
    });
  });

  it("deletes an item and renumbers the rest", async () => {
    const before = await read(assetId);
    const target = before.items[1]!;
    const deleted = await call(context.app, world.editor, "DELETE", url(assetId, `/items/${target.id}`));
    expect(deleted.statusCode).toBe(200);
    const after = deleted.json() as Checklist;
    expect(after.items.map((item) => item.id)).not.toContain(target.id);
    expect(after.items.map((item) => item.position)).toEqual([0, 1, 2]);
    problemOf(await call(context.app, world.editor, "DELETE", url(assetId, `/items/${target.id}`)), 404);
  });

  it("writes each change to the process's trail with the item's text", async () => {
    const entries = (await activityActions()).filter((entry) => entry.action.startsWith("checklist."));
    const actions = entries.map((entry) => entry.action);
    for (const action of [
      "checklist.item_added",
      "checklist.item_done",
      "checklist.item_reopened",
      "checklist.item_moved",
      "checklist.item_edited",
      "checklist.item_deleted",
    ]) {
      expect(actions).toContain(action);
    }
    expect(entries.find((entry) => entry.action === "checklist.item_added")?.summary.after).toEqual({
      text: "Buy lemonade",
    });
    // Ticking twice is one change, not two.
    expect(actions.filter((action) => action === "checklist.item_done")).toHaveLength(1);
    const verified = await call(
      context.app,
      world.admin,
      "GET",
      `/api/v1/processes/${world.process.id}/activity/verify`,
    );
    expect(verified.json().valid).toBe(true);
  });
});

describe("two people at once", () => {
  it("refuses a move computed on a list that changed since, and an edit of a changed or deleted item", async () => {
    const assetId = await addChecklist({ items: ["One", "Two", "Three"] });
    const seen = await read(assetId);
    // Someone else adds an item: positions the first person saw no longer hold.
    await call(context.app, world.admin, "POST", url(assetId, "/items"), { text: "Four" });
    const stale = problemOf(
      await call(context.app, world.editor, "POST", url(assetId, `/items/${seen.items[2]!.id}/move`), {
        position: 0,
        version: seen.version,
      }),
      409,
    );
    expect(stale.detail).toMatch(/reload/);
    expect(texts(await read(assetId))).toEqual(["One", "Two", "Three", "Four"]);

    const item = seen.items[0]!;
    await call(context.app, world.admin, "PATCH", url(assetId, `/items/${item.id}`), {
      version: item.version,
      text: "Uno",
    });
    problemOf(
      await call(context.app, world.editor, "PATCH", url(assetId, `/items/${item.id}`), {
        version: item.version,
        text: "1",
      }),
      409,
    );
    expect(texts(await read(assetId))[0]).toBe("Uno");

    await call(context.app, world.admin, "DELETE", url(assetId, `/items/${item.id}`));
    for (const [method, path, body] of [
      ["PATCH", "", { version: item.version + 1, text: "Back" }],
      ["PUT", "/done", { done: true }],
      ["POST", "/move", { position: 0, version: (await read(assetId)).version }],
      ["DELETE", "", undefined],
    ] as const) {
      problemOf(await call(context.app, world.editor, method, url(assetId, `/items/${item.id}${path}`), body), 404);
    }
  });

  it("holds at most 200 items", async () => {
    const assetId = await addChecklist({ items: Array.from({ length: 200 }, (_, index) => `Item ${index + 1}`) });
    const full = problemOf(
      await call(context.app, world.editor, "POST", url(assetId, "/items"), { text: "One more" }),
      409,
    );
    expect(full.detail).toMatch(/200/);
    expect((await read(assetId)).items).toHaveLength(200);
    const tooMany = problemOf(
      await call(context.app, world.admin, "POST", `/api/v1/tasks/${world.tasks.build.id}/assets`, {
        kind: "interlinker",
        interlinkerId: "checklist",
        name: "Too long",
        input: { items: Array.from({ length: 201 }, (_, index) => `Item ${index}`) },
      }),
      422,
    );
    expect(tooMany.errors?.[0]).toMatchObject({ path: "body.input.items", code: "too_many_items" });
  });
});

describe("bad input", () => {
  let assetId: string;
  let item: Item;
  beforeAll(async () => {
    assetId = await addChecklist({ items: ["Book the hall", "Order chairs"] });
    item = (await read(assetId)).items[0]!;
  });

  const cases: [string, string, (item: Item, version: number) => unknown, string, string][] = [
    ["POST", "/items", () => ({ text: "" }), "body.text", "required"],
    ["POST", "/items", () => ({ text: " \n " }), "body.text", "required"],
    ["POST", "/items", () => ({ text: "x".repeat(501) }), "body.text", "too_long"],
    ["POST", "/items", () => ({ text: 42 }), "body.text", "invalid_type"],
    ["POST", "/items", () => ({}), "body.text", "required"],
    ["POST", "/items", () => ({ text: "Ok", assigneeId: "someone" }), "body.assigneeId", "invalid_uuid"],
    ["POST", "/items", () => ({ text: "Ok", dueOn: "2026-13-01" }), "body.dueOn", "invalid_date"],
    ["POST", "/items", () => ({ text: "Ok", dueOn: "31/12/2026" }), "body.dueOn", "invalid_date"],
    ["POST", "/items", () => ({ text: "Ok", done: true }), "body", "unknown_fields"],
    ["PATCH", "/items/:id", () => ({ text: "No version" }), "body.version", "required"],
    ["PATCH", "/items/:id", () => ({ version: 0, text: "Ok" }), "body.version", "number_above"],
    ["PATCH", "/items/:id", (it) => ({ version: it.version, text: "y".repeat(501) }), "body.text", "too_long"],
    ["PATCH", "/items/:id", (it) => ({ version: it.version, dueOn: "tomorrow" }), "body.dueOn", "invalid_date"],
    ["PATCH", "/items/:id", (it) => ({ version: it.version, assigneeId: 7 }), "body.assigneeId", "invalid_type"],
    ["PUT", "/items/:id/done", () => ({ done: "yes" }), "body.done", "invalid_type"],
    ["PUT", "/items/:id/done", () => ({}), "body.done", "required"],
    ["POST", "/items/:id/move", (_, version) => ({ position: -1, version }), "body.position", "number_min"],
    ["POST", "/items/:id/move", (_, version) => ({ position: 1.5, version }), "body.position", "invalid_type"],
    ["POST", "/items/:id/move", (_, version) => ({ position: 2, version }), "body.position", "number_max"],
    ["POST", "/items/:id/move", () => ({ position: 1 }), "body.version", "required"],
  ];

  it("refuses each bad field with 422 naming it, and changes nothing", async () => {
    const before = await read(assetId);
    for (const [method, path, body, field, code] of cases) {
      const response = await call(
        context.app,
        world.editor,
        method as "POST",
        url(assetId, path.replace(":id", item.id)),
        body(item, before.version),
      );
      const problem = problemOf(response, 422);
      const error = problem.errors?.find((candidate) => candidate.path === field);
      expect(error, `${method} ${path} ${JSON.stringify(body(item, before.version))}`).toBeDefined();
      expect(error!.code, `${method} ${path} ${field}`).toBe(code);
    }
    expect(await read(assetId)).toEqual(before);
  });

  it("refuses an assignee who is not among the task's people", async () => {
    const before = await read(assetId);
    for (const [method, path, body] of [
      ["POST", "/items", { text: "Ok", assigneeId: world.outsider.userId }],
      ["PATCH", `/items/${item.id}`, { version: item.version, assigneeId: world.outsider.userId }],
      ["PATCH", `/items/${item.id}`, { version: item.version, assigneeId: "00000000-0000-4000-8000-000000000000" }],
    ] as const) {
      const problem = problemOf(await call(context.app, world.editor, method, url(assetId, path), body), 422);
      expect(problem.errors).toEqual([expect.objectContaining({ path: "body.assigneeId", code: "not_a_participant" })]);
    }
    expect(await read(assetId)).toEqual(before);
  });

  it("refuses an item id that is not one", async () => {
    problemOf(await call(context.app, world.editor, "DELETE", url(assetId, "/items/not-an-id")), 422);
  });
});

describe("who may do what", () => {
  let assetId: string;
  let mine: Item;
  let theirs: Item;
  beforeAll(async () => {
    assetId = await addChecklist({ items: ["Put up posters", "Sweep the street"] });
    const [first, second] = (await read(assetId)).items;
    await call(context.app, world.editor, "PATCH", url(assetId, `/items/${first!.id}`), {
      version: first!.version,
      assigneeId: viewer.userId,
    });
    const items = (await read(assetId)).items;
    mine = items[0]!;
    theirs = items[1]!;
    expect(second!.id).toBe(theirs.id);
  });

  it("lets a viewer read, and tick off only the item given to them", async () => {
    const seen = await read(assetId, viewer);
    expect(seen.can).toEqual({ tick: false, edit_items: false });
    expect(seen.items.map((item) => item.can.tick)).toEqual([true, false]);

    const ticked = await call(context.app, viewer, "PUT", url(assetId, `/items/${mine.id}/done`), { done: true });
    expect(ticked.statusCode).toBe(200);
    expect((ticked.json() as Checklist).items[0]).toMatchObject({ done: true, doneBy: { id: viewer.userId } });

    const refused = problemOf(
      await call(context.app, viewer, "PUT", url(assetId, `/items/${theirs.id}/done`), { done: true }),
      403,
    );
    expect(refused.detail).toMatch(/unless the item is yours/);
    expect((await read(assetId)).items[1]!.done).toBe(false);
  });

  it("refuses a viewer every change to the list itself", async () => {
    const before = await read(assetId);
    for (const [method, path, body] of [
      ["POST", "/items", { text: "Sneaked in" }],
      ["PATCH", `/items/${theirs.id}`, { version: theirs.version, text: "Changed" }],
      ["POST", `/items/${theirs.id}/move`, { position: 0, version: before.version }],
      ["DELETE", `/items/${theirs.id}`, undefined],
    ] as const) {
      problemOf(await call(context.app, viewer, method, url(assetId, path), body), 403);
    }
    expect(await read(assetId)).toEqual(before);
  });

  it("answers an outsider and an anonymous visitor as if the checklist did not exist", async () => {
    for (const session of [world.outsider, null]) {
      problemOf(await call(context.app, session, "GET", url(assetId)), 404);
      problemOf(await call(context.app, session, "PUT", url(assetId, `/items/${mine.id}/done`), { done: false }), 404);
      problemOf(await call(context.app, session, "POST", url(assetId, "/items"), { text: "Hi" }), 404);
    }
  });
});

describe("clone, export and import", () => {
  let assetId: string;
  beforeAll(async () => {
    assetId = await addChecklist({ items: ["Book the hall", "Order chairs", "Invite the neighbours"] }, "Party plan");
    const [hall, chairs] = (await read(assetId)).items;
    await call(context.app, world.editor, "PUT", url(assetId, `/items/${hall!.id}/done`), { done: true });
    await call(context.app, world.editor, "PATCH", url(assetId, `/items/${hall!.id}`), {
      version: hall!.version + 1,
      assigneeId: world.admin.userId,
      dueOn: "2026-05-01",
    });
    await call(context.app, world.editor, "PATCH", url(assetId, `/items/${chairs!.id}`), {
      version: chairs!.version,
      assigneeId: world.editor.userId,
      dueOn: "2026-12-31",
    });
  });

  async function copiedChecklist(session: Session, copyId: string): Promise<Checklist> {
    const { tasks } = await processItems(context.app, { by: session, processId: copyId });
    const assets = (await call(context.app, session, "GET", `/api/v1/tasks/${tasks.build.id}/assets`)).json().items;
    const copy = assets.find((asset: { name: string }) => asset.name === "Party plan");
    return read(copy.id, session);
  }

  it("clones items as they are, dropping assignees who are not in the copy", async () => {
    const cloned = await call(context.app, world.admin, "POST", `/api/v1/processes/${world.process.id}/clone`, {
      name: "Copy",
    });
    expect(cloned.statusCode).toBe(201);
    const copy = await copiedChecklist(world.admin, cloned.json().id);
    expect(
      copy.items.map(({ text, done, dueOn, assignee }) => ({ text, done, dueOn, assignee: assignee?.id })),
    ).toEqual([
      { text: "Book the hall", done: true, dueOn: "2026-05-01", assignee: world.admin.userId },
      { text: "Order chairs", done: false, dueOn: "2026-12-31", assignee: undefined },
      { text: "Invite the neighbours", done: false, dueOn: null, assignee: undefined },
    ]);
    expect(copy.items[0]!.doneBy?.id).toBe(world.editor.userId);
  });

  it("exports a Markdown task list that imports back into the same items", async () => {
    const document = (
      await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/export`)
    ).json();
    const exported = document.assets.find((asset: { name: string }) => asset.name === "Party plan");
    expect(exported.content).toEqual({
      mediaType: "text/markdown",
      content:
        "- [x] Book the hall (due 2026-05-01)\n- [ ] Order chairs (due 2026-12-31)\n- [ ] Invite the neighbours\n",
    });
    const imported = await call(context.app, world.outsider, "POST", "/api/v1/processes/import", document);
    expect(imported.statusCode).toBe(201);
    const copy = await copiedChecklist(world.outsider, imported.json().id);
    expect(copy.items.map(({ text, done, dueOn, assignee }) => ({ text, done, dueOn, assignee }))).toEqual([
      { text: "Book the hall", done: true, dueOn: "2026-05-01", assignee: null },
      { text: "Order chairs", done: false, dueOn: "2026-12-31", assignee: null },
      { text: "Invite the neighbours", done: false, dueOn: null, assignee: null },
    ]);
    expect(copy.can.edit_items).toBe(true);
  });

  it("reads a template's task list, leaving out what is not an item and cutting what does not fit", () => {
    const template = [
      "# Before the party",
      "Some prose.",
      "- [ ] Book the hall",
      "* [X] Ask the council (due 2026-02-30)",
      "- plain bullet",
      `- [ ] ${"z".repeat(600)}`,
      "- [ ]    ",
    ].join("\n");
    const entries = parseTaskList(template);
    expect(
      entries.map((entry) => [entry.text.length > 100 ? entry.text.length : entry.text, entry.done, entry.dueOn]),
    ).toEqual([
      ["Book the hall", false, null],
      ["Ask the council (due 2026-02-30)", true, null],
      [500, false, null],
    ]);
    expect(parseTaskList(formatTaskList(entries))).toEqual(entries);
  });
});

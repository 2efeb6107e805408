import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";
import { createGrant, createProcess, processItems } from "../../test/factories.js";
import type { TreeNode } from "./schema.js";

let context: TestContext;
let giulia: Session; // administers the process
let marco: Session; // holds a grant without manage_items
let editor: Session; // holds manage_items on the whole process
let outsider: Session;
let processId: string;
let taskId: string;
let otherTaskId: string;
let marcoGrantId: string;

const flatten = (nodes: TreeNode[]): TreeNode[] => nodes.flatMap((node) => [node, ...flatten(node.children)]);

async function itemAs(session: Session | null, id = taskId) {
  const response = await call(context.app, session, "GET", `/api/v1/items/${id}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

beforeAll(async () => {
  context = await createTestApp();
  await signUp(context.app, { name: "Platform Admin" });
  giulia = await signUp(context.app, { name: "Giulia" });
  marco = await signUp(context.app, { name: "Marco" });
  editor = await signUp(context.app, { name: "Elena" });
  outsider = await signUp(context.app, { name: "Outsider" });
  processId = (
    await createProcess(context.app, {
      by: giulia,
      name: "Biblioteca aperta",
      language: "it",
      governanceModel: "G2C",
      visibility: "public",
    })
  ).id;
  const { tree } = await processItems(context.app, { by: giulia, processId });
  const tasks = flatten(tree).filter((node) => node.type === "task");
  taskId = tasks[0]!.id;
  otherTaskId = tasks[1]!.id;
  marcoGrantId = (
    await createGrant(context.app, { by: giulia, processId, userId: marco.userId, rights: ["create_assets"] })
  ).id;
  await createGrant(context.app, { by: giulia, processId, userId: editor.userId, rights: ["manage_items"] });
});
afterAll(() => context.close());

describe("responsible people on items", () => {
  it("lists the process's people to those who take part, and no one to outsiders", async () => {
    const people = await call(context.app, marco, "GET", `/api/v1/processes/${processId}/people`);
    expect(people.statusCode).toBe(200);
    expect(people.json().items.map((person: { name: string }) => person.name)).toEqual(["Elena", "Giulia", "Marco"]);
    for (const reader of [outsider, null]) {
      const hidden = await call(context.app, reader, "GET", `/api/v1/processes/${processId}/people`);
      expect(hidden.json().items).toEqual([]);
    }
  });

  it("sets and clears who answers for a task, shown on the item and in the tree", async () => {
    const set = await call(context.app, giulia, "PATCH", `/api/v1/items/${taskId}`, {
      responsible: [marco.userId, giulia.userId],
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().responsible).toEqual([
      { id: giulia.userId, name: "Giulia" },
      { id: marco.userId, name: "Marco" },
    ]);
    const tree = (await call(context.app, marco, "GET", `/api/v1/processes/${processId}/tree`)).json().items;
    expect(
      flatten(tree)
        .find((node) => node.id === taskId)!
        .responsible.map((person) => person.name),
    ).toEqual(["Giulia", "Marco"]);

    const cleared = await call(context.app, editor, "PATCH", `/api/v1/items/${taskId}`, { responsible: [] });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().responsible).toEqual([]);
    expect((await itemAs(giulia)).responsible).toEqual([]);
  });

  it("takes responsible people when an item is created", async () => {
    const parentId = (await itemAs(giulia)).parentId;
    const created = await call(context.app, giulia, "POST", `/api/v1/processes/${processId}/items`, {
      type: "task",
      name: "Costruire un prototipo",
      parentId,
      responsible: [marco.userId],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().responsible).toEqual([{ id: marco.userId, name: "Marco" }]);

    // What Marco answers for waits for him in "My work"; Giulia answers for nothing any more.
    const mine = await call(context.app, marco, "GET", "/api/v1/me/responsibilities");
    expect(mine.json().items).toEqual([
      {
        id: created.json().id,
        type: "task",
        name: "Costruire un prototipo",
        status: "awaiting",
        processId,
        processName: "Biblioteca aperta",
      },
    ]);
    expect((await call(context.app, giulia, "GET", "/api/v1/me/responsibilities")).json().items).toEqual([]);
    problemOf(await call(context.app, null, "GET", "/api/v1/me/responsibilities"), 401);
    // Finished, it no longer waits for him.
    await call(context.app, marco, "PATCH", `/api/v1/items/${created.json().id}`, { status: "finished" });
    await call(context.app, giulia, "PATCH", `/api/v1/items/${created.json().id}`, { status: "finished", force: true });
    expect((await call(context.app, marco, "GET", "/api/v1/me/responsibilities")).json().items).toEqual([]);
  });

  it("refuses people who are not of the process, duplicates and too many, changing nothing", async () => {
    const refused = problemOf(
      await call(context.app, giulia, "PATCH", `/api/v1/items/${taskId}`, {
        responsible: [marco.userId, outsider.userId],
      }),
      422,
    );
    expect(refused.errors).toEqual([
      expect.objectContaining({ path: "body.responsible.1", code: "not_a_participant" }),
    ]);
    const duplicate = problemOf(
      await call(context.app, giulia, "PATCH", `/api/v1/items/${taskId}`, {
        responsible: [marco.userId, marco.userId],
      }),
      422,
    );
    expect(duplicate.errors?.[0]).toMatchObject({ code: "duplicate_entries" });
    problemOf(
      await call(context.app, giulia, "PATCH", `/api/v1/items/${taskId}`, {
        responsible: Array.from({ length: 21 }, (_, index) => `someone-${index}`),
      }),
      422,
    );
    problemOf(await call(context.app, giulia, "PATCH", `/api/v1/items/${taskId}`, { responsible: [42] }), 422);
    expect((await itemAs(giulia)).responsible).toEqual([]);
  });

  it("refuses those without the right to manage items", async () => {
    problemOf(await call(context.app, marco, "PATCH", `/api/v1/items/${taskId}`, { responsible: [marco.userId] }), 403);
    // An outsider may read the public process but change nothing in it.
    problemOf(
      await call(context.app, outsider, "PATCH", `/api/v1/items/${taskId}`, { responsible: [outsider.userId] }),
      403,
    );
    problemOf(await call(context.app, null, "PATCH", `/api/v1/items/${taskId}`, { responsible: [] }), 401);
    expect((await itemAs(giulia)).responsible).toEqual([]);
  });

  it("names no one to readers who may not see the process's people", async () => {
    await call(context.app, giulia, "PATCH", `/api/v1/items/${otherTaskId}`, { responsible: [marco.userId] });
    expect((await itemAs(giulia, otherTaskId)).responsible).toHaveLength(1);
    for (const reader of [outsider, null]) {
      expect((await itemAs(reader, otherTaskId)).responsible).toEqual([]);
      const tree = (await call(context.app, reader, "GET", `/api/v1/processes/${processId}/tree`)).json().items;
      expect(JSON.stringify(tree)).not.toContain(marco.userId);
      expect(JSON.stringify(tree)).not.toContain("Marco");
    }
  });

  it("tells the trail who made whom responsible for what", async () => {
    const trail = await call(context.app, giulia, "GET", `/api/v1/processes/${processId}/activity?kind=item&limit=50`);
    const entries = trail.json().items as {
      action: string;
      actor: { name: string | null };
      subject: { type: string; name: string | null };
      place: { type: string; id: string; name: string | null };
    }[];
    const made = entries.find((entry) => entry.action === "item.responsible_added" && entry.place.id === otherTaskId);
    expect(made).toMatchObject({
      actor: { name: "Giulia" },
      subject: { type: "person", name: "Marco" },
      place: { type: "item", id: otherTaskId },
    });
    const released = entries.filter(
      (entry) => entry.action === "item.responsible_removed" && entry.place.id === taskId,
    );
    expect(released.map((entry) => entry.subject.name).sort()).toEqual(["Giulia", "Marco"]);
    // Changing only who answers is not also logged as a change of the item itself.
    expect(entries.filter((entry) => entry.action === "item.updated")).toEqual([]);

    const anonymous = await call(
      context.app,
      null,
      "GET",
      `/api/v1/processes/${processId}/activity?kind=item&limit=50`,
    );
    expect(JSON.stringify(anonymous.json())).not.toContain("Marco");
  });

  it("does not carry responsibility into a clone", async () => {
    const cloned = await call(context.app, giulia, "POST", `/api/v1/processes/${processId}/clone`, {
      includeGrants: true,
    });
    expect(cloned.statusCode).toBe(201);
    const copy = (await call(context.app, giulia, "GET", `/api/v1/processes/${cloned.json().id}/tree`)).json().items;
    expect(flatten(copy).length).toBeGreaterThan(10);
    expect(flatten(copy).every((node) => node.responsible.length === 0)).toBe(true);
    const exported = await call(context.app, giulia, "GET", `/api/v1/processes/${processId}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.body).not.toContain(marco.userId);
  });

  it("stops showing someone once they leave the process, and shows them again if they come back", async () => {
    expect((await itemAs(giulia, otherTaskId)).responsible).toHaveLength(1);
    expect((await call(context.app, giulia, "DELETE", `/api/v1/grants/${marcoGrantId}`, {})).statusCode).toBe(204);
    expect((await itemAs(giulia, otherTaskId)).responsible).toEqual([]);
    expect((await call(context.app, marco, "GET", "/api/v1/me/responsibilities")).json().items).toEqual([]);
    const tree = (await call(context.app, giulia, "GET", `/api/v1/processes/${processId}/tree`)).json().items;
    expect(flatten(tree).every((node) => node.responsible.length === 0)).toBe(true);
    await call(context.app, giulia, "POST", `/api/v1/processes/${processId}/grants`, {
      userId: marco.userId,
      rights: ["create_assets"],
    });
    expect((await itemAs(giulia, otherTaskId)).responsible).toEqual([{ id: marco.userId, name: "Marco" }]);
    const mine = (await call(context.app, marco, "GET", "/api/v1/me/responsibilities")).json().items;
    expect(mine.map((entry: { id: string }) => entry.id)).toEqual([otherTaskId]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";
import { createAsset, createProcess, processItems } from "../../test/factories.js";
import type { TreeNode } from "../processes/schema.js";

let context: TestContext;
let owner: Session;
let reuser: Session;
let processId: string;
let buildTaskId: string;
let noteId: string;

const names = (nodes: TreeNode[]): unknown[] => nodes.map((node) => [node.name, names(node.children)]);

beforeAll(async () => {
  context = await createTestApp();
  owner = await signUp(context.app, { name: "Owner" });
  reuser = await signUp(context.app, { name: "Reuser" });
  processId = (
    await createProcess(context.app, {
      by: owner,
      name: "Riga bike lanes",
      language: "lv",
      governanceModel: "G2C",
      visibility: "public",
    })
  ).id;
  buildTaskId = (await processItems(context.app, { by: owner, processId })).tasks.build.id;
  await createAsset(context.app, {
    by: owner,
    taskId: buildTaskId,
    name: "Map",
    url: "https://www.openstreetmap.org/#map=13/56.95/24.11",
  });
  const note = await createAsset(context.app, {
    by: owner,
    taskId: buildTaskId,
    interlinkerId: "note",
    name: "Route ideas",
    input: { text: "Brīvības iela → Vecrīga" },
  });
  noteId = note.id;
});
afterAll(() => context.close());

describe("clone", () => {
  it("copies the tree and the assets with their content, crediting the source", async () => {
    const cloned = await call(context.app, reuser, "POST", `/api/v1/processes/${processId}/clone`, {
      name: "Liepāja bike lanes",
    });
    expect(cloned.statusCode).toBe(201);
    expect(cloned.json()).toMatchObject({
      name: "Liepāja bike lanes",
      visibility: "private",
      clonedFrom: { processId, name: "Riga bike lanes", via: "clone" },
      can: { update: true },
    });
    const source = (await call(context.app, owner, "GET", `/api/v1/processes/${processId}/tree`)).json().items;
    const copy = (await call(context.app, reuser, "GET", `/api/v1/processes/${cloned.json().id}/tree`)).json().items;
    expect(names(copy)).toEqual(names(source));
    expect(copy[1].prerequisites).toEqual([copy[0].id]);
    const copiedTask = copy[2].children[0].children[0];
    const assets = (await call(context.app, reuser, "GET", `/api/v1/tasks/${copiedTask.id}/assets`)).json().items;
    expect(assets.map((asset: { name: string }) => asset.name).sort()).toEqual(["Map", "Route ideas"]);
    const copiedNote = assets.find((asset: { name: string }) => asset.name === "Route ideas");
    expect(copiedNote.clonedFrom).toBe(noteId);
    const text = await call(context.app, reuser, "GET", `/api/v1/assets/${copiedNote.id}/note`);
    expect(text.json().text).toBe("Brīvības iela → Vecrīga");
    const verified = await call(context.app, reuser, "GET", `/api/v1/processes/${cloned.json().id}/activity/verify`);
    expect(verified.json().valid).toBe(true);
  });

  it("refuses grants to non-administrators, anonymous visitors, and bad options", async () => {
    problemOf(
      await call(context.app, reuser, "POST", `/api/v1/processes/${processId}/clone`, { includeGrants: true }),
      403,
    );
    problemOf(await call(context.app, null, "POST", `/api/v1/processes/${processId}/clone`, {}), 401);
    problemOf(
      await call(context.app, reuser, "POST", `/api/v1/processes/${processId}/clone`, { visibility: "secret" }),
      422,
    );
  });
});

describe("export and import", () => {
  it("round-trips a process through one JSON document", async () => {
    const exported = await call(context.app, null, "GET", `/api/v1/processes/${processId}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-disposition"]).toContain("attachment");
    const document = exported.json();
    expect(document).toMatchObject({ format: "interlink-process", version: 1, source: { processId } });
    expect(document.assets).toHaveLength(2);
    expect(document.assets.find((asset: { name: string }) => asset.name === "Route ideas").content).toEqual({
      mediaType: "text/plain",
      content: "Brīvības iela → Vecrīga",
    });

    const imported = await call(context.app, reuser, "POST", "/api/v1/processes/import", document);
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toMatchObject({
      name: "Riga bike lanes",
      visibility: "private",
      clonedFrom: { processId, via: "import" },
    });
    const source = (await call(context.app, owner, "GET", `/api/v1/processes/${processId}/tree`)).json().items;
    const copy = (await call(context.app, reuser, "GET", `/api/v1/processes/${imported.json().id}/tree`)).json().items;
    expect(names(copy)).toEqual(names(source));
    const task = copy[2].children[0].children[0];
    const assets = (await call(context.app, reuser, "GET", `/api/v1/tasks/${task.id}/assets`)).json().items;
    const note = assets.find((asset: { name: string }) => asset.name === "Route ideas");
    expect((await call(context.app, reuser, "GET", `/api/v1/assets/${note.id}/note`)).json().text).toBe(
      "Brīvības iela → Vecrīga",
    );
  });

  it("refuses a broken document with 422 and creates nothing", async () => {
    const document = (await call(context.app, owner, "GET", `/api/v1/processes/${processId}/export`)).json();
    const mine = async () =>
      (await call(context.app, reuser, "GET", "/api/v1/processes?mine=true&limit=100")).json().items.length;
    const before = await mine();
    const broken = [
      { ...document, version: 99 },
      { ...document, format: "something-else" },
      { ...document, extra: true },
      { ...document, items: [{ ...document.items[5], parentRef: "nowhere" }] },
      {
        ...document,
        items: document.items.map((entry: { ref: string }, index: number) =>
          index === 1 ? { ...entry, ref: document.items[0].ref } : entry,
        ),
      },
      { ...document, assets: [{ ...document.assets[0], taskRef: "nowhere" }] },
      {
        ...document,
        assets: [{ ...document.assets[0], kind: "interlinker", interlinkerId: "unknown-tool", url: null }],
      },
      { ...document, assets: [{ ...document.assets[0], url: "javascript:alert(1)" }] },
    ];
    for (const body of broken) {
      problemOf(await call(context.app, reuser, "POST", "/api/v1/processes/import", body), 422);
    }
    expect(await mine()).toBe(before);
    problemOf(await call(context.app, null, "POST", "/api/v1/processes/import", document), 401);
  });
});

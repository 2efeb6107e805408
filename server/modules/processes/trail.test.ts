import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";
import {
  createAsset,
  createGrant,
  createOrganization,
  createProcess,
  createTeam,
  processItems,
} from "../../test/factories.js";
import { appendActivity } from "../activity/service.js";
import type { TreeNode } from "./schema.js";

let context: TestContext;
let giulia: Session; // administers the process
let marco: Session; // in the residents' team, granted on Build
let outsider: Session;
let processId: string;
let publicProcessId: string;
let tree: TreeNode[];
let residents: { id: string };
let buildTask: TreeNode;
let designTask: TreeNode;

const trail = (session: Session | null, query = "", id = processId, language?: string) =>
  call(context.app, session, "GET", `/api/v1/processes/${id}/activity${query}`, undefined, {
    headers: { ...(session ? { cookie: session.cookie } : {}), ...(language ? { "accept-language": language } : {}) },
  });

beforeAll(async () => {
  context = await createTestApp();
  await signUp(context.app, { name: "Platform Admin" });
  giulia = await signUp(context.app, { name: "Giulia" });
  marco = await signUp(context.app, { name: "Marco" });
  outsider = await signUp(context.app, { name: "Outsider" });
  const city = await createOrganization(context.app, { by: giulia, name: { en: "Bologna" } });
  const association = await createOrganization(context.app, { by: marco, name: { en: "Residents" }, type: "citizen" });
  residents = await createTeam(context.app, {
    by: marco,
    organizationId: association.id,
    name: { en: "Residents", it: "Residenti" },
  });
  const base = { by: giulia, aim: "Plan the square", organizationId: city.id };
  processId = (await createProcess(context.app, { ...base, name: "The square" })).id;
  publicProcessId = (await createProcess(context.app, { ...base, name: "Open square", visibility: "public" })).id;
  const items = await processItems(context.app, { by: giulia, processId });
  tree = items.tree;
  buildTask = items.tasks.build;
  designTask = items.tasks.design;

  await createGrant(context.app, {
    by: giulia,
    processId,
    teamId: residents.id,
    itemId: buildTask.id,
    rights: ["view", "create_assets"],
    acceptedBy: marco,
  });
  await createAsset(context.app, {
    by: marco,
    taskId: buildTask.id,
    name: "Prototype test plan",
    url: "https://example.org/plan",
  });
  await createAsset(context.app, {
    by: giulia,
    taskId: designTask.id,
    name: "Secret sketches",
    url: "https://example.org/sketches",
  });
});
afterAll(() => context.close());

describe("the readable trail", () => {
  it("names who did what and where, with current names and links", async () => {
    const response = await trail(giulia);
    expect(response.statusCode).toBe(200);
    const { items, people } = response.json();
    const added = items.find(
      (entry: { action: string; subject: { name: string } | null }) =>
        entry.action === "asset.created" && entry.subject?.name === "Prototype test plan",
    );
    expect(added.actor).toEqual({ kind: "person", id: marco.userId, name: "Marco" });
    expect(added.subject).toMatchObject({ type: "asset", exists: true, taskId: buildTask.id });
    expect(added.place).toMatchObject({ type: "item", itemType: "task", id: buildTask.id, name: buildTask.name });

    const grant = items.find((entry: { action: string }) => entry.action === "grant.created");
    expect(grant.actor.name).toBe("Giulia");
    expect(grant.subject).toMatchObject({ type: "team", id: residents.id, name: { en: "Residents", it: "Residenti" } });
    expect(grant.place).toMatchObject({ type: "item", id: buildTask.id, taskId: buildTask.id });

    const created = items.find((entry: { action: string }) => entry.action === "process.created");
    expect(created.subject).toMatchObject({ type: "process", name: "The square" });
    expect(people.map((person: { name: string }) => person.name)).toEqual(["Giulia", "Marco"]);
  });

  it("names items in the reader's language where they have that wording", async () => {
    const italianTree = (
      await call(context.app, giulia, "GET", `/api/v1/processes/${processId}/tree`, undefined, {
        headers: { cookie: giulia.cookie, "accept-language": "it" },
      })
    ).json().items as TreeNode[];
    const italianBuild = italianTree.find((node) => node.id === tree.find((n) => n.name === "Build")!.id)!;
    const italianTask = italianBuild.children[0]!.children[0]!;
    expect(italianTask.name).not.toBe(buildTask.name);

    const response = await trail(giulia, "", processId, "it");
    expect(response.statusCode).toBe(200);
    const grant = response.json().items.find((entry: { action: string }) => entry.action === "grant.created");
    expect(grant.place).toMatchObject({ type: "item", id: buildTask.id, name: italianTask.name });
  });

  it("does not name an asset in a task the reader may not view", async () => {
    const { items } = (await trail(marco)).json();
    const names = items.map((entry: { subject: { name: unknown } | null }) => entry.subject?.name);
    expect(names).toContain("Prototype test plan");
    expect(names).not.toContain("Secret sketches");
    const hidden = items.find(
      (entry: { action: string; subject: { type: string; name: unknown } | null }) =>
        entry.action === "asset.created" && entry.subject?.name === null,
    );
    expect(hidden.subject).toMatchObject({ exists: false, taskId: null });
    expect(hidden.place).toBeNull();
  });

  it("keeps a deleted asset's last name, without a link", async () => {
    const link = await call(context.app, giulia, "POST", `/api/v1/tasks/${buildTask.id}/assets`, {
      kind: "external",
      name: "Old draft",
      url: "https://example.org/old",
    });
    expect((await call(context.app, giulia, "DELETE", `/api/v1/assets/${link.json().id}`)).statusCode).toBe(204);
    const { items } = (await trail(giulia, "?kind=asset")).json();
    const deleted = items.find((entry: { action: string }) => entry.action === "asset.deleted");
    expect(deleted.subject).toMatchObject({ name: "Old draft", exists: false });
  });

  it("shows an erased person as a former participant and an anonymous ballot as nobody", async () => {
    await context.database.db.transaction(async (tx) => {
      await appendActivity(tx, {
        processId,
        actorId: "01900000-0000-7000-8000-0000000000ee",
        action: "item.updated",
        targetType: "task",
        targetId: buildTask.id,
        summary: {},
      });
      await appendActivity(tx, {
        processId,
        actorId: null,
        action: "decision.ballot_cast",
        targetType: "asset",
        targetId: "01900000-0000-7000-8000-0000000000aa",
        summary: {},
      });
    });
    const { items } = (await trail(giulia, "?limit=2")).json();
    expect(items[0].actor).toEqual({ kind: "anonymous", id: null, name: null });
    expect(items[1].actor).toMatchObject({ kind: "former", name: null });
    expect((await trail(giulia, "/verify")).json()).toMatchObject({ valid: true });
  });

  it("filters by kind and by person", async () => {
    const grants = (await trail(giulia, "?kind=grant")).json().items;
    expect(grants.length).toBeGreaterThan(0);
    expect(grants.every((entry: { action: string }) => entry.action.startsWith("grant."))).toBe(true);
    const byMarco = (await trail(giulia, `?person=${marco.userId}`)).json().items;
    expect(byMarco.length).toBe(1);
    expect(byMarco[0].action).toBe("asset.created");
    const both = (await trail(giulia, `?kind=grant&person=${marco.userId}`)).json().items;
    expect(both).toEqual([]);
  });

  it("refuses bad filters with a clear message", async () => {
    for (const query of [
      "?kind=items",
      "?kind=",
      "?kind=item.%25",
      "?person=not-a-uuid",
      `?person=${"a".repeat(300)}`,
      "?person=%00",
      "?colour=red",
    ]) {
      const problem = problemOf(await trail(giulia, query), 422);
      expect(problem.errors?.[0]?.path ?? problem.detail).toBeTruthy();
    }
  });

  it("tells a public visitor what was done, not who did it", async () => {
    const anonymous = await trail(null, "", publicProcessId);
    expect(anonymous.statusCode).toBe(200);
    const { items, people } = anonymous.json();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((entry: { actor: { kind: string }; actorId: unknown }) => entry.actor.kind === "hidden")).toBe(
      true,
    );
    expect(items.every((entry: { actorId: unknown }) => entry.actorId === null)).toBe(true);
    expect(people).toEqual([]);
    problemOf(await trail(outsider, `?person=${giulia.userId}`, publicProcessId), 403);
  });

  it("stays hidden from outsiders", async () => {
    problemOf(await trail(outsider), 404);
    problemOf(await trail(null), 404);
  });
});

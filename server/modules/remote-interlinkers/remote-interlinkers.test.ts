import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asset, interlinker, process } from "../../db/schema/index.js";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext, testOrigin } from "../../test/app.js";
import { createProcess, processItems } from "../../test/factories.js";
import { type RemoteServiceStub, startRemoteService } from "../../test/remote-service.js";

let context: TestContext;
let admin: Session;
let member: Session;
let outsider: Session;
let service: RemoteServiceStub;
let processId: string;
let taskId: string;
let otherTaskId: string;

const registration = (overrides: Record<string, unknown> = {}) => ({
  serviceUrl: service.url,
  name: { en: "Whiteboard", lv: "Tāfele" },
  description: { en: "Draw together on a shared whiteboard." },
  functions: ["documentation", "engagement"],
  ...overrides,
});

const register = (session: Session | null, body: unknown) =>
  call(context.app, session, "POST", "/api/v1/remote-interlinkers", body);

const countRows = async (table: typeof asset | typeof process | typeof interlinker) =>
  Number((await context.database.db.select({ count: count() }).from(table))[0]!.count);

const addRemoteAsset = (session: Session | null, externalId: unknown, target = taskId, name?: string) =>
  call(context.app, session, "POST", `/api/v1/tasks/${target}/assets`, {
    kind: "interlinker",
    interlinkerId,
    ...(name ? { name } : {}),
    input: { externalId },
  });

let interlinkerId: string;

beforeAll(async () => {
  context = await createTestApp();
  admin = await signUp(context.app, { name: "Platform Administrator" });
  member = await signUp(context.app, { name: "Team Member" });
  outsider = await signUp(context.app, { name: "Outsider" });
  service = await startRemoteService();
  processId = (await createProcess(context.app, { by: member, name: "Park redesign", governanceModel: "C2C" })).id;
  const { tasks } = await processItems(context.app, { by: member, processId });
  taskId = tasks.design.id;
  otherTaskId = tasks.build.id;
});
afterAll(async () => {
  await context.close();
  await service.close();
});
beforeEach(() => {
  service.setDown(false);
  service.failing.clear();
  service.readAnswer = "normal";
});

describe("registering a remote service", () => {
  it("is for platform administrators only", async () => {
    problemOf(await register(null, registration()), 401);
    const refused = problemOf(await register(member, registration()), 403);
    expect(refused.detail).toMatch(/platform administrators/);
    problemOf(await call(context.app, member, "GET", "/api/v1/remote-interlinkers"), 403);
    problemOf(await call(context.app, null, "GET", "/api/v1/remote-interlinkers"), 401);
    expect(service.calls).toEqual([]);
  });

  it("refuses a service whose /healthcheck fails, naming it, and writes nothing", async () => {
    const before = await countRows(interlinker);
    service.setDown(true);
    const down = problemOf(await register(admin, registration()), 503);
    expect(down.detail).toContain("“Whiteboard”");
    expect(down.detail).toContain(service.origin);
    expect(down.detail).toContain("not registered");
    expect(down.errors).toEqual([
      {
        path: "body.serviceUrl",
        code: "healthcheck_failed",
        params: { reason: expect.any(String) },
        message: expect.any(String),
      },
    ]);
    service.setDown(false);
    service.failing.add("healthcheck");
    expect(problemOf(await register(admin, registration()), 502).detail).toContain("status 500");
    expect(await countRows(interlinker)).toBe(before);
  });

  it.each([
    ["an address that is not one", { serviceUrl: "not an address" }, "body.serviceUrl"],
    ["an empty address", { serviceUrl: "" }, "body.serviceUrl"],
    ["another scheme", { serviceUrl: "ftp://tools.example.org/board" }, "body.serviceUrl"],
    ["credentials in the address", { serviceUrl: "https://user:secret@tools.example.org/" }, "body.serviceUrl"],
    ["a query", { serviceUrl: "https://tools.example.org/board?x=1" }, "body.serviceUrl"],
    ["an address too long", { serviceUrl: `https://tools.example.org/${"a".repeat(500)}` }, "body.serviceUrl"],
    ["this platform itself", { serviceUrl: `${testOrigin}/board` }, "body.serviceUrl"],
    ["no function", { functions: [] }, "body.functions"],
    ["an unknown function", { functions: ["dancing"] }, "body.functions.0"],
    ["a name in no language", { name: {} }, "body.name"],
    ["an unknown problem profile", { problemProfiles: ["no-such-profile"] }, "body.problemProfiles.0"],
    ["an unknown field", { origin: "builtin" }, "body"],
  ])("refuses %s", async (_label, overrides, path) => {
    const refused = problemOf(await register(admin, registration(overrides)), 422);
    expect(refused.errors?.map((error) => error.path)).toContain(path);
  });

  it("registers a live service, lists it in the catalogue as a software tool, and lets pages embed it", async () => {
    const created = await register(admin, registration({ problemProfiles: ["low-citizen-engagement"] }));
    expect(created.statusCode).toBe(201);
    interlinkerId = created.json().id;
    const shown = await call(context.app, admin, "GET", `/api/v1/remote-interlinkers/${interlinkerId}`);
    expect(shown.json()).toMatchObject({
      serviceUrl: service.url,
      serviceOrigin: service.origin,
      assetCount: 0,
      health: { status: "up", detail: null },
      licence: "proprietary",
      languages: ["en", "lv"],
      can: { update: true, delete: true },
    });

    const found = await call(context.app, null, "GET", "/api/v1/interlinkers?q=whiteboard&nature=software");
    expect(found.json().items).toEqual([expect.objectContaining({ id: interlinkerId, nature: "software" })]);
    const tools = await call(context.app, null, "GET", "/api/v1/remote-tools");
    expect(tools.json().items).toEqual([
      expect.objectContaining({
        id: interlinkerId,
        serviceOrigin: service.origin,
        instantiateUrl: `${service.url}/assets/instantiate`,
      }),
    ]);

    const page = await context.app.inject({ method: "GET", url: "/processes/x" });
    expect(page.headers["content-security-policy"]).toContain(`frame-src 'self' ${service.origin}`);
    expect(page.headers["cross-origin-opener-policy"]).toBe("same-origin-allow-popups");

    problemOf(await register(admin, registration()), 409);
  });

  it("lists registrations with their live health", async () => {
    const up = await call(context.app, admin, "GET", "/api/v1/remote-interlinkers");
    expect(up.json().items).toEqual([
      expect.objectContaining({ id: interlinkerId, health: expect.objectContaining({ status: "up" }) }),
    ]);
    service.setDown(true);
    const down = await call(context.app, admin, "GET", "/api/v1/remote-interlinkers");
    expect(down.json().items[0].health).toMatchObject({
      status: "down",
      detail: expect.stringContaining("cannot be reached"),
    });
  });

  it("changes a registration, checking a new address first", async () => {
    const renamed = await call(context.app, admin, "PATCH", `/api/v1/remote-interlinkers/${interlinkerId}`, {
      description: { en: "Draw and sketch together." },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().description).toEqual({ en: "Draw and sketch together." });
    service.setDown(true);
    problemOf(
      await call(context.app, admin, "PATCH", `/api/v1/remote-interlinkers/${interlinkerId}`, {
        serviceUrl: `${service.origin}/elsewhere`,
      }),
      503,
    );
    service.setDown(false);
    const kept = await call(context.app, admin, "GET", `/api/v1/remote-interlinkers/${interlinkerId}`);
    expect(kept.json().serviceUrl).toBe(service.url);
    problemOf(
      await call(context.app, member, "PATCH", `/api/v1/remote-interlinkers/${interlinkerId}`, { tags: ["x"] }),
      403,
    );
    problemOf(await call(context.app, admin, "PATCH", `/api/v1/remote-interlinkers/${interlinkerId}`, {}), 422);
  });
});

describe("assets in a remote service", () => {
  let assetId: string;
  let externalId: string;

  it("stores an asset the service made, once the service confirms it", async () => {
    externalId = service.createAsset("Playground sketch").id;
    const created = await addRemoteAsset(member, externalId);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ kind: "interlinker", interlinkerId, name: "Playground sketch" });
    assetId = created.json().id;
    expect(service.calls).toContain(`GET /tool/assets/${externalId}`);

    const opened = await call(context.app, member, "GET", `/api/v1/assets/${assetId}/remote`);
    expect(opened.json()).toMatchObject({
      assetId,
      interlinkerId,
      externalId,
      serviceOrigin: service.origin,
      viewUrl: `${service.url}/assets/${externalId}/view`,
      remoteName: "Playground sketch",
    });
    const activity = await call(context.app, member, "GET", `/api/v1/processes/${processId}/activity`);
    expect(activity.json().items[0]).toMatchObject({ action: "asset.created", targetId: assetId });
  });

  it.each([
    ["an id that climbs out of its path", "../healthcheck", 422],
    ["an id with a slash", "a/b", 422],
    ["an id the service does not have", "no-such-asset", 422],
    ["no id", undefined, 422],
  ])("refuses %s", async (_label, id, status) => {
    const before = await countRows(asset);
    const refused = problemOf(await addRemoteAsset(member, id), status);
    expect(refused.errors?.[0]?.path).toBe("body.input.externalId");
    expect(await countRows(asset)).toBe(before);
  });

  it("refuses an unknown input field, no input at all, and the same service asset twice", async () => {
    const bare = await call(context.app, member, "POST", `/api/v1/tasks/${taskId}/assets`, {
      kind: "interlinker",
      interlinkerId,
    });
    expect(problemOf(bare, 422).errors?.[0]).toMatchObject({
      path: "body.input",
      message: expect.stringContaining("own page"),
    });
    const extra = await call(context.app, member, "POST", `/api/v1/tasks/${taskId}/assets`, {
      kind: "interlinker",
      interlinkerId,
      input: { externalId, url: "https://evil.example.org" },
    });
    expect(problemOf(extra, 422).errors?.[0]?.path).toBe("body.input");
    problemOf(await addRemoteAsset(member, externalId), 409);
  });

  it("tells clearly when the service is down, and stores nothing", async () => {
    const id = service.createAsset("Bench plan").id;
    const before = await countRows(asset);
    service.setDown(true);
    const refused = problemOf(await addRemoteAsset(member, id), 503);
    expect(refused.type).toBe("/problems/remote-service-unavailable");
    expect(refused.detail).toContain("“Whiteboard”");
    expect(await countRows(asset)).toBe(before);
    const opened = problemOf(await call(context.app, member, "GET", `/api/v1/assets/${assetId}/remote`), 503);
    expect(opened.detail).toContain(service.origin);
  });

  it.each([
    ["too large", "huge", "too large"],
    ["about another asset", "wrong-id", "another asset"],
    ["not JSON", "not-json", "not JSON"],
  ] as const)("refuses an asset whose description is %s, and stores nothing", async (_label, mode, reason) => {
    const id = service.createAsset("Fountain plan").id;
    const before = await countRows(asset);
    service.readAnswer = mode;
    const refused = problemOf(await addRemoteAsset(member, id), 502);
    expect(refused.type).toBe("/problems/remote-service-failed");
    expect(refused.detail).toContain(reason);
    expect(await countRows(asset)).toBe(before);
  });

  it("keeps outsiders out", async () => {
    problemOf(await call(context.app, outsider, "GET", `/api/v1/assets/${assetId}/remote`), 404);
    problemOf(await call(context.app, null, "GET", `/api/v1/assets/${assetId}/remote`), 404);
    problemOf(await addRemoteAsset(outsider, service.createAsset("Intrusion").id), 404);
    problemOf(await call(context.app, outsider, "DELETE", `/api/v1/assets/${assetId}`), 404);
  });

  it("copies an asset through the service's clone, and stores nothing when the clone fails", async () => {
    const stored = service.assets.size;
    service.failing.add("clone");
    const before = await countRows(asset);
    problemOf(await call(context.app, member, "POST", `/api/v1/assets/${assetId}/clone`, { taskId: otherTaskId }), 502);
    expect(await countRows(asset)).toBe(before);
    service.failing.clear();

    const copied = await call(context.app, member, "POST", `/api/v1/assets/${assetId}/clone`, { taskId: otherTaskId });
    expect(copied.statusCode).toBe(201);
    expect(service.assets.size).toBe(stored + 1);
    const opened = (await call(context.app, member, "GET", `/api/v1/assets/${copied.json().id}/remote`)).json();
    expect(opened.externalId).not.toBe(externalId);
    expect(service.assets.has(opened.externalId)).toBe(true);
  });

  it("rolls a process clone back when a service copy fails, deleting the copies already made", async () => {
    // A second remote asset whose content the service has lost: its copy fails after the first one's succeeded.
    const lost = service.createAsset("Lost sketch");
    await addRemoteAsset(member, lost.id, otherTaskId);
    service.assets.delete(lost.id);
    const processes = await countRows(process);
    const stored = service.assets.size;
    const refused = problemOf(
      await call(context.app, member, "POST", `/api/v1/processes/${processId}/clone`, { name: "Copy" }),
      502,
    );
    expect(refused.type).toBe("/problems/remote-asset-missing");
    expect(await countRows(process)).toBe(processes);
    expect(service.assets.size).toBe(stored);
    expect(service.calls.filter((entry) => entry.endsWith("/clone")).length).toBeGreaterThan(1);

    // Without the lost one, the clone goes through with copies of its own.
    const lostAsset = (await context.database.db.select().from(asset).where(eq(asset.externalId, lost.id)))[0]!;
    expect((await call(context.app, member, "DELETE", `/api/v1/assets/${lostAsset.id}`)).statusCode).toBe(204);
    const cloned = await call(context.app, member, "POST", `/api/v1/processes/${processId}/clone`, { name: "Copy" });
    expect(cloned.statusCode).toBe(201);
    expect(service.assets.size).toBeGreaterThan(stored);
  });

  it("exports a remote asset as a reference and imports it only where the same service is registered", async () => {
    const exported = (await call(context.app, member, "GET", `/api/v1/processes/${processId}/export`)).json();
    const entry = exported.assets.find((candidate: { name: string }) => candidate.name === "Playground sketch");
    expect(entry.content.mediaType).toBe("application/vnd.interlink.remote-asset+json");
    expect(JSON.parse(entry.content.content)).toEqual({
      serviceUrl: service.url,
      externalId,
      viewUrl: `${service.url}/assets/${externalId}/view`,
    });

    const imported = await call(context.app, member, "POST", "/api/v1/processes/import", exported);
    expect(imported.statusCode).toBe(201);
    const importedAssets = await context.database.db
      .select()
      .from(asset)
      .where(eq(asset.processId, imported.json().id));
    const copy = importedAssets.find((row) => row.name === "Playground sketch")!;
    expect(copy.interlinkerId).toBe(interlinkerId);
    expect(copy.externalId).not.toBe(externalId);
    expect(service.assets.has(copy.externalId!)).toBe(true);

    const elsewhere = structuredClone(exported);
    for (const candidate of elsewhere.assets) {
      if (candidate.content?.mediaType === "application/vnd.interlink.remote-asset+json") {
        candidate.content.content = JSON.stringify({ serviceUrl: "https://tools.example.org/board", externalId });
      }
    }
    const processes = await countRows(process);
    const refused = problemOf(await call(context.app, member, "POST", "/api/v1/processes/import", elsewhere), 422);
    expect(refused.errors?.[0]?.message).toContain("https://tools.example.org/board");
    expect(await countRows(process)).toBe(processes);
  });

  it("deletes through the service; when the service is down the asset stays", async () => {
    service.setDown(true);
    const refused = problemOf(await call(context.app, member, "DELETE", `/api/v1/assets/${assetId}`), 503);
    expect(refused.detail).toContain("“Whiteboard”");
    service.setDown(false);
    expect((await call(context.app, member, "GET", `/api/v1/assets/${assetId}`)).statusCode).toBe(200);
    expect(service.assets.has(externalId)).toBe(true);

    expect((await call(context.app, member, "DELETE", `/api/v1/assets/${assetId}`)).statusCode).toBe(204);
    expect(service.assets.has(externalId)).toBe(false);
    expect(service.calls).toContain(`DELETE /tool/assets/${externalId}`);
  });

  it("deletes an asset the service already lost", async () => {
    const lost = service.createAsset("Gone");
    const created = (await addRemoteAsset(member, lost.id)).json();
    service.assets.delete(lost.id);
    problemOf(await call(context.app, member, "GET", `/api/v1/assets/${created.id}/remote`), 502);
    expect((await call(context.app, member, "DELETE", `/api/v1/assets/${created.id}`)).statusCode).toBe(204);
  });

  it("refuses to remove a registration while assets use it, then removes it", async () => {
    const listed = (await call(context.app, admin, "GET", "/api/v1/remote-interlinkers")).json().items[0];
    expect(listed.assetCount).toBeGreaterThan(0);
    expect(listed.can.delete).toBe(false);
    const refused = problemOf(
      await call(context.app, admin, "DELETE", `/api/v1/remote-interlinkers/${interlinkerId}`),
      409,
    );
    expect(refused.detail).toMatch(/Delete them first/);
    problemOf(await call(context.app, member, "DELETE", `/api/v1/remote-interlinkers/${interlinkerId}`), 403);

    // Only the platform's own rows are removed here: the services keep theirs (not what is under test).
    await context.database.db.delete(asset).where(eq(asset.interlinkerId, interlinkerId));
    expect((await call(context.app, admin, "DELETE", `/api/v1/remote-interlinkers/${interlinkerId}`)).statusCode).toBe(
      204,
    );
    problemOf(await call(context.app, admin, "GET", `/api/v1/remote-interlinkers/${interlinkerId}`), 404);
    expect((await call(context.app, null, "GET", "/api/v1/remote-tools")).json().items).toEqual([]);
  });
});

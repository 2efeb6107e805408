import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interlinkers } from "../../interlinkers/registry.js";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";

// The core mounts every interlinker route behind one hook that loads the asset and authorizes. These tests go
// through every plugin route the OpenAPI document lists, so a new route is covered the day it is added.

/** What each interlinker needs to make an asset; a new interlinker without an entry here fails the suite. */
const creationInputs: Record<string, unknown> = {
  note: { text: "Plain words" },
  checklist: { items: ["Book the hall"] },
  document: {},
  discussion: {},
  decision: { type: "single_choice", options: [{ label: "Yes" }, { label: "No" }] },
};

let context: TestContext;
let owner: Session;
let outsider: Session;
let viewer: Session;
const assetOf = new Map<string, string>();
let paths: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  context = await createTestApp();
  owner = await signUp(context.app, { name: "Owner" });
  outsider = await signUp(context.app, { name: "Outsider" });
  viewer = await signUp(context.app, { name: "Viewer" });
  const created = await call(context.app, owner, "POST", "/api/v1/processes", {
    name: "A private process",
    language: "en",
    governanceModel: "G+G",
    visibility: "private",
    schemaId: "default",
  });
  const processId = created.json().id;
  const tree = (await call(context.app, owner, "GET", `/api/v1/processes/${processId}/tree`)).json().items;
  const taskId = tree[0].children[0].children[0].id;
  const granted = await call(context.app, owner, "POST", `/api/v1/processes/${processId}/grants`, {
    userId: viewer.userId,
    rights: ["view"],
  });
  if (granted.statusCode !== 201) throw new Error(granted.body);
  // The service description enhancement points at a public service its creator may see.
  const organization = await call(context.app, owner, "POST", "/api/v1/organizations", {
    name: { en: "A town" },
    type: "public_administration",
    visibility: "public",
  });
  const service = await call(context.app, owner, "POST", "/api/v1/public-services", {
    organizationId: organization.json().id,
    name: { en: "A service" },
    description: { en: "What it does." },
    visibility: "public",
  });
  creationInputs.augmenter = { publicServiceId: service.json().id };
  for (const { manifest } of interlinkers) {
    const asset = await call(context.app, owner, "POST", `/api/v1/tasks/${taskId}/assets`, {
      kind: "interlinker",
      interlinkerId: manifest.id,
      name: `A ${manifest.id}`,
      input: creationInputs[manifest.id],
    });
    if (asset.statusCode !== 201) throw new Error(`${manifest.id}: ${asset.body}`);
    assetOf.set(manifest.id, asset.json().id);
  }
  paths = (await call(context.app, null, "GET", "/api/openapi.json")).json().paths;
});
afterAll(() => context.close());

/** Every plugin route as [method, url] with this interlinker's asset (or another's) in it. */
function pluginRoutes(assetFor: (interlinkerId: string) => string): [string, string][] {
  const routes: [string, string][] = [];
  for (const [path, operations] of Object.entries(paths)) {
    const match = /^\/api\/v1\/assets\/\{assetId\}\/([a-z-]+)/.exec(path);
    if (!match) continue;
    // Other path parameters get a well-formed id: the hook refuses before anything else is looked at.
    const url = path
      .replace("{assetId}", assetFor(match[1]!))
      .replace(/\{kind\}/g, "like")
      .replace(/\{[a-zA-Z]+\}/g, "00000000-0000-4000-8000-000000000000");
    for (const method of Object.keys(operations)) if (method !== "head") routes.push([method.toUpperCase(), url]);
  }
  return routes;
}

describe("interlinker routes, mounted by the core", () => {
  it("has routes of every interlinker under /api/v1/assets/:assetId/<id>", () => {
    const mounted = new Set(pluginRoutes((id) => id).map(([, url]) => url.split("/")[5]));
    for (const { manifest } of interlinkers) expect(mounted).toContain(manifest.id);
    for (const id of interlinkers.map((definition) => definition.manifest.id)) {
      expect(creationInputs, `add ${id} to creationInputs`).toHaveProperty(id);
    }
  });

  it("refuses an outsider and an anonymous visitor on every route of a private process's asset, as unknown", async () => {
    const routes = pluginRoutes((id) => assetOf.get(id)!);
    expect(routes.length).toBeGreaterThan(30);
    for (const [method, url] of routes) {
      for (const session of [null, outsider]) {
        const response = await call(context.app, session, method as "GET", url, method === "GET" ? undefined : {});
        expect(response.statusCode, `${method} ${url} as ${session ? "outsider" : "anonymous"}`).toBe(404);
      }
    }
  });

  it("answers 404 when the asset belongs to another interlinker, even to its owner", async () => {
    const ids = interlinkers.map((definition) => definition.manifest.id);
    const other = (id: string) => assetOf.get(ids[(ids.indexOf(id) + 1) % ids.length]!)!;
    for (const [method, url] of pluginRoutes(other)) {
      const response = await call(context.app, owner, method as "GET", url, method === "GET" ? undefined : {});
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it("lets a reader read a note and refuses them writing it, though the note's routes hold no authorization code", async () => {
    const url = `/api/v1/assets/${assetOf.get("note")}/note`;
    expect((await call(context.app, viewer, "GET", url)).json().text).toBe("Plain words");
    const refused = problemOf(await call(context.app, viewer, "PUT", url, { text: "Overwritten" }), 403);
    expect(refused.detail).toMatch(/edit_assets/);
    expect((await call(context.app, owner, "GET", url)).json().text).toBe("Plain words");
    expect((await call(context.app, owner, "PUT", url, { text: "Changed" })).statusCode).toBe(200);
  });

  it("refuses a malformed asset id as invalid, before looking anything up", async () => {
    problemOf(await call(context.app, owner, "GET", "/api/v1/assets/not-an-id/note"), 422);
  });
});

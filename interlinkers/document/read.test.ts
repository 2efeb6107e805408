import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../sdk/testing.js";

let context: TestContext;
let owner: Session;
let outsider: Session;

async function documentIn(visibility: "public" | "private", markdown: string): Promise<string> {
  const created = await call(context.app, owner, "POST", "/api/v1/processes", {
    name: `A ${visibility} process`,
    language: "en",
    governanceModel: "G+G",
    visibility,
    schemaId: "default",
  });
  const processId = created.json().id;
  const tree = (await call(context.app, owner, "GET", `/api/v1/processes/${processId}/tree`)).json().items;
  const taskId = tree[0].children[0].children[0].id;
  const asset = await call(context.app, owner, "POST", `/api/v1/tasks/${taskId}/assets`, {
    kind: "interlinker",
    interlinkerId: "document",
    name: "Minutes",
    input: { markdown },
  });
  if (asset.statusCode !== 201) throw new Error(asset.body);
  return asset.json().id as string;
}

beforeAll(async () => {
  context = await createTestApp();
  owner = await signUp(context.app, { name: "Owner" });
  outsider = await signUp(context.app, { name: "Outsider" });
});
afterAll(() => context.close());

describe("reading a document without a live connection", () => {
  it("gives anyone the text of a document in a public process, as safe HTML", async () => {
    const assetId = await documentIn(
      "public",
      "# Opening hours\n\nOpen on **Sundays**.\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1))",
    );
    for (const session of [null, outsider, owner]) {
      const response = await call(context.app, session, "GET", `/api/v1/assets/${assetId}/document/content`);
      expect(response.statusCode).toBe(200);
      const { html } = response.json();
      expect(html).toContain("<h1>Opening hours</h1>");
      expect(html).toContain("<strong>Sundays</strong>");
      expect(html).not.toContain("<script");
      expect(html).not.toMatch(/href="javascript:/);
    }
  });

  it("hides a document of a private process from outsiders and anonymous visitors", async () => {
    const assetId = await documentIn("private", "Secret plans");
    problemOf(await call(context.app, null, "GET", `/api/v1/assets/${assetId}/document/content`), 404);
    problemOf(await call(context.app, outsider, "GET", `/api/v1/assets/${assetId}/document/content`), 404);
    const own = await call(context.app, owner, "GET", `/api/v1/assets/${assetId}/document/content`);
    expect(own.json().html).toContain("Secret plans");
  });

  it("refuses ids that are not documents", async () => {
    problemOf(await call(context.app, null, "GET", "/api/v1/assets/not-an-id/document/content"), 422);
    problemOf(
      await call(context.app, null, "GET", "/api/v1/assets/01900000-0000-7000-8000-000000000000/document/content"),
      404,
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CoproductionWorld,
  call,
  coproductionWorld,
  createAsset,
  createProcess,
  createTestApp,
  problemOf,
  processItems,
  type TestContext,
} from "../sdk/testing.js";

// The world's process is private; for the public case its administrator opens a second, public one.

let context: TestContext;
let world: CoproductionWorld;

async function document(taskId: string, markdown: string): Promise<string> {
  const asset = await createAsset(context.app, {
    by: world.admin,
    taskId,
    interlinkerId: "document",
    name: "Minutes",
    input: { markdown },
  });
  return asset.id;
}

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context);
});
afterAll(() => context.close());

describe("reading a document without a live connection", () => {
  it("gives anyone the text of a document in a public process, as safe HTML", async () => {
    const open = await createProcess(context.app, {
      by: world.admin,
      organizationId: world.organization.id,
      visibility: "public",
    });
    const { tasks } = await processItems(context.app, { by: world.admin, processId: open.id });
    const assetId = await document(
      tasks.build.id,
      "# Opening hours\n\nOpen on **Sundays**.\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1))",
    );
    for (const session of [null, world.outsider, world.admin]) {
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
    const assetId = await document(world.tasks.build.id, "Secret plans");
    problemOf(await call(context.app, null, "GET", `/api/v1/assets/${assetId}/document/content`), 404);
    problemOf(await call(context.app, world.outsider, "GET", `/api/v1/assets/${assetId}/document/content`), 404);
    const own = await call(context.app, world.admin, "GET", `/api/v1/assets/${assetId}/document/content`);
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

// A knowledge template copied into a task: in the process's language, or one chosen, else English.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interlinker } from "../../db/schema/index.js";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";
import { createProcess, processItems } from "../../test/factories.js";

let context: TestContext;
let owner: Session;
let viewer: Session;
const tasks: Record<string, string> = {};

const italian = "# Piano di test del prototipo\n\n| Compito | Chi |\n| --- | --- |\n| Trovare il modulo | |\n";

async function taskOfNewProcess(language: "en" | "it" | "lv"): Promise<string> {
  const process = await createProcess(context.app, { by: owner, name: `Process in ${language}`, language });
  return (await processItems(context.app, { by: owner, processId: process.id })).tasks.engage.id;
}

const useTemplate = (session: Session, taskId: string, body: Record<string, unknown> = {}) =>
  call(context.app, session, "POST", `/api/v1/tasks/${taskId}/assets`, {
    kind: "interlinker",
    interlinkerId: "prototype-test-plan",
    ...body,
  });

async function markdownOf(assetId: string): Promise<string> {
  return (await call(context.app, owner, "GET", `/api/v1/assets/${assetId}/document/export?format=markdown`)).body;
}

beforeAll(async () => {
  context = await createTestApp();
  owner = await signUp(context.app, { name: "Owner" });
  viewer = await signUp(context.app, { name: "Viewer" });
  // The same template in Italian, whatever the seed's translation files hold today; Latvian left out on purpose.
  await context.database.db
    .update(interlinker)
    .set({ template: sql`(${interlinker.template} - 'lv') || jsonb_build_object('it', ${italian}::text)` })
    .where(eq(interlinker.id, "prototype-test-plan"));
  for (const language of ["it", "lv", "en"] as const) tasks[language] = await taskOfNewProcess(language);
});
afterAll(() => context.close());

describe("copying a template in a language", () => {
  it("lists the languages a template has, English first, and none for other interlinkers", async () => {
    const read = await call(context.app, null, "GET", "/api/v1/interlinkers/prototype-test-plan");
    expect(read.json().templateLanguages[0]).toBe("en");
    expect(read.json().templateLanguages).toContain("it");
    expect(read.json().templateLanguages).not.toContain("lv");
    const list = await call(context.app, null, "GET", "/api/v1/interlinkers?nature=knowledge&limit=100");
    for (const item of list.json().items) expect(item.templateLanguages[0], item.id).toBe("en");
    const external = await call(context.app, null, "GET", "/api/v1/interlinkers/decidim");
    expect(external.json().templateLanguages).toEqual([]);
  });

  it("copies in the process's language when the template has it", async () => {
    const created = await useTemplate(owner, tasks.it!);
    expect(created.statusCode, created.body).toBe(201);
    expect(await markdownOf(created.json().id)).toMatch(/^# Piano di test del prototipo/);
    expect(created.json().name).toBe("Piano di test del prototipo");
  });

  it("falls back to English when the template lacks the process's language", async () => {
    const created = await useTemplate(owner, tasks.lv!);
    expect(created.statusCode, created.body).toBe(201);
    expect(await markdownOf(created.json().id)).toMatch(/^# Prototype test plan/);
    expect(created.json().name).toBe("Prototype test plan");
  });

  it("copies in a language the person chooses", async () => {
    const english = await useTemplate(owner, tasks.it!, { language: "en" });
    expect(await markdownOf(english.json().id)).toMatch(/^# Prototype test plan/);
    const chosen = await useTemplate(owner, tasks.en!, { language: "it" });
    expect(await markdownOf(chosen.json().id)).toMatch(/^# Piano di test del prototipo/);
  });

  it("refuses a language the template does not have, unknown languages, and a language for a tool", async () => {
    const missing = problemOf(await useTemplate(owner, tasks.it!, { language: "lv" }), 422);
    expect(missing.errors?.[0]).toMatchObject({ path: "body.language" });
    expect(missing.errors?.[0]?.message).toMatch(/Latviešu.*English.*Italiano/);
    const unknown = problemOf(await useTemplate(owner, tasks.it!, { language: "de" }), 422);
    expect(unknown.errors?.map((error) => error.path)).toContain("body.language");
    const tool = problemOf(
      await call(context.app, owner, "POST", `/api/v1/tasks/${tasks.it}/assets`, {
        kind: "interlinker",
        interlinkerId: "document",
        language: "it",
      }),
      422,
    );
    expect(tool.errors?.[0]).toMatchObject({ path: "body.language" });
    const external = problemOf(
      await call(context.app, owner, "POST", `/api/v1/tasks/${tasks.it}/assets`, {
        kind: "external",
        name: "Link",
        url: "https://example.org",
        language: "it",
      }),
      422,
    );
    expect(external.status).toBe(422);
  });

  it("answers 404 to whoever may not see the task, whatever the language", async () => {
    problemOf(await useTemplate(viewer, tasks.it!, { language: "it" }), 404);
    problemOf(await useTemplate(viewer, tasks.it!, { language: "lv" }), 404);
  });
});

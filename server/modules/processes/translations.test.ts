import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, type Session, signUp, type TestContext } from "../../test/app.js";
import { createProcess } from "../../test/factories.js";
import type { TreeNode } from "./schema.js";

let context: TestContext;
let administrator: Session;
let processId: string;

/** The tree as a reader asking for `language` sees it. */
async function treeIn(language: string | null, session: Session = administrator): Promise<TreeNode[]> {
  const headers: Record<string, string> = { cookie: session.cookie };
  if (language) headers["accept-language"] = language;
  const response = await call(context.app, session, "GET", `/api/v1/processes/${processId}/tree`, undefined, {
    headers,
  });
  expect(response.statusCode).toBe(200);
  return response.json().items as TreeNode[];
}

beforeAll(async () => {
  context = await createTestApp();
  administrator = await signUp(context.app, { name: "Līga" });
  processId = (await createProcess(context.app, { by: administrator, name: "Bibliotēkas darba laiks", language: "lv" }))
    .id;
});
afterAll(() => context.close());

describe("items copied from a schema keep every language", () => {
  it("presents names in the reader's language, with every wording alongside", async () => {
    const [engage] = await treeIn("it");
    expect(engage!.name).toBe("Coinvolgimento");
    expect(engage!.translations.name).toEqual({
      en: "Engage",
      es: "Implicación",
      it: "Coinvolgimento",
      lv: "Iesaiste",
    });
    expect(engage!.children[0]!.name).toBe("Comprendere il contesto");
    expect((await treeIn("lv"))[0]!.name).toBe("Iesaiste");
    expect((await treeIn("es-ES,es;q=0.9"))[0]!.name).toBe("Implicación");
  });

  it("falls back to the account's language, then to the text as written", async () => {
    // The account was made in English (the default), so without a header the reader sees English.
    expect((await treeIn(null))[0]!.name).toBe("Engage");
    expect((await treeIn("de, fr;q=0.5"))[0]!.name).toBe("Engage");
  });
});

describe("renaming writes the reader's language and keeps the others", () => {
  it("a rename in Italian changes Italian only", async () => {
    const [engage] = await treeIn("it");
    const renamed = await call(
      context.app,
      administrator,
      "PATCH",
      `/api/v1/items/${engage!.id}`,
      { name: "Coinvolgere" },
      { headers: { cookie: administrator.cookie, origin: "http://localhost:3000", "accept-language": "it" } },
    );
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().name).toBe("Coinvolgere");
    expect(renamed.json().translations.name).toEqual({
      en: "Engage",
      es: "Implicación",
      it: "Coinvolgere",
      lv: "Iesaiste",
    });
    expect((await treeIn("lv"))[0]!.name).toBe("Iesaiste");
    expect((await treeIn("it"))[0]!.name).toBe("Coinvolgere");
  });

  it("a rename in the process's language changes the written name too", async () => {
    const [engage] = await treeIn("lv");
    const renamed = await call(
      context.app,
      administrator,
      "PATCH",
      `/api/v1/items/${engage!.id}`,
      { name: "Iesaistīšana" },
      { headers: { cookie: administrator.cookie, origin: "http://localhost:3000", "accept-language": "lv" } },
    );
    expect(renamed.json().translations.name.lv).toBe("Iesaistīšana");
    expect((await treeIn("de"))[0]!.name).toBe("Engage");
    expect((await treeIn("it"))[0]!.name).toBe("Coinvolgere");
  });

  it("an item made by hand has one wording, whatever language renames it", async () => {
    const [engage] = await treeIn("lv");
    const created = await call(context.app, administrator, "POST", `/api/v1/processes/${processId}/items`, {
      type: "objective",
      parentId: engage!.id,
      name: "Uzrunāt kaimiņus",
    });
    expect(created.statusCode).toBe(201);
    const renamed = await call(
      context.app,
      administrator,
      "PATCH",
      `/api/v1/items/${created.json().id}`,
      { name: "Parlare con i vicini" },
      { headers: { cookie: administrator.cookie, origin: "http://localhost:3000", "accept-language": "it" } },
    );
    expect(renamed.json().name).toBe("Parlare con i vicini");
    expect(renamed.json().translations.name).toEqual({ lv: "Parlare con i vicini" });
  });

  it("export, import and clone keep every language", async () => {
    const exported = await call(context.app, administrator, "GET", `/api/v1/processes/${processId}/export`);
    expect(exported.statusCode).toBe(200);
    const document = exported.json();
    const phase = document.items.find((entry: { parentRef: string | null }) => entry.parentRef === null);
    expect(phase.translations.name.it).toBe("Coinvolgere");

    const imported = await call(context.app, administrator, "POST", "/api/v1/processes/import", document);
    expect(imported.statusCode).toBe(201);
    const clone = await call(context.app, administrator, "POST", `/api/v1/processes/${processId}/clone`, {});
    expect(clone.statusCode).toBe(201);
    for (const id of [imported.json().id, clone.json().id]) {
      const response = await call(context.app, administrator, "GET", `/api/v1/processes/${id}/tree`, undefined, {
        headers: { cookie: administrator.cookie, "accept-language": "es" },
      });
      expect(response.json().items[0].name).toBe("Implicación");
      expect(response.json().items[0].translations.name.it).toBe("Coinvolgere");
    }
  });
});

import fs from "node:fs";
import path from "node:path";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { describeProblem, fieldErrors } from "./problems.js";

const words = (language: string) =>
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "..", "i18n", "locales", language, "errors.json"), "utf8"));

beforeAll(async () => {
  await i18next.init({
    resources: Object.fromEntries(["en", "it", "lv"].map((language) => [language, { translation: words(language) }])),
    lng: "en",
    fallbackLng: "en",
    interpolation: { escapeValue: false },
  });
});

const tooLong = {
  type: "/problems/validation-failed",
  title: "Invalid request",
  status: 422,
  detail: "body.name.it: Too big",
  errors: [{ path: "body.name.it", code: "too_long", params: { maximum: 200 }, message: "Too big" }],
};

describe("field errors in the reader's language", () => {
  it("translates the code with its params, with the language's plural", async () => {
    await i18next.changeLanguage("lv");
    expect(fieldErrors(tooLong)).toEqual({ "name.it": "Izmantojiet ne vairāk kā 200 rakstzīmju." });
    await i18next.changeLanguage("it");
    expect(fieldErrors(tooLong)).toEqual({ "name.it": "Usa al massimo 200 caratteri." });
  });

  it("falls back to the server's English for a code it does not know", async () => {
    await i18next.changeLanguage("it");
    const unknown = { ...tooLong, errors: [{ path: "body.x", code: "brand_new", message: "Something new." }] };
    expect(fieldErrors(unknown)).toEqual({ x: "Something new." });
  });

  it("says the whole refusal by its type, never in English for others", async () => {
    await i18next.changeLanguage("lv");
    const forbidden = { type: "/problems/forbidden", title: "Not allowed", status: 403, detail: "Only admins." };
    expect(fieldErrors(forbidden)).toEqual({ "": "Jums nav atļauts to darīt." });
    expect(describeProblem({ ...forbidden, type: "/problems/something-else", status: 409 })).toMatch(/pretrunā/);
    await i18next.changeLanguage("en");
    expect(describeProblem(forbidden)).toBe("Only admins.");
  });
});

describe("an interlinker's own field error codes", () => {
  it("are worded in its locales, named <id>.<code>", async () => {
    await i18next.changeLanguage("it");
    i18next.addResource(
      "it",
      "translation",
      "interlinkers.checklist.errors.item_limit",
      "Al massimo {{maximum}} voci.",
    );
    const refusal = {
      ...tooLong,
      errors: [{ path: "body.items", code: "checklist.item_limit", params: { maximum: 200 }, message: "At most 200." }],
    };
    expect(fieldErrors(refusal)).toEqual({ items: "Al massimo 200 voci." });
    const unworded = { ...refusal, errors: [{ ...refusal.errors[0]!, code: "checklist.unworded" }] };
    expect(fieldErrors(unworded)).toEqual({ items: "At most 200." });
  });
});

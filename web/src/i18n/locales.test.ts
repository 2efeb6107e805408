import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every language says everything English says: a missing or untranslated key fails here, not in front of a user.

const flatten = (value: unknown, prefix = ""): Record<string, string> =>
  typeof value === "string"
    ? { [prefix]: value }
    : Object.assign(
        {},
        ...Object.entries(value as object).map(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key)),
      );

/** Plural forms differ by language (Latvian has a zero form); compare the base keys. */
const baseKeys = (messages: Record<string, string>) =>
  [...new Set(Object.keys(messages).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, "")))].sort();

const localesDir = path.join(import.meta.dirname, "locales");
const load = (language: string) =>
  Object.assign(
    {},
    ...fs
      .readdirSync(path.join(localesDir, language))
      .map((file) => flatten(JSON.parse(fs.readFileSync(path.join(localesDir, language, file), "utf8")))),
  ) as Record<string, string>;

// Each interlinker keeps its words in interlinkers/<id>/locales/<language>.json, reached as interlinkers.<id>.*.
const interlinkersDir = path.join(import.meta.dirname, "..", "..", "..", "interlinkers");
const interlinkersWithWords = fs
  .readdirSync(interlinkersDir)
  .filter((id) => fs.existsSync(path.join(interlinkersDir, id, "locales")));
const loadInterlinkers = (language: string) =>
  Object.assign(
    {},
    ...interlinkersWithWords.map((id) => {
      const file = path.join(interlinkersDir, id, "locales", `${language}.json`);
      return fs.existsSync(file) ? flatten(JSON.parse(fs.readFileSync(file, "utf8")), `interlinkers.${id}`) : {};
    }),
  ) as Record<string, string>;

const english = { ...load("en"), ...loadInterlinkers("en") };

describe.each(["es", "it", "lv"])("%s", (language) => {
  const translated = { ...load(language), ...loadInterlinkers(language) };

  it("has the same files as English", () => {
    expect(fs.readdirSync(path.join(localesDir, language)).sort()).toEqual(
      fs.readdirSync(path.join(localesDir, "en")).sort(),
    );
  });

  it("has a file for every interlinker with words", () => {
    for (const id of interlinkersWithWords)
      expect(fs.existsSync(path.join(interlinkersDir, id, "locales", `${language}.json`)), id).toBe(true);
  });

  it("has every key English has, and no others", () => {
    expect(baseKeys(translated)).toEqual(baseKeys(english));
  });

  it("has every plural form the language needs", () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const base of baseKeys(english).filter((key) => `${key}_other` in english)) {
      for (const category of categories)
        expect(translated, `${base}_${category}`).toHaveProperty([`${base}_${category}`]);
    }
  });

  it("translates, rather than copies, the English sentences", () => {
    const copied = Object.keys(english).filter(
      (key) => key in translated && english[key] === translated[key] && english[key]!.split(" ").length > 2,
    );
    expect(copied).toEqual([]);
  });
});

// One word for each thing: each language's glossary names the word it uses for each core term and the synonyms
// it must not (it: team is "team", never "squadra").
const glossaryDir = path.join(import.meta.dirname, "glossary");
const glossaryOf = (language: string) =>
  JSON.parse(fs.readFileSync(path.join(glossaryDir, `${language}.json`), "utf8")) as Record<
    string,
    { use: string; avoid: string[] }
  >;

describe.each(["en", "es", "it", "lv"])("%s glossary", (language) => {
  const glossary = glossaryOf(language);
  const messages = { ...load(language), ...loadInterlinkers(language) };

  it("names the same core terms as every other language", () => {
    expect(Object.keys(glossary).sort()).toEqual(Object.keys(glossaryOf("en")).sort());
  });

  it("uses no synonym the glossary forbids", () => {
    const found: string[] = [];
    for (const [term, { avoid }] of Object.entries(glossary)) {
      for (const word of avoid) {
        const pattern = new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=[^\\p{L}]|$)`, "iu");
        for (const [key, text] of Object.entries(messages))
          if (pattern.test(text)) found.push(`${key}: "${word}" for ${term} (say "${glossary[term]!.use}")`);
      }
    }
    expect(found).toEqual([]);
  });
});

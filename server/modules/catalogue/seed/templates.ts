// Translations of the knowledge templates: `templates/<language>.json` maps an interlinker id to its Markdown.
import { readFileSync } from "node:fs";
import type { Language, SeedInterlinker, TemplateText } from "./types.js";

/** The languages a template may be translated into; English is the seed's own text. */
export const templateTranslationLanguages = ["es", "it", "lv"] as const satisfies readonly Language[];
const order: Language[] = ["en", "es", "it", "lv"];

/** The translations of one language; none when its file is not there yet (every template then stays English). */
export function readTemplateTranslations(language: Exclude<Language, "en">): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(new URL(`./templates/${language}.json`, import.meta.url), "utf8");
  } catch {
    return {};
  }
  const parsed: unknown = JSON.parse(text);
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new Error(`templates/${language}.json must be an object of interlinker id → Markdown.`);
  }
  return Object.fromEntries(
    Object.entries(parsed).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string" && entry[1].trim() !== "",
    ),
  );
}

export type EnglishTemplateSeed = Omit<SeedInterlinker, "template"> & { template: string };

/**
 * The seed's knowledge interlinkers with each template in every language translated so far; the languages the
 * interlinker is available in grow with them.
 */
export function withTemplateTranslations(seeds: EnglishTemplateSeed[]): SeedInterlinker[] {
  const translations = templateTranslationLanguages.map(
    (language) => [language, readTemplateTranslations(language)] as const,
  );
  return seeds.map((seed) => {
    const template: TemplateText = { en: seed.template };
    for (const [language, byId] of translations) {
      const text = byId[seed.id];
      if (text !== undefined) template[language] = text;
    }
    const languages = order.filter((language) => seed.languages.includes(language) || template[language] !== undefined);
    return { ...seed, template, languages };
  });
}

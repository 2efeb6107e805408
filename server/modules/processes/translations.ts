import type { FastifyRequest } from "fastify";
import { type Language, languages, type Translated } from "../../../common/languages.js";
import type { ItemTranslations } from "../../db/schema/index.js";
import type { MaybeActor } from "../../policies/index.js";
import type { ItemRow } from "./access.js";

/**
 * The language the reader asked for: the web app sends the one chosen there as `Accept-Language`; other clients
 * get their first language we speak, else the signed-in person's own; `undefined` means "as written".
 */
export function readerLanguage(request: FastifyRequest, actor: MaybeActor): Language | undefined {
  const header = request.headers["accept-language"];
  if (typeof header === "string") {
    const wanted = header
      .split(",")
      .map((part) => {
        const [tag = "", ...rest] = part.trim().split(";");
        const quality = rest.find((entry) => entry.trim().startsWith("q="));
        return { base: tag.trim().slice(0, 2).toLowerCase(), q: quality ? Number(quality.trim().slice(2)) : 1 };
      })
      .filter((entry) => entry.q > 0)
      .sort((a, b) => b.q - a.q);
    const spoken = wanted.find((entry) => languages.includes(entry.base as Language));
    if (spoken) return spoken.base as Language;
  }
  return actor?.language;
}

type Field = keyof ItemTranslations;

/** An item's name or description in the reader's language when it has that wording, else as written. */
export function itemText(
  row: Pick<ItemRow, "name" | "description" | "translations">,
  field: Field,
  language?: Language,
) {
  return (language && row.translations[field]?.[language]) || row[field];
}

/** Every wording of the field, the written one included under the process's language. */
export function itemTexts(
  row: Pick<ItemRow, "name" | "description" | "translations">,
  field: Field,
  processLanguage: Language,
): Translated {
  const texts = row.translations[field] ?? {};
  return row[field] && !texts[processLanguage] ? { ...texts, [processLanguage]: row[field] } : { ...texts };
}

/**
 * What a rename or a new description writes: the reader's language, keeping the others. The columns keep the
 * wording in the process's language, so they change only when the reader writes in it (or the item was only ever
 * written in one language).
 */
export function translatedChanges(
  current: Pick<ItemRow, "name" | "description" | "translations">,
  input: { name?: string; description?: string },
  options: { processLanguage: Language; language?: Language },
): { name?: string; description?: string; translations?: ItemTranslations } {
  const changes: { name?: string; description?: string; translations?: ItemTranslations } = {};
  const translations: ItemTranslations = { ...current.translations };
  for (const field of ["name", "description"] as const) {
    const value = input[field];
    if (value === undefined) continue;
    const texts = translations[field];
    const language = options.language ?? options.processLanguage;
    if (!texts || Object.keys(texts).length === 0) {
      changes[field] = value;
      continue;
    }
    translations[field] = { ...texts, [language]: value };
    if (language === options.processLanguage) changes[field] = value;
  }
  if (translations.name !== current.translations.name || translations.description !== current.translations.description)
    changes.translations = translations;
  return changes;
}

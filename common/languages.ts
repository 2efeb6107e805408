/** The languages INTERLINK speaks; translatable text is an object keyed by these, English being the fallback. */
export const languages = ["en", "es", "it", "lv"] as const;
export type Language = (typeof languages)[number];
export const fallbackLanguage: Language = "en";

/**
 * The cookie that tells the server the language the reader chose in the web app (kept in the browser as well), so
 * the page it sends is made for that language rather than the browser's. Not a secret, and not the account's.
 */
export const languageCookie = "interlink.language";

/** Text given in one or more languages, e.g. `{"en": "Riga City Council", "lv": "Rīgas dome"}`. */
export type Translated = Partial<Record<Language, string>>;

/** Picks the text in the wanted language, else English, else whichever language is present. */
export function pickTranslation(text: Translated, language: Language): string {
  return text[language] ?? text[fallbackLanguage] ?? Object.values(text).find((value) => value !== undefined) ?? "";
}

/** Each language's name in itself, for language pickers. */
export const languageNames: Record<Language, string> = { en: "English", es: "Español", it: "Italiano", lv: "Latviešu" };

import { useTranslation } from "react-i18next";
import { type Language, pickTranslation, type Translated } from "../../../common/languages";

/** The current interface language, as one of ours. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language as Language;
}

/** Picks an API text object's wording in the current language, else English, else any. */
export function useTranslated(): (text: Translated | undefined | null) => string {
  const language = useLanguage();
  return (text) => (text ? pickTranslation(text, language) : "");
}

/**
 * The text with one language's wording replaced; an empty wording removes that language, so editing in Latvian
 * never wipes the English.
 */
export function withWording(text: Translated | undefined, language: Language, wording: string): Translated {
  const result: Translated = { ...text };
  const trimmed = wording.trim();
  if (trimmed) result[language] = trimmed;
  else delete result[language];
  return result;
}

export const isEmptyText = (text: Translated): boolean => Object.values(text).every((value) => !value);

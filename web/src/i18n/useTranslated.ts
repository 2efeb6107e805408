import { useTranslation } from "react-i18next";
import { type Language, pickTranslation, type Translated } from "../../../common/languages";

/** Picks an API text object's wording in the current language, else English, else any. */
export function useTranslated(): (text: Translated | undefined | null) => string {
  const { i18n } = useTranslation();
  return (text) => (text ? pickTranslation(text, i18n.language as Language) : "");
}

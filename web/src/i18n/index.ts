import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { fallbackLanguage, type Language, languages } from "../../../common/languages";
import { interlinkerMessages } from "../../../interlinkers/web";

// Each feature keeps its words in locales/<language>/<feature>.json; all of them form one namespace.
const files = import.meta.glob<Record<string, unknown>>("./locales/*/*.json", { eager: true, import: "default" });
export const resources: Record<Language, Record<string, unknown>> = { en: {}, es: {}, it: {}, lv: {} };
for (const [file, messages] of Object.entries(files)) {
  const language = file.split("/")[2] as Language;
  Object.assign(resources[language], messages);
}
// Each interlinker brings its own words (interlinkers/<id>/locales), reached as interlinkers.<id>.<key>.
for (const language of languages) resources[language].interlinkers = interlinkerMessages[language] ?? {};
const storageKey = "interlink.language";

/** The language to start in: the one chosen before, else the browser's first we speak, else English. */
function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  if (languages.includes(stored as Language)) return stored as Language;
  for (const wanted of navigator.languages ?? []) {
    const base = wanted.slice(0, 2) as Language;
    if (languages.includes(base)) return base;
  }
  return fallbackLanguage;
}

export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(storageKey, language);
  await i18next.changeLanguage(language);
}

i18next.on("languageChanged", (language) => {
  document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources: Object.fromEntries(
    Object.entries(resources).map(([language, value]) => [language, { translation: value }]),
  ),
  lng: initialLanguage(),
  fallbackLng: fallbackLanguage,
  interpolation: { escapeValue: false },
  initAsync: false,
});
document.documentElement.lang = i18next.language;

export { i18next };

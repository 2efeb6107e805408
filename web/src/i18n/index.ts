import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { fallbackLanguage, type Language, languageCookie, languages } from "../../../common/languages";

type Files = Record<string, Record<string, unknown>>;

// Each feature keeps its words in locales/<language>/<feature>.json, each interlinker in
// interlinkers/<id>/locales/<language>.json; words/<language>.ts holds one language's files in a chunk of its own,
// so a reader downloads the words of their language only (the four together were most of the entry chunk).
const wordsOf: Record<Language, () => Promise<{ features: Files; interlinkers: Files }>> = {
  en: () => import("./words/en"),
  es: () => import("./words/es"),
  it: () => import("./words/it"),
  lv: () => import("./words/lv"),
};
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

/** All feature files form one namespace; an interlinker's words are reached as `interlinkers.<id>.<key>`. */
async function wordsFor(language: Language): Promise<Record<string, unknown>> {
  const { features, interlinkers } = await wordsOf[language]();
  const words: Record<string, unknown> = Object.assign({}, ...Object.values(features));
  words.interlinkers = Object.fromEntries(
    Object.entries(interlinkers).map(([file, messages]) => [file.split("/").at(-3), messages]),
  );
  return words;
}

async function loadWords(language: Language): Promise<void> {
  if (!i18next.hasResourceBundle(language, "translation"))
    i18next.addResourceBundle(language, "translation", await wordsFor(language));
}

/** Switches the app to `language`, loading its words first (the old ones stay on screen until they arrive). */
export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(storageKey, language);
  rememberForServer(language);
  await loadWords(language);
  await i18next.changeLanguage(language);
}

i18next.on("languageChanged", (language) => {
  document.documentElement.lang = language;
});

/** The server makes the page in this language next time (server/http/web.ts): its words hinted, its answers. */
function rememberForServer(language: Language) {
  // biome-ignore lint/suspicious/noDocumentCookie: one plain preference cookie, no need for the Cookie Store API.
  document.cookie = `${languageCookie}=${language}; path=/; max-age=31536000; samesite=lax`;
}

const startLanguage = initialLanguage();
// The API's answers are in the page's language (api/client.ts) from the very first request, before the words load.
document.documentElement.lang = startLanguage;
if (localStorage.getItem(storageKey) === startLanguage) rememberForServer(startLanguage);
// Asked for at once, before i18next starts: on the critical path of every first screen.
const startWords = wordsFor(startLanguage);
/**
 * Settles when the reader's words are in: main.tsx renders after it, so no screen shows keys. Every language has
 * every key (locales.test.ts), so English is not loaded as a fallback for the others.
 */
export const wordsReady: Promise<void> = i18next
  .use(initReactI18next)
  .init({
    lng: startLanguage,
    fallbackLng: false,
    supportedLngs: [...languages],
    partialBundledLanguages: true,
    resources: {},
    interpolation: { escapeValue: false },
  })
  .then(async () => {
    i18next.addResourceBundle(startLanguage, "translation", await startWords);
  })
  .then(() => {
    document.documentElement.lang = startLanguage;
  });

export { i18next };

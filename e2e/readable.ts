import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

// What a reader sees must fit the screen and be in the reader's language. Both checks look at the page as drawn,
// so they catch what the locale test cannot: a hard-coded English word, a server sentence passed through, a long
// Latvian label that pushes the page sideways.

type Messages = Record<string, string>;

const flatten = (value: unknown, prefix = ""): Messages =>
  typeof value === "string"
    ? { [prefix]: value }
    : Object.assign(
        {},
        ...Object.entries(value as object).map(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key)),
      );

const root = path.join(import.meta.dirname, "..");

function catalogue(language: string): Messages {
  const messages: Messages = {};
  const webDir = path.join(root, "web/src/i18n/locales", language);
  for (const file of fs.readdirSync(webDir))
    Object.assign(messages, flatten(JSON.parse(fs.readFileSync(path.join(webDir, file), "utf8"))));
  const interlinkersDir = path.join(root, "interlinkers");
  for (const id of fs.readdirSync(interlinkersDir)) {
    const file = path.join(interlinkersDir, id, "locales", `${language}.json`);
    if (fs.existsSync(file)) Object.assign(messages, flatten(JSON.parse(fs.readFileSync(file, "utf8")), id));
  }
  return messages;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * English sentences of our own catalogue that the other language says differently: if one of them is on a Latvian
 * page, a key fell back to English or someone wrote the words by hand. Sentences with `{{values}}` match any value.
 * Words that the other language uses as well (a "Team" in Italian) are never counted.
 */
function englishGiveaways(language: string): RegExp[] {
  const english = catalogue("en");
  const other = catalogue(language);
  const theirs = new Set(Object.values(other).map((value) => value.trim().toLowerCase()));
  const patterns = new Map<string, RegExp>();
  for (const [key, value] of Object.entries(english)) {
    const text = value.trim();
    if (text.length < 4 || other[key] === value || theirs.has(text.toLowerCase())) continue;
    const literal = text.replace(/\{\{[^}]+\}\}/g, "");
    if (literal.replace(/[^A-Za-z]/g, "").length < 4) continue;
    const source = `^${text
      .split(/\{\{[^}]+\}\}/)
      .map(escapeRegExp)
      .join(".+?")}$`;
    patterns.set(source, new RegExp(source));
  }
  return [...patterns.values()];
}

/** Little words no Spanish, Italian or Latvian sentence has; two of them in one text are English prose. */
const englishFunctionWords = new Set(
  "the and you your this that with from have has are was were will would should could not been there their which what when".split(
    " ",
  ),
);

const giveawaysByLanguage = new Map<string, RegExp[]>();

/** Every visible text and accessible label on the page, one entry per text node or attribute. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text) continue;
      if (parent.closest("[data-user-content], script, style, noscript, .ProseMirror")) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      texts.push(text);
    }
    for (const element of document.querySelectorAll<HTMLElement>("[aria-label], [placeholder], [title], img[alt]")) {
      if (element.closest("[data-user-content]")) continue;
      for (const attribute of ["aria-label", "placeholder", "title", "alt"]) {
        const value = element.getAttribute(attribute)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/**
 * No English on a page shown in another language. Names people typed are theirs: mark such places with
 * `data-user-content` in the app, or pass them in `allowed`.
 */
export async function expectNoEnglish(page: Page, language: string, allowed: string[] = []): Promise<void> {
  if (language === "en") return;
  let giveaways = giveawaysByLanguage.get(language);
  if (!giveaways) {
    giveaways = englishGiveaways(language);
    giveawaysByLanguage.set(language, giveaways);
  }
  const found = new Set<string>();
  for (const text of await visibleTexts(page)) {
    if (allowed.some((name) => text.includes(name))) continue;
    const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
    const functionWords = words.filter((word) => englishFunctionWords.has(word)).length;
    if (functionWords >= 2 || giveaways.some((pattern) => pattern.test(text))) found.add(text);
  }
  expect([...found], `English on a ${language} page (${page.url()})`).toEqual([]);
}

/** Nothing wider than the window: no sideways scrolling, no label cut off inside a button or link. */
export async function expectNoOverflow(page: Page): Promise<void> {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width)
      found.push(`page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    for (const element of document.querySelectorAll<HTMLElement>("a, button, label, h1, h2, h3, [role=tab]")) {
      if (!element.checkVisibility()) continue;
      if (element.closest("[data-scrolls], .ProseMirror, table")) continue;
      const box = element.getBoundingClientRect();
      const text = element.textContent?.trim().slice(0, 60);
      if (box.right > width + 1) found.push(`"${text}" ends at ${Math.round(box.right)}px`);
      else if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflow !== "visible")
        found.push(`"${text}" is cut off`);
    }
    return found;
  });
  expect(problems, `overflow on ${page.url()}`).toEqual([]);
}

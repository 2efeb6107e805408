import { type Language, pickTranslation, type Translated } from "../../../common/languages.js";
import { escapeHtml } from "../../http/html.js";
import { linkTo, listSection, type PageDescriber, translatedElement } from "../../http/pages.js";

// The public page of a story before the app runs (server/http/pages.ts): for search engines, link previews and
// readers without JavaScript. It is the API's own answer to the reader: an unpublished story describes nothing.

interface StoryAnswer {
  id: string;
  status: string;
  language: Language;
  title: Translated;
  problem: Translated;
  phases: { name: string; text: Translated }[];
  outcomes: Translated;
  lessons: Translated;
  keywords: string[];
  publicService: { id: string; name: Translated } | null;
  image: { url: string; alt: string } | null;
  publishedAt: string | null;
  updatedAt: string;
}

const words: Record<Language, Record<"problem" | "done" | "outcomes" | "lessons" | "service", string>> = {
  en: {
    problem: "The problem",
    done: "What was done",
    outcomes: "What came out of it",
    lessons: "Lessons learned",
    service: "The public service it improved",
  },
  es: {
    problem: "El problema",
    done: "Qué se hizo",
    outcomes: "Qué salió de ello",
    lessons: "Lecciones aprendidas",
    service: "El servicio público que mejoró",
  },
  it: {
    problem: "Il problema",
    done: "Cosa è stato fatto",
    outcomes: "Cosa ne è uscito",
    lessons: "Lezioni apprese",
    service: "Il servizio pubblico migliorato",
  },
  lv: {
    problem: "Problēma",
    done: "Kas tika paveikts",
    outcomes: "Kas no tā iznāca",
    lessons: "Gūtās atziņas",
    service: "Uzlabotais publiskais pakalpojums",
  },
};

const written = (value: Translated) => Object.values(value).some((text) => text);

function part(heading: string, value: Translated, language: Language): string {
  return written(value) ? `<h2>${escapeHtml(heading)}</h2>${translatedElement(value, language, "p")}` : "";
}

export function renderStoryBody(story: StoryAnswer, language: Language): string {
  const say = words[language];
  return [
    "<main><article>",
    translatedElement(story.title, language, "h1"),
    part(say.problem, story.problem, language),
    listSection(
      say.done,
      story.phases
        .filter((phase) => written(phase.text))
        .map(
          (phase) => `<strong>${escapeHtml(phase.name)}</strong>: ${translatedElement(phase.text, language, "span")}`,
        ),
    ),
    part(say.outcomes, story.outcomes, language),
    part(say.lessons, story.lessons, language),
    story.publicService
      ? `<h2>${escapeHtml(say.service)}</h2><p>${linkTo(`/public-services/${story.publicService.id}`, pickTranslation(story.publicService.name, language))}</p>`
      : "",
    "</article></main>",
  ].join("");
}

export const storyPage: PageDescriber = {
  path: /^\/stories\/([0-9a-fA-F-]{36})\/?$/,
  async describe([, id], { language, ask, baseUrl }) {
    const answer = await ask(`/api/v1/stories/${id}`);
    if (answer.status !== 200) return undefined;
    const story = JSON.parse(answer.body) as StoryAnswer;
    if (story.status !== "published") return undefined;
    const title = pickTranslation(story.title, language);
    const description = pickTranslation(story.problem, language) || title;
    return {
      title,
      description,
      language,
      path: `/stories/${id}`,
      type: "article",
      ...(story.image ? { imagePath: story.image.url } : {}),
      // schema.org's Article, which search engines read; what it is about is the service's own CPSV-AP page.
      jsonLd: {
        "@context": "https://schema.org",
        "@type": "Article",
        headline: title,
        description,
        inLanguage: story.language,
        keywords: story.keywords.join(", "),
        ...(story.publishedAt ? { datePublished: story.publishedAt } : {}),
        dateModified: story.updatedAt,
        url: `${baseUrl}/stories/${id}`,
        ...(story.publicService
          ? {
              about: {
                "@type": "GovernmentService",
                "@id": `${baseUrl}/public-services/${story.publicService.id}`,
                name: pickTranslation(story.publicService.name, language),
              },
            }
          : {}),
      },
      body: renderStoryBody(story, language),
    };
  },
};

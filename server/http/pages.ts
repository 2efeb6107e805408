import type { FastifyRequest } from "fastify";
import { type Language, pickTranslation, type Translated } from "../../common/languages.js";
import { escapeHtml } from "./html.js";

/**
 * What a public page (a public service, a story) says before any script runs, for search engines, link previews
 * and readers without JavaScript: its title and description, the language, Open Graph metadata, its linked data
 * (JSON-LD) and its content as plain semantic HTML. The web app replaces that content when it starts, with the
 * same words.
 */
export interface PageDescription {
  title: string;
  description: string;
  /** The language the content is written in (the page's `lang`). */
  language: Language;
  /** The page's own address, relative to the platform (`/public-services/…`). */
  path: string;
  type: "website" | "article";
  /** An image for link previews, relative to the platform. */
  imagePath?: string;
  /** Linked data about the page's subject, embedded as `application/ld+json`. */
  jsonLd?: unknown;
  /** The content, as safe HTML (every piece of user text escaped by the describer). */
  body: string;
}

/** An API answer asked of the platform itself with the reader's cookie: what the reader would get. */
export type AskApi = (url: string, accept?: string) => Promise<{ status: number; body: string }>;

export interface PageDescriber {
  path: RegExp;
  describe(
    match: RegExpMatchArray,
    context: { language: Language; ask: AskApi; baseUrl: string },
  ): Promise<PageDescription | undefined>;
}

/** Asks the platform's own API as the reader: the same authorization and presenters as a browser's request. */
export function askAsReader(request: FastifyRequest, language: Language): AskApi {
  return async (url, accept = "application/json") => {
    const response = await request.server.inject({
      method: "GET",
      url,
      headers: {
        accept,
        "accept-language": language,
        ...(request.headers.cookie ? { cookie: request.headers.cookie } : {}),
      },
    });
    return { status: response.statusCode, body: response.payload };
  };
}

/** JSON inside a script element: `<` escaped so no text can close the element or open a comment. */
export const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** The head's lines for a described page: replaces the app's generic title and description. */
export function describedHead(page: PageDescription, baseUrl: string, siteName: string): string[] {
  const url = `${baseUrl}${page.path}`;
  const attribute = (value: string) => escapeHtml(value);
  const description = page.description.length > 300 ? `${page.description.slice(0, 297)}…` : page.description;
  return [
    `<title>${escapeHtml(page.title)} · ${escapeHtml(siteName)}</title>`,
    `<meta name="description" content="${attribute(description)}">`,
    `<link rel="canonical" href="${attribute(url)}">`,
    `<meta property="og:type" content="${page.type}">`,
    `<meta property="og:site_name" content="${attribute(siteName)}">`,
    `<meta property="og:title" content="${attribute(page.title)}">`,
    `<meta property="og:description" content="${attribute(description)}">`,
    `<meta property="og:url" content="${attribute(url)}">`,
    `<meta property="og:locale" content="${page.language}">`,
    ...(page.imagePath ? [`<meta property="og:image" content="${attribute(`${baseUrl}${page.imagePath}`)}">`] : []),
    ...(page.jsonLd ? [`<script type="application/ld+json">${scriptSafeJson(page.jsonLd)}</script>`] : []),
  ];
}

/** The app's page with a description: its generic title and description out, the described ones and content in. */
export function withDescription(html: string, page: PageDescription, head: string[]): string {
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${page.language}"`)
    .replace(/\s*<title>[^<]*<\/title>/, "")
    .replace(/\s*<meta name="description"[^>]*>/, "")
    .replace(/\s*<\/head>/, (end) => `${head.map((line) => `\n    ${line}`).join("")}${end}`)
    .replace(/<div id="root"><\/div>/, `<div id="root">${page.body}</div>`);
}

/** Text in the reader's language, else another, marked with its own language so a screen reader speaks it right. */
export function translatedElement(value: Translated, language: Language, tag: string): string {
  const chosen = pickTranslation(value, language);
  const written = (Object.keys(value) as Language[]).find((candidate) => value[candidate] === chosen) ?? language;
  const lang = written === language ? "" : ` lang="${written}"`;
  return `<${tag}${lang}>${escapeHtml(chosen)}</${tag}>`;
}

export const linkTo = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;

/** A heading and a list of (already safe) items; nothing when there are none. */
export function listSection(heading: string, items: string[]): string {
  if (items.length === 0) return "";
  return `<h2>${escapeHtml(heading)}</h2><ul>${items.map((item) => `<li>${item}</li>`).join("")}</ul>`;
}

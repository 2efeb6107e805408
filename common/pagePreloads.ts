/**
 * What a page's first screen asks the API for, and which screen's code it runs: the server answers those
 * requests inside the page it sends and hints the screen's code, so a phone on a slow connection does not wait
 * for the app's code to run before it asks for the data and the rest of the code (two round trips before the
 * page's content can show). The web app uses an answer only for the very request it was made for, in the
 * language it was made in, once; anything else goes to the network as before, so a stale entry here costs speed,
 * never correctness. The addresses must be the ones the screens' queries build (web/src/api/pageQueries.ts and
 * the components named below); the browser journey of the public page checks the process page's.
 */
import type { Language } from "./languages.js";

/** The id of the script element (`type="application/json"`) that carries the answers inside the page. */
export const preloadedElementId = "preloaded";

/** What the page carries: each request's answer, in the language the page was made in. */
export interface PreloadedAnswers {
  language: Language;
  answers: Record<string, { status: number; type: string; body: string }>;
}

export interface PagePreload {
  /** The build's name for the screen's code: a route module (`src/routes/X.tsx`) or a named chunk. */
  screen?: string;
  /** API addresses (path and query) the first screen requests. */
  requests: string[];
}

/** Asked on every page before anything else renders (the platform's branding, the session). */
export const everyPageRequests = ["/api/v1/platform", "/api/v1/me"];

const id = "([0-9a-fA-F-]{36})";
const pages: { path: RegExp; preload: (match: RegExpMatchArray) => PagePreload }[] = [
  { path: /^\/$/, preload: () => ({ requests: ["/api/v1/processes?limit=20"] }) },
  {
    // The plan and a task share the screen; the overview shows who takes part and the closed decisions.
    path: new RegExp(`^/processes/${id}(?:/tasks/${id})?/?$`),
    preload: ([, processId]) => ({
      screen: "process",
      requests: [
        `/api/v1/processes/${processId}`,
        `/api/v1/processes/${processId}/tree`,
        `/api/v1/processes/${processId}/participants`,
        `/api/v1/processes/${processId}/decision/closed`,
      ],
    }),
  },
  {
    // A public service's page (also described for search engines before any script: server/http/pages.ts).
    path: new RegExp(`^/public-services/${id}/?$`),
    preload: ([, serviceId]) => ({
      screen: "src/routes/PublicService.tsx",
      requests: [`/api/v1/public-services/${serviceId}`, `/api/v1/public-services/${serviceId}/history`],
    }),
  },
  {
    path: /^\/catalogue\/?$/,
    preload: () => ({
      screen: "src/routes/Catalogue.tsx",
      requests: ["/api/v1/interlinkers?limit=20", "/api/v1/schemas"],
    }),
  },
];

/** What to answer inside the page at this address (its path, without the query). */
export function pagePreload(pathname: string): PagePreload {
  for (const page of pages) {
    const match = pathname.match(page.path);
    if (match) {
      const preload = page.preload(match);
      return { ...preload, requests: [...everyPageRequests, ...preload.requests] };
    }
  }
  return { requests: everyPageRequests };
}

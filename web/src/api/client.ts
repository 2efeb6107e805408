import createClient from "openapi-fetch";
import { type PreloadedAnswers, preloadedElementId } from "../../../common/pagePreloads";
import { describeProblem, translateFieldError } from "./problems";
import type { paths } from "./schema";

/**
 * The answers the server put inside the page to its first requests (common/pagePreloads.ts), each used once, for
 * the very request it was made for, in the language it was made in; everything else goes to the network.
 */
const preloaded: PreloadedAnswers | null = (() => {
  const element = document.getElementById(preloadedElementId);
  try {
    return element?.textContent ? (JSON.parse(element.textContent) as PreloadedAnswers) : null;
  } catch {
    return null;
  }
})();

function preloadedAnswer(request: Request): Response | undefined {
  if (!preloaded || request.method !== "GET") return undefined;
  const url = new URL(request.url);
  const key = url.pathname + url.search;
  const answer = preloaded.answers[key];
  if (!answer || request.headers.get("Accept-Language") !== preloaded.language) return undefined;
  delete preloaded.answers[key];
  return new Response(answer.body, { status: answer.status, headers: { "content-type": answer.type } });
}

/** The typed API client; the session cookie travels with every call, and writes carry our Origin by default. */
export const api = createClient<paths>({ baseUrl: "", credentials: "same-origin" });
// The server presents translatable texts (process items) in the language the reader chose here.
api.use({
  onRequest({ request }) {
    request.headers.set("Accept-Language", document.documentElement.lang || "en");
    return preloadedAnswer(request) ?? request;
  },
  // Every refusal arrives in the reader's language: each caller that shows `detail` or a field's `message` gets
  // the translated sentence for free (the server's English stays the fallback for codes we do not know).
  async onResponse({ response }) {
    if (!response.headers.get("content-type")?.startsWith("application/problem+json")) return response;
    const problem = (await response
      .clone()
      .json()
      .catch(() => null)) as Problem | null;
    if (!problem || typeof problem.detail !== "string") return response;
    const translated: Problem = {
      ...problem,
      detail: describeProblem(problem),
      ...(problem.errors
        ? { errors: problem.errors.map((error) => ({ ...error, message: translateFieldError(error) })) }
        : {}),
    };
    return new Response(JSON.stringify(translated), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  },
});

/** An RFC 9457 answer as the server sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** `code` with `params` is what the web translates; `message` is the server's English. */
  errors?: { path: string; code: string; params?: Record<string, unknown>; message: string }[];
}

/** The message to show for a refusal: already in the reader's language (see the middleware above). */
export function problemMessage(error: unknown): string {
  if (error && typeof error === "object") {
    if ("detail" in error && typeof error.detail === "string") return error.detail;
    if ("message" in error && typeof error.message === "string") return error.message;
  }
  return String(error);
}

import type { Problem } from "./client";

/** Any failure as a problem: the server's own, or one made up for a network failure. */
export function toProblem(error: unknown): Problem {
  if (error && typeof error === "object" && "detail" in error && typeof error.detail === "string") {
    return error as Problem;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { type: "about:blank", title: "Request failed", status: 0, detail };
}

/**
 * The data of an answer from the typed client, or the problem thrown, so TanStack Query sees failures as errors.
 * Answers without a body (204) resolve to undefined.
 */
export async function dataOf<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await request;
  if (!response.ok) {
    throw toProblem(error ?? { detail: `${response.status} ${response.statusText}`, status: response.status });
  }
  return data as T;
}

/** The problem of a failed query or mutation, typed for fieldErrors(). */
export function problemOf(error: unknown): Problem | null {
  return error ? toProblem(error) : null;
}

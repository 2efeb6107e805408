import type { Problem } from "./client";

/**
 * Field errors of a refused request, keyed the way forms name their fields: `body.name.en` → `name.en`,
 * `body.name` → `name`. The whole problem's sentence is under `""` when no field is named.
 */
export function fieldErrors(problem: Problem | undefined | null): Record<string, string> {
  if (!problem) return {};
  const result: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    const field = error.path.replace(/^(body|querystring|params)\.?/, "");
    result[field] ??= error.message;
  }
  if (Object.keys(result).length === 0) result[""] = problem.detail;
  return result;
}

/** The error to show next to a field: its own, or the first of its sub-fields (`name` shows `name.en`'s). */
export function errorFor(errors: Record<string, string>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];
}

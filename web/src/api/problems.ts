import i18next from "i18next";

/** A refusal as the server sends it (the client's `Problem`), described here so this file stands alone. */
interface Problem {
  type: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}
interface FieldError {
  path: string;
  code?: string;
  params?: Record<string, unknown>;
  message: string;
}

/** The sentence a plural needs its count from: the limit the code is about. */
const countOf = (params: Record<string, unknown>): number | undefined => {
  for (const key of ["maximum", "minimum", "dots", "count"]) if (typeof params[key] === "number") return params[key];
  return undefined;
};

/**
 * Where a code's words are: the core's under `errors.codes`; an interlinker's own codes are named `<id>.<code>`
 * and worded in its locales under `errors` (`interlinkers.<id>.errors.<code>`).
 */
function keyOf(code: string): string {
  const dot = code.indexOf(".");
  return dot > 0 ? `interlinkers.${code.slice(0, dot)}.errors.${code.slice(dot + 1)}` : `errors.codes.${code}`;
}

/** One field error in the reader's language: its code with its params, else the server's English sentence. */
export function translateFieldError(error: FieldError): string {
  const key = keyOf(error.code ?? "");
  if (!error.code || !i18next.exists(key, { count: 0 })) return error.message;
  const params = Object.fromEntries(
    Object.entries(error.params ?? {}).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : value]),
  );
  const count = countOf(params);
  return i18next.t(key, { ...params, ...(count !== undefined ? { count } : {}), defaultValue: error.message });
}

/**
 * The whole refusal in the reader's language. English readers get the server's own sentence, which says what to
 * do; others a sentence for the problem's type (or its status), so an alert is never in a language they did not
 * choose.
 */
export function describeProblem(problem: Problem): string {
  if (i18next.language === "en" || !i18next.language) return problem.detail;
  const type = problem.type.replace(/^\/problems\//, "");
  const first = problem.errors?.[0];
  if (type === "validation-failed" && first)
    return i18next.t("errors.types.validation-failed", { first: translateFieldError(first) });
  if (i18next.exists(`errors.types.${type}`)) return i18next.t(`errors.types.${type}`);
  if (i18next.exists(`errors.status.${problem.status}`)) return i18next.t(`errors.status.${problem.status}`);
  return i18next.t("errors.status.other");
}

/**
 * Field errors of a refused request, in the reader's language, keyed the way forms name their fields:
 * `body.name.en` → `name.en`, `body.name` → `name`. The whole problem's sentence is under `""` when no field is
 * named.
 */
export function fieldErrors(problem: Problem | undefined | null): Record<string, string> {
  if (!problem) return {};
  const result: Record<string, string> = {};
  for (const error of problem.errors ?? []) {
    const field = error.path.replace(/^(body|querystring|params)\.?/, "");
    result[field] ??= translateFieldError(error);
  }
  if (Object.keys(result).length === 0) result[""] = describeProblem(problem);
  return result;
}

/** The error to show next to a field: its own, or the first of its sub-fields (`name` shows `name.en`'s). */
export function errorFor(errors: Record<string, string>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];
}

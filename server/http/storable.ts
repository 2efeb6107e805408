import type { FastifyInstance } from "fastify";
import { type FieldError, invalid } from "./problem.js";

/**
 * PostgreSQL text and jsonb cannot hold NUL, and a lone UTF-16 surrogate is half a character that no database,
 * JSON encoder or reader can use. Such text is refused in one place for the whole API, before any route's own
 * validation, so no route can forget and no query can fail with a server error: every string of a request's
 * body, query and path parameters, object keys included.
 */
export const unstorableText = (text: string) => text.includes("\u0000") || !text.isWellFormed();

/** The first place in `value` holding unstorable text, as a problem path ("body.name.en"), or null. */
export function findUnstorable(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === "string") return unstorableText(value) ? path : null;
  // Deeper than any schema we accept: validation refuses it anyway, and walking it would only cost time.
  if (value === null || typeof value !== "object" || depth > 32 || Buffer.isBuffer(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    const innerPath = `${path}.${key}`;
    if (unstorableText(key)) return path;
    const found = findUnstorable(inner, innerPath, depth + 1);
    if (found) return found;
  }
  return null;
}

export const unstorableError = (path: string): FieldError => ({
  path,
  code: "unstorable_character",
  message: "The text has a character that cannot be stored (a NUL or half of a broken character).",
});

/** The auth routes keep their bodies as raw text for better-auth: a JSON one is read here to be checked too. */
function parsedBody(body: unknown, contentType: string | undefined): unknown {
  if (typeof body !== "string" || !contentType?.includes("json")) return body;
  try {
    return JSON.parse(body);
  } catch {
    return body; // Not JSON after all: better-auth refuses it on its own.
  }
}

export function registerStorableText(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const path =
      findUnstorable(request.params, "params") ??
      findUnstorable(request.query, "query") ??
      findUnstorable(parsedBody(request.body, request.headers["content-type"]), "body");
    if (path) throw invalid([unstorableError(path)]);
  });
}

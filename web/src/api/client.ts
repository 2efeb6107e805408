import createClient from "openapi-fetch";
import type { paths } from "./schema";

/** The typed API client; the session cookie travels with every call, and writes carry our Origin by default. */
export const api = createClient<paths>({ baseUrl: "", credentials: "same-origin" });

/** An RFC 9457 answer as the server sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
}

/** The message to show for a refusal: the server's own sentence, which says what to do. */
export function problemMessage(error: unknown): string {
  if (error && typeof error === "object") {
    if ("detail" in error && typeof error.detail === "string") return error.detail;
    if ("message" in error && typeof error.message === "string") return error.message;
  }
  return String(error);
}

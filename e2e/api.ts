import { type APIRequestContext, expect } from "@playwright/test";

// Setting up a journey's world through the API, as the page's own session: what the journey is not about.

/** A write through the API with the Origin a browser sends, which must succeed; its JSON answer. */
export async function post(request: APIRequestContext, baseURL: string, url: string, data: unknown) {
  const response = await request.post(url, { headers: { origin: baseURL }, data });
  expect(response.ok(), `${url}: ${await response.text()}`).toBe(true);
  return response.json();
}

/** A word (letters only) no other journey of this run uses: full-text search finds it whole. */
export const uniqueWord = (prefix: string) =>
  `${prefix}${Date.now()
    .toString(36)
    .replace(/\d/g, (digit) => "abcdefghij"[Number(digit)]!)}`;

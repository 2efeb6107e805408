import { randomUUID } from "node:crypto";
import { type APIRequestContext, type BrowserContext, expect, type Page } from "@playwright/test";
import type { Language } from "../common/languages.js";
import { lastMailLink } from "./mail.js";

/** Everyone in the journeys signs up with this password. */
export const password = "a long enough password";

/** A person who signed up: what signing in again takes, and their id for grants and memberships. */
export interface Person {
  id: string;
  name: string;
  email: string;
  password: string;
}

/** A page, a browser context or an API context: whatever carries a person's cookies. */
type Visitor = Page | BrowserContext | APIRequestContext;

function requestOf(visitor: Visitor): APIRequestContext {
  return "request" in visitor ? visitor.request : visitor;
}

// Writes must carry the server's Origin. A context knows its base URL but does not say it: the answer's URL does.
const origins = new WeakMap<APIRequestContext, string>();
async function originOf(request: APIRequestContext): Promise<string> {
  let origin = origins.get(request);
  if (!origin) {
    origin = new URL((await request.get("/api/health")).url()).origin;
    origins.set(request, origin);
  }
  return origin;
}

/** An address nobody else in this run has: both projects and every retry share one server. */
function uniqueEmail(name = "person"): string {
  const local = name
    .normalize("NFKD")
    .replace(/[^A-Za-z]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
  return `${local || "person"}-${Date.now()}-${randomUUID().slice(0, 8)}@example.org`;
}

/**
 * Signs a new person up through the API and confirms their address with the link in the mail the server wrote
 * (confirming signs them in): the quickest real path, for journeys about what comes after. The visitor is signed in
 * as them afterwards. The address is made up when not given; `language` is the account's (the interface's language
 * in this browser is chooseLanguage()'s).
 */
export async function signUp(
  visitor: Visitor,
  person: { name?: string; email?: string; language?: Language } = {},
): Promise<Person> {
  const request = requestOf(visitor);
  const name = person.name ?? "Test Person";
  const email = person.email ?? uniqueEmail(name);
  const answer = await request.post("/api/auth/sign-up/email", {
    headers: { origin: await originOf(request) },
    data: { name, email, password, ...(person.language ? { language: person.language } : {}) },
  });
  expect(answer.ok(), await answer.text()).toBe(true);
  const token = new URL(await lastMailLink(email, "/verify-email")).searchParams.get("token")!;
  const confirmed = await request.get(`/api/auth/verify-email?token=${encodeURIComponent(token)}`);
  expect(confirmed.ok(), await confirmed.text()).toBe(true);
  return { id: (await answer.json()).user.id, name, email, password };
}

/** Signs in on the sign-in page, as a person does, and waits for their work (in English). */
export async function signIn(page: Page, person: { email: string; password?: string }): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel(/^E-mail address/).fill(person.email);
  await page.getByLabel(/^Password/).fill(person.password ?? password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My work");
}

/** Signs in through the API, for journeys about what comes after. */
export async function signInThroughApi(visitor: Visitor, person: { email: string; password?: string }): Promise<void> {
  const request = requestOf(visitor);
  const answer = await request.post("/api/auth/sign-in/email", {
    headers: { origin: await originOf(request) },
    data: { email: person.email, password: person.password ?? password },
  });
  expect(answer.ok(), await answer.text()).toBe(true);
}

/** The interface language this browser opens in, as if the person had chosen it before. */
export async function chooseLanguage(visitor: Page | BrowserContext, language: Language): Promise<void> {
  await visitor.addInitScript((chosen) => localStorage.setItem("interlink.language", chosen), language);
}

import fs from "node:fs";
import type { Agent } from "node:https";
import os from "node:os";
import path from "node:path";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { buildApp } from "../app.js";
import { type Config, loadConfig } from "../config.js";
import type { ApiApp } from "../http/types.js";
import { findMailLink } from "../modules/mail/files.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

export const testBaseUrl = "http://localhost:3000";
export const testOrigin = testBaseUrl;

export interface TestContext {
  app: ApiApp;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

/**
 * The whole app on a fresh database, as `main.ts` builds it, with quiet logs (unless a `logStream` is given to
 * read them), generous rate limits, and mails without SMTP written to a temporary folder.
 */
export async function createTestApp(
  environment: Record<string, string> = {},
  options: { logStream?: NodeJS.WritableStream; pushAgent?: Agent } = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-test-mail-"));
  const config = loadConfig({
    BASE_URL: testBaseUrl,
    LOG_LEVEL: "silent",
    RATE_LIMIT_AUTH_PER_MINUTE: "1000",
    RATE_LIMIT_INVITATIONS_PER_HOUR: "1000",
    MAIL_DIR: mailDir,
    ...environment,
  });
  // The built web app is served only by the browser tests: API tests answer the same with or without dist/web.
  const app = await buildApp({
    config,
    db: database.db,
    databaseKind: database.kind,
    serveWebApp: false,
    logStream: options.logStream,
    pushAgent: options.pushAgent,
  });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
      fs.rmSync(mailDir, { recursive: true, force: true });
    },
  };
}

/** A second server on the same data, as behind a load balancer: its own connection and its own caches. */
export async function createSecondApp(context: TestContext): Promise<{ app: ApiApp; close(): Promise<void> }> {
  const connection = await context.database.openAnother();
  const app = await buildApp({
    config: context.config,
    db: connection.db,
    databaseKind: connection.kind,
    serveWebApp: false,
  });
  await app.ready();
  return {
    app,
    close: async () => {
      await app.close();
      await connection.close();
    },
  };
}

export interface Session {
  cookie: string;
  userId: string;
  email: string;
  name: string;
}

let userCounter = 0;

/**
 * Signs up a new person through better-auth's own routes, as a person does: sign up, open the confirmation link
 * from the mail the server wrote to MAIL_DIR (confirming signs them in), and returns that session cookie.
 */
export async function signUp(
  app: ApiApp,
  options: { name?: string; email?: string; password?: string; language?: string } = {},
): Promise<Session> {
  userCounter++;
  const email = options.email ?? `person${userCounter}-${Date.now()}@example.org`;
  const name = options.name ?? `Person ${userCounter}`;
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-up/email",
    headers: { origin: testOrigin },
    payload: { email, name, password: options.password ?? "a long enough password", language: options.language },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const userId: string = response.json().user.id;
  const confirmed = await confirmEmail(app, email);
  if (!confirmed) throw new Error(`sign-up of ${email} sent no confirmation mail: does the address have an account?`);
  return { cookie: sessionCookie(confirmed), userId, email, name };
}

/**
 * Opens the newest confirmation link mailed to this address (written to MAIL_DIR, as without SMTP), and answers
 * better-auth's response, which signs the person in; undefined when no confirmation mail went there.
 */
export async function confirmEmail(app: ApiApp, email: string): Promise<LightMyRequestResponse | undefined> {
  // Mail goes out in a background job: run the due ones, as the server would a moment later.
  await app.jobs.drain();
  const link = findMailLink(app.config.mailDir, { purpose: "verify-email", to: email });
  if (!link) return undefined;
  const token = new URL(link).searchParams.get("token")!;
  const response = await app.inject({ url: `/api/auth/verify-email?token=${encodeURIComponent(token)}` });
  if (response.statusCode !== 200) throw new Error(`confirming failed: ${response.statusCode} ${response.body}`);
  return response;
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((candidate) => candidate.name === "interlink.session_token");
  if (!cookie) throw new Error(`no session cookie in response ${response.statusCode} ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** A browser-like API call: the session cookie, and for writes the Origin header a browser sends. */
export function call(
  app: ApiApp,
  session: Session | null,
  method: Method,
  url: string,
  payload?: unknown,
  extra: Partial<InjectOptions> = {},
): Promise<LightMyRequestResponse> {
  // Headers given are added to the session's (and may replace one of them), never instead of all of them.
  const { headers, ...options } = extra;
  return app.inject({
    method,
    url,
    headers: {
      ...(session ? { cookie: session.cookie } : {}),
      ...(method === "GET" ? {} : { origin: testOrigin }),
      ...(headers ?? {}),
    },
    ...(payload !== undefined ? { payload: payload as InjectOptions["payload"] } : {}),
    ...options,
  });
}

/** Asserts an RFC 9457 answer with this status and returns its body. */
export function problemOf(response: LightMyRequestResponse, status: number) {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  }
  if (!String(response.headers["content-type"]).startsWith("application/problem+json")) {
    throw new Error(`expected problem+json, got ${response.headers["content-type"]}: ${response.body}`);
  }
  const body = response.json() as {
    type: string;
    title: string;
    status: number;
    detail: string;
    errors?: { path: string; code: string; params?: Record<string, unknown>; message: string }[];
  };
  if (body.status !== status || !body.type || !body.title || !body.detail) {
    throw new Error(`malformed problem: ${response.body}`);
  }
  return body;
}

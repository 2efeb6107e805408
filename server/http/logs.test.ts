import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, sessionCookie, type TestContext, testOrigin } from "../test/app.js";

// Everything the server logs while people sign up, sign in, confirm, reset and search, at the most talkative
// level: no password, token, cookie or query may appear in it. Mails without SMTP go to files, not the log.

const lines: string[] = [];
let context: TestContext;

beforeAll(async () => {
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  context = await createTestApp({ LOG_LEVEL: "trace" }, { logStream });
});
afterAll(() => context.close());

const postAuth = (url: string, payload: Record<string, unknown>, cookie?: string) =>
  context.app.inject({
    method: "POST",
    url: `/api/auth${url}`,
    headers: { origin: testOrigin, ...(cookie ? { cookie } : {}) },
    payload,
  });

/** The token of the last mail written for this purpose, read from its file as an operator would. */
function tokenFromMailFile(purpose: string): string {
  const files = fs.readdirSync(context.config.mailDir).sort();
  for (const name of files.reverse()) {
    const message = fs.readFileSync(path.join(context.config.mailDir, name), "utf8");
    if (!message.includes(`X-Interlink-Purpose: ${purpose}`)) continue;
    return new URL(message.match(/https?:\/\/\S+/)![0]).searchParams.get("token")!;
  }
  throw new Error(`no ${purpose} mail written`);
}

describe("the log", () => {
  it("holds no password, token, cookie or query after the account flows", async () => {
    const secrets: string[] = [];
    const password = "correct horse battery staple";
    const wrong = "not my password at all";
    const renewed = "a brand new long password";
    secrets.push(password, wrong, renewed);

    const signedUp = await postAuth("/sign-up/email", { email: "log@example.org", name: "Log Person", password });
    expect(signedUp.statusCode).toBe(200);
    const cookie = sessionCookie(signedUp);
    secrets.push(cookie.split("=")[1]!.split(".")[0]!);
    const verifyToken = tokenFromMailFile("verify-email");
    secrets.push(verifyToken);

    expect((await postAuth("/sign-in/email", { email: "log@example.org", password: wrong })).statusCode).toBe(401);
    const verified = await context.app.inject({ url: `/api/auth/verify-email?token=${verifyToken}` });
    expect(verified.statusCode).toBe(200);
    expect((await postAuth("/request-password-reset", { email: "log@example.org" })).statusCode).toBe(200);
    const resetToken = tokenFromMailFile("reset-password");
    secrets.push(resetToken);
    expect((await postAuth("/reset-password", { token: resetToken, newPassword: renewed })).statusCode).toBe(200);
    // A used token again, and sign-ups racing for one address: the auth layer's own failures are logged too.
    await postAuth("/reset-password", { token: resetToken, newPassword: renewed });
    await Promise.all(
      Array.from({ length: 4 }, () =>
        postAuth("/sign-up/email", { email: "race@example.org", name: "Racer", password }),
      ),
    );
    const search = "a-search-nobody-should-see";
    secrets.push(search);
    await context.app.inject({ url: `/api/v1/processes?q=${search}`, headers: { cookie } });
    const bearer = "Bearer a-token-in-a-header";
    secrets.push(bearer);
    await context.app.inject({ url: "/api/v1/me", headers: { authorization: bearer } });

    const log = lines.join("");
    // The log was written (the requests and the mails are in it), just without what must stay out of it.
    expect(log).toContain("/api/auth/verify-email");
    expect(log).toContain("mail written to a file (no SMTP_URL)");
    for (const secret of secrets) expect(log, `the log holds ${secret}`).not.toContain(secret);
  });
});

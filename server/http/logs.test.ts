import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMailLink } from "../modules/mail/files.js";
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
async function tokenFromMailFile(purpose: "verify-email" | "reset-password"): Promise<string> {
  await context.app.jobs.drain();
  const link = findMailLink(context.config.mailDir, { purpose });
  if (!link) throw new Error(`no ${purpose} mail written`);
  return new URL(link).searchParams.get("token")!;
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
    const verifyToken = await tokenFromMailFile("verify-email");
    secrets.push(verifyToken);

    expect((await postAuth("/sign-in/email", { email: "log@example.org", password: wrong })).statusCode).toBe(401);
    // Not confirmed yet: refused, knowing the password.
    expect((await postAuth("/sign-in/email", { email: "log@example.org", password })).statusCode).toBe(403);
    const verified = await context.app.inject({ url: `/api/auth/verify-email?token=${verifyToken}` });
    expect(verified.statusCode).toBe(200);
    const cookie = sessionCookie(verified);
    secrets.push(cookie.split("=")[1]!.split(".")[0]!);
    expect((await postAuth("/request-password-reset", { email: "log@example.org" })).statusCode).toBe(200);
    const resetToken = await tokenFromMailFile("reset-password");
    secrets.push(resetToken);
    expect((await postAuth("/reset-password", { token: resetToken, newPassword: renewed })).statusCode).toBe(200);
    // A used token again, sign-ups racing for one address and one for a known address (whose owner is mailed):
    // the auth layer's own failures are logged too.
    await postAuth("/reset-password", { token: resetToken, newPassword: renewed });
    await Promise.all(
      Array.from({ length: 4 }, () =>
        postAuth("/sign-up/email", { email: "race@example.org", name: "Racer", password }),
      ),
    );
    await postAuth("/sign-up/email", { email: "log@example.org", name: "Log Person", password: wrong });
    await postAuth("/sign-up/email", { email: "bad-language@example.org", name: "Log", password, language: "xx" });
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

import fs from "node:fs";
import path from "node:path";
import { desc, eq } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox } from "../db/schema/index.js";
import { findMailLink } from "../modules/mail/files.js";
import { call, confirmEmail, createTestApp, sessionCookie, signUp, type TestContext, testOrigin } from "../test/app.js";

// Sign-up must not tell whether an address has an account: a known address gets the answer a new one gets, and
// only its owner learns of the attempt, by mail. Nobody is signed in before confirming their address.

let context: TestContext;
const password = "a long enough password";

beforeAll(async () => {
  context = await createTestApp();
});
afterAll(() => context.close());

const postAuth = (url: string, payload: Record<string, unknown>) =>
  context.app.inject({ method: "POST", url: `/api/auth${url}`, headers: { origin: testOrigin }, payload });

/**
 * What a client can see of an answer, with what differs on every call masked: the id and times of the account
 * (a fresh one each time, for a new address as for a known one), the given address, and the Date header. Kept as
 * JSON text, so the order of the fields counts too.
 */
function visibleAnswer(response: LightMyRequestResponse, email: string): string {
  const { date: _date, ...headers } = response.headers;
  const body = response.json();
  if (body.user) {
    expect(body.user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.user.email).toBe(email);
    body.user = { ...body.user, id: "<id>", email: "<email>", createdAt: "<time>", updatedAt: "<time>" };
  }
  return JSON.stringify({ status: response.statusCode, headers, body });
}

async function mailsTo(recipient: string) {
  return context.database.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.recipient, recipient))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id));
}

describe("sign-up with a known address", () => {
  it.each([
    ["a confirmed account", true],
    ["an account not confirmed yet", false],
  ])("answers exactly as for a new address when the address has %s, and signs nobody in", async (_label, confirm) => {
    const stamp = confirm ? "c" : "u";
    const known = `known-${stamp}@example.org`;
    const fresh = `fresh-${stamp}@example.org`;
    await postAuth("/sign-up/email", { email: known, name: "Ilze Ozola", password });
    if (confirm) await confirmEmail(context.app, known);

    const attempt = { name: "Someone Else", password: "another long password", language: "it" };
    const forFresh = await postAuth("/sign-up/email", { ...attempt, email: fresh });
    const forKnown = await postAuth("/sign-up/email", { ...attempt, email: known });
    expect(forFresh.statusCode).toBe(200);
    expect(visibleAnswer(forKnown, known)).toBe(visibleAnswer(forFresh, fresh));
    expect(forKnown.cookies).toEqual([]);
    expect(forFresh.cookies).toEqual([]);
    expect(forKnown.json()).toMatchObject({ token: null, user: { name: "Someone Else", emailVerified: false } });

    // The account is untouched: its own password still works (once confirmed), the attempt's never does.
    const withAttempt = await postAuth("/sign-in/email", { email: known, password: attempt.password });
    expect(withAttempt.statusCode).toBe(401);
    if (confirm) {
      const signedIn = await postAuth("/sign-in/email", { email: known, password });
      expect(signedIn.statusCode).toBe(200);
      expect(signedIn.json().user).toMatchObject({ name: "Ilze Ozola", language: "en" });
    }
  });

  it("mails the address's owner, in their language, where to sign in or reset the password", async () => {
    const owner = await signUp(context.app, { name: "Līga Bērziņa", language: "lv" });
    const before = await mailsTo(owner.email);
    const answer = await postAuth("/sign-up/email", { email: owner.email, name: "Intruder", password });
    expect(answer.statusCode).toBe(200);
    const after = await mailsTo(owner.email);
    expect(after).toHaveLength(before.length + 1);
    const [mail] = after;
    expect(mail).toMatchObject({
      purpose: "existing-account",
      subject: expect.stringContaining("Kāds mēģināja izveidot INTERLINK kontu"),
      text: expect.stringContaining("Labdien, Līga Bērziņa!"),
      metadata: { signInUrl: `${testOrigin}/sign-in`, resetUrl: `${testOrigin}/forgot-password` },
    });
    expect(mail!.text).toContain(`${testOrigin}/sign-in`);
    expect(mail!.text).toContain(`${testOrigin}/forgot-password`);
    expect(mail!.text).not.toContain("Intruder");
    // It is written as a file as well, like every mail without SMTP, by the job that delivers it.
    await context.app.jobs.drain();
    const files = fs.readdirSync(context.config.mailDir);
    expect(files).toContain(`${mail!.id}.eml`);
    expect(fs.readFileSync(path.join(context.config.mailDir, `${mail!.id}.eml`), "utf8")).toContain(
      "X-Interlink-Purpose: existing-account",
    );
  });

  it("sends a new address the confirmation mail and nothing else", async () => {
    const email = "only-confirmation@example.org";
    await postAuth("/sign-up/email", { email, name: "New Person", password, language: "es" });
    const mails = await mailsTo(email);
    expect(mails.map((mail) => mail.purpose)).toEqual(["verify-email"]);
    expect(mails[0]!.subject).toContain("Confirma tu dirección");
  });

  it.each([
    ["an unknown language", { name: "Ana", language: "de" }],
    ["an empty name", { name: "   " }],
    ["a name too long", { name: "x".repeat(201) }],
    ["a name of the wrong type", { name: 42 }],
    ["a short password", { name: "Ana", password: "short" }],
  ])("refuses %s alike for a known and a new address", async (_label, fields) => {
    const known = await signUp(context.app);
    const forKnown = await postAuth("/sign-up/email", { email: known.email, password, ...fields });
    const forFresh = await postAuth("/sign-up/email", { email: `x${known.email}`, password, ...fields });
    expect(forKnown.statusCode).toBeGreaterThanOrEqual(400);
    expect(forKnown.statusCode).toBeLessThan(500);
    expect(visibleAnswer(forKnown, known.email)).toBe(visibleAnswer(forFresh, `x${known.email}`));
  });

  it("stores the name trimmed and echoes it the same way for a known address", async () => {
    const known = await signUp(context.app);
    const forKnown = await postAuth("/sign-up/email", { email: known.email, name: "  Ana  ", password });
    const forFresh = await postAuth("/sign-up/email", { email: "trimmed@example.org", name: "  Ana  ", password });
    expect(forKnown.json().user.name).toBe("Ana");
    expect(forFresh.json().user.name).toBe("Ana");
  });
});

describe("confirming the address", () => {
  it("leads back to the page the person signed up from, and only to a page of this site", async () => {
    await postAuth("/sign-up/email", { email: "back@example.org", name: "Back", password, callbackURL: "/teams/1" });
    await context.app.jobs.drain();
    const link = new URL(findMailLink(context.config.mailDir, { purpose: "verify-email", to: "back@example.org" })!);
    expect(link.pathname).toBe("/verify-email");
    expect(link.searchParams.get("redirect")).toBe("/teams/1");

    const known = await signUp(context.app);
    const away = { name: "Away", password, callbackURL: "https://evil.example/x" };
    // An address of the same length, so the answers' lengths match as well.
    const fresh = known.email.replace(/^p/, "q");
    const forKnown = await postAuth("/sign-up/email", { ...away, email: known.email });
    const forFresh = await postAuth("/sign-up/email", { ...away, email: fresh });
    expect(visibleAnswer(forKnown, known.email)).toBe(visibleAnswer(forFresh, fresh));
    await context.app.jobs.drain();
    const unsafe = new URL(findMailLink(context.config.mailDir, { purpose: "verify-email", to: fresh })!);
    expect(unsafe.searchParams.has("redirect")).toBe(false);
    expect(unsafe.toString()).not.toContain("evil");
  });

  it("refuses to sign in an unconfirmed account, saying so only to whoever knows the password", async () => {
    const email = "unconfirmed@example.org";
    await postAuth("/sign-up/email", { email, name: "Not Yet", password });
    const refused = await postAuth("/sign-in/email", { email, password });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: "EMAIL_NOT_VERIFIED" });
    expect(refused.cookies).toEqual([]);
    // A wrong password gets the answer any wrong password gets, confirmed or not, known or not.
    const wrong = await postAuth("/sign-in/email", { email, password: "not the password at all" });
    const unknown = await postAuth("/sign-in/email", { email: "nobody-at-all@example.org", password });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    // Refusing a sign-in sends nothing: the person asks for a new mail if they want one.
    expect((await mailsTo(email)).map((mail) => mail.purpose)).toEqual(["verify-email"]);

    const confirmed = await confirmEmail(context.app, email);
    expect(confirmed?.cookies.map((cookie) => cookie.name)).toContain("interlink.session_token");
    const signedIn = await postAuth("/sign-in/email", { email, password });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user).toMatchObject({ email, emailVerified: true });
  });

  it("answers a request for a new mail alike for an unknown, an unconfirmed and a confirmed address", async () => {
    const unconfirmed = "resend-unconfirmed@example.org";
    await postAuth("/sign-up/email", { email: unconfirmed, name: "Resend", password });
    const confirmed = await signUp(context.app, { email: "resend-confirmed@example.org" });
    const answers = [];
    for (const email of [unconfirmed, confirmed.email, "resend-nobody-here@example.org"]) {
      const before = (await mailsTo(email)).length;
      const answer = await postAuth("/send-verification-email", { email });
      answers.push(visibleAnswer(answer, email));
      expect((await mailsTo(email)).length - before).toBe(email === unconfirmed ? 1 : 0);
    }
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0]!)).toMatchObject({ status: 200, body: { status: true } });
  });
});

describe("the first account", () => {
  it("becomes platform administrator when it is the first to confirm its address, and nobody after it", async () => {
    const fresh = await createTestApp();
    try {
      const inject = (email: string) =>
        fresh.app.inject({
          method: "POST",
          url: "/api/auth/sign-up/email",
          headers: { origin: testOrigin },
          payload: { email, name: email, password },
        });
      // The first to sign up never confirms (a mistyped or someone else's address): it does not take the role.
      await inject("first-unconfirmed@example.org");
      const confirmedFirst = await signUp(fresh.app, { email: "confirmed-first@example.org" });
      const later = await confirmEmail(fresh.app, "first-unconfirmed@example.org");
      const laterMe = await fresh.app.inject({ url: "/api/v1/me", headers: { cookie: sessionCookie(later!) } });
      expect(laterMe.json()).toMatchObject({ platformRole: "member", can: { administer: false } });
      expect((await call(fresh.app, confirmedFirst, "GET", "/api/v1/me")).json()).toMatchObject({
        platformRole: "admin",
        can: { administer: true },
      });
      // Confirming again (the link a second time) changes nothing.
      await confirmEmail(fresh.app, "confirmed-first@example.org");
      expect((await call(fresh.app, confirmedFirst, "GET", "/api/v1/me")).json().platformRole).toBe("admin");
    } finally {
      await fresh.close();
    }
  });
});

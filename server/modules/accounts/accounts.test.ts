import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { job, mailOutbox, session } from "../../db/schema/index.js";
import {
  call,
  confirmEmail,
  createTestApp,
  problemOf,
  type Session,
  sessionCookie,
  signUp,
  type TestContext,
  testOrigin,
} from "../../test/app.js";
import { startSmtpServer } from "../../test/smtp.js";
import { mailDeliveryJob } from "../mail/service.js";

let context: TestContext;
let first: Session;

beforeAll(async () => {
  context = await createTestApp();
  first = await signUp(context.app, { name: "First Person", email: "first@example.org" });
});
afterAll(() => context.close());

const postAuth = (path: string, payload: unknown, cookie?: string) =>
  context.app.inject({
    method: "POST",
    url: `/api/auth${path}`,
    headers: { origin: testOrigin, ...(cookie ? { cookie } : {}) },
    payload: payload as Record<string, unknown>,
  });

async function lastMail(recipient: string) {
  const [mail] = await context.database.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.recipient, recipient))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  return mail;
}

describe("sign-up and the first account", () => {
  it("makes the first account platform administrator and nobody after it", async () => {
    const me = await call(context.app, first, "GET", "/api/v1/me");
    expect(me.json()).toMatchObject({ name: "First Person", platformRole: "admin", can: { administer: true } });
    const second = await signUp(context.app);
    const secondMe = await call(context.app, second, "GET", "/api/v1/me");
    expect(secondMe.json()).toMatchObject({
      platformRole: "member",
      can: { administer: false, create_organization: true },
    });
  });

  it("sets an httpOnly, SameSite=Lax session cookie (not Secure over plain http) once the address is confirmed", async () => {
    const response = await postAuth("/sign-up/email", {
      email: "cookie@example.org",
      name: "Cookie",
      password: "a long enough password",
    });
    expect(response.cookies).toEqual([]);
    const confirmed = await confirmEmail(context.app, "cookie@example.org");
    const cookie = confirmed?.cookies.find((candidate) => candidate.name === "interlink.session_token");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie?.secure).toBeFalsy();
  });

  it("sets a Secure cookie when BASE_URL is https", async () => {
    const secure = await createTestApp({ BASE_URL: "https://interlink.example.eu" });
    try {
      const response = await secure.app.inject({
        method: "POST",
        url: "/api/auth/sign-up/email",
        headers: { origin: "https://interlink.example.eu" },
        payload: { email: "s@example.org", name: "S", password: "a long enough password" },
      });
      expect(response.headers["strict-transport-security"]).toBeDefined();
      const confirmed = await confirmEmail(secure.app, "s@example.org");
      const cookie = confirmed?.cookies.find((candidate) => candidate.name.endsWith("interlink.session_token"));
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
    } finally {
      await secure.close();
    }
  });

  // A taken address is not refused: it answers as a new one does (server/auth/sign-up.test.ts).
  it("refuses a short password, an unknown language and an empty name, creating nobody", async () => {
    const before = await context.database.db.$count(mailOutbox);
    const short = await postAuth("/sign-up/email", { email: "short@example.org", name: "S", password: "short" });
    expect(short.statusCode).toBe(400);
    const language = await postAuth("/sign-up/email", {
      email: "lang@example.org",
      name: "L",
      password: "a long enough password",
      language: "de",
    });
    expect(language.statusCode).toBe(400);
    const blank = await postAuth("/sign-up/email", {
      email: "blank@example.org",
      name: "  ",
      password: "a long enough password",
    });
    expect(blank.statusCode).toBe(400);
    const signIn = await postAuth("/sign-in/email", { email: "lang@example.org", password: "a long enough password" });
    expect(signIn.statusCode).toBe(401);
    expect(await context.database.db.$count(mailOutbox)).toBe(before);
  });

  it("refuses a NUL or a broken character in the sign-up's name with 422, creating nobody", async () => {
    const before = await context.database.db.$count(mailOutbox);
    const nul = await postAuth("/sign-up/email", {
      email: "nul@example.org",
      name: "Ilze\u0000",
      password: "a long enough password",
    });
    expect(problemOf(nul, 422).errors?.[0]).toMatchObject({ path: "body.name", code: "unstorable_character" });
    expect(await context.database.db.$count(mailOutbox)).toBe(before);
  });
});

describe("profiles change through PATCH /api/v1/me only", () => {
  it("answers better-auth's own update-user with 404 problem+json, whatever the body, and changes nothing", async () => {
    for (const payload of [{ name: null }, { name: { first: "Object" } }, { name: "x".repeat(200_000) }, {}]) {
      const refused = await postAuth("/update-user", payload, first.cookie);
      expect(problemOf(refused, 404).type).toBe("/problems/not-found");
    }
    const me = await context.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: first.cookie } });
    expect(me.json().name).not.toContain("Object");
    expect(me.json().name.length).toBeLessThanOrEqual(200);
  });
});

describe("signing in and out", () => {
  it("signs in with the right password, refuses a wrong one, and signs out", async () => {
    const wrong = await postAuth("/sign-in/email", { email: "first@example.org", password: "not the password" });
    expect(wrong.statusCode).toBe(401);
    const right = await postAuth("/sign-in/email", { email: "first@example.org", password: "a long enough password" });
    expect(right.statusCode).toBe(200);
    const cookie = sessionCookie(right);
    expect((await context.app.inject({ url: "/api/v1/me", headers: { cookie } })).statusCode).toBe(200);
    const out = await postAuth("/sign-out", {}, cookie);
    expect(out.statusCode).toBe(200);
    problemOf(await context.app.inject({ url: "/api/v1/me", headers: { cookie } }), 401);
  });

  it("refuses a sign-out posted from another site", async () => {
    const session = await signUp(context.app);
    const response = await context.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { origin: "https://evil.example", cookie: session.cookie },
      payload: {},
    });
    expect(response.statusCode).toBe(403);
    expect((await call(context.app, session, "GET", "/api/v1/me")).statusCode).toBe(200);
  });

  it("ignores a forged or tampered cookie", async () => {
    problemOf(
      await context.app.inject({ url: "/api/v1/me", headers: { cookie: "interlink.session_token=forged.value" } }),
      401,
    );
    const tampered = first.cookie.replace(/.$/, (last) => (last === "A" ? "B" : "A"));
    problemOf(await context.app.inject({ url: "/api/v1/me", headers: { cookie: tampered } }), 401);
  });
});

describe("session lifetime", () => {
  it("refuses an expired session and extends an active one about once a day, renewing the cookie", async () => {
    const person = await signUp(context.app);
    const token = decodeURIComponent(person.cookie.split("=")[1]!).split(".")[0]!;
    const inSixDays = new Date(Date.now() + 6 * 24 * 60 * 60 * 1000 - 60_000);
    await context.database.db.update(session).set({ expiresAt: inSixDays }).where(eq(session.token, token));
    const extended = await call(context.app, person, "GET", "/api/v1/me");
    expect(extended.statusCode).toBe(200);
    expect(extended.cookies.find((cookie) => cookie.name === "interlink.session_token")).toBeDefined();
    const [row] = await context.database.db.select().from(session).where(eq(session.token, token));
    expect(row!.expiresAt.valueOf()).toBeGreaterThan(inSixDays.valueOf() + 12 * 60 * 60 * 1000);

    const fresh = await call(context.app, person, "GET", "/api/v1/me");
    expect(fresh.cookies).toEqual([]);

    await context.database.db
      .update(session)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(session.token, token));
    problemOf(await call(context.app, person, "GET", "/api/v1/me"), 401);
  });
});

describe("profile", () => {
  it("changes name and language", async () => {
    const session = await signUp(context.app, { language: "lv" });
    expect((await call(context.app, session, "GET", "/api/v1/me")).json().language).toBe("lv");
    const changed = await call(context.app, session, "PATCH", "/api/v1/me", { name: "Līga Bērziņa", language: "it" });
    expect(changed.json()).toMatchObject({ name: "Līga Bērziņa", language: "it" });
  });

  it.each([
    ["an unknown language", { language: "fr" }, "body.language"],
    ["an empty name", { name: "" }, "body.name"],
    ["a name too long", { name: "x".repeat(201) }, "body.name"],
    ["a wrong type", { name: 42 }, "body.name"],
    ["a field one may not set", { platformRole: "admin" }, "body"],
    ["an e-mail change", { email: "new@example.org" }, "body"],
  ])("refuses %s with 422 and changes nothing", async (_label, payload, path) => {
    const session = await signUp(context.app, { name: "Unchanged" });
    const problem = problemOf(await call(context.app, session, "PATCH", "/api/v1/me", payload), 422);
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    expect((await call(context.app, session, "GET", "/api/v1/me")).json()).toMatchObject({
      name: "Unchanged",
      platformRole: "member",
      language: "en",
    });
  });

  it("needs a session", async () => {
    problemOf(await call(context.app, null, "GET", "/api/v1/me"), 401);
    problemOf(await call(context.app, null, "PATCH", "/api/v1/me", { name: "x" }), 401);
  });
});

describe("mail without SMTP: the outbox and the mail files", () => {
  it("stores the verification mail, in the person's language, with a link that verifies", async () => {
    await postAuth("/sign-up/email", {
      email: "verify@example.org",
      name: "Verify",
      password: "a long enough password",
      language: "lv",
    });
    await context.app.jobs.drain();
    const mail = await lastMail("verify@example.org");
    expect(mail).toMatchObject({ purpose: "verify-email", subject: expect.stringContaining("Apstipriniet") });
    expect(mail?.sentAt).toBeInstanceOf(Date);
    const url = new URL(mail!.metadata.url!);
    expect(url.origin).toBe(testOrigin);
    // The link lands on the web app's screen, which hands the token to better-auth.
    expect(url.pathname).toBe("/verify-email");
    expect(mail!.text).toContain(url.toString());
    const token = url.searchParams.get("token")!;
    const verified = await context.app.inject({ url: `/api/auth/verify-email?token=${encodeURIComponent(token)}` });
    expect(verified.statusCode).toBe(200);
    // Confirming signs the person in.
    const me = await context.app.inject({ url: "/api/v1/me", headers: { cookie: sessionCookie(verified) } });
    expect(me.json()).toMatchObject({ email: "verify@example.org", emailVerified: true });
  });

  it("refuses a forged or altered verification token with a code the screen can translate", async () => {
    await signUp(context.app, { email: "forged@example.org" });
    const token = new URL((await lastMail("forged@example.org"))!.metadata.url!).searchParams.get("token")!;
    for (const bad of [`${token.slice(0, -2)}xx`, "not-a-token"]) {
      const refused = await context.app.inject({ url: `/api/auth/verify-email?token=${encodeURIComponent(bad)}` });
      expect(refused.statusCode).toBe(401);
      expect(refused.json()).toMatchObject({ code: "INVALID_TOKEN" });
    }
  });

  it("sends a new verification mail on request, and says nothing about unknown addresses", async () => {
    await postAuth("/sign-up/email", { email: "again@example.org", name: "Again", password: "a long enough password" });
    const before = await context.database.db.$count(mailOutbox);
    const resent = await postAuth("/send-verification-email", { email: "again@example.org" });
    expect(resent.statusCode).toBe(200);
    expect(await context.database.db.$count(mailOutbox)).toBe(before + 1);
    const unknown = await postAuth("/send-verification-email", { email: "nobody-here@example.org" });
    expect(unknown.statusCode).toBe(200);
    expect(await context.database.db.$count(mailOutbox)).toBe(before + 1);
  });

  it("resets a password through the mailed link and ends the old sessions", async () => {
    const session = await signUp(context.app, { email: "reset@example.org", password: "the old password!" });
    const asked = await postAuth("/request-password-reset", { email: "reset@example.org" });
    expect(asked.statusCode).toBe(200);
    const mail = await lastMail("reset@example.org");
    expect(mail?.purpose).toBe("reset-password");
    const url = new URL(mail!.metadata.url!);
    expect(`${url.origin}${url.pathname}`).toBe(`${testOrigin}/reset-password`);
    expect(mail!.text).toContain(url.toString());
    const token = url.searchParams.get("token");
    const tooShort = await postAuth("/reset-password", { token, newPassword: "short" });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json()).toMatchObject({ code: "PASSWORD_TOO_SHORT" });
    const reset = await postAuth("/reset-password", { token, newPassword: "the new password!" });
    expect(reset.statusCode).toBe(200);
    problemOf(await call(context.app, session, "GET", "/api/v1/me"), 401);
    expect(
      (await postAuth("/sign-in/email", { email: "reset@example.org", password: "the old password!" })).statusCode,
    ).toBe(401);
    expect(
      (await postAuth("/sign-in/email", { email: "reset@example.org", password: "the new password!" })).statusCode,
    ).toBe(200);
    const reused = await postAuth("/reset-password", { token, newPassword: "a third password!" });
    expect(reused.statusCode).toBe(400);
    expect(reused.json()).toMatchObject({ code: "INVALID_TOKEN" });
  });

  it("answers a reset request for an unknown address like any other, sending nothing", async () => {
    const before = await context.database.db.$count(mailOutbox);
    const asked = await postAuth("/request-password-reset", {
      email: "nobody@example.org",
      redirectTo: "/reset-password",
    });
    expect(asked.statusCode).toBe(200);
    expect(await context.database.db.$count(mailOutbox)).toBe(before);
  });
});

describe("mail through a real SMTP server", () => {
  const signUpThrough = (app: TestContext["app"], email: string) =>
    app.inject({
      method: "POST",
      url: "/api/auth/sign-up/email",
      headers: { origin: testOrigin },
      payload: { email, name: "Smtp Person", password: "a long enough password" },
    });
  const outboxOf = async (served: TestContext, email: string) =>
    (await served.database.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email)))[0];
  const deliveryJobs = (served: TestContext) =>
    served.database.db.select().from(job).where(eq(job.kind, mailDeliveryJob));

  it("delivers the verification mail over SMTP in a background job, not in the request, and marks it sent", async () => {
    const smtp = await startSmtpServer();
    const withSmtp = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: "INTERLINK <noreply@example.eu>" });
    try {
      await withSmtp.app.jobs.stop();
      // Without mail files the address cannot be confirmed here: the sign-up alone sends the mail.
      expect((await signUpThrough(withSmtp.app, "smtp@example.org")).statusCode).toBe(200);
      // The request only stored it, with the job that delivers it.
      expect((await outboxOf(withSmtp, "smtp@example.org"))?.sentAt).toBeNull();
      expect(await deliveryJobs(withSmtp)).toHaveLength(1);
      expect(smtp.received).toHaveLength(0);
      expect(await withSmtp.app.jobs.drain()).toBe(1);
      const mail = await outboxOf(withSmtp, "smtp@example.org");
      expect(mail?.sentAt).toBeInstanceOf(Date);
      expect(mail?.error).toBeNull();
      expect(await deliveryJobs(withSmtp)).toHaveLength(0);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]).toContain("To: smtp@example.org");
      expect(smtp.received[0]).toContain("Confirm your e-mail address");
      expect(smtp.received[0]).toContain("/verify-email?token=");
    } finally {
      await withSmtp.close();
      await smtp.close();
    }
  });

  it("keeps a mail the SMTP server refuses for now, and delivers it on a later try", async () => {
    let refusals = 1;
    const smtp = await startSmtpServer(() => refusals-- > 0);
    const withSmtp = await createTestApp({ SMTP_URL: smtp.url });
    try {
      await withSmtp.app.jobs.stop();
      expect((await signUpThrough(withSmtp.app, "busy@example.org")).statusCode).toBe(200);
      await withSmtp.app.jobs.drain();
      const refused = await outboxOf(withSmtp, "busy@example.org");
      expect(refused?.sentAt).toBeNull();
      expect(refused?.error).toContain("Mailbox busy");
      const [waiting] = await deliveryJobs(withSmtp);
      expect(waiting).toMatchObject({ state: "ready", attempts: 1 });
      expect(waiting!.runAt.valueOf()).toBeGreaterThan(Date.now());
      // Its next try comes due (as it would ten seconds later).
      await withSmtp.database.db.update(job).set({ runAt: new Date() }).where(eq(job.id, waiting!.id));
      expect(await withSmtp.app.jobs.drain()).toBe(1);
      const delivered = await outboxOf(withSmtp, "busy@example.org");
      expect(delivered?.sentAt).toBeInstanceOf(Date);
      expect(delivered?.error).toBeNull();
      expect(smtp.received).toHaveLength(1);
      expect(await deliveryJobs(withSmtp)).toHaveLength(0);
    } finally {
      await withSmtp.close();
      await smtp.close();
    }
  });

  it("records a delivery failure when the SMTP server is down, keeps the mail to try again, and signs up", async () => {
    const down = await createTestApp({ SMTP_URL: "smtp://127.0.0.1:9" });
    try {
      await down.app.jobs.stop();
      const signedUp = await signUpThrough(down.app, "down@example.org");
      expect(signedUp.statusCode).toBe(200);
      await down.app.jobs.drain();
      const mail = await outboxOf(down, "down@example.org");
      expect(mail?.sentAt).toBeNull();
      expect(mail?.error).toEqual(expect.any(String));
      expect(await deliveryJobs(down)).toMatchObject([{ state: "ready", attempts: 1 }]);
    } finally {
      await down.close();
    }
  });
});

describe("rate limits", () => {
  it("refuses the eleventh sign-in attempt in a minute from one address with 429", async () => {
    const limited = await createTestApp({ RATE_LIMIT_AUTH_PER_MINUTE: "10" });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 11; attempt++) {
        const response = await limited.app.inject({
          method: "POST",
          url: "/api/auth/sign-in/email",
          headers: { origin: testOrigin, "x-forwarded-for": `10.0.0.${attempt}` },
          payload: { email: "guess@example.org", password: `guess number ${attempt}` },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
      expect(statuses[10]).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { session, user } from "../db/schema/index.js";
import { setPlatformRole } from "../modules/accounts/service.js";
import {
  call,
  createSecondApp,
  createTestApp,
  problemOf,
  type Session,
  sessionCookie,
  signUp,
  type TestContext,
  testOrigin,
} from "../test/app.js";
import { sessionExpiresInSeconds } from "./session.js";

// A session, once read, may be kept in memory (PGlite): every way it can stop being valid, or the person's
// account can change, must show on the very next request. Each test reads first, so a kept copy exists.

let context: TestContext;
beforeAll(async () => {
  context = await createTestApp();
});
afterAll(async () => {
  await context.close();
});
afterEach(() => {
  vi.useRealTimers();
});

const password = "a long enough password";
const postAuth = (path: string, payload: unknown, cookie?: string) =>
  context.app.inject({
    method: "POST",
    url: `/api/auth${path}`,
    headers: { origin: testOrigin, ...(cookie ? { cookie } : {}) },
    payload: payload as Record<string, unknown>,
  });
const me = (cookie: string) => context.app.inject({ url: "/api/v1/me", headers: { cookie } });
const signIn = async (email: string, secret = password) => {
  const response = await postAuth("/sign-in/email", { email, password: secret });
  expect(response.statusCode).toBe(200);
  return sessionCookie(response);
};
const readTwice = async (cookie: string) => {
  expect((await me(cookie)).statusCode).toBe(200);
  expect((await me(cookie)).statusCode).toBe(200);
};

describe("a session read once", () => {
  let person: Session;
  beforeAll(async () => {
    person = await signUp(context.app, { password });
  });

  it("is refused at once after signing out", async () => {
    const cookie = await signIn(person.email);
    await readTwice(cookie);
    expect((await postAuth("/sign-out", {}, cookie)).statusCode).toBe(200);
    problemOf(await me(cookie), 401);
  });

  it("is refused at once when revoked from another session, and the other stays", async () => {
    const kept = await signIn(person.email);
    const revoked = await signIn(person.email);
    await readTwice(kept);
    await readTwice(revoked);
    const token = decodeURIComponent(revoked.split("=")[1]!).split(".")[0];
    expect((await postAuth("/revoke-session", { token }, kept)).statusCode).toBe(200);
    problemOf(await me(revoked), 401);
    expect((await me(kept)).statusCode).toBe(200);
  });

  it("is refused at once when its owner changes the password and ends the other sessions", async () => {
    const changer = await signUp(context.app, { password });
    const other = await signIn(changer.email);
    await readTwice(other);
    await readTwice(changer.cookie);
    const changed = await postAuth(
      "/change-password",
      { currentPassword: password, newPassword: "another long password", revokeOtherSessions: true },
      changer.cookie,
    );
    expect(changed.statusCode).toBe(200);
    problemOf(await me(other), 401);
  });

  it("is refused at once when its row is deleted or expired by anyone (an operator's SQL)", async () => {
    const deleted = await signIn(person.email);
    const expired = await signIn(person.email);
    await readTwice(deleted);
    await readTwice(expired);
    const tokenOf = (cookie: string) => decodeURIComponent(cookie.split("=")[1]!).split(".")[0]!;
    await context.database.db.delete(session).where(eq(session.token, tokenOf(deleted)));
    await context.database.db
      .update(session)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(session.token, tokenOf(expired)));
    problemOf(await me(deleted), 401);
    problemOf(await me(expired), 401);
  });

  it("is refused once it expires, with no change to any row", async () => {
    const cookie = await signIn(person.email);
    await readTwice(cookie);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + (sessionExpiresInSeconds + 60) * 1000 });
    problemOf(await me(cookie), 401);
  });

  it("answers with the profile as changed, through PATCH /api/v1/me or any other writer", async () => {
    const cookie = await signIn(person.email);
    await readTwice(cookie);
    const patched = await call(context.app, { ...person, cookie }, "PATCH", "/api/v1/me", { name: "Renamed" });
    expect(patched.statusCode).toBe(200);
    expect((await me(cookie)).json()).toMatchObject({ name: "Renamed" });
    await context.database.db.update(user).set({ language: "lv" }).where(eq(user.id, person.userId));
    expect((await me(cookie)).json()).toMatchObject({ name: "Renamed", language: "lv" });
  });

  it("answers with the platform role as changed, in the profile and in what the person may do", async () => {
    const cookie = await signIn(person.email);
    await readTwice(cookie);
    await setPlatformRole(context.database.db, { userId: person.userId, role: "admin" });
    expect((await me(cookie)).json()).toMatchObject({ platformRole: "admin", can: { administer: true } });
    await setPlatformRole(context.database.db, { userId: person.userId, role: "member" });
    expect((await me(cookie)).json()).toMatchObject({ platformRole: "member", can: { administer: false } });
  });

  it("is refused at once when the account is deleted", async () => {
    const leaving = await signUp(context.app, { password });
    await readTwice(leaving.cookie);
    await context.database.db.execute(sql`delete from "user" where id = ${leaving.userId}`);
    problemOf(await me(leaving.cookie), 401);
  });

  it("is refused at once by another server on the same data after signing out on one", async () => {
    const second = await createSecondApp(context);
    try {
      const cookie = await signIn(person.email);
      const onSecond = () => second.app.inject({ url: "/api/v1/me", headers: { cookie } });
      expect((await onSecond()).statusCode).toBe(200);
      expect((await onSecond()).statusCode).toBe(200);
      expect((await postAuth("/sign-out", {}, cookie)).statusCode).toBe(200);
      problemOf(await onSecond(), 401);
    } finally {
      await second.close();
    }
  });
});

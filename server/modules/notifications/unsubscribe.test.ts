import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox } from "../../db/schema/index.js";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext, testOrigin } from "../../test/app.js";
import { loadAuthSecret } from "../platform/service.js";
import { unsubscribeToken, unsubscribeValidityMs } from "./unsubscribe.js";

// One click in a mail program (RFC 8058) turns off what sent the mail, for the person it was sent to, without
// signing in; a link that was changed, belongs to someone else or expired changes nothing.

let context: TestContext;
let admin: Session;
let secret: string;
let link: string;
beforeAll(async () => {
  context = await createTestApp();
  await signUp(context.app, { name: "Platform Admin" });
  admin = await signUp(context.app, { name: "Orga Admina" });
  const asker = await signUp(context.app, { name: "Asker" });
  const organization = await call(context.app, admin, "POST", "/api/v1/organizations", {
    name: { en: "Ogre" },
    type: "public_administration",
    visibility: "public",
  });
  const team = await call(context.app, admin, "POST", `/api/v1/organizations/${organization.json().id}/teams`, {
    name: { en: "Runners" },
    type: "citizen",
  });
  await call(context.app, asker, "POST", `/api/v1/teams/${team.json().id}/join-requests`, { message: "Hi" });
  await context.app.jobs.drain();
  secret = await loadAuthSecret(context.database.db, undefined);
  const [mail] = await context.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, admin.email), eq(mailOutbox.purpose, "notification")));
  expect(mail?.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  link = mail!.headers["List-Unsubscribe"]!.slice(1, -1);
  // The mail as delivered carries both headers.
  const file = fs.readFileSync(path.join(context.config.mailDir, `${mail!.id}.eml`), "utf8");
  expect(file).toContain(`List-Unsubscribe: <${link}>`);
  expect(file).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
});
afterAll(() => context.close());

const preferences = async () =>
  (await call(context.app, admin, "GET", "/api/v1/me/notification-preferences")).json().events;
/** As a mail program posts it: a form body, no cookie, no Origin. */
const oneClick = (url: string) =>
  context.app.inject({
    method: "POST",
    url: url.replace(context.config.baseUrl, ""),
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: "List-Unsubscribe=One-Click",
  });

describe("one-click unsubscribe", () => {
  it("refuses a changed, someone else's or expired link, and changes nothing", async () => {
    const before = await preferences();
    const token = new URL(link).searchParams.get("token")!;
    const [body, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(body!, "base64url").toString("utf8"));
    const someoneElse = Buffer.from(JSON.stringify({ ...claims, u: "another-user" })).toString("base64url");
    const expired = unsubscribeToken(
      secret,
      { userId: admin.userId, group: "requests_to_decide" },
      Date.now() - unsubscribeValidityMs - 1,
    );
    for (const bad of [
      `${body}.${signature!.slice(0, -2)}xx`,
      `${someoneElse}.${signature}`,
      expired,
      "nonsense",
      `${body}.${signature}.${signature}`,
    ]) {
      const refused = problemOf(await oneClick(`/api/v1/unsubscribe?token=${encodeURIComponent(bad)}`), 422);
      expect(refused.errors?.[0]?.code).toBe("invalid_unsubscribe_token");
    }
    problemOf(await oneClick("/api/v1/unsubscribe"), 422);
    expect(await preferences()).toEqual(before);
  });

  it("turns off exactly the group that sent the mail, without a session", async () => {
    const answered = await oneClick(link);
    expect(answered.statusCode).toBe(200);
    expect(await preferences()).toEqual({
      mentions: "immediately",
      discussions: "daily",
      requests_to_decide: "off",
      assignments: "immediately",
      answers: "daily",
      process_updates: "daily",
    });
  });

  it("turns off every group going to a digest, from the digest's link", async () => {
    const token = unsubscribeToken(secret, { userId: admin.userId, frequency: "daily" });
    const answered = await oneClick(`/api/v1/unsubscribe?token=${token}`);
    expect(answered.statusCode).toBe(200);
    expect(await preferences()).toEqual({
      mentions: "immediately",
      discussions: "off",
      requests_to_decide: "off",
      assignments: "immediately",
      answers: "off",
      process_updates: "off",
    });
  });

  it("is refused from a page of another site that carries the person's session (the origin check holds)", async () => {
    const token = unsubscribeToken(secret, { userId: admin.userId, group: "mentions" });
    const response = await context.app.inject({
      method: "POST",
      url: `/api/v1/unsubscribe?token=${token}`,
      headers: { cookie: admin.cookie, origin: "https://evil.example" },
    });
    expect(response.statusCode).toBe(403);
    expect(testOrigin).not.toBe("https://evil.example");
    expect((await preferences()).mentions).toBe("immediately");
  });
});

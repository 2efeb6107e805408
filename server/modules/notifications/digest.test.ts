import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { job, mailOutbox, notification } from "../../db/schema/index.js";
import { call, createTestApp, type Session, signUp, type TestContext } from "../../test/app.js";
import { createProcess } from "../../test/factories.js";
import { digestJob, nextDigestAt } from "./digest.js";

// What does not wait for the person (an answer to their request) goes into one mail a day, or a week, as they
// chose: grouped, in their language, once.

describe("when digests go", () => {
  it("at 07:00 UTC: the next morning for the daily one, the next Monday for the weekly one", () => {
    expect(nextDigestAt("daily", new Date("2026-12-03T06:59:00Z")).toISOString()).toBe("2026-12-03T07:00:00.000Z");
    expect(nextDigestAt("daily", new Date("2026-12-03T07:00:00Z")).toISOString()).toBe("2026-12-04T07:00:00.000Z");
    // 3 December 2026 is a Thursday.
    expect(nextDigestAt("weekly", new Date("2026-12-03T12:00:00Z")).toISOString()).toBe("2026-12-07T07:00:00.000Z");
    expect(nextDigestAt("weekly", new Date("2026-12-07T06:00:00Z")).toISOString()).toBe("2026-12-07T07:00:00.000Z");
  });
});

let context: TestContext;
let admin: Session;
let asker: Session;
const teams: string[] = [];
beforeAll(async () => {
  context = await createTestApp();
  await signUp(context.app, { name: "Platform Admin" });
  admin = await signUp(context.app, { name: "Orga Admina" });
  asker = await signUp(context.app, { name: "Jānis Asker", language: "lv" });
  const organization = await call(context.app, admin, "POST", "/api/v1/organizations", {
    name: { en: "Cēsis" },
    type: "public_administration",
    visibility: "public",
  });
  for (const name of ["Choir", "Garden", "Library"]) {
    const team = await call(context.app, admin, "POST", `/api/v1/organizations/${organization.json().id}/teams`, {
      name: { en: name, lv: `${name} (lv)` },
      type: "citizen",
    });
    teams.push(team.json().id);
  }
});
afterAll(() => context.close());

const joinAndApprove = async (teamId: string) => {
  const asked = await call(context.app, asker, "POST", `/api/v1/teams/${teamId}/join-requests`, { message: "Hi" });
  await call(context.app, admin, "POST", `/api/v1/join-requests/${asked.json().id}/approve`);
  await context.app.jobs.drain();
};
const digests = () => context.database.db.select().from(job).where(eq(job.kind, digestJob));
const digestMails = () =>
  context.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, asker.email), eq(mailOutbox.purpose, "notification-digest")));

describe("the daily digest", () => {
  it("waits until 07:00 UTC with one job per person, then mails what came, once, in the person's language", async () => {
    await joinAndApprove(teams[0]!);
    await joinAndApprove(teams[1]!);
    const waiting = await digests();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ state: "ready", payload: { userId: asker.userId, frequency: "daily" } });
    expect(waiting[0]!.runAt.toISOString()).toBe(nextDigestAt("daily", new Date()).toISOString());
    // Answers do not go at once.
    expect(await digestMails()).toEqual([]);
    const immediate = await context.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.recipient, asker.email), eq(mailOutbox.purpose, "notification")));
    expect(immediate).toEqual([]);

    // 07:00 comes.
    await context.database.db.update(job).set({ runAt: new Date() }).where(eq(job.id, waiting[0]!.id));
    await context.app.jobs.drain();
    const [mail] = await digestMails();
    expect(mail?.subject).toBe("Jūsu dienas INTERLINK kopsavilkums: 2 jaunumi");
    expect(mail?.text).toContain("Labdien, Jānis Asker!");
    expect(mail?.text).toContain("Komandas un citas vietas");
    expect(mail?.text).toContain("Jūsu pieprasījums pievienoties komandai “Choir (lv)” ir apstiprināts");
    expect(mail?.text).toContain("Jūsu pieprasījums pievienoties komandai “Garden (lv)” ir apstiprināts");
    expect(mail?.text).toContain(`${context.config.baseUrl}/teams/${teams[0]}`);
    expect(mail?.sentAt).toBeInstanceOf(Date);
    const carried = await context.database.db.select().from(notification).where(eq(notification.userId, asker.userId));
    expect(carried.every((row) => row.digestedAt !== null)).toBe(true);
    expect(await digests()).toEqual([]);
  });

  it("follows a change to weekly, and leaves out what the person read in the app meanwhile", async () => {
    const saved = await call(context.app, asker, "PUT", "/api/v1/me/notification-preferences", {
      events: { answers: "weekly" },
      processes: {},
    });
    expect(saved.statusCode).toBe(200);
    await joinAndApprove(teams[2]!);
    const [weekly] = await digests();
    expect(weekly).toMatchObject({ payload: { frequency: "weekly" } });
    expect(weekly!.runAt.getUTCDay()).toBe(1);
    // Read in the app before Monday: nothing left to mail.
    await call(context.app, asker, "POST", "/api/v1/me/notifications/read", { all: true });
    await context.database.db.update(job).set({ runAt: new Date() }).where(eq(job.id, weekly!.id));
    await context.app.jobs.drain();
    expect(await digestMails()).toHaveLength(1);
  });
});

describe("a digest mailed after the person lost sight of a process", () => {
  it("leaves out what that process told them, but not that their rights were taken back", async () => {
    const processId = (await createProcess(context.app, { by: admin, name: "Riverside path", visibility: "private" }))
      .id;
    const given = await call(context.app, admin, "POST", `/api/v1/processes/${processId}/grants`, {
      userId: asker.userId,
      rights: ["view"],
    });
    if (given.statusCode !== 201) throw new Error(given.body);
    await context.app.jobs.drain();
    const [waiting] = (await digests()).filter((entry) => entry.payload.frequency === "daily");
    expect(waiting).toBeDefined();
    expect((await call(context.app, admin, "DELETE", `/api/v1/grants/${given.json().id}`)).statusCode).toBe(204);
    await context.app.jobs.drain();
    const before = (await digestMails()).length;
    await context.database.db.update(job).set({ runAt: new Date() }).where(eq(job.id, waiting!.id));
    await context.app.jobs.drain();
    const mails = await digestMails();
    expect(mails).toHaveLength(before + 1);
    const text = mails.at(-1)!.text;
    expect(text).toContain("Orga Admina atsauca jūsu tiesības procesā “Riverside path”.");
    expect(text).not.toContain("piešķīra jums tiesības");
    expect(mails.at(-1)!.subject).toBe("Jūsu dienas INTERLINK kopsavilkums: 1 jaunums");
    // Both stay in the inbox; neither is carried again.
    const rows = await context.database.db.select().from(notification).where(eq(notification.processId, processId));
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.digestedAt !== null)).toBe(true);
  });
});

it("sends what waits for a decision at once, never in a digest", async () => {
  const mails = await context.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, admin.email), eq(mailOutbox.purpose, "notification")));
  expect(mails).toHaveLength(3);
  const digested = await context.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, admin.email), eq(mailOutbox.purpose, "notification-digest")));
  expect(digested).toEqual([]);
});

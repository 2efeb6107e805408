import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { job, mailOutbox, notification, teamMember } from "../../db/schema/index.js";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";
import { notificationJob } from "./emit.js";

// People hear of what needs them: a join request reaches whoever may decide it, the answer reaches the person
// who asked, in each one's language, in the inbox, live, and by mail as each chose; and never someone who may no
// longer see it when it is delivered.

let context: TestContext;
let orgAdmin: Session;
let teamAdmin: Session;
let asker: Session;
let stranger: Session;
let organizationId: string;
let teamId: string;
beforeAll(async () => {
  context = await createTestApp();
  await signUp(context.app, { name: "Platform Admin" });
  orgAdmin = await signUp(context.app, { name: "Orga Admina" });
  teamAdmin = await signUp(context.app, { name: "Līga Bērziņa", language: "lv" });
  asker = await signUp(context.app, { name: "Ana Asker", language: "it" });
  stranger = await signUp(context.app, { name: "Stranger" });
  const organization = await call(context.app, orgAdmin, "POST", "/api/v1/organizations", {
    name: { en: "Sigulda" },
    type: "public_administration",
    visibility: "public",
  });
  organizationId = organization.json().id;
  const team = await call(context.app, orgAdmin, "POST", `/api/v1/organizations/${organizationId}/teams`, {
    name: { en: "Library users", lv: "Bibliotēkas lietotāji", it: "Utenti della biblioteca" },
    type: "citizen",
  });
  expect(team.statusCode).toBe(201);
  teamId = team.json().id;
  // The team's own administrator, put there directly (consent is tested with invitations).
  await context.database.db.insert(teamMember).values({ teamId, userId: teamAdmin.userId, role: "administrator" });
});
afterAll(async () => {
  await context.close();
});

type Page = { items: { id: string; type: string; text: string; url: string; readAt: string | null }[]; unread: number };
const inbox = async (session: Session, query = "") => {
  const response = await call(context.app, session, "GET", `/api/v1/me/notifications${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as Page;
};
const askToJoin = async (session: Session) => {
  const asked = await call(context.app, session, "POST", `/api/v1/teams/${teamId}/join-requests`, {
    message: "I read there every week",
  });
  expect(asked.statusCode).toBe(201);
  return asked.json().id as string;
};
const mailsTo = (email: string) =>
  context.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, email), eq(mailOutbox.purpose, "notification")));

describe("a join request", () => {
  it("reaches the team's and the organization's administrators in their languages, inbox and mail, and nobody else", async () => {
    const requestId = await askToJoin(asker);
    await context.app.jobs.drain();

    const latvian = await inbox(teamAdmin);
    expect(latvian.unread).toBe(1);
    expect(latvian.items[0]).toMatchObject({
      type: "join_request.created",
      text: "Ana Asker lūdz pievienoties komandai “Bibliotēkas lietotāji”. Apstipriniet vai noraidiet pieprasījumu.",
      url: `/teams/${teamId}`,
      readAt: null,
    });
    expect((await inbox(orgAdmin)).items[0]?.text).toBe(
      "Ana Asker asks to join the team “Library users”. Approve or reject the request.",
    );
    expect((await inbox(asker)).items).toEqual([]);
    expect((await inbox(stranger)).items).toEqual([]);

    // What waits for them goes by mail at once, by default, in their language, with the link.
    const [mail] = await mailsTo(teamAdmin.email);
    expect(mail?.subject).toBe("Ana Asker lūdz pievienoties komandai “Bibliotēkas lietotāji”");
    expect(mail?.text).toContain(`${context.config.baseUrl}/teams/${teamId}`);
    expect(mail?.sentAt).toBeInstanceOf(Date);
    const file = fs.readFileSync(path.join(context.config.mailDir, `${mail!.id}.eml`), "utf8");
    expect(file).toContain("To: ");

    // The answer reaches the person who asked (an answer goes to the daily digest, not at once).
    const approved = await call(context.app, teamAdmin, "POST", `/api/v1/join-requests/${requestId}/approve`);
    expect(approved.statusCode).toBe(200);
    await context.app.jobs.drain();
    expect((await inbox(asker)).items[0]).toMatchObject({
      type: "join_request.decided",
      text: "La tua richiesta di entrare nel team «Utenti della biblioteca» è stata approvata: ora ne fai parte.",
    });
    expect(await mailsTo(asker.email)).toEqual([]);
    // The one who decided is not told of their own doing.
    expect((await inbox(teamAdmin)).items.map((item) => item.type)).toEqual(["join_request.created"]);
  });

  it("is not told to an administrator removed from the team before it was delivered", async () => {
    await context.app.jobs.stop();
    try {
      await askToJoin(stranger);
      await context.database.db
        .update(teamMember)
        .set({ role: "member" })
        .where(and(eq(teamMember.teamId, teamId), eq(teamMember.userId, teamAdmin.userId)));
      const before = (await inbox(teamAdmin)).items.length;
      await context.app.jobs.drain();
      expect((await inbox(teamAdmin)).items).toHaveLength(before);
      expect((await inbox(orgAdmin)).items[0]?.text).toBe(
        "Stranger asks to join the team “Library users”. Approve or reject the request.",
      );
    } finally {
      await context.database.db
        .update(teamMember)
        .set({ role: "administrator" })
        .where(and(eq(teamMember.teamId, teamId), eq(teamMember.userId, teamAdmin.userId)));
    }
  });

  it("is delivered once even when its delivery runs again", async () => {
    const before = (await inbox(orgAdmin)).items.length;
    const [pending] = await context.database.db.select().from(job).where(eq(job.kind, notificationJob));
    expect(pending).toBeUndefined();
    const joined = await call(context.app, orgAdmin, "GET", `/api/v1/teams/${teamId}/join-requests?status=pending`);
    const requestId = joined.json().items[0].id as string;
    await call(context.app, orgAdmin, "POST", `/api/v1/join-requests/${requestId}/reject`);
    const [delivery] = await context.database.db.select().from(job).where(eq(job.kind, notificationJob));
    // The same event delivered twice, as after a crash between its effect and its end.
    await context.database.db.insert(job).values({ ...delivery!, id: undefined, singletonKey: null });
    await context.app.jobs.drain();
    const strangerInbox = await inbox(stranger);
    expect(strangerInbox.items.filter((item) => item.type === "join_request.decided")).toHaveLength(1);
    expect((await inbox(orgAdmin)).items).toHaveLength(before);
  });
});

describe("the inbox", () => {
  it("marks some read, then all, and never another person's", async () => {
    const mine = await inbox(orgAdmin);
    expect(mine.unread).toBeGreaterThanOrEqual(2);
    const someoneElses = (await inbox(teamAdmin)).items[0]!.id;
    const marked = await call(context.app, orgAdmin, "POST", "/api/v1/me/notifications/read", {
      ids: [mine.items[0]!.id, someoneElses],
    });
    expect(marked.json()).toEqual({ unread: mine.unread - 1 });
    expect((await inbox(teamAdmin)).items.find((item) => item.id === someoneElses)?.readAt).toBeNull();
    expect((await inbox(orgAdmin, "?unread=true")).items.map((item) => item.id)).not.toContain(mine.items[0]!.id);
    const all = await call(context.app, orgAdmin, "POST", "/api/v1/me/notifications/read", { all: true });
    expect(all.json()).toEqual({ unread: 0 });
    expect((await inbox(orgAdmin, "?unread=true")).items).toEqual([]);
  });

  it("archives some (read at once), lists them apart, puts them back, and never touches another person's", async () => {
    const processA = "01a23d00-0000-7000-8000-00000000000a";
    const processB = "01a23d00-0000-7000-8000-00000000000b";
    const row = (userId: string, processId: string | null) => ({
      userId,
      eventId: crypto.randomUUID(),
      type: "mentioned" as const,
      processId,
      subjectKind: "asset",
      subjectId: "x",
      url: "/",
      data: { by: "Someone", title: "A thread" },
    });
    const [first, second, third] = await context.database.db
      .insert(notification)
      .values([row(stranger.userId, processA), row(stranger.userId, processB), row(stranger.userId, processA)])
      .returning();
    const [theirs] = await context.database.db.insert(notification).values(row(teamAdmin.userId, processA)).returning();
    // The stranger may have been told of other things before: only these three are looked at.
    const these = new Set([first!.id, second!.id, third!.id]);
    const listed = async (query = "") =>
      (await inbox(stranger, query)).items.map((item) => item.id).filter((id) => these.has(id));
    expect((await inbox(stranger, `?processId=${processA}`)).items.map((item) => item.id)).toEqual([
      third!.id,
      first!.id,
    ]);

    const before = (await inbox(stranger)).unread;
    const archived = await call(context.app, stranger, "POST", "/api/v1/me/notifications/archive", {
      ids: [first!.id, theirs!.id],
    });
    expect(archived.json()).toEqual({ unread: before - 1 });
    expect(await listed()).toEqual([third!.id, second!.id]);
    const apart = await inbox(stranger, "?archived=true");
    expect(apart.items.map((item) => item.id)).toEqual([first!.id]);
    expect(apart.items[0]!.readAt).not.toBeNull();
    expect((await inbox(teamAdmin, `?processId=${processA}`)).items.map((item) => item.id)).toEqual([theirs!.id]);

    await call(context.app, stranger, "POST", "/api/v1/me/notifications/archive", {
      ids: [first!.id],
      archived: false,
    });
    expect(await listed()).toEqual([third!.id, second!.id, first!.id]);
    expect(await listed("?archived=true")).toEqual([]);

    for (const body of [
      {},
      { ids: [] },
      { ids: ["x"] },
      { ids: [first!.id], archived: "yes" },
      { ids: [first!.id], all: true },
    ]) {
      problemOf(await call(context.app, stranger, "POST", "/api/v1/me/notifications/archive", body), 422);
    }
    problemOf(await call(context.app, null, "POST", "/api/v1/me/notifications/archive", { ids: [first!.id] }), 401);
    problemOf(await call(context.app, stranger, "GET", "/api/v1/me/notifications?processId=nope"), 422);
    await context.database.db.delete(notification).where(inArray(notification.id, [...these, theirs!.id]));
  });

  it("words each item in the language the app is shown in, else the account's", async () => {
    const inLatvian = await context.app.inject({
      url: "/api/v1/me/notifications",
      headers: { cookie: asker.cookie, "accept-language": "lv" },
    });
    expect(inLatvian.json().items[0].text).toBe(
      "Jūsu pieprasījums pievienoties komandai “Bibliotēkas lietotāji” ir apstiprināts: tagad esat tās dalībnieks.",
    );
    expect((await inbox(asker)).items[0]?.text).toContain("La tua richiesta di entrare nel team");
  });

  it("refuses a body that says neither or both, ids that are not ids, and anyone not signed in", async () => {
    for (const body of [{}, { ids: [], all: true }, { ids: ["x"] }, { all: false }, { all: true, extra: 1 }]) {
      problemOf(await call(context.app, orgAdmin, "POST", "/api/v1/me/notifications/read", body), 422);
    }
    problemOf(await call(context.app, null, "GET", "/api/v1/me/notifications"), 401);
    problemOf(await call(context.app, null, "GET", "/api/v1/me/notifications/stream"), 401);
    problemOf(await call(context.app, orgAdmin, "GET", "/api/v1/me/notifications?limit=0"), 422);
  });

  it("streams each new notification live, and what was missed since the last one it sent", async () => {
    const address = await context.app.listen({ port: 0, host: "127.0.0.1" });
    const controller = new AbortController();
    try {
      const last = (await inbox(teamAdmin)).items[0]!.id;
      const response = await fetch(`${address}/api/v1/me/notifications/stream`, {
        headers: { cookie: teamAdmin.cookie, "last-event-id": last },
        signal: controller.signal,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/event-stream");
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let received = "";
      const nextEvent = async () => {
        for (;;) {
          const end = received.indexOf("\n\n", received.indexOf("event: notification"));
          if (received.includes("event: notification") && end > 0) {
            const block = received.slice(received.indexOf("event: notification"), end);
            received = received.slice(end + 2);
            return JSON.parse(block.slice(block.indexOf("data: ") + 6));
          }
          const { value, done } = await reader.read();
          if (done) throw new Error("the stream ended");
          received += value;
        }
      };
      await askToJoin(await signUp(context.app, { name: "Live Person" }));
      await context.app.jobs.drain();
      expect(await nextEvent()).toMatchObject({
        type: "join_request.created",
        text: "Live Person lūdz pievienoties komandai “Bibliotēkas lietotāji”. Apstipriniet vai noraidiet pieprasījumu.",
        readAt: null,
      });
    } finally {
      controller.abort();
    }
  });
});

describe("notification preferences", () => {
  it("start from the defaults: what waits for you at once, the rest in a daily digest", async () => {
    const read = await call(context.app, stranger, "GET", "/api/v1/me/notification-preferences");
    expect(read.json()).toEqual({
      events: {
        mentions: "immediately",
        discussions: "daily",
        requests_to_decide: "immediately",
        assignments: "immediately",
        answers: "daily",
        process_updates: "daily",
      },
      processes: {},
    });
  });

  it("turn a group's mail off while the inbox still has it", async () => {
    const saved = await call(context.app, orgAdmin, "PUT", "/api/v1/me/notification-preferences", {
      events: { requests_to_decide: "off" },
      processes: {},
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().events).toEqual({
      mentions: "immediately",
      discussions: "daily",
      requests_to_decide: "off",
      assignments: "immediately",
      answers: "daily",
      process_updates: "daily",
    });
    const mailsBefore = (await mailsTo(orgAdmin.email)).length;
    const unreadBefore = (await inbox(orgAdmin)).unread;
    await askToJoin(await signUp(context.app, { name: "Quiet Person" }));
    await context.app.jobs.drain();
    expect((await inbox(orgAdmin)).unread).toBe(unreadBefore + 1);
    expect(await mailsTo(orgAdmin.email)).toHaveLength(mailsBefore);
  });

  it("refuse groups and frequencies that do not exist and keys that are not processes, changing nothing", async () => {
    const before = (await call(context.app, orgAdmin, "GET", "/api/v1/me/notification-preferences")).json();
    for (const body of [
      { events: { everything: "immediately" }, processes: {} },
      { events: { mentions: "hourly" }, processes: {} },
      { events: {}, processes: { "not-a-process": { mentions: "off" } } },
      { events: {} },
    ]) {
      problemOf(await call(context.app, orgAdmin, "PUT", "/api/v1/me/notification-preferences", body), 422);
    }
    const after = (await call(context.app, orgAdmin, "GET", "/api/v1/me/notification-preferences")).json();
    expect(after).toEqual(before);
  });
});

it("keeps one inbox row per event and person", async () => {
  const rows = await context.database.db.select().from(notification);
  const keys = rows.map((row) => `${row.eventId}:${row.userId}`);
  expect(new Set(keys).size).toBe(keys.length);
});

it("ends its open live streams when the server stops, so stopping does not wait on open tabs", async () => {
  const served = await createTestApp();
  try {
    const person = await signUp(served.app, { name: "Tab Keeper" });
    const address = await served.app.listen({ port: 0, host: "127.0.0.1" });
    const response = await fetch(`${address}/api/v1/me/notifications/stream`, { headers: { cookie: person.cookie } });
    const reader = response.body!.getReader();
    await reader.read();
    await served.app.close();
    // The stream ends instead of keeping the server's close waiting.
    for (;;) if ((await reader.read()).done) break;
  } finally {
    await served.close();
  }
});

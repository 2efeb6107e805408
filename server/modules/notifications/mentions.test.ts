import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox } from "../../db/schema/index.js";
import { call, createTestApp, type TestContext } from "../../test/app.js";
import { createAsset, createGrant } from "../../test/factories.js";
import { type CoproductionWorld, coproductionWorld } from "../../test/world.js";

// A mention in a discussion tells the person mentioned, and only while they may still see the discussion when it
// is delivered: the interlinker asks the platform (interlinkers/sdk/platform.ts), the core checks the policies.

let context: TestContext;
let world: CoproductionWorld;
let assetId: string;
beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context);
  const asset = await createAsset(context.app, {
    by: world.admin,
    taskId: world.tasks.build.id,
    interlinkerId: "discussion",
    name: "Opening hours",
    input: { thread: { title: "Saturdays?", source: "Should we open on Saturdays, @Bruno Citizen?" } },
  });
  assetId = asset.id;
});
afterAll(() => context.close());

/** What a person was told of posts (mentions and replies): what the world's setup told them is not this file's. */
const inboxOf = async (session: CoproductionWorld["citizen"]) =>
  (
    (await call(context.app, session, "GET", "/api/v1/me/notifications")).json().items as {
      type: string;
      text: string;
      url: string;
      processId?: string;
      subject: { kind: string; id: string };
    }[]
  ).filter((told) => told.type === "mentioned" || told.type === "replied");

describe("a mention", () => {
  it("tells the person mentioned, with the way to the discussion, in the inbox and by mail at once", async () => {
    await context.app.jobs.drain();
    const [told] = await inboxOf(world.citizen);
    expect(told).toEqual(
      expect.objectContaining({
        type: "mentioned",
        text: "Ana Admin mentioned you in “Saturdays?”.",
        url: `/processes/${world.process.id}/assets/${assetId}`,
        processId: world.process.id,
        subject: { kind: "asset", id: assetId },
      }),
    );
    const mails = await context.database.db
      .select()
      .from(mailOutbox)
      .where(and(eq(mailOutbox.recipient, world.citizen.email), eq(mailOutbox.purpose, "notification")));
    expect(mails.map((mail) => mail.subject)).toEqual(["Ana Admin mentioned you"]);
    // Nobody else was mentioned, and the author is not told of their own words.
    expect(await inboxOf(world.admin)).toEqual([]);
    expect(await inboxOf(world.member)).toEqual([]);
  });

  it("does not reach someone who may no longer see the discussion when it is delivered", async () => {
    const grant = await createGrant(context.app, {
      by: world.admin,
      processId: world.process.id,
      userId: world.outsider.userId,
      itemId: world.phases.build.id,
      rights: ["view"],
    });
    const thread = (await call(context.app, world.admin, "GET", `/api/v1/assets/${assetId}/discussion/threads`)).json()
      .items[0];
    await context.app.jobs.stop();
    const name = (await call(context.app, world.outsider, "GET", "/api/v1/me")).json().name as string;
    const reply = await call(
      context.app,
      world.admin,
      "POST",
      `/api/v1/assets/${assetId}/discussion/threads/${thread.id}/replies`,
      { source: `Thanks @${name} and @Bruno Citizen` },
    );
    expect(reply.statusCode).toBe(201);
    expect(reply.json().mentions).toContain(world.outsider.userId);
    // Removed from the process before the delivery ran.
    expect((await call(context.app, world.admin, "DELETE", `/api/v1/grants/${grant.id}`, {})).statusCode).toBe(204);
    await context.app.jobs.drain();
    expect(await inboxOf(world.outsider)).toEqual([]);
    expect((await inboxOf(world.citizen)).map((item) => item.text)).toEqual([
      "Ana Admin mentioned you in “Saturdays?”.",
      "Ana Admin mentioned you in “Saturdays?”.",
    ]);
  });
});

describe("a reply", () => {
  it("tells who wrote in the thread before, once, and not whoever this reply mentions (told of that instead)", async () => {
    const thread = (await call(context.app, world.admin, "GET", `/api/v1/assets/${assetId}/discussion/threads`)).json()
      .items[0];
    const reply = (session: CoproductionWorld["citizen"], source: string) =>
      call(context.app, session, "POST", `/api/v1/assets/${assetId}/discussion/threads/${thread.id}/replies`, {
        source,
      });
    await context.app.jobs.drain();
    const repliedTo = async (session: CoproductionWorld["citizen"]) =>
      (await inboxOf(session)).filter((told) => told.type === "replied");
    const before = (await repliedTo(world.admin)).length;
    expect((await reply(world.citizen, "Saturdays suit me.")).statusCode).toBe(201);
    await context.app.jobs.drain();
    const told = await repliedTo(world.admin);
    expect(told).toHaveLength(before + 1);
    expect(told[0]).toEqual(
      expect.objectContaining({
        text: "Bruno Citizen replied in “Saturdays?”, where you took part.",
        url: `/processes/${world.process.id}/assets/${assetId}`,
        subject: { kind: "asset", id: assetId },
      }),
    );
    // Replies go to the daily digest by default: no mail at once.
    const mails = await context.database.db
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.recipient, world.admin.email),
          eq(mailOutbox.subject, "Bruno Citizen replied in “Saturdays?”"),
        ),
      );
    expect(mails).toEqual([]);

    // The administrator answers and mentions the citizen: the citizen is told of the mention only.
    const citizenBefore = await inboxOf(world.citizen);
    expect((await reply(world.admin, "Thanks, @Bruno Citizen.")).statusCode).toBe(201);
    await context.app.jobs.drain();
    const citizenAfter = await inboxOf(world.citizen);
    expect(citizenAfter.slice(0, citizenAfter.length - citizenBefore.length).map((entry) => entry.type)).toEqual([
      "mentioned",
    ]);
    // The author of a reply is not told of it.
    expect(await repliedTo(world.admin)).toHaveLength(before + 1);
  });
});

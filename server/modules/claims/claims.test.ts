import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contributionClaim, mailOutbox } from "../../db/schema/index.js";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";
import { createAsset, createGrant, createProcess, processItems } from "../../test/factories.js";
import { type CoproductionWorld, coproductionWorld } from "../../test/world.js";

// Contribution claims (issue #13): someone taking part says what they did on a task; someone else who may finish
// the task (the rulebook's finish_item) approves or rejects it with a reason. Those who may answer are told
// (claim.created), the claimant hears the answer (claim.decided), both checked against the policies when
// delivered; every step is in the trail; bad input and strangers change nothing.

let context: TestContext;
let world: CoproductionWorld;
let buildTask: string;

const claims = (session: Session | null, itemId = buildTask) =>
  call(context.app, session, "GET", `/api/v1/items/${itemId}/claims`);
const claim = (session: Session | null, body: unknown, itemId = buildTask) =>
  call(context.app, session, "POST", `/api/v1/items/${itemId}/claims`, body);
const approve = (session: Session, id: string) => call(context.app, session, "POST", `/api/v1/claims/${id}/approve`);
const reject = (session: Session, id: string, body: unknown) =>
  call(context.app, session, "POST", `/api/v1/claims/${id}/reject`, body);
const withdraw = (session: Session, id: string) => call(context.app, session, "DELETE", `/api/v1/claims/${id}`);
const claimRows = () => context.database.db.$count(contributionClaim);

/** The types of what a person was told about one claim, once every waiting job ran. */
async function toldAbout(session: Session, claimId: string): Promise<string[]> {
  await context.app.jobs.drain();
  const inbox = (await call(context.app, session, "GET", "/api/v1/me/notifications?limit=50")).json();
  return inbox.items
    .filter((told: { subject: { id: string } }) => told.subject.id === claimId)
    .map((told: { type: string }) => told.type);
}
const trail = async () =>
  (await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/activity?kind=claim`))
    .json()
    .items.map((entry: { action: string; subject: { name: string | null } | null; place: { name: string } | null }) => [
      entry.action,
      entry.subject?.name ?? null,
      entry.place?.name ?? null,
    ]);

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context);
  buildTask = world.tasks.build.id;
});
afterAll(() => context.close());

describe("claiming work done", () => {
  it("refuses bad input with 422 naming the field, and makes nothing", async () => {
    const elsewhere = await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.engage.id,
      url: "https://example.org/a",
    });
    for (const [body, path] of [
      [{}, "body.description"],
      [{ description: "   " }, "body.description"],
      [{ description: "x".repeat(2001) }, "body.description"],
      [{ description: 42 }, "body.description"],
      [{ description: "I did it", assetId: "not-an-id" }, "body.assetId"],
      [{ description: "I did it", extra: true }, "body"],
      [{ description: "I did it", assetId: elsewhere.id }, "body.assetId"],
    ] as const) {
      const refused = problemOf(await claim(world.citizen, body), 422);
      expect(refused.errors?.map((error) => error.path)).toContain(path);
    }
    problemOf(await call(context.app, world.citizen, "GET", "/api/v1/items/not-an-id/claims"), 422);
    expect(await claimRows()).toBe(0);
  });

  it("is for those taking part whose rights cover the item; strangers learn nothing", async () => {
    problemOf(await claim(null, { description: "Me" }), 401);
    problemOf(await claim(world.outsider, { description: "Me" }), 404);
    problemOf(await claims(world.outsider), 404);
    // The residents' rights cover the Build phase only: the Engage task is not theirs to claim.
    const engage = problemOf(await claim(world.citizen, { description: "Me" }, world.tasks.engage.id), 403);
    expect(engage.detail).toMatch(/do not cover/);
    expect((await claims(world.citizen, world.tasks.engage.id)).json().can).toEqual({ claim: false, decide: false });
    // A public process's visitor sees the task, not who did what.
    const open = await createProcess(context.app, { by: world.admin, visibility: "public" });
    const { tasks } = await processItems(context.app, { by: world.admin, processId: open.id });
    problemOf(await claims(world.outsider, tasks.engage.id), 403);
    problemOf(await claim(world.outsider, { description: "Me" }, tasks.engage.id), 403);
    expect(await claimRows()).toBe(0);
  });

  it("takes one open claim per person and item, tells those who may answer, and not the claimant", async () => {
    const work = await createAsset(context.app, {
      by: world.citizen,
      taskId: buildTask,
      url: "https://example.org/plan",
    });
    const made = await claim(world.citizen, { description: "I drew the <b>floor plan</b>.", assetId: work.id });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      status: "pending",
      description: "I drew the <b>floor plan</b>.",
      assetId: work.id,
      person: { id: world.citizen.userId, name: world.citizen.name },
      can: { decide: false, withdraw: true },
    });
    expect(problemOf(await claim(world.citizen, { description: "Again" }), 409).type).toBe("/problems/claim-pending");
    const id = made.json().id as string;
    // Who may finish the Build task: its administrator, the editor (edit_assets there), the residents' other member.
    for (const decider of [world.admin, world.editor, world.member])
      expect(await toldAbout(decider, id)).toEqual(["claim.created"]);
    expect(await toldAbout(world.citizen, id)).toEqual([]);
    expect(await toldAbout(world.outsider, id)).toEqual([]);
    const [mail] = await context.database.db
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.recipient, world.admin.email),
          eq(mailOutbox.subject, `${world.citizen.name} claims work on “${world.tasks.build.name}”`),
        ),
      );
    expect(mail?.text).toContain(`/processes/${world.process.id}/tasks/${buildTask}`);
    const listed = (await claims(world.admin)).json();
    expect(listed.can).toEqual({ claim: true, decide: true });
    expect(listed.items).toMatchObject([{ id, can: { decide: true, withdraw: false } }]);
    expect((await claims(world.citizen)).json().items).toMatchObject([{ id, can: { decide: false, withdraw: true } }]);
  });
});

describe("answering a claim", () => {
  it("is for someone else who may finish the item, once; the claimant hears the answer", async () => {
    const [pending] = (await claims(world.admin)).json().items;
    expect(problemOf(await approve(world.citizen, pending.id), 403).detail).toMatch(/Someone else/);
    problemOf(await approve(world.outsider, pending.id), 404);
    const approved = await approve(world.editor, pending.id);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: "approved",
      decidedBy: { id: world.editor.userId, name: world.editor.name },
      can: { decide: false, withdraw: false },
    });
    expect(problemOf(await approve(world.admin, pending.id), 409).type).toBe("/problems/claim-answered");
    expect(problemOf(await withdraw(world.citizen, pending.id), 409).type).toBe("/problems/claim-answered");
    expect(await toldAbout(world.citizen, pending.id)).toEqual(["claim.decided"]);
    // A claim answered is no longer waiting: nobody else is told of it again.
    expect(await toldAbout(world.member, pending.id)).toEqual(["claim.created"]);
  });

  it("rejects only with a reason the claimant reads, and lets the claimant withdraw an open one", async () => {
    const second = (await claim(world.citizen, { description: "I also painted the walls." })).json();
    problemOf(await reject(world.admin, second.id, {}), 422);
    problemOf(await reject(world.admin, second.id, { reason: " " }), 422);
    expect((await claims(world.admin)).json().items[0].status).toBe("pending");
    const rejected = (await reject(world.admin, second.id, { reason: "The walls were painted by the staff." })).json();
    expect(rejected).toMatchObject({ status: "rejected", answer: "The walls were painted by the staff." });
    expect(await toldAbout(world.citizen, second.id)).toEqual(["claim.decided"]);

    // From here on notices go out only when the test drains them, as if the worker were slow.
    await context.app.jobs.stop();
    const third = (await claim(world.member, { description: "I moved the shelves." })).json();
    expect(problemOf(await withdraw(world.citizen, third.id), 403).detail).toMatch(/Only the person/);
    expect((await withdraw(world.member, third.id)).statusCode).toBe(204);
    problemOf(await withdraw(world.member, third.id), 404);
    // Withdrawn before its notice went out: nobody is told of a claim that is gone.
    expect(await toldAbout(world.admin, third.id)).toEqual([]);
    expect(await trail()).toEqual([
      ["claim.withdrawn", world.member.name, world.tasks.build.name],
      ["claim.created", world.member.name, world.tasks.build.name],
      ["claim.rejected", world.citizen.name, world.tasks.build.name],
      ["claim.created", world.citizen.name, world.tasks.build.name],
      ["claim.approved", world.citizen.name, world.tasks.build.name],
      ["claim.created", world.citizen.name, world.tasks.build.name],
    ]);
  });

  it("is not told to someone who lost the right to answer before the notice went out", async () => {
    const helper = await signUp(context.app, { name: "Flavia Helper" });
    const grant = await createGrant(context.app, {
      by: world.admin,
      processId: world.process.id,
      userId: helper.userId,
      itemId: buildTask,
      rights: ["edit_assets"],
    });
    await context.app.jobs.drain();
    const made = (await claim(world.citizen, { description: "I wrote the signs." })).json();
    expect((await call(context.app, world.admin, "DELETE", `/api/v1/grants/${grant.id}`)).statusCode).toBe(204);
    expect(await toldAbout(helper, made.id)).toEqual([]);
    expect(await toldAbout(world.editor, made.id)).toEqual(["claim.created"]);
  });
});

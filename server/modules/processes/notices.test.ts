import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { job, mailOutbox } from "../../db/schema/index.js";
import { call, createTestApp, problemOf, type Session, type TestContext } from "../../test/app.js";
import { createAsset } from "../../test/factories.js";
import { type CoproductionWorld, coproductionWorld, createSmallProcess, type SmallProcess } from "../../test/world.js";

// What the plan and its decisions tell people (issue #13): who is made responsible, the sign-off gates that wait
// for their approvers and their verdicts, and decisions opening, about to close and closed. Each reaches the
// people it concerns, checked against the policies when delivered, in the inbox and by mail as each chose.

let context: TestContext;
let world: CoproductionWorld;

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context, { administrationTeam: true });
});
afterAll(() => context.close());

interface Told {
  type: string;
  text: string;
  url: string;
  processId?: string;
  subject: { kind: string; id: string };
}

/** What a person's inbox holds once every waiting job ran, newest first. */
async function inboxOf(session: Session): Promise<Told[]> {
  await context.app.jobs.drain();
  return (await call(context.app, session, "GET", "/api/v1/me/notifications?limit=50")).json().items;
}
/** The types of what a person was told about one subject (or about anything). */
const typesIn = async (session: Session, subjectId?: string) =>
  (await inboxOf(session))
    .filter((told) => subjectId === undefined || told.subject.id === subjectId)
    .map((told) => told.type);
async function readAll(...sessions: Session[]) {
  await context.app.jobs.drain();
  for (const session of sessions)
    await call(context.app, session, "POST", "/api/v1/me/notifications/read", { all: true });
}
const mailsTo = (session: Session, subject: string) =>
  context.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, session.email), eq(mailOutbox.subject, subject)));

const itemCall = (session: Session | null, method: "PUT" | "POST" | "PATCH" | "DELETE", path: string, body?: unknown) =>
  call(context.app, session, method, `/api/v1/items/${path}`, body ?? {});

/** Design then Build under C2G preset gates; the staff team sees it, the residents work on it. */
const smallProcess = () => createSmallProcess(context.app, { world, governanceModel: "C2G" });

describe("responsibility", () => {
  it("tells the person made responsible, at once by mail, and not whoever made them so", async () => {
    const small = await smallProcess();
    await readAll(world.citizen, world.admin);
    const set = await itemCall(world.admin, "PATCH", small.sketch, {
      responsible: [world.citizen.userId, world.admin.userId],
    });
    expect(set.statusCode).toBe(200);
    const [told] = await inboxOf(world.citizen);
    expect(told).toEqual(
      expect.objectContaining({
        type: "assignment.received",
        text: `Ana Admin made you responsible for “Sketch” in “${await processName(small.processId)}”.`,
        url: `/processes/${small.processId}/tasks/${small.sketch}`,
        subject: { kind: "item", id: small.sketch },
      }),
    );
    expect(await mailsTo(world.citizen, "You are responsible for “Sketch”")).toHaveLength(1);
    expect(await typesIn(world.admin)).not.toContain("assignment.received");
    // Naming the same people again tells nobody anew.
    await itemCall(world.admin, "PATCH", small.sketch, { responsible: [world.citizen.userId, world.admin.userId] });
    expect((await typesIn(world.citizen)).filter((type) => type === "assignment.received")).toHaveLength(1);
  });

  it("is not told to someone no longer responsible when it is delivered", async () => {
    const small = await smallProcess();
    await context.app.jobs.stop();
    await itemCall(world.admin, "PATCH", small.review, { responsible: [world.member.userId] });
    await itemCall(world.admin, "PATCH", small.review, { responsible: [] });
    expect(await typesIn(world.member)).not.toContain("assignment.received");
  });
});

async function processName(processId: string): Promise<string> {
  return (await call(context.app, world.admin, "GET", `/api/v1/processes/${processId}`)).json().name;
}

describe("a phase's sign-off gate", () => {
  let small: SmallProcess;
  let name: string;
  beforeAll(async () => {
    small = await smallProcess();
    name = await processName(small.processId);
    await itemCall(world.admin, "PATCH", small.design, { responsible: [world.citizen.userId] });
    await readAll(world.admin, world.citizen, world.member);
  });

  it("waits for its approvers once the last of its work is finished, and tells them, not the others", async () => {
    expect((await itemCall(world.citizen, "PATCH", small.sketch, { status: "finished" })).statusCode).toBe(200);
    expect(await typesIn(world.admin)).not.toContain("gate.pending");
    expect((await itemCall(world.member, "PATCH", small.review, { status: "finished" })).statusCode).toBe(200);
    const told = (await inboxOf(world.admin)).filter((entry) => entry.type === "gate.pending");
    // The objective has no gate; the phase has the preset's, for the public administration (the library staff).
    expect(told).toEqual([
      expect.objectContaining({
        text: `“Design” in “${name}” waits for your sign-off. Approve or reject it.`,
        url: `/processes/${small.processId}`,
        subject: { kind: "item", id: small.design },
      }),
    ]);
    expect(await mailsTo(world.admin, "“Design” waits for your sign-off")).toHaveLength(1);
    // Residents may not sign off a C2G phase: they are not asked.
    expect(await typesIn(world.citizen)).not.toContain("gate.pending");
    expect(await typesIn(world.member)).not.toContain("gate.pending");
  });

  it("tells who answers for the phase when it is rejected, and again when it is approved", async () => {
    const rejected = await itemCall(world.admin, "POST", `${small.design}/gate/approvals`, {
      verdict: "reject",
      comment: "The sketch misses the ramp.",
    });
    expect(rejected.statusCode).toBe(200);
    const [told] = (await inboxOf(world.citizen)).filter((entry) => entry.type === "gate.decided");
    expect(told!.text).toBe(`Ana Admin rejected the sign-off of “Design” in “${name}”: it is open again.`);
    await itemCall(world.admin, "POST", `${small.design}/gate/approvals`, { verdict: "approve", comment: "Fixed." });
    const decided = (await inboxOf(world.citizen)).filter((entry) => entry.type === "gate.decided");
    expect(decided.map((entry) => entry.text)).toEqual([
      `“Design” in “${name}” is signed off.`,
      `Ana Admin rejected the sign-off of “Design” in “${name}”: it is open again.`,
    ]);
    // Decisions and sign-offs go into the daily digest by default: no mail at once.
    expect(await mailsTo(world.citizen, "“Design” was signed off")).toHaveLength(0);
    // The approver, who decided it, is not told of their own verdict.
    expect(await typesIn(world.admin)).not.toContain("gate.decided");
  });
});

/** The process's governance trail, newest first. */
const trailOf = async (processId: string) =>
  (
    await call(context.app, world.admin, "GET", `/api/v1/processes/${processId}/activity?kind=governance&limit=50`)
  ).json().items as { action: string }[];

describe("asking for a task's sign-off", () => {
  let small: SmallProcess;
  beforeAll(async () => {
    small = await smallProcess();
    const gate = await itemCall(world.admin, "PUT", `${small.sketch}/gate`, {
      approvers: ["teams_of_type:public_administration"],
      required: 1,
    });
    expect(gate.statusCode).toBe(200);
    await readAll(world.admin);
  });

  it("tells the approvers, once an hour at most, and the trail records who asked", async () => {
    const asked = await itemCall(world.citizen, "POST", `${small.sketch}/gate/requests`);
    expect(asked.statusCode).toBe(204);
    expect((await inboxOf(world.admin)).filter((entry) => entry.subject.id === small.sketch)).toEqual([
      expect.objectContaining({ url: `/processes/${small.processId}/tasks/${small.sketch}` }),
    ]);
    expect((await itemCall(world.member, "POST", `${small.sketch}/gate/requests`)).statusCode).toBe(204);
    expect(await typesIn(world.admin, small.sketch)).toEqual(["gate.pending"]);
    expect(
      (await trailOf(small.processId)).filter((entry) => entry.action === "governance.sign_off_asked"),
    ).toHaveLength(1);
  });

  it("is not delivered to an approver who gave a verdict before it arrived", async () => {
    const other = await smallProcess();
    await itemCall(world.admin, "PUT", `${other.review}/gate`, {
      approvers: ["teams_of_type:public_administration"],
      required: 1,
    });
    await readAll(world.admin);
    await context.app.jobs.stop();
    expect((await itemCall(world.citizen, "POST", `${other.review}/gate/requests`)).statusCode).toBe(204);
    await itemCall(world.admin, "POST", `${other.review}/gate/approvals`, { verdict: "approve" });
    expect(await typesIn(world.admin, other.review)).toEqual([]);
  });

  it("refuses who may see the task but not finish it, and tells nobody", async () => {
    const other = await smallProcess();
    await itemCall(world.admin, "PUT", `${other.sketch}/gate`, {
      approvers: ["teams_of_type:public_administration"],
      required: 1,
    });
    // A public process: the outsider sees it, but only who takes part may finish its items (C2G).
    const published = await call(context.app, world.admin, "PATCH", `/api/v1/processes/${other.processId}`, {
      visibility: "public",
    });
    expect(published.statusCode).toBe(200);
    await readAll(world.admin);
    expect((await call(context.app, world.outsider, "GET", `/api/v1/items/${other.sketch}`)).statusCode).toBe(200);
    problemOf(await itemCall(world.outsider, "POST", `${other.sketch}/gate/requests`), 403);
    expect(await typesIn(world.admin, other.sketch)).toEqual([]);
    expect((await trailOf(other.processId)).map((entry) => entry.action)).not.toContain("governance.sign_off_asked");
    // Who may finish it asks, and is heard: the refusal left nothing behind that holds the request back.
    expect((await itemCall(world.citizen, "POST", `${other.sketch}/gate/requests`)).statusCode).toBe(204);
    expect(await typesIn(world.admin, other.sketch)).toEqual(["gate.pending"]);
  });

  it("refuses who may not finish the task, gates that are decided or missing, and unfinished phases", async () => {
    problemOf(await itemCall(null, "POST", `${small.sketch}/gate/requests`), 401);
    problemOf(await itemCall(world.outsider, "POST", `${small.sketch}/gate/requests`), 404);
    problemOf(await itemCall(world.citizen, "POST", `${small.review}/gate/requests`), 404);
    expect(problemOf(await itemCall(world.citizen, "POST", `${small.design}/gate/requests`), 409).type).toBe(
      "/problems/gate-not-ready",
    );
    problemOf(await itemCall(world.citizen, "POST", `${small.sketch}/gate/requests`, { now: true }), 422);
    await itemCall(world.admin, "POST", `${small.sketch}/gate/approvals`, { verdict: "approve" });
    expect(problemOf(await itemCall(world.citizen, "POST", `${small.sketch}/gate/requests`), 409).type).toBe(
      "/problems/gate-approved",
    );
  });
});

describe("a decision", () => {
  const twoOptions = [{ label: "Saturday" }, { label: "Sunday" }];
  const reminders = () =>
    context.database.db
      .select()
      .from(job)
      .where(and(eq(job.kind, "notifications.deliver"), eq(job.state, "ready")));

  it("tells who may vote when it opens, reminds them a day before it closes, and tells its outcome", async () => {
    await readAll(world.citizen, world.member, world.editor, world.outsider, world.admin);
    const closesAt = new Date(Date.now() + 3 * 24 * 3_600_000);
    const asset = await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.build.id,
      interlinkerId: "decision",
      name: "Weekend opening",
      input: { type: "single_choice", options: twoOptions, closesAt: closesAt.toISOString() },
    });
    await context.app.jobs.drain();
    const reminder = (await reminders()).find((entry) => entry.singletonKey === `decision.closing:${asset.id}`);
    expect(reminder?.runAt.getTime()).toBe(closesAt.getTime() - 24 * 3_600_000);

    const [opened] = await inboxOf(world.citizen);
    expect(opened).toEqual(
      expect.objectContaining({
        type: "decision.opened",
        text: `Ana Admin opened the decision “Weekend opening” in “${world.process.name}”. Cast your vote.`,
        url: `/processes/${world.process.id}/assets/${asset.id}`,
      }),
    );
    expect(await typesIn(world.editor)).toContain("decision.opened");
    expect(await typesIn(world.outsider)).not.toContain("decision.opened");

    // The reminder, when its time comes (brought forward here), reaches the voters.
    await context.database.db.update(job).set({ runAt: new Date() }).where(eq(job.id, reminder!.id));
    const [closing] = await inboxOf(world.member);
    expect(closing!.text).toBe(
      `The vote on “Weekend opening” in “${world.process.name}” ends within 24 hours. Vote now if you have not yet.`,
    );

    // At the closing time (brought forward here) voting has ended: whoever may close it is asked for the outcome,
    // not a voter who may not close it.
    const ended = (await reminders()).find((entry) => entry.singletonKey === `decision.ended:${asset.id}`);
    expect(ended?.runAt.getTime()).toBe(closesAt.getTime());
    await context.database.db.update(job).set({ runAt: new Date() }).where(eq(job.id, ended!.id));
    const [waiting] = await inboxOf(world.citizen);
    expect(waiting).toMatchObject({
      type: "decision.ended",
      text: `Voting on “Weekend opening” in “${world.process.name}” has ended. Close the decision to record its outcome.`,
    });
    expect(await typesIn(world.admin, asset.id)).toContain("decision.ended");
    expect(await typesIn(world.editor, asset.id)).toEqual(["decision.closing", "decision.opened"]);

    // G+G: the residents consent, then the staff closes.
    const close = (session: Session) =>
      call(context.app, session, "POST", `/api/v1/assets/${asset.id}/decision/close`, {
        outcome: "Open on Saturdays.",
      });
    expect((await close(world.citizen)).statusCode).toBe(202);
    expect((await close(world.admin)).statusCode).toBe(200);
    const [closed] = await inboxOf(world.member);
    expect(closed!.text).toBe(
      `The decision “Weekend opening” in “${world.process.name}” is closed. Outcome: Open on Saturdays.`,
    );
    expect(await typesIn(world.outsider)).not.toContain("decision.closed");
  });

  it("closed early, calls its reminder off", async () => {
    const asset = await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.build.id,
      interlinkerId: "decision",
      name: "Early",
      input: {
        type: "single_choice",
        options: twoOptions,
        closesAt: new Date(Date.now() + 5 * 24 * 3_600_000).toISOString(),
      },
    });
    const key = `decision.closing:${asset.id}`;
    expect((await reminders()).some((entry) => entry.singletonKey === key)).toBe(true);
    await call(context.app, world.citizen, "POST", `/api/v1/assets/${asset.id}/decision/close`, { outcome: "Done." });
    await call(context.app, world.admin, "POST", `/api/v1/assets/${asset.id}/decision/close`, { outcome: "Done." });
    expect((await reminders()).some((entry) => entry.singletonKey === key)).toBe(false);
    // Nor is anyone asked to record an outcome already recorded.
    expect((await reminders()).some((entry) => entry.singletonKey === `decision.ended:${asset.id}`)).toBe(false);
  });

  it("closing within a day, has no reminder", async () => {
    const asset = await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.build.id,
      interlinkerId: "decision",
      name: "Soon",
      input: { type: "single_choice", options: twoOptions, closesAt: new Date(Date.now() + 3_600_000).toISOString() },
    });
    expect((await reminders()).some((entry) => entry.singletonKey === `decision.closing:${asset.id}`)).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";
import { createProcess } from "../../test/factories.js";
import { type CoproductionWorld, coproductionWorld } from "../../test/world.js";

// Participation requests (issue #12 item 4): someone signed in asks to take part in a public process, the process's
// administrators accept (into a team taking part, or with rights of their own) or decline with a reason, and the
// person sees the answer. One open request per person and process; rate-limited; every step in the trail.

let context: TestContext;
let world: CoproductionWorld;

const ask = (session: Session | null, body: unknown, processId = world.process.id) =>
  call(context.app, session, "POST", `/api/v1/processes/${processId}/participation-requests`, body);
const list = (session: Session | null, query = "", processId = world.process.id) =>
  call(context.app, session, "GET", `/api/v1/processes/${processId}/participation-requests${query}`);
const answer = (session: Session, id: string, verb: "accept" | "decline", body: unknown) =>
  call(context.app, session, "POST", `/api/v1/participation-requests/${id}/${verb}`, body);
const trail = async () =>
  (await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/activity?kind=participation`))
    .json()
    .items.map((entry: { action: string }) => entry.action);

beforeAll(async () => {
  // Asking twice an hour is the limit here, so the limit itself can be tested.
  context = await createTestApp({ RATE_LIMIT_PARTICIPATION_REQUESTS_PER_HOUR: "2" });
  world = await coproductionWorld(context, { visibility: "public", administrationTeam: true });
});
afterAll(() => context.close());

describe("asking to take part", () => {
  it("refuses bad input with 422 naming the field, and makes nothing", async () => {
    for (const [body, path] of [
      [{}, "body.reason"],
      [{ reason: "   " }, "body.reason"],
      [{ reason: "x".repeat(2001) }, "body.reason"],
      [{ reason: "Hello", teamId: world.citizenTeam.id }, "body"],
      [{ reason: 42 }, "body.reason"],
    ] as const) {
      const refused = problemOf(await ask(world.outsider, body), 422);
      expect(refused.errors?.map((error) => error.path)).toContain(path);
    }
    expect((await list(world.admin)).json().items).toEqual([]);
  });

  it("refuses those already taking part, the anonymous, and a private process's strangers", async () => {
    expect(problemOf(await ask(world.editor, { reason: "More" }), 403).type).toBe("/problems/already-taking-part");
    expect(problemOf(await ask(world.admin, { reason: "Me" }), 403).type).toBe("/problems/already-taking-part");
    problemOf(await ask(null, { reason: "Me" }), 401);
    const closed = await createProcess(context.app, { by: world.admin, visibility: "private" });
    problemOf(await ask(world.outsider, { reason: "Me" }, closed.id), 404);
    problemOf(await list(world.outsider, "", closed.id), 404);
  });

  it("takes one open request per person and process, shows it to them and to the administrators", async () => {
    const asked = await ask(world.outsider, { reason: "I run the reading club on Saturdays." });
    expect(asked.statusCode).toBe(201);
    expect(asked.json()).toMatchObject({
      status: "pending",
      reason: "I run the reading club on Saturdays.",
      person: { id: world.outsider.userId, name: world.outsider.name },
      can: { decide: false },
    });
    const again = problemOf(await ask(world.outsider, { reason: "Again" }), 409);
    expect(again.type).toBe("/problems/participation-request-pending");
    expect((await list(world.admin, "?status=pending")).json().items).toMatchObject([
      { id: asked.json().id, can: { decide: true } },
    ]);
    expect((await list(world.outsider)).json().items).toHaveLength(1);
    // Someone else sees only their own: none.
    expect((await list(await signUp(context.app))).json().items).toEqual([]);
    problemOf(await list(null), 401);
    expect(await trail()).toEqual(["participation.requested"]);
  });
});

describe("answering", () => {
  it("lets only the process's administrators answer, and refuses bad answers", async () => {
    const [request] = (await list(world.admin, "?status=pending")).json().items;
    expect(problemOf(await answer(world.outsider, request.id, "accept", {}), 403).status).toBe(403);
    problemOf(await answer(world.citizen, request.id, "decline", { reason: "No" }), 403);
    problemOf(await answer(world.admin, request.id, "decline", {}), 422);
    problemOf(await answer(world.admin, request.id, "accept", { rights: ["fly"] }), 422);
    problemOf(await answer(world.admin, request.id, "accept", { teamId: world.staffTeam!.id, rights: ["view"] }), 422);
    problemOf(await answer(world.admin, "01900000-0000-7000-8000-000000000000", "accept", {}), 404);
    // The residents' team takes part, but the administrator does not run its members.
    problemOf(await answer(world.admin, request.id, "accept", { teamId: world.citizenTeam.id }), 403);
    expect((await list(world.outsider)).json().items[0].status).toBe("pending");
  });

  it("accepts into a team taking part: the person is a member at once and sees they are in", async () => {
    const [request] = (await list(world.admin, "?status=pending")).json().items;
    const accepted = await answer(world.admin, request.id, "accept", { teamId: world.staffTeam!.id });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "accepted", teamId: world.staffTeam!.id, can: { decide: false } });
    problemOf(await answer(world.admin, request.id, "decline", { reason: "Changed my mind" }), 409);
    const mine = (await list(world.outsider)).json().items[0];
    expect(mine).toMatchObject({ status: "accepted", teamId: world.staffTeam!.id });
    const process = (await call(context.app, world.outsider, "GET", `/api/v1/processes/${world.process.id}`)).json();
    expect(process.can.request_participation).toBe(false);
    expect(await trail()).toEqual(["participation.accepted", "participation.requested"]);
  });

  it("declines with a reason the person reads, then lets them ask again, within the rate limit", async () => {
    const newcomer = await signUp(context.app, { name: "Newcomer" });
    const first = (await ask(newcomer, { reason: "Let me in" })).json();
    const declined = await answer(world.admin, first.id, "decline", { reason: "We are full this season." });
    expect(declined.json()).toMatchObject({ status: "declined", answer: "We are full this season." });
    expect((await list(newcomer)).json().items[0]).toMatchObject({
      status: "declined",
      answer: "We are full this season.",
    });
    const second = await ask(newcomer, { reason: "Next season, then?" });
    expect(second.statusCode).toBe(201);
    // The third request within the hour is one too many.
    await answer(world.admin, second.json().id, "decline", { reason: "Not yet." });
    const limited = problemOf(await ask(newcomer, { reason: "Please" }), 429);
    expect(limited.type).toBe("/problems/rate-limited");
    expect((await list(newcomer)).json().items).toHaveLength(2);
  });

  it("accepts with rights of the person's own, by default to view", async () => {
    const reader = await signUp(context.app, { name: "Reader" });
    const request = (await ask(reader, { reason: "To follow along" })).json();
    const accepted = await answer(world.admin, request.id, "accept", {});
    expect(accepted.json()).toMatchObject({ status: "accepted", teamId: null, rights: ["view"] });
    const grants = (await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/grants`)).json();
    expect(grants.items ?? grants).toContainEqual(
      expect.objectContaining({ user: expect.objectContaining({ id: reader.userId }), rights: ["view"] }),
    );
  });
});

describe("who hears of it", () => {
  const inbox = async (session: Session) =>
    (await call(context.app, session, "GET", "/api/v1/me/notifications")).json().items as {
      type: string;
      text: string;
    }[];

  it("tells those who may answer when someone asks, and the person when it is answered; nobody else", async () => {
    const asker = await signUp(context.app, { name: "Marta Asker", language: "es" });
    const request = (await ask(asker, { reason: "I live on this street" })).json();
    await context.app.jobs.drain();
    const told = (await inbox(world.admin)).find((item) => item.type === "participation_request.created");
    expect(told?.text).toBe(`Marta Asker asks to take part in “${world.process.name}”. Accept or decline the request.`);
    // Taking part is not deciding: the residents' administrator holds no right over grants.
    expect((await inbox(world.citizen)).map((item) => item.type)).not.toContain("participation_request.created");
    expect((await inbox(world.outsider)).map((item) => item.type)).not.toContain("participation_request.created");

    await answer(world.admin, request.id, "decline", { reason: "Only residents of the district." });
    await context.app.jobs.drain();
    expect((await inbox(asker)).map((item) => item.text)).toEqual([
      `Tu solicitud para participar en «${world.process.name}» ha sido rechazada. La página del proceso explica por qué.`,
    ]);
  });
});

import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GovernanceModel } from "../../../common/coproduction.js";
import { call, createTestApp, problemOf, type Session, type TestContext } from "../../test/app.js";
import { createAsset, createGrant, createOrganization, createProcess } from "../../test/factories.js";
import { type CoproductionWorld, coproductionWorld, createSmallProcess, type SmallProcess } from "../../test/world.js";

let context: TestContext;
let world: CoproductionWorld;

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context, { administrationTeam: true });
});
afterAll(() => context.close());

const publish = (session: Session | null, processId: string, body: unknown) =>
  call(context.app, session, "POST", `/api/v1/processes/${processId}/story`, body);
const read = (session: Session | null, storyId: string) =>
  call(context.app, session, "GET", `/api/v1/stories/${storyId}`);
const list = async (query = "") =>
  (await call(context.app, null, "GET", `/api/v1/stories${query}`)).json() as { items: { id: string }[] };
const story = (title: string, extra: Record<string, unknown> = {}) => ({
  title: { en: title },
  language: "en",
  ...extra,
});

describe("publishing rights per preset, from the rulebook", () => {
  // The world's administrator belongs to the library staff, a public-administration team taking part; the
  // residents are a citizen team taking part; the editor holds a grant of their own, in no team.
  const cases: [GovernanceModel, string][] = [
    ["C2G", "public-administration teams publish"],
    ["G2C", "public-administration teams publish"],
    ["C2C", "only administrators publish"],
  ];
  for (const [model, rule] of cases) {
    it(`${model}: ${rule}`, async () => {
      const small = await createSmallProcess(context.app, { world, governanceModel: model });
      const refused = problemOf(await publish(world.citizen, small.processId, story("Residents' story")), 403);
      expect(refused.detail).toContain("publish");
      problemOf(await publish(world.outsider, small.processId, story("Not mine")), 404);
      problemOf(await publish(null, small.processId, story("Anonymous")), 401);
      const published = await publish(world.admin, small.processId, story(`The ${model} story`));
      expect(published.statusCode).toBe(201);
      expect(published.json()).toMatchObject({ status: "published", can: { update: true, unpublish: true } });
      // The residents read it and may not change it; a second publish updates the one story of the process.
      const byCitizen = (await read(world.citizen, published.json().id)).json();
      expect(byCitizen.can).toMatchObject({ view: true, update: false, unpublish: false, credit: true });
      const again = await publish(world.admin, small.processId, story(`The ${model} story, revised`));
      expect(again.json()).toMatchObject({ id: published.json().id, title: { en: `The ${model} story, revised` } });
    });
  }

  it("G+G: two keys, one from each side, to the same content", async () => {
    const small = await createSmallProcess(context.app, { world, governanceModel: "G+G" });
    // Taking part on their own, in no team, the editor stands for neither side.
    await createGrant(context.app, {
      by: world.admin,
      processId: small.processId,
      userId: world.editor.userId,
      rights: ["view"],
    });
    problemOf(await publish(world.editor, small.processId, story("Editor")), 403);
    const first = await publish(world.admin, small.processId, story("Partnership"));
    expect(first.statusCode).toBe(202);
    expect(first.json()).toMatchObject({ status: "awaiting_consent", awaitingConsent: [{ side: 1 }] });
    // The civic side hears that the story waits for it; the staff, whose side consented, do not.
    const told = async (session: Session) => {
      await context.app.jobs.drain();
      const inbox = (await call(context.app, session, "GET", "/api/v1/me/notifications?limit=50")).json();
      return inbox.items.filter(
        (entry: { type: string; subject: { id: string } }) =>
          entry.type === "story.awaiting_consent" && entry.subject.id === first.json().id,
      ).length;
    };
    expect(await told(world.citizen)).toBe(1);
    expect(await told(world.member)).toBe(1);
    expect(await told(world.editor)).toBe(0);
    // Not public yet: outsiders do not know it, lists do not show it.
    problemOf(await read(null, first.json().id), 404);
    expect((await list()).items.map((entry) => entry.id)).not.toContain(first.json().id);
    // The civic side's consent to different words starts the round anew.
    const changed = await publish(world.citizen, small.processId, story("Partnership, in our words"));
    expect(changed.statusCode).toBe(202);
    expect(changed.json().awaitingConsent).toEqual([expect.objectContaining({ side: 0 })]);
    const second = await publish(world.admin, small.processId, story("Partnership, in our words"));
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ status: "published", awaitingConsent: [] });
    expect((await read(null, first.json().id)).statusCode).toBe(200);
  });

  it("G+G: a story withdrawn before both sides consented was never public, and stays unknown", async () => {
    const small = await createSmallProcess(context.app, { world, governanceModel: "G+G" });
    const waiting = await publish(world.citizen, small.processId, story("Half a key"));
    expect(waiting.statusCode).toBe(202);
    expect((await call(context.app, world.citizen, "DELETE", `/api/v1/stories/${waiting.json().id}`)).statusCode).toBe(
      204,
    );
    problemOf(await read(world.outsider, waiting.json().id), 404);
    expect((await read(world.admin, waiting.json().id)).json().status).toBe("unpublished");
  });
});

describe("a story of a finished piece of work", () => {
  let small: SmallProcess;
  let storyId: string;
  let shownAsset: string;
  let hiddenAsset: string;

  beforeAll(async () => {
    small = await createSmallProcess(context.app, { world, governanceModel: "C2G" });
    const poll = await createAsset(context.app, {
      by: world.citizen,
      taskId: small.review,
      interlinkerId: "decision",
      name: "Which hours?",
      input: { type: "proposal" },
    });
    await call(context.app, world.citizen, "PUT", `/api/v1/assets/${poll.id}/decision/ballot`, { stance: "agree" });
    const closed = await call(context.app, world.admin, "POST", `/api/v1/assets/${poll.id}/decision/close`, {
      outcome: "Open on Saturdays.",
    });
    expect(closed.statusCode).toBe(200);
    const claim = await call(context.app, world.citizen, "POST", `/api/v1/items/${small.sketch}/claims`, {
      description: "I drew the first sketch.",
    });
    expect(claim.statusCode).toBe(201);
    expect((await call(context.app, world.admin, "POST", `/api/v1/claims/${claim.json().id}/approve`)).statusCode).toBe(
      200,
    );
    shownAsset = (
      await createAsset(context.app, {
        by: world.citizen,
        taskId: small.sketch,
        url: "https://example.org/plan",
        name: "The plan",
      })
    ).id;
    hiddenAsset = (
      await createAsset(context.app, {
        by: world.citizen,
        taskId: small.prototype,
        url: "https://example.org/internal",
        name: "Internal notes",
      })
    ).id;
  });

  it("drafts from the tree and the trail: phases, tasks, decisions with outcomes, actor types, no names", async () => {
    problemOf(await call(context.app, world.citizen, "GET", `/api/v1/processes/${small.processId}/story/draft`), 403);
    problemOf(await call(context.app, world.outsider, "GET", `/api/v1/processes/${small.processId}/story/draft`), 404);
    const response = await call(context.app, world.admin, "GET", `/api/v1/processes/${small.processId}/story/draft`);
    expect(response.statusCode).toBe(200);
    const draft = response.json();
    expect(draft.phases.map((phase: { name: string }) => phase.name)).toEqual(["Design", "Build"]);
    expect(draft.phases[0].objectives[0].tasks).toEqual([
      { id: small.sketch, name: "Sketch", status: "awaiting", approvedClaims: 1 },
      { id: small.review, name: "Review", status: "awaiting", approvedClaims: 0 },
    ]);
    expect(draft.phases[0]).toMatchObject({ status: "awaiting", gate: "pending" });
    expect(draft.decisions).toEqual([
      expect.objectContaining({
        name: "Which hours?",
        outcome: "Open on Saturdays.",
        phaseId: small.design,
        taskId: small.review,
      }),
    ]);
    expect(draft.phases[0].text.en).toContain("Which hours?: Open on Saturdays.");
    expect(draft.participants).toEqual([
      { type: "citizen", teams: 1, people: 2 },
      { type: "public_administration", teams: 1, people: 1 },
    ]);
    for (const person of [world.admin, world.citizen, world.member]) expect(response.body).not.toContain(person.name);
  });

  it("publishes with phases, a service, shown assets; tells the process's people; is on the trail", async () => {
    const service = await call(context.app, world.admin, "POST", "/api/v1/public-services", {
      organizationId: world.organization.id,
      name: { en: "Library lending" },
      description: { en: "Borrow books." },
      visibility: "public",
    });
    expect(service.statusCode).toBe(201);
    const response = await publish(world.admin, small.processId, {
      title: { en: "Library hours that fit", lv: "Bibliotēkas darba laiki, kas der", it: "Orari della biblioteca" },
      problem: { en: "The library closed before people finished work." },
      phases: [{ itemId: small.design, text: { en: "We asked <b>everyone</b>." } }],
      outcomes: { en: "Open on Saturdays." },
      lessons: { en: "<script>alert(1)</script>" },
      keywords: ["library", "hours"],
      publicServiceId: service.json().id,
      shownAssetIds: [shownAsset],
      language: "en",
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    storyId = body.id;
    expect(body).toMatchObject({
      url: `/stories/${storyId}`,
      lessons: { en: "<script>alert(1)</script>" },
      phases: [{ itemId: small.design, name: "Design", text: { en: "We asked <b>everyone</b>." } }],
      shownAssets: [{ id: shownAsset, name: "The plan", kind: "external" }],
      publicService: { id: service.json().id, name: { en: "Library lending" } },
      namedPeople: [],
    });
    expect(body.structure.map((entry: { name: string }) => entry.name)).toContain("Prototype");
    await context.app.jobs.drain();
    const inbox = (await call(context.app, world.citizen, "GET", "/api/v1/me/notifications?limit=50")).json();
    expect(inbox.items).toContainEqual(
      expect.objectContaining({
        type: "story.published",
        url: `/stories/${storyId}`,
        subject: { kind: "story", id: storyId },
      }),
    );
    const outsiderInbox = (await call(context.app, world.outsider, "GET", "/api/v1/me/notifications?limit=50")).json();
    expect(outsiderInbox.items.filter((told: { type: string }) => told.type === "story.published")).toEqual([]);
    const trail = (
      await call(context.app, world.admin, "GET", `/api/v1/processes/${small.processId}/activity?kind=story`)
    ).json();
    expect(trail.items.map((entry: { action: string }) => entry.action)).toContain("story.published");
  });

  it("is read by everyone, though its process stays private", async () => {
    problemOf(await call(context.app, world.outsider, "GET", `/api/v1/processes/${small.processId}`), 404);
    const byOutsider = await read(world.outsider, storyId);
    expect(byOutsider.statusCode).toBe(200);
    expect(byOutsider.json().can).toMatchObject({ view: true, update: false, rate: true, reuse: true, credit: false });
    expect((await read(null, storyId)).json().can).toMatchObject({ view: true, rate: false, reuse: false });
  });

  it("names only people who took part, and only after they asked", async () => {
    problemOf(await call(context.app, world.outsider, "POST", `/api/v1/stories/${storyId}/credit`), 403);
    problemOf(await call(context.app, null, "POST", `/api/v1/stories/${storyId}/credit`), 401);
    expect((await read(null, storyId)).json().namedPeople).toEqual([]);
    const named = await call(context.app, world.citizen, "POST", `/api/v1/stories/${storyId}/credit`);
    expect(named.json()).toEqual({ named: true });
    expect((await read(null, storyId)).json().namedPeople).toEqual([
      { id: world.citizen.userId, name: world.citizen.name },
    ]);
    expect((await read(world.citizen, storyId)).json().namedMe).toBe(true);
    await call(context.app, world.citizen, "DELETE", `/api/v1/stories/${storyId}/credit`);
    expect((await read(null, storyId)).json().namedPeople).toEqual([]);
  });

  it("is rated once per person, changeably, averaged", async () => {
    problemOf(await call(context.app, null, "PUT", `/api/v1/stories/${storyId}/rating`, { stars: 5 }), 401);
    await call(context.app, world.outsider, "PUT", `/api/v1/stories/${storyId}/rating`, { stars: 4 });
    const second = await call(context.app, world.citizen, "PUT", `/api/v1/stories/${storyId}/rating`, { stars: 2 });
    expect(second.json()).toMatchObject({ rating: { average: 3, count: 2 }, myRating: 2 });
    await call(context.app, world.outsider, "PUT", `/api/v1/stories/${storyId}/rating`, { stars: 5 });
    expect((await read(null, storyId)).json().rating).toEqual({ average: 3.5, count: 2 });
    for (const stars of [0, 6, 2.5, "5"]) {
      problemOf(await call(context.app, world.outsider, "PUT", `/api/v1/stories/${storyId}/rating`, { stars }), 422);
    }
  });

  it("is found in Latvian and Italian, newest first or by relevance", async () => {
    for (const q of ["Bibliotēkas", "biblioteca", "orari", "library hours"]) {
      const found = await list(`?q=${encodeURIComponent(q)}`);
      expect(found.items.map((entry) => entry.id)).toContain(storyId);
    }
    expect((await list("?q=zebra")).items).toEqual([]);
    const page = (await call(context.app, null, "GET", "/api/v1/stories?limit=1")).json();
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
    const next = (await call(context.app, null, "GET", `/api/v1/stories?limit=1&cursor=${page.nextCursor}`)).json();
    expect(next.items[0].id).not.toBe(page.items[0].id);
    problemOf(await call(context.app, null, "GET", "/api/v1/stories?cursor=nonsense"), 422);
  });

  it("takes a cover image: re-encoded, size- and type-checked, public while published", async () => {
    const png = await sharp({ create: { width: 40, height: 20, channels: 3, background: "#c00" } })
      .png()
      .toBuffer();
    const put = (session: Session | null, payload: Buffer, type: string) =>
      context.app.inject({
        method: "PUT",
        url: `/api/v1/stories/${storyId}/image?alt=${encodeURIComponent("The library at night")}`,
        headers: {
          "content-type": type,
          origin: "http://localhost:3000",
          ...(session ? { cookie: session.cookie } : {}),
        },
        payload,
      });
    problemOf(await put(world.citizen, png, "image/png"), 403);
    const saved = await put(world.admin, png, "image/png");
    expect(saved.statusCode).toBe(200);
    problemOf(await put(world.admin, Buffer.alloc(5 * 1024 * 1024 + 1), "image/png"), 413);
    problemOf(await put(world.admin, Buffer.from("hello"), "text/plain"), 415);
    problemOf(await put(world.admin, Buffer.from("not an image"), "image/png"), 422);
    const image = await call(context.app, null, "GET", `/api/v1/stories/${storyId}/image`);
    expect(image.statusCode).toBe(200);
    expect(image.headers["content-type"]).toBe("image/webp");
    expect(image.headers["cache-control"]).toContain("public");
    expect((await read(null, storyId)).json().image).toMatchObject({ alt: "The library at night" });
  });

  it("is reused by another organization's member into their organization: structure and shown assets only", async () => {
    const tartu = await createOrganization(context.app, { by: world.outsider, name: { en: "Tartu" } });
    problemOf(await call(context.app, null, "POST", `/api/v1/stories/${storyId}/reuse`, {}), 401);
    problemOf(
      await call(context.app, world.citizen, "POST", `/api/v1/stories/${storyId}/reuse`, { organizationId: tartu.id }),
      422,
    );
    const before = (await call(context.app, world.admin, "GET", `/api/v1/processes/${small.processId}/tree`)).body;
    const response = await call(context.app, world.outsider, "POST", `/api/v1/stories/${storyId}/reuse`, {
      organizationId: tartu.id,
      includeAssets: true,
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      visibility: "private",
      organizationId: tartu.id,
      clonedFrom: { processId: small.processId, name: "Library hours that fit", via: "story", storyId },
    });
    const tree = (await call(context.app, world.outsider, "GET", `/api/v1/processes/${created.id}/tree`)).json().items;
    type Node = { name: string; id: string; status: string; children: Node[] };
    expect(tree.map((phase: Node) => phase.name)).toEqual(["Design", "Build"]);
    const sketch = tree[0].children[0].children[0] as Node;
    const prototype = tree[1].children[0].children[0] as Node;
    expect(sketch).toMatchObject({ name: "Sketch", status: "awaiting" });
    const assetsOf = async (taskId: string) =>
      (await call(context.app, world.outsider, "GET", `/api/v1/tasks/${taskId}/assets`))
        .json()
        .items.map((entry: { name: string }) => entry.name);
    expect(await assetsOf(sketch.id)).toEqual(["The plan"]);
    expect(await assetsOf(prototype.id)).toEqual([]);
    expect(await assetsOf(tree[0].children[0].children[1].id)).toEqual([]);
    // The original is untouched, and still unknown to the reader.
    expect((await call(context.app, world.admin, "GET", `/api/v1/processes/${small.processId}/tree`)).body).toBe(
      before,
    );
    problemOf(await call(context.app, world.outsider, "GET", `/api/v1/processes/${small.processId}`), 404);
    expect(hiddenAsset).toBeTruthy();
  });

  it("refuses bad input, naming the field", async () => {
    const bad = async (body: unknown, path: string, code?: string) => {
      const refused = problemOf(await publish(world.admin, small.processId, body), 422);
      expect(refused.errors).toContainEqual(expect.objectContaining({ path, ...(code ? { code } : {}) }));
    };
    await bad({ language: "en" }, "body.title");
    await bad(story("x", { extra: 1 }), "body");
    await bad(story("x", { language: "de" }), "body.language");
    await bad({ title: {}, language: "en" }, "body.title", "text_required");
    await bad(
      story("x", { phases: [{ itemId: small.sketch, text: { en: "a task" } }] }),
      "body.phases.0.itemId",
      "not_a_phase",
    );
    await bad(story("x", { shownAssetIds: [world.process.id] }), "body.shownAssetIds.0", "not_an_asset_of_process");
    await bad(story("x", { publicServiceId: world.process.id }), "body.publicServiceId", "unknown_service");
    await bad(story("x", { keywords: ["a".repeat(51)] }), "body.keywords.0");
    problemOf(await call(context.app, world.admin, "PATCH", `/api/v1/stories/${storyId}`, { bogus: true }), 422);
    problemOf(await call(context.app, world.admin, "GET", "/api/v1/stories/not-a-uuid"), 422);
    problemOf(await read(null, "01890000-0000-7000-8000-000000000000"), 404);
    for (const body of [{ includeAssets: "yes" }, { organizationId: "nope" }, { extra: true }, { name: "" }]) {
      problemOf(await call(context.app, world.outsider, "POST", `/api/v1/stories/${storyId}/reuse`, body), 422);
    }
    problemOf(await call(context.app, world.outsider, "POST", `/api/v1/stories/${storyId}/credit`, { me: true }), 422);
    problemOf(await call(context.app, world.admin, "GET", "/api/v1/stories?limit=0"), 422);
    problemOf(await call(context.app, world.admin, "GET", "/api/v1/stories?sort=oldest"), 422);
    problemOf(
      await call(context.app, world.admin, "PUT", `/api/v1/stories/${storyId}/image`, Buffer.from("x"), {
        headers: { "content-type": "image/png" },
      }),
      422,
    );
    // Nothing of the refused publishes stuck.
    expect((await read(null, storyId)).json().title.en).toBe("Library hours that fit");
  });

  it("is edited by who may publish; unpublished it answers 410 and leaves the lists; republished it is back", async () => {
    problemOf(await call(context.app, world.citizen, "PATCH", `/api/v1/stories/${storyId}`, { keywords: ["x"] }), 403);
    const edited = await call(context.app, world.admin, "PATCH", `/api/v1/stories/${storyId}`, {
      outcomes: { en: "Open on Saturdays and Sunday mornings." },
      lessons: null,
    });
    expect(edited.json()).toMatchObject({ outcomes: { en: "Open on Saturdays and Sunday mornings." }, lessons: {} });
    problemOf(await call(context.app, world.citizen, "DELETE", `/api/v1/stories/${storyId}`), 403);
    expect((await call(context.app, world.admin, "DELETE", `/api/v1/stories/${storyId}`)).statusCode).toBe(204);
    for (const session of [null, world.outsider, world.citizen]) {
      const goneAnswer = problemOf(await read(session, storyId), 410);
      expect(goneAnswer.type).toBe("/problems/story-unpublished");
      problemOf(await call(context.app, session, "GET", `/api/v1/stories/${storyId}/image`), 410);
    }
    expect((await read(world.admin, storyId)).json()).toMatchObject({ status: "unpublished", can: { update: true } });
    expect((await list()).items.map((entry) => entry.id)).not.toContain(storyId);
    problemOf(await call(context.app, world.outsider, "POST", `/api/v1/stories/${storyId}/reuse`, {}), 410);
    const again = await publish(world.admin, small.processId, story("Library hours that fit"));
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(storyId);
    expect((await read(null, storyId)).statusCode).toBe(200);
    expect((await list()).items.map((entry) => entry.id)).toContain(storyId);
    const trail = (
      await call(context.app, world.admin, "GET", `/api/v1/processes/${small.processId}/activity?kind=story`)
    ).json();
    expect(trail.items.map((entry: { action: string }) => entry.action)).toEqual(
      expect.arrayContaining(["story.published", "story.updated", "story.unpublished", "story.image_set"]),
    );
  });

  it("a public process's story is not the process's own page: the draft stays for publishers", async () => {
    const open = await createProcess(context.app, { by: world.admin, visibility: "public", governanceModel: "C2C" });
    problemOf(await call(context.app, world.outsider, "GET", `/api/v1/processes/${open.id}/story/draft`), 403);
    problemOf(await call(context.app, null, "GET", `/api/v1/processes/${open.id}/story/draft`), 401);
  });
});

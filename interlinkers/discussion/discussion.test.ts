import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CoproductionWorld,
  call,
  coproductionWorld,
  createAsset,
  createGrant,
  createOrganization,
  createProcess,
  createTestApp,
  problemOf,
  processItems,
  type Session,
  signUp,
  type TestContext,
} from "../sdk/testing.js";
import { discussionPost, discussionReaction, discussionThread } from "./tables.js";

// The discussion sits on the world's Build task. Besides the world's cast, a designer sees only the Design phase
// (a member of the process who may not see this task), and a stranger with no place in it has a name people might
// @mention.

let context: TestContext;
let world: CoproductionWorld;
let designer: Session;
let stranger: Session;
let assetId: string;
let firstThreadId: string;

const unknownId = "01900000-0000-7000-8000-000000000000";
const url = (path = "") => `/api/v1/assets/${assetId}/discussion${path}`;

async function activityActions(): Promise<string[]> {
  const response = await call(
    context.app,
    world.admin,
    "GET",
    `/api/v1/processes/${world.process.id}/activity?limit=100`,
  );
  return response.json().items.map((entry: { action: string }) => entry.action);
}

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context);
  designer = await signUp(context.app, { name: "Dan Designer" });
  stranger = await signUp(context.app, { name: "Zed Stranger" });
  await createGrant(context.app, {
    by: world.admin,
    processId: world.process.id,
    userId: designer.userId,
    itemId: world.phases.design.id,
    rights: ["view"],
  });
  const asset = await createAsset(context.app, {
    by: world.admin,
    taskId: world.tasks.build.id,
    interlinkerId: "discussion",
    name: "Opening hours",
    input: { thread: { title: "Saturdays?", source: "Should we **open on Saturdays**, @bruno citizen?" } },
  });
  assetId = asset.id;
});
afterAll(() => context.close());

describe("the catalogue and creation", () => {
  it("lists the discussion from its manifest", async () => {
    const entry = await call(context.app, null, "GET", "/api/v1/interlinkers/discussion");
    expect(entry.statusCode).toBe(200);
    expect(entry.json()).toMatchObject({ id: "discussion", nature: "software", name: { lv: "Diskusija" } });
  });

  it("starts with the thread given as input, its mention resolved and logged", async () => {
    const list = await call(context.app, world.citizen, "GET", url("/threads"));
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ can: { startThread: true, moderate: false }, nextCursor: null });
    expect(list.json().items).toHaveLength(1);
    firstThreadId = list.json().items[0].id;
    const thread = (await call(context.app, world.citizen, "GET", url(`/threads/${firstThreadId}`))).json();
    expect(thread).toMatchObject({ title: "Saturdays?", author: { id: world.admin.userId, name: "Ana Admin" } });
    expect(thread.posts[0]).toMatchObject({ opening: true, mentions: [world.citizen.userId] });
    expect(thread.posts[0].html).toContain("<strong>open on Saturdays</strong>");
    expect(thread.posts[0].html).toContain(`data-user-id="${world.citizen.userId}">@Bruno Citizen</span>`);
    expect(await activityActions()).toEqual(expect.arrayContaining(["asset.created", "discussion.thread_started"]));
  });

  it.each([
    ["an empty title", { thread: { title: " ", source: "x" } }, "body.input.thread.title"],
    ["an unknown field", { thread: { title: "t", source: "x", html: "<b>" } }, "body.input.thread"],
    ["a thread too long", { thread: { title: "t", source: "x".repeat(20_001) } }, "body.input.thread.source"],
  ])("refuses a discussion created with %s and creates nothing", async (_label, input, path) => {
    const task = world.tasks.build.id;
    const before = (await call(context.app, world.admin, "GET", `/api/v1/tasks/${task}/assets`)).json().items.length;
    const problem = problemOf(
      await call(context.app, world.admin, "POST", `/api/v1/tasks/${task}/assets`, {
        kind: "interlinker",
        interlinkerId: "discussion",
        input,
      }),
      422,
    );
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    expect((await call(context.app, world.admin, "GET", `/api/v1/tasks/${task}/assets`)).json().items).toHaveLength(
      before,
    );
  });
});

describe("reading and taking part", () => {
  it("is 404 to outsiders, anonymous visitors and members who may not see the task", async () => {
    for (const viewer of [null, world.outsider, designer]) {
      problemOf(await call(context.app, viewer, "GET", url("/threads")), 404);
      problemOf(await call(context.app, viewer, "GET", url(`/threads/${firstThreadId}`)), 404);
      problemOf(await call(context.app, viewer, "POST", url("/threads"), { title: "t", source: "s" }), 404);
      problemOf(await call(context.app, viewer, "GET", url("/members")), 404);
    }
  });

  it("lets members start threads and reply, with paging newest first", async () => {
    for (const title of ["Evenings", "Holidays"]) {
      const created = await call(context.app, world.citizen, "POST", url("/threads"), {
        title,
        source: `About ${title}`,
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ title, posts: [{ source: `About ${title}`, can: { edit: true } }] });
    }
    const first = (await call(context.app, world.editor, "GET", url("/threads?limit=2"))).json();
    expect(first.items.map((thread: { title: string }) => thread.title)).toEqual(["Holidays", "Evenings"]);
    const second = (
      await call(context.app, world.editor, "GET", url(`/threads?limit=2&cursor=${first.nextCursor}`))
    ).json();
    expect(second.items.map((thread: { title: string }) => thread.title)).toEqual(["Saturdays?"]);
    expect(second.nextCursor).toBeNull();
  });

  it("tells each reader what they may do with a thread and its posts", async () => {
    const read = async (session: Session) =>
      (await call(context.app, session, "GET", url(`/threads/${firstThreadId}`))).json();
    const opening = { hide: false, unhide: false, markAnswer: false };
    const byAdmin = await read(world.admin);
    expect(byAdmin.can).toEqual({ reply: true, markAnswer: true });
    expect(byAdmin.posts[0].can).toEqual({ ...opening, edit: true, react: true, report: false, hide: true });
    const byCitizen = await read(world.citizen);
    expect(byCitizen.can).toEqual({ reply: true, markAnswer: false });
    expect(byCitizen.posts[0].can).toEqual({ ...opening, edit: false, react: true, report: true });
    expect((await read(world.editor)).can).toEqual({ reply: true, markAnswer: true });
  });

  it("resolves @mentions to process members only, and lists members for autocomplete", async () => {
    const reply = await call(context.app, world.citizen, "POST", url(`/threads/${firstThreadId}/replies`), {
      source: "Yes! @Dario Editor and @dan designer agree; @Zed Stranger and @Eva Outsider are not here.",
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().mentions.sort()).toEqual([world.editor.userId, designer.userId].sort());
    expect(reply.json().html).not.toContain(stranger.userId);
    expect(reply.json().html).toContain("@Zed Stranger");
    expect(reply.json().html).not.toContain(world.outsider.userId);

    const members = (await call(context.app, world.citizen, "GET", url("/members"))).json().items;
    expect(members.map((member: { name: string }) => member.name)).toEqual([
      "Ana Admin",
      "Bruno Citizen",
      "Carla Member",
      "Dan Designer",
      "Dario Editor",
    ]);
    expect(members[0]).toEqual({ id: world.admin.userId, name: "Ana Admin" });
    const filtered = (await call(context.app, world.citizen, "GET", url("/members?q=DAR"))).json().items;
    expect(filtered).toEqual([{ id: world.editor.userId, name: "Dario Editor" }]);
    problemOf(await call(context.app, world.citizen, "GET", url("/members?extra=1")), 422);
    expect(await activityActions()).toContain("discussion.reply_posted");
  });

  it("refuses bad input on every writing route with a field path, changing nothing", async () => {
    const thread = (await call(context.app, world.citizen, "GET", url(`/threads/${firstThreadId}`))).json();
    const postId = thread.posts[1].id;
    const cases: [string, string, unknown, string][] = [
      ["POST", url("/threads"), { title: "", source: "s" }, "body.title"],
      ["POST", url("/threads"), { title: "t" }, "body.source"],
      ["POST", url("/threads"), { title: "t", source: "s", pinned: true }, "body"],
      ["POST", url("/threads"), { title: "t".repeat(201), source: "s" }, "body.title"],
      ["POST", url(`/threads/${firstThreadId}/replies`), { source: "   " }, "body.source"],
      ["POST", url(`/threads/${firstThreadId}/replies`), { source: 5 }, "body.source"],
      ["POST", url("/threads/not-an-id/replies"), { source: "s" }, "params.threadId"],
      ["PATCH", url(`/posts/${postId}`), { source: "s", html: "<b>" }, "body"],
      ["PATCH", url(`/posts/${postId}`), { source: "x".repeat(20_001) }, "body.source"],
      ["PUT", url(`/posts/${postId}/reactions/thumbsup`), undefined, "params.kind"],
      ["PUT", url(`/threads/${firstThreadId}/answer`), { postId: "nope" }, "body.postId"],
      ["POST", url(`/posts/${postId}/hide`), { reason: "" }, "body.reason"],
      ["POST", url(`/posts/${postId}/reports`), { reason: "x".repeat(501) }, "body.reason"],
      ["POST", url(`/posts/${postId}/reports`), {}, "body.reason"],
      ["POST", url(`/posts/${postId}/unhide`), { now: true }, "body"],
      ["GET", url("/threads?limit=500"), undefined, "querystring.limit"],
      ["GET", url("/reports?cursor=bm9wZQ"), undefined, "querystring.cursor"],
    ];
    const before = await activityActions();
    for (const [method, path, body, field] of cases) {
      const session = path.includes("hide") || path.includes("reports?") ? world.admin : world.citizen;
      const problem = problemOf(await call(context.app, session, method as "POST", path, body), 422);
      expect(problem.errors?.map((error) => error.path) ?? [""], `${method} ${path}`).toContain(field);
    }
    problemOf(await call(context.app, world.citizen, "GET", url(`/threads/${unknownId}`)), 404);
    problemOf(await call(context.app, world.citizen, "PATCH", url(`/posts/${unknownId}`), { source: "s" }), 404);
    expect(await activityActions()).toEqual(before);
    const after = (await call(context.app, world.citizen, "GET", url(`/threads/${firstThreadId}`))).json();
    expect(after).toEqual(thread);
  });

  it("serves sanitized HTML for hostile Markdown through the API", async () => {
    const reply = await call(context.app, world.citizen, "POST", url(`/threads/${firstThreadId}/replies`), {
      source: "<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)> <svg onload=alert(1)>",
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().source).toContain("<script>");
    expect(reply.json().html).not.toMatch(/<(script|img|svg)|href=/i);
    expect(reply.json().html).toContain("&lt;script&gt;");
  });
});

describe("edits, reactions and answers", () => {
  let replyId: string;

  it("keeps earlier versions when the author edits, and lets nobody else edit", async () => {
    const thread = (await call(context.app, world.citizen, "GET", url(`/threads/${firstThreadId}`))).json();
    replyId = thread.posts[1].id;
    const edited = await call(context.app, world.citizen, "PATCH", url(`/posts/${replyId}`), {
      source: "Yes, from 10 to 14.",
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ source: "Yes, from 10 to 14.", revisions: 1, mentions: [] });
    expect(edited.json().editedAt).not.toBeNull();
    await call(context.app, world.citizen, "PATCH", url(`/posts/${replyId}`), { source: "Yes, from 10 to 15." });
    const history = (await call(context.app, world.editor, "GET", url(`/posts/${replyId}/history`))).json().items;
    expect(history.map((version: { source: string }) => version.source)).toEqual([
      "Yes, from 10 to 14.",
      thread.posts[1].source,
    ]);
    expect(history[1].html).toContain("mention");

    const refused = problemOf(
      await call(context.app, world.editor, "PATCH", url(`/posts/${replyId}`), { source: "mine" }),
      403,
    );
    expect(refused.detail).toContain("author");
    problemOf(await call(context.app, world.admin, "PATCH", url(`/posts/${replyId}`), { source: "mine" }), 403);
    const titled = problemOf(
      await call(context.app, world.citizen, "PATCH", url(`/posts/${replyId}`), { source: "s", title: "t" }),
      422,
    );
    expect(titled.errors?.[0]?.path).toBe("body.title");
    problemOf(await call(context.app, world.outsider, "GET", url(`/posts/${replyId}/history`)), 404);

    const opening = thread.posts[0].id;
    const retitled = await call(context.app, world.admin, "PATCH", url(`/posts/${opening}`), {
      source: "Should we open on Saturdays?",
      title: "Open on Saturdays?",
    });
    expect(retitled.statusCode).toBe(200);
    const openingHistory = (await call(context.app, world.admin, "GET", url(`/posts/${opening}/history`))).json().items;
    expect(openingHistory[0]).toMatchObject({ title: "Saturdays?" });
    expect((await call(context.app, world.admin, "GET", url(`/threads/${firstThreadId}`))).json().title).toBe(
      "Open on Saturdays?",
    );
    expect((await activityActions()).filter((action) => action === "discussion.post_edited")).toHaveLength(3);
  });

  it("toggles one reaction of each kind per person", async () => {
    const react = (session: Session | null, method: "PUT" | "DELETE", kind = "thumbs_up") =>
      call(context.app, session, method, url(`/posts/${replyId}/reactions/${kind}`));
    await react(world.editor, "PUT");
    const twice = await react(world.editor, "PUT");
    expect(twice.statusCode).toBe(200);
    expect(twice.json().reactions.find((entry: { kind: string }) => entry.kind === "thumbs_up")).toEqual({
      kind: "thumbs_up",
      count: 1,
      mine: true,
    });
    await react(world.admin, "PUT");
    await react(world.admin, "PUT", "heart");
    const asCitizen = (await call(context.app, world.citizen, "GET", url(`/threads/${firstThreadId}`))).json().posts[1];
    expect(asCitizen.reactions.slice(0, 2)).toEqual([
      { kind: "thumbs_up", count: 2, mine: false },
      { kind: "heart", count: 1, mine: false },
    ]);
    const removed = await react(world.editor, "DELETE");
    expect(removed.json().reactions[0]).toEqual({ kind: "thumbs_up", count: 1, mine: false });
    problemOf(await react(world.outsider, "PUT"), 404);
    problemOf(await react(null, "PUT"), 404);
    problemOf(await react(designer, "PUT"), 404);
  });

  it("lets the thread's author or an asset editor mark one reply as the answer", async () => {
    const answer = (session: Session, postId: string) =>
      call(context.app, session, "PUT", url(`/threads/${firstThreadId}/answer`), { postId });
    const refused = problemOf(await answer(world.citizen, replyId), 403);
    expect(refused.detail).toContain("author");
    const marked = await answer(world.editor, replyId);
    expect(marked.statusCode).toBe(200);
    expect(marked.json().answerPostId).toBe(replyId);
    expect(marked.json().posts[1]).toMatchObject({ isAnswer: true });
    const thread = marked.json();
    problemOf(await answer(world.admin, thread.posts[0].id), 409);
    const other = (await call(context.app, world.citizen, "GET", url("/threads"))).json().items[0].id;
    const otherThread = (await call(context.app, world.citizen, "GET", url(`/threads/${other}`))).json();
    problemOf(await answer(world.admin, otherThread.posts[0].id), 409);
    // The citizen started "Holidays": as its author they may mark its answer.
    const reply = await call(context.app, world.admin, "POST", url(`/threads/${other}/replies`), { source: "Closed." });
    const own = await call(context.app, world.citizen, "PUT", url(`/threads/${other}/answer`), {
      postId: reply.json().id,
    });
    expect(own.statusCode).toBe(200);
    const unmarked = await call(context.app, world.citizen, "DELETE", url(`/threads/${other}/answer`));
    expect(unmarked.json().answerPostId).toBeNull();
    const listed = (await call(context.app, world.citizen, "GET", url("/threads"))).json().items;
    expect(listed.find((entry: { id: string }) => entry.id === firstThreadId)).toMatchObject({ answered: true });
    expect(await activityActions()).toEqual(
      expect.arrayContaining(["discussion.answer_marked", "discussion.answer_unmarked"]),
    );
  });
});

describe("moderation", () => {
  it("takes a report, hides the post with its reason in the activity, and the chain still verifies", async () => {
    const thread = (await call(context.app, world.admin, "GET", url(`/threads/${firstThreadId}`))).json();
    const post = thread.posts[1];
    const report = await call(context.app, world.editor, "POST", url(`/posts/${post.id}/reports`), { reason: "Rude" });
    expect(report.statusCode).toBe(201);
    problemOf(
      await call(context.app, world.editor, "POST", url(`/posts/${post.id}/reports`), { reason: "Again" }),
      409,
    );
    problemOf(
      await call(context.app, world.citizen, "POST", url(`/posts/${post.id}/reports`), { reason: "Mine" }),
      409,
    );
    problemOf(await call(context.app, world.outsider, "POST", url(`/posts/${post.id}/reports`), { reason: "x" }), 404);
    problemOf(await call(context.app, world.citizen, "GET", url("/reports")), 403);
    problemOf(await call(context.app, world.editor, "GET", url("/reports")), 403);
    const reports = (await call(context.app, world.admin, "GET", url("/reports"))).json();
    expect(reports.items).toHaveLength(1);
    expect(reports.items[0]).toMatchObject({ reason: "Rude", postId: post.id, reporter: { id: world.editor.userId } });

    problemOf(await call(context.app, world.citizen, "POST", url(`/posts/${post.id}/hide`), { reason: "x" }), 403);
    problemOf(await call(context.app, world.editor, "POST", url(`/posts/${post.id}/hide`), { reason: "x" }), 403);
    const hidden = await call(context.app, world.admin, "POST", url(`/posts/${post.id}/hide`), {
      reason: "Personal attack",
    });
    expect(hidden.statusCode).toBe(200);
    expect(hidden.json()).toMatchObject({ hidden: { reason: "Personal attack" }, can: { unhide: true } });
    problemOf(await call(context.app, world.admin, "POST", url(`/posts/${post.id}/hide`), { reason: "Twice" }), 409);

    const seenByEditor = (await call(context.app, world.editor, "GET", url(`/threads/${firstThreadId}`))).json();
    expect(seenByEditor.posts[1]).toMatchObject({ source: null, html: null, hidden: { reason: "Personal attack" } });
    expect(seenByEditor.answerPostId).toBeNull();
    expect((await call(context.app, world.editor, "GET", url(`/posts/${post.id}/history`))).json().items).toEqual([]);
    const seenByAuthor = (await call(context.app, world.citizen, "GET", url(`/threads/${firstThreadId}`))).json();
    expect(seenByAuthor.posts[1].source).toBe(post.source);
    problemOf(await call(context.app, world.citizen, "PATCH", url(`/posts/${post.id}`), { source: "sorry" }), 409);
    problemOf(await call(context.app, world.editor, "PUT", url(`/posts/${post.id}/reactions/eyes`)), 409);
    expect((await call(context.app, world.admin, "GET", url("/reports"))).json().items).toEqual([]);

    const log = (
      await call(context.app, world.citizen, "GET", `/api/v1/processes/${world.process.id}/activity?limit=5`)
    ).json();
    const entry = log.items.find((item: { action: string }) => item.action === "discussion.post_hidden");
    expect(entry).toMatchObject({ targetId: post.id, summary: { after: { reason: "Personal attack" } } });

    const shown = await call(context.app, world.admin, "POST", url(`/posts/${post.id}/unhide`));
    expect(shown.statusCode).toBe(200);
    expect(shown.json().hidden).toBeNull();
    problemOf(await call(context.app, world.admin, "POST", url(`/posts/${post.id}/unhide`)), 409);
    expect(
      (await call(context.app, world.editor, "GET", url(`/threads/${firstThreadId}`))).json().posts[1].source,
    ).toBe(post.source);

    const second = await call(context.app, world.admin, "POST", url(`/posts/${post.id}/reports`), { reason: "Spam?" });
    problemOf(await call(context.app, world.citizen, "POST", url(`/reports/${second.json().id}/dismiss`)), 403);
    expect((await call(context.app, world.admin, "POST", url(`/reports/${second.json().id}/dismiss`))).statusCode).toBe(
      204,
    );
    problemOf(await call(context.app, world.admin, "POST", url(`/reports/${second.json().id}/dismiss`)), 409);
    problemOf(await call(context.app, world.admin, "POST", url(`/reports/${unknownId}/dismiss`)), 404);

    const verified = await call(
      context.app,
      world.citizen,
      "GET",
      `/api/v1/processes/${world.process.id}/activity/verify`,
    );
    expect(verified.json()).toMatchObject({ valid: true, firstBrokenAt: null });
    expect(await activityActions()).toEqual(
      expect.arrayContaining([
        "discussion.post_reported",
        "discussion.post_hidden",
        "discussion.post_unhidden",
        "discussion.report_dismissed",
      ]),
    );
  });

  it("hides a thread's title with its opening post", async () => {
    const created = await call(context.app, world.citizen, "POST", url("/threads"), {
      title: "Rude title",
      source: "x",
    });
    const opening = created.json().posts[0].id;
    await call(context.app, world.admin, "POST", url(`/posts/${opening}/hide`), { reason: "Offensive title" });
    const listed = (await call(context.app, world.editor, "GET", url("/threads"))).json().items[0];
    expect(listed).toMatchObject({ id: created.json().id, title: null, hidden: true });
    expect((await call(context.app, world.admin, "GET", url("/threads"))).json().items[0].title).toBe("Rude title");
  });
});

describe("a public process", () => {
  it("is readable by anyone, but only members take part", async () => {
    const city = await createOrganization(context.app, { by: world.admin, name: { en: "Cēsis" } });
    const park = await createProcess(context.app, {
      by: world.admin,
      organizationId: city.id,
      name: "Park benches",
      aim: "Where to put benches",
      governanceModel: "C2G",
      visibility: "public",
    });
    const { tasks } = await processItems(context.app, { by: world.admin, processId: park.id });
    const asset = await createAsset(context.app, {
      by: world.admin,
      taskId: tasks.engage.id,
      interlinkerId: "discussion",
      input: { thread: { title: "Where?", source: "By the pond." } },
    });
    const path = `/api/v1/assets/${asset.id}/discussion/threads`;
    const read = await call(context.app, null, "GET", path);
    expect(read.statusCode).toBe(200);
    expect(read.json().can).toEqual({ startThread: false, moderate: false });
    expect((await call(context.app, world.outsider, "GET", path)).json().can.startThread).toBe(false);
    problemOf(await call(context.app, null, "POST", path, { title: "t", source: "s" }), 401);
    const refused = problemOf(await call(context.app, world.outsider, "POST", path, { title: "t", source: "s" }), 403);
    expect(refused.detail).toContain("grant");
    const threadId = read.json().items[0].id;
    const thread = (await call(context.app, null, "GET", `${path}/${threadId}`)).json();
    expect(thread.can).toEqual({ reply: false, markAnswer: false });
    expect(Object.values(thread.posts[0].can)).not.toContain(true);
    const byOutsider = (await call(context.app, world.outsider, "GET", `${path}/${threadId}`)).json();
    expect(Object.values(byOutsider.posts[0].can)).not.toContain(true);
    problemOf(
      await call(
        context.app,
        world.outsider,
        "PUT",
        `/api/v1/assets/${asset.id}/discussion/posts/${thread.posts[0].id}/reactions/eyes`,
      ),
      403,
    );
    problemOf(await call(context.app, world.outsider, "GET", `/api/v1/assets/${asset.id}/discussion/members`), 403);
  });
});

describe("clone, export, import and delete", () => {
  it("copies threads and replies to another task, without hidden posts, reactions or reports", async () => {
    const target = world.phases.build.children[0]!.children[1] ?? world.phases.build.children[1]!.children[0]!;
    const cloned = await call(context.app, world.admin, "POST", `/api/v1/assets/${assetId}/clone`, {
      taskId: target.id,
    });
    expect(cloned.statusCode).toBe(201);
    const copyUrl = `/api/v1/assets/${cloned.json().id}/discussion`;
    const sourceTitles = (await call(context.app, world.admin, "GET", url("/threads"))).json().items;
    const copies = (await call(context.app, world.admin, "GET", `${copyUrl}/threads`)).json().items;
    // The thread whose opening a moderator hid stays behind.
    expect(copies.map((thread: { title: string }) => thread.title)).toEqual(
      sourceTitles
        .filter((thread: { hidden: boolean }) => !thread.hidden)
        .map((thread: { title: string }) => thread.title),
    );
    const copy = copies.find((thread: { title: string }) => thread.title === "Open on Saturdays?");
    const copied = (await call(context.app, world.admin, "GET", `${copyUrl}/threads/${copy.id}`)).json();
    const original = (await call(context.app, world.admin, "GET", url(`/threads/${firstThreadId}`))).json();
    expect(copied.posts.map((post: { source: string }) => post.source)).toEqual(
      original.posts.map((post: { source: string }) => post.source),
    );
    expect(copied.posts[1].reactions.every((reaction: { count: number }) => reaction.count === 0)).toBe(true);
    expect(copied.posts[1].author).toEqual({ id: world.citizen.userId, name: "Bruno Citizen" });
  });

  it("exports a readable Markdown document that imports back into the same threads", async () => {
    const exported = await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/export`);
    expect(exported.statusCode).toBe(200);
    const document = exported.json();
    const entry = document.assets.find(
      (candidate: { id?: string; name: string; content: unknown }) => candidate.name === "Opening hours",
    );
    expect(entry.content.mediaType).toBe("text/markdown");
    expect(entry.content.content).toContain("## Open on Saturdays?");
    expect(entry.content.content).toContain("**Bruno Citizen**");
    expect(entry.content.content).toContain("> Offensive title");
    expect(entry.content.content).not.toContain("Rude title\n\nx");

    const imported = await call(context.app, world.editor, "POST", "/api/v1/processes/import", document);
    expect(imported.statusCode).toBe(201);
    const { tasks } = await processItems(context.app, { by: world.editor, processId: imported.json().id });
    const assets = (await call(context.app, world.editor, "GET", `/api/v1/tasks/${tasks.build.id}/assets`)).json()
      .items;
    const copyAsset = assets.find((candidate: { name: string }) => candidate.name === "Opening hours");
    const copyUrl = `/api/v1/assets/${copyAsset.id}/discussion`;
    const threads = (await call(context.app, world.editor, "GET", `${copyUrl}/threads?limit=100`)).json().items;
    const original = (await call(context.app, world.admin, "GET", url("/threads?limit=100"))).json().items;
    expect(threads.map((thread: { hidden: boolean }) => thread.hidden)).toEqual(
      original.map((thread: { hidden: boolean }) => thread.hidden),
    );
    const saturday = threads.find((thread: { title: string }) => thread.title === "Open on Saturdays?");
    const posts = (await call(context.app, world.editor, "GET", `${copyUrl}/threads/${saturday.id}`)).json().posts;
    const originalPosts = (await call(context.app, world.admin, "GET", url(`/threads/${firstThreadId}`))).json().posts;
    expect(posts.map((post: { source: string }) => post.source)).toEqual(
      originalPosts.map((post: { source: string }) => post.source),
    );
    expect(posts[1].author).toEqual({ id: null, name: "Bruno Citizen" });
    // Rendered again here: the mentions point to this process's members only (the editor is its administrator).
    expect(posts[0].mentions).toEqual([]);
    expect(posts[2].html).toContain("&lt;script&gt;");
  });

  it("deletes its threads with the asset", async () => {
    const { id } = await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.build.id,
      interlinkerId: "discussion",
      input: { thread: { title: "Soon gone", source: "x" } },
    });
    const threadId = (await call(context.app, world.admin, "GET", `/api/v1/assets/${id}/discussion/threads`)).json()
      .items[0].id;
    const posts = await context.database.db.select().from(discussionPost).where(eq(discussionPost.threadId, threadId));
    await call(context.app, world.admin, "PUT", `/api/v1/assets/${id}/discussion/posts/${posts[0]!.id}/reactions/tada`);
    expect((await call(context.app, world.admin, "DELETE", `/api/v1/assets/${id}`)).statusCode).toBe(204);
    expect(await context.database.db.select().from(discussionThread).where(eq(discussionThread.assetId, id))).toEqual(
      [],
    );
    expect(
      await context.database.db.select().from(discussionReaction).where(eq(discussionReaction.postId, posts[0]!.id)),
    ).toEqual([]);
    problemOf(await call(context.app, world.admin, "GET", `/api/v1/assets/${id}/discussion/threads`), 404);
  });
});

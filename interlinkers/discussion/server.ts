import { z } from "zod";
import {
  type AssetRow,
  type AssetSubject,
  type Database,
  defineInterlinker,
  emptyBody,
  type MaybeActor,
  notSignedIn,
} from "../sdk/server.js";
import {
  answerChoice,
  discussionInput,
  hideBody,
  memberList,
  memberQuerystring,
  pageQuerystring,
  postOutput,
  postParams,
  postUpdate,
  type ReactionKind,
  reactionParams,
  replyCreate,
  reportCreate,
  reportPage,
  reportParams,
  reportReceipt,
  revisionList,
  threadCreate,
  threadOutput,
  threadPage,
  threadParams,
} from "./input.js";
import { discussionManifest } from "./manifest.js";
import { about, type DiscussionState, policy } from "./policy.js";
import { cloneDiscussion, exportDiscussion, importDiscussion } from "./portable.js";
import {
  presentPost,
  presentReportPage,
  presentRevisions,
  presentThread,
  presentThreadById,
  presentThreadPage,
} from "./presenter.js";
import {
  deleteDiscussion,
  dismissReport,
  editPost,
  findPost,
  findThread,
  hidePost,
  listMembers,
  listOpenReports,
  listRevisions,
  listThreads,
  markAnswer,
  replyToThread,
  reportPost,
  setReaction,
  startThread,
  unhidePost,
} from "./service.js";

type Subject = AssetSubject<DiscussionState>;

/** The signed-in person behind a route whose action already refused anonymous visitors. */
function userIdOf(actor: MaybeActor): string {
  if (!actor) throw notSignedIn();
  return actor.userId;
}

export default defineInterlinker({
  manifest: discussionManifest,
  input: discussionInput,
  policy,

  hooks: {
    async instantiate({ tx, platform, asset, actor, input }) {
      if (input.thread) await startThread({ db: tx, platform, asset, authorId: actor.userId, ...input.thread });
    },
    clone: ({ tx, source, target }) => cloneDiscussion({ tx, source, target }),
    delete: ({ tx, asset }) => deleteDiscussion({ tx, asset }),
    async export({ db, platform, asset }) {
      return { mediaType: "text/markdown", content: await exportDiscussion({ db, platform, asset }) };
    },
    import: ({ tx, platform, asset, content }) => importDiscussion({ tx, platform, asset, content }),
  },

  routes(route, platform) {
    route.get(
      "/threads",
      { summary: "A discussion's threads, newest first", querystring: pageQuerystring, response: { 200: threadPage } },
      async ({ db, actor, asset, subject, query }) =>
        presentThreadPage({ db, platform, actor, subject }, await listThreads({ db, asset, ...query })),
    );

    route.post(
      "/threads",
      { summary: "Start a thread", action: "take_part", body: threadCreate, response: { 201: threadOutput } },
      async ({ db, actor, asset, subject, body, reply }) => {
        const thread = await startThread({ db, platform, asset, authorId: userIdOf(actor), ...body });
        reply.code(201);
        return presentThread({ db, platform, actor, subject }, thread);
      },
    );

    route.get(
      "/threads/:threadId",
      { summary: "A thread with its replies", params: threadParams, response: { 200: threadOutput } },
      async ({ db, actor, asset, subject, params }) =>
        presentThread({ db, platform, actor, subject }, await findThread({ db, asset, ...params })),
    );

    route.post(
      "/threads/:threadId/replies",
      {
        summary: "Reply in a thread",
        action: "take_part",
        params: threadParams,
        body: replyCreate,
        response: { 201: postOutput },
      },
      async ({ db, actor, asset, subject, params, body, reply }) => {
        const thread = await findThread({ db, asset, ...params });
        const post = await replyToThread({ db, platform, asset, thread, authorId: userIdOf(actor), ...body });
        reply.code(201);
        return presentPost({ db, platform, actor, subject }, post.id);
      },
    );

    // Who may mark depends on the thread (its author, or an editor of the task's assets): decided once it is loaded.
    const setAnswer = async (
      { db, actor, asset, subject }: { db: Database; actor: MaybeActor; asset: AssetRow; subject: Subject },
      options: { threadId: string; postId: string | null },
    ) => {
      const thread = await findThread({ db, asset, threadId: options.threadId });
      platform.policies.authorize(actor, "mark_answer", about(subject, { thread }));
      await markAnswer({ db, platform, asset, thread, actorId: userIdOf(actor), postId: options.postId });
      return presentThreadById({ db, platform, actor, subject }, thread.id);
    };

    route.put(
      "/threads/:threadId/answer",
      {
        summary: "Mark a reply as the thread's answer or outcome",
        action: "take_part",
        params: threadParams,
        body: answerChoice,
        response: { 200: threadOutput },
      },
      async (context) => setAnswer(context, { threadId: context.params.threadId, postId: context.body.postId }),
    );

    route.delete(
      "/threads/:threadId/answer",
      {
        summary: "Unmark the thread's answer",
        action: "take_part",
        params: threadParams,
        body: emptyBody,
        response: { 200: threadOutput },
      },
      async (context) => setAnswer(context, { threadId: context.params.threadId, postId: null }),
    );

    route.patch(
      "/posts/:postId",
      {
        summary: "Edit your post; the previous version is kept",
        action: "take_part",
        params: postParams,
        body: postUpdate,
        response: { 200: postOutput },
      },
      async ({ db, actor, asset, subject, params, body }) => {
        const post = await findPost({ db, asset, ...params });
        platform.policies.authorize(actor, "edit_post", about(subject, { post }));
        await editPost({ db, platform, asset, post, editorId: userIdOf(actor), ...body });
        return presentPost({ db, platform, actor, subject }, post.id);
      },
    );

    route.get(
      "/posts/:postId/history",
      {
        summary: "Earlier versions of a post, newest first",
        params: postParams,
        response: { 200: revisionList },
      },
      async ({ db, actor, asset, subject, params }) => {
        const post = await findPost({ db, asset, ...params });
        return presentRevisions({ db, platform, actor, subject }, post, await listRevisions({ db, post }));
      },
    );

    const react = async (
      { db, actor, asset, subject }: { db: Database; actor: MaybeActor; asset: AssetRow; subject: Subject },
      options: { postId: string; kind: ReactionKind; on: boolean },
    ) => {
      const post = await findPost({ db, asset, postId: options.postId });
      await setReaction({ db, post, userId: userIdOf(actor), kind: options.kind, on: options.on });
      return presentPost({ db, platform, actor, subject }, post.id);
    };

    route.put(
      "/posts/:postId/reactions/:kind",
      {
        summary: "Add your reaction of this kind",
        action: "take_part",
        params: reactionParams,
        response: { 200: postOutput },
      },
      async (context) => react(context, { ...context.params, on: true }),
    );

    route.delete(
      "/posts/:postId/reactions/:kind",
      {
        summary: "Take back your reaction of this kind",
        action: "take_part",
        params: reactionParams,
        body: emptyBody,
        response: { 200: postOutput },
      },
      async (context) => react(context, { ...context.params, on: false }),
    );

    route.post(
      "/posts/:postId/hide",
      {
        summary: "Hide a post from the discussion (process administrators)",
        action: "moderate",
        params: postParams,
        body: hideBody,
        response: { 200: postOutput },
      },
      async ({ db, actor, asset, subject, params, body }) => {
        const post = await findPost({ db, asset, ...params });
        await hidePost({ db, platform, asset, post, moderatorId: userIdOf(actor), ...body });
        return presentPost({ db, platform, actor, subject }, post.id);
      },
    );

    route.post(
      "/posts/:postId/unhide",
      {
        summary: "Show a hidden post again (process administrators)",
        action: "moderate",
        params: postParams,
        body: emptyBody,
        response: { 200: postOutput },
      },
      async ({ db, actor, asset, subject, params }) => {
        const post = await findPost({ db, asset, ...params });
        await unhidePost({ db, platform, asset, post, moderatorId: userIdOf(actor) });
        return presentPost({ db, platform, actor, subject }, post.id);
      },
    );

    route.post(
      "/posts/:postId/reports",
      {
        summary: "Report a post to the process's administrators",
        action: "report",
        params: postParams,
        body: reportCreate,
        response: { 201: reportReceipt },
      },
      async ({ db, actor, asset, params, body, reply }) => {
        const post = await findPost({ db, asset, ...params });
        const report = await reportPost({ db, platform, asset, post, reporterId: userIdOf(actor), ...body });
        reply.code(201);
        return { id: report.id, postId: post.id, createdAt: report.createdAt.toISOString() };
      },
    );

    route.get(
      "/reports",
      {
        summary: "Open reports, newest first (process administrators)",
        action: "moderate",
        querystring: pageQuerystring,
        response: { 200: reportPage },
      },
      async ({ db, actor, asset, subject, query }) =>
        presentReportPage({ db, platform, actor, subject }, await listOpenReports({ db, asset, ...query })),
    );

    route.post(
      "/reports/:reportId/dismiss",
      {
        summary: "Close a report without hiding the post (process administrators)",
        action: "moderate",
        params: reportParams,
        body: emptyBody,
        response: { 204: z.null() },
      },
      async ({ db, actor, asset, params, reply }) => {
        await dismissReport({ db, platform, asset, ...params, moderatorId: userIdOf(actor) });
        reply.code(204);
        return null;
      },
    );

    route.get(
      "/members",
      {
        summary: "Process members who can be @mentioned, for those taking part",
        action: "take_part",
        querystring: memberQuerystring,
        response: { 200: memberList },
      },
      async ({ db, asset, query }) => {
        const wanted = query.q?.toLocaleLowerCase() ?? "";
        const members = await listMembers({ db, platform, processId: asset.processId });
        return { items: members.filter((member) => member.name.toLocaleLowerCase().includes(wanted)).slice(0, 50) };
      },
    );
  },
});

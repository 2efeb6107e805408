import { eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { pageOf, pageQuery } from "../../server/http/pagination.js";
import { refusalResponses } from "../../server/http/problem.js";
import { emptyBody, timestamp } from "../../server/http/schemas.js";
import type { ApiApp } from "../../server/http/types.js";
import { assetForRequest } from "../../server/modules/assets/service.js";
import { can } from "../../server/policies/index.js";
import type { ItemAction } from "../../server/policies/process.js";
import type { InterlinkerServer } from "../contract.js";
import { discussionManifest } from "./manifest.js";
import { cloneDiscussion, exportDiscussion, importDiscussion } from "./portable.js";
import {
  createThread,
  dismissReport,
  editPost,
  hidePost,
  listOpenReports,
  listThreads,
  loadPost,
  loadThread,
  markAnswer,
  membersOf,
  postHistory,
  presentPost,
  presentThread,
  reactionKinds,
  replyToThread,
  reportPost,
  requireTakingPart,
  setReaction,
  unhidePost,
  type Viewer,
} from "./service.js";
import { discussionPost, discussionThread } from "./tables.js";

export const maxPostLength = 20_000;
const title = z.string().trim().min(1, "Give the thread a title.").max(200, "A title holds at most 200 characters.");
const source = z
  .string()
  .trim()
  .min(1, "Write something first.")
  .max(maxPostLength, `A post holds at most ${maxPostLength} characters.`);
const reason = z
  .string()
  .trim()
  .min(1, "Say why, so others understand.")
  .max(500, "A reason holds at most 500 characters.");

const assetParams = z.strictObject({ assetId: z.uuid({ message: "Not a valid id." }) });
const threadParams = assetParams.extend({ threadId: z.uuid({ message: "Not a valid id." }) });
const postParams = assetParams.extend({ postId: z.uuid({ message: "Not a valid id." }) });
const reportParams = assetParams.extend({ reportId: z.uuid({ message: "Not a valid id." }) });
const reactionParams = postParams.extend({ kind: z.enum(reactionKinds) });

const author = z.object({ id: z.string().nullable(), name: z.string() }).meta({ id: "DiscussionAuthor" });
const postOutput = z
  .object({
    id: z.uuid(),
    threadId: z.uuid(),
    opening: z.boolean().describe("The thread's first post, which carries its title."),
    author,
    source: z.string().nullable().describe("The Markdown as written; null when hidden from you."),
    html: z.string().nullable().describe("The sanitized rendering of `source`; null when hidden from you."),
    mentions: z.array(z.string()).describe("Ids of the process members the post mentions."),
    createdAt: timestamp,
    editedAt: timestamp.nullable(),
    revisions: z.number().int().describe("How many earlier versions the history keeps."),
    hidden: z.object({ reason: z.string(), hiddenAt: timestamp }).nullable(),
    isAnswer: z.boolean(),
    reactions: z.array(z.object({ kind: z.enum(reactionKinds), count: z.number().int(), mine: z.boolean() })),
    can: z.object({
      edit: z.boolean(),
      react: z.boolean(),
      report: z.boolean(),
      hide: z.boolean(),
      unhide: z.boolean(),
      markAnswer: z.boolean(),
    }),
  })
  .meta({ id: "DiscussionPost" });
const threadOutput = z
  .object({
    id: z.uuid(),
    title: z.string().nullable().describe("Null when the opening post is hidden from you."),
    author,
    createdAt: timestamp,
    lastPostAt: timestamp,
    answerPostId: z.uuid().nullable(),
    hidden: z.boolean(),
    can: z.object({ reply: z.boolean(), markAnswer: z.boolean() }),
    posts: z.array(postOutput),
  })
  .meta({ id: "DiscussionThread" });
const threadSummary = z
  .object({
    id: z.uuid(),
    title: z.string().nullable(),
    author,
    createdAt: timestamp,
    lastPostAt: timestamp,
    replyCount: z.number().int(),
    answered: z.boolean(),
    hidden: z.boolean(),
  })
  .meta({ id: "DiscussionThreadSummary" });
const threadPage = pageOf(threadSummary)
  .extend({ can: z.object({ startThread: z.boolean(), moderate: z.boolean() }) })
  .meta({ id: "DiscussionThreadPage" });
const revisionOutput = z
  .object({ id: z.uuid(), title: z.string().nullable(), source: z.string(), html: z.string(), writtenAt: timestamp })
  .meta({ id: "DiscussionRevision" });
const reportOutput = z
  .object({
    id: z.uuid(),
    postId: z.uuid(),
    threadId: z.uuid(),
    reason: z.string(),
    reporter: author,
    createdAt: timestamp,
    post: z.object({ author, source: z.string(), html: z.string() }),
  })
  .meta({ id: "DiscussionReport" });
const memberOutput = z.object({ id: z.string(), name: z.string() }).meta({ id: "DiscussionMember" });

const threadCreate = z.strictObject({ title, source }).meta({ id: "DiscussionThreadCreate" });

/** What the `input` of a new discussion may hold: optionally its first thread, started by its creator. */
const discussionInput = z.strictObject({ thread: threadCreate.optional() });

const tags = ["interlinker: discussion"];
const base = "/api/v1/assets/:assetId/discussion";

/**
 * The asset and the viewer's standing. Reading needs `view_assets` on the task. Taking part needs, on top, a
 * place in the process (administrator, or a grant of one's own or of one's team): in a public process anyone may
 * read, but writing always needs rights.
 */
async function discussionFor(request: FastifyRequest, action: ItemAction = "view_assets") {
  const { asset, task, actor } = await assetForRequest(request, action, "discussion");
  const moderates = actor !== null && can(actor, "update", task.tree.subject);
  const viewer: Viewer = {
    userId: actor?.userId ?? null,
    moderates,
    takesPart: actor !== null && (moderates || task.tree.subject.actorHasAnyGrant),
    editsAssets: actor !== null && can(actor, "edit_assets", task.subject),
  };
  return { asset, viewer };
}

export const discussionInterlinker: InterlinkerServer<z.infer<typeof discussionInput>> = {
  manifest: discussionManifest,
  inputSchema: discussionInput,

  async instantiate({ tx, asset, actor, input }) {
    if (input.thread) await createThread(tx, { asset, authorId: actor.userId, ...input.thread });
  },
  clone: ({ tx, source, target }) => cloneDiscussion(tx, source, target),
  async delete({ tx, asset }) {
    // Reactions, revisions and reports go with their posts (foreign keys cascade).
    await tx.delete(discussionPost).where(eq(discussionPost.assetId, asset.id));
    await tx.delete(discussionThread).where(eq(discussionThread.assetId, asset.id));
  },
  async export({ db, asset }) {
    return { mediaType: "text/markdown", content: await exportDiscussion(db, asset) };
  },
  import: ({ tx, asset, content }) => importDiscussion(tx, asset, content),

  async routes(app) {
    const api = app as unknown as ApiApp;
    const db = () => api.db;

    api.get(
      `${base}/threads`,
      {
        schema: {
          tags,
          summary: "A discussion's threads, newest first",
          params: assetParams,
          querystring: z.strictObject({ ...pageQuery }),
          response: { 200: threadPage, ...refusalResponses },
        },
      },
      async (request) => {
        const { asset, viewer } = await discussionFor(request);
        const page = await listThreads(db(), { asset, viewer, ...request.query });
        return { ...page, can: { startThread: viewer.takesPart, moderate: viewer.moderates } };
      },
    );

    api.post(
      `${base}/threads`,
      {
        schema: {
          tags,
          summary: "Start a thread",
          params: assetParams,
          body: threadCreate,
          response: { 201: threadOutput, ...refusalResponses },
        },
      },
      async (request, reply) => {
        const { asset, viewer } = await discussionFor(request);
        const authorId = requireTakingPart(viewer);
        const thread = await createThread(db(), { asset, authorId, ...request.body });
        return reply.code(201).send(await presentThread(db(), { asset, viewer, thread }));
      },
    );

    api.get(
      `${base}/threads/:threadId`,
      {
        schema: {
          tags,
          summary: "A thread with its replies",
          params: threadParams,
          response: { 200: threadOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const { asset, viewer } = await discussionFor(request);
        const thread = await loadThread(db(), asset, request.params.threadId);
        return presentThread(db(), { asset, viewer, thread });
      },
    );

    api.post(
      `${base}/threads/:threadId/replies`,
      {
        schema: {
          tags,
          summary: "Reply in a thread",
          params: threadParams,
          body: z.strictObject({ source }).meta({ id: "DiscussionReplyCreate" }),
          response: { 201: postOutput, ...refusalResponses },
        },
      },
      async (request, reply) => {
        const { asset, viewer } = await discussionFor(request);
        const authorId = requireTakingPart(viewer);
        const thread = await loadThread(db(), asset, request.params.threadId);
        const post = await replyToThread(db(), { asset, thread, authorId, source: request.body.source });
        return reply.code(201).send(await presentPost(db(), { asset, viewer, postId: post.id }));
      },
    );

    api.put(
      `${base}/threads/:threadId/answer`,
      {
        schema: {
          tags,
          summary: "Mark a reply as the thread's answer or outcome",
          params: threadParams,
          body: z.strictObject({ postId: z.uuid({ message: "Not a valid id." }) }).meta({ id: "DiscussionAnswer" }),
          response: { 200: threadOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const { asset, viewer } = await discussionFor(request);
        const thread = await loadThread(db(), asset, request.params.threadId);
        await markAnswer(db(), { asset, thread, viewer, postId: request.body.postId });
        return presentThread(db(), { asset, viewer, thread: await loadThread(db(), asset, thread.id) });
      },
    );

    api.delete(
      `${base}/threads/:threadId/answer`,
      {
        schema: {
          tags,
          summary: "Unmark the thread's answer",
          params: threadParams,
          body: emptyBody,
          response: { 200: threadOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const { asset, viewer } = await discussionFor(request);
        const thread = await loadThread(db(), asset, request.params.threadId);
        await markAnswer(db(), { asset, thread, viewer, postId: null });
        return presentThread(db(), { asset, viewer, thread: await loadThread(db(), asset, thread.id) });
      },
    );

    api.patch(
      `${base}/posts/:postId`,
      {
        schema: {
          tags,
          summary: "Edit your post; the previous version is kept",
          params: postParams,
          body: z
            .strictObject({ source, title: title.optional().describe("Only for a thread's opening post.") })
            .meta({ id: "DiscussionPostUpdate" }),
          response: { 200: postOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const { asset, viewer } = await discussionFor(request);
        const post = await loadPost(db(), asset, request.params.postId);
        await editPost(db(), { asset, post, viewer, ...request.body });
        return presentPost(db(), { asset, viewer, postId: post.id });
      },
    );

    api.get(
      `${base}/posts/:postId/history`,
      {
        schema: {
          tags,
          summary: "Earlier versions of a post, newest first",
          params: postParams,
          response: { 200: z.object({ items: z.array(revisionOutput) }), ...refusalResponses },
        },
      },
      async (request) => {
        const { asset, viewer } = await discussionFor(request);
        const post = await loadPost(db(), asset, request.params.postId);
        return { items: await postHistory(db(), { post, viewer }) };
      },
    );

    for (const on of [true, false]) {
      const route = {
        schema: {
          tags,
          summary: on ? "Add your reaction of this kind" : "Take back your reaction of this kind",
          params: reactionParams,
          ...(on ? {} : { body: emptyBody }),
          response: { 200: postOutput, ...refusalResponses },
        },
      };
      const handler = async (request: FastifyRequest<{ Params: z.infer<typeof reactionParams> }>) => {
        const { asset, viewer } = await discussionFor(request);
        const post = await loadPost(db(), asset, request.params.postId);
        await setReaction(db(), { post, viewer, kind: request.params.kind, on });
        return presentPost(db(), { asset, viewer, postId: post.id });
      };
      if (on) api.put(`${base}/posts/:postId/reactions/:kind`, route, handler);
      else api.delete(`${base}/posts/:postId/reactions/:kind`, route, handler);
    }

    api.post(
      `${base}/posts/:postId/hide`,
      {
        schema: {
          tags,
          summary: "Hide a post from the discussion (process administrators)",
          params: postParams,
          body: z.strictObject({ reason }).meta({ id: "DiscussionHide" }),
          response: { 200: postOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const { asset, viewer } = await discussionFor(request);
        const post = await loadPost(db(), asset, request.params.postId);
        await hidePost(db(), { asset, post, viewer, reason: request.body.reason });
        return presentPost(db(), { asset, viewer, postId: post.id });
      },
    );

    api.post(
      `${base}/posts/:postId/unhide`,
      {
        schema: {
          tags,
          summary: "Show a hidden post again (process administrators)",
          params: postParams,
          body: emptyBody,
          response: { 200: postOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const { asset, viewer } = await discussionFor(request);
        const post = await loadPost(db(), asset, request.params.postId);
        await unhidePost(db(), { asset, post, viewer });
        return presentPost(db(), { asset, viewer, postId: post.id });
      },
    );

    api.post(
      `${base}/posts/:postId/reports`,
      {
        schema: {
          tags,
          summary: "Report a post to the process's administrators",
          params: postParams,
          body: z.strictObject({ reason }).meta({ id: "DiscussionReportCreate" }),
          response: { 201: z.object({ id: z.uuid(), postId: z.uuid(), createdAt: timestamp }), ...refusalResponses },
        },
      },
      async (request, reply) => {
        const { asset, viewer } = await discussionFor(request);
        const post = await loadPost(db(), asset, request.params.postId);
        const report = await reportPost(db(), { asset, post, viewer, reason: request.body.reason });
        return reply.code(201).send({ id: report.id, postId: post.id, createdAt: report.createdAt.toISOString() });
      },
    );

    api.get(
      `${base}/reports`,
      {
        schema: {
          tags,
          summary: "Open reports, newest first (process administrators)",
          params: assetParams,
          querystring: z.strictObject({ ...pageQuery }),
          response: { 200: pageOf(reportOutput), ...refusalResponses },
        },
      },
      async (request) => {
        const { asset, viewer } = await discussionFor(request);
        return listOpenReports(db(), { asset, viewer, ...request.query });
      },
    );

    api.post(
      `${base}/reports/:reportId/dismiss`,
      {
        schema: {
          tags,
          summary: "Close a report without hiding the post (process administrators)",
          params: reportParams,
          body: emptyBody,
          response: { 204: z.null(), ...refusalResponses },
        },
      },
      async (request, reply) => {
        const { asset, viewer } = await discussionFor(request);
        await dismissReport(db(), { asset, viewer, reportId: request.params.reportId });
        return reply.code(204).send(null);
      },
    );

    api.get(
      `${base}/members`,
      {
        schema: {
          tags,
          summary: "Process members who can be @mentioned, for those taking part",
          params: assetParams,
          querystring: z.strictObject({ q: z.string().trim().max(100).optional() }),
          response: { 200: z.object({ items: z.array(memberOutput) }), ...refusalResponses },
        },
      },
      async (request) => {
        const { asset, viewer } = await discussionFor(request);
        requireTakingPart(viewer);
        const query = request.query.q?.toLocaleLowerCase() ?? "";
        const members = await membersOf(db(), asset.processId);
        return {
          items: members.filter((member) => member.name.toLocaleLowerCase().includes(query)).slice(0, 50),
        };
      },
    );
  },
};

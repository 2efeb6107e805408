import { and, asc, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "../../server/db/client.js";
import { cursorCondition, toPage } from "../../server/http/pagination.js";
import { conflict, forbidden, invalid, notFound, notSignedIn } from "../../server/http/problem.js";
import { getUserSummaries } from "../../server/modules/accounts/service.js";
import { appendActivity } from "../../server/modules/activity/service.js";
import { listProcessMembers } from "../../server/modules/processes/grants.js";
import type { AssetRow } from "../contract.js";
import { type Mentionable, renderPost } from "./markdown.js";
import {
  discussionPost,
  discussionReaction,
  discussionReport,
  discussionRevision,
  discussionThread,
} from "./tables.js";

export const reactionKinds = ["thumbs_up", "heart", "tada", "confused", "eyes"] as const;
export type ReactionKind = (typeof reactionKinds)[number];

export type ThreadRow = typeof discussionThread.$inferSelect;
export type PostRow = typeof discussionPost.$inferSelect;

/** Who is looking, and what their standing in the discussion's process lets them do. */
export interface Viewer {
  userId: string | null;
  /** Process administrators (and platform administrators): hide, unhide, see reports. */
  moderates: boolean;
  /** Members of the process who may see the task: start threads, reply, react, report. */
  takesPart: boolean;
  /** May edit the task's assets: marks answers on any thread. */
  editsAssets: boolean;
}

const takePartRefusal =
  "Taking part in this discussion needs a place in the process: ask its administrators for a grant.";
const moderateRefusal = "Only the process's administrators moderate its discussions.";

export function requireTakingPart(viewer: Viewer): string {
  if (!viewer.userId) throw notSignedIn();
  if (!viewer.takesPart) throw forbidden(takePartRefusal);
  return viewer.userId;
}

export function requireModerating(viewer: Viewer): string {
  if (!viewer.userId) throw notSignedIn();
  if (!viewer.moderates) throw forbidden(moderateRefusal);
  return viewer.userId;
}

export async function membersOf(db: Database, processId: string): Promise<Mentionable[]> {
  return (await listProcessMembers(db, processId)).map((member) => ({ id: member.id, name: member.name }));
}

/** The post as the viewer may see it: a hidden post's words go only to moderators and its author. */
export function contentVisible(post: PostRow, viewer: Viewer): boolean {
  return post.hiddenAt === null || viewer.moderates || (viewer.userId !== null && post.authorId === viewer.userId);
}

async function authorNames(db: Database, ids: (string | null)[]) {
  return getUserSummaries(db, [...new Set(ids.filter((id): id is string => id !== null))]);
}

function authorOf(row: { authorId: string | null; authorName: string | null }, names: Map<string, { name: string }>) {
  return { id: row.authorId, name: (row.authorId ? names.get(row.authorId)?.name : undefined) ?? row.authorName ?? "" };
}

export async function loadThread(db: Database, asset: AssetRow, threadId: string): Promise<ThreadRow> {
  const [row] = await db
    .select()
    .from(discussionThread)
    .where(and(eq(discussionThread.id, threadId), eq(discussionThread.assetId, asset.id)));
  if (!row) throw notFound("thread");
  return row;
}

export async function loadPost(db: Database, asset: AssetRow, postId: string): Promise<PostRow> {
  const [row] = await db
    .select()
    .from(discussionPost)
    .where(and(eq(discussionPost.id, postId), eq(discussionPost.assetId, asset.id)));
  if (!row) throw notFound("post");
  return row;
}

async function openingPostOf(db: Database, threadId: string): Promise<PostRow> {
  const [row] = await db
    .select()
    .from(discussionPost)
    .where(eq(discussionPost.threadId, threadId))
    .orderBy(asc(discussionPost.id))
    .limit(1);
  return row!;
}

export async function listThreads(
  db: Database,
  options: { asset: AssetRow; viewer: Viewer; limit: number; cursor?: string },
) {
  const rows = await db
    .select()
    .from(discussionThread)
    .where(and(eq(discussionThread.assetId, options.asset.id), cursorCondition(discussionThread.id, options.cursor)))
    .orderBy(desc(discussionThread.id))
    .limit(options.limit + 1);
  const page = toPage(rows, options.limit);
  const ids = page.items.map((row) => row.id);
  const [counts, openings, names] = await Promise.all([
    ids.length
      ? db
          .select({ threadId: discussionPost.threadId, posts: count() })
          .from(discussionPost)
          .where(inArray(discussionPost.threadId, ids))
          .groupBy(discussionPost.threadId)
      : [],
    ids.length
      ? db
          .selectDistinctOn([discussionPost.threadId])
          .from(discussionPost)
          .where(inArray(discussionPost.threadId, ids))
          .orderBy(discussionPost.threadId, asc(discussionPost.id))
      : [],
    authorNames(
      db,
      page.items.map((row) => row.authorId),
    ),
  ]);
  const postsOf = new Map(counts.map((entry) => [entry.threadId, Number(entry.posts)]));
  const openingOf = new Map(openings.map((post) => [post.threadId, post]));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((row) => {
      const opening = openingOf.get(row.id)!;
      return {
        id: row.id,
        title: contentVisible(opening, options.viewer) ? row.title : null,
        author: authorOf(row, names),
        createdAt: row.createdAt.toISOString(),
        lastPostAt: row.lastPostAt.toISOString(),
        replyCount: Math.max(0, (postsOf.get(row.id) ?? 1) - 1),
        answered: row.answerPostId !== null,
        hidden: opening.hiddenAt !== null,
      };
    }),
  };
}

/** A thread with all its posts, the opening one first, as the viewer may see them. */
export async function presentThread(db: Database, options: { asset: AssetRow; viewer: Viewer; thread: ThreadRow }) {
  const { viewer, thread } = options;
  const posts = await db
    .select()
    .from(discussionPost)
    .where(eq(discussionPost.threadId, thread.id))
    .orderBy(asc(discussionPost.id));
  const presented = await presentPosts(db, { viewer, thread, posts });
  const opening = posts[0]!;
  return {
    id: thread.id,
    title: contentVisible(opening, viewer) ? thread.title : null,
    author: presented[0]!.author,
    createdAt: thread.createdAt.toISOString(),
    lastPostAt: thread.lastPostAt.toISOString(),
    answerPostId: thread.answerPostId,
    hidden: opening.hiddenAt !== null,
    can: { reply: viewer.takesPart, markAnswer: mayMarkAnswer(viewer, thread) },
    posts: presented,
  };
}

function mayMarkAnswer(viewer: Viewer, thread: ThreadRow): boolean {
  return viewer.takesPart && (viewer.editsAssets || (viewer.userId !== null && thread.authorId === viewer.userId));
}

export async function presentPosts(
  db: Database,
  options: { viewer: Viewer; thread: ThreadRow; posts: PostRow[]; openingId?: string },
) {
  const { viewer, thread, posts } = options;
  const ids = posts.map((post) => post.id);
  const [reactions, revisions, names] = await Promise.all([
    ids.length
      ? db.select().from(discussionReaction).where(inArray(discussionReaction.postId, ids))
      : ([] as (typeof discussionReaction.$inferSelect)[]),
    ids.length
      ? db
          .select({ postId: discussionRevision.postId, versions: count() })
          .from(discussionRevision)
          .where(inArray(discussionRevision.postId, ids))
          .groupBy(discussionRevision.postId)
      : [],
    authorNames(
      db,
      posts.map((post) => post.authorId),
    ),
  ]);
  const revisionsOf = new Map(revisions.map((entry) => [entry.postId, Number(entry.versions)]));
  const openingId = options.openingId ?? ids[0];
  return posts.map((post) => {
    const visible = contentVisible(post, viewer);
    const own = viewer.userId !== null && post.authorId === viewer.userId;
    const ofPost = reactions.filter((reaction) => reaction.postId === post.id);
    return {
      id: post.id,
      threadId: post.threadId,
      opening: post.id === openingId,
      author: authorOf(post, names),
      source: visible ? post.source : null,
      html: visible ? post.html : null,
      mentions: visible ? post.mentions : [],
      createdAt: post.createdAt.toISOString(),
      editedAt: post.editedAt?.toISOString() ?? null,
      revisions: revisionsOf.get(post.id) ?? 0,
      hidden: post.hiddenAt ? { reason: post.hiddenReason ?? "", hiddenAt: post.hiddenAt.toISOString() } : null,
      isAnswer: thread.answerPostId === post.id,
      reactions: reactionKinds.map((kind) => ({
        kind,
        count: ofPost.filter((reaction) => reaction.kind === kind).length,
        mine: ofPost.some((reaction) => reaction.kind === kind && reaction.userId === viewer.userId),
      })),
      can: {
        edit: own && viewer.takesPart && post.hiddenAt === null,
        react: viewer.takesPart && post.hiddenAt === null,
        report: viewer.takesPart && !own && post.hiddenAt === null,
        hide: viewer.moderates && post.hiddenAt === null,
        unhide: viewer.moderates && post.hiddenAt !== null,
        markAnswer: mayMarkAnswer(viewer, thread) && post.id !== openingId && post.hiddenAt === null,
      },
    };
  });
}

export async function presentPost(db: Database, options: { asset: AssetRow; viewer: Viewer; postId: string }) {
  const post = await loadPost(db, options.asset, options.postId);
  const thread = await loadThread(db, options.asset, post.threadId);
  const opening = await openingPostOf(db, thread.id);
  const presented = await presentPosts(db, { viewer: options.viewer, thread, posts: [post], openingId: opening.id });
  return presented[0]!;
}

/** Starts a thread, its first post written by `authorId`; `tx` may be the core's transaction. */
export async function createThread(
  db: Database,
  options: { asset: AssetRow; authorId: string; title: string; source: string },
): Promise<ThreadRow> {
  const members = await membersOf(db, options.asset.processId);
  const rendered = renderPost(options.source, members);
  return db.transaction(async (tx) => {
    const [thread] = await tx
      .insert(discussionThread)
      .values({ assetId: options.asset.id, title: options.title, authorId: options.authorId })
      .returning();
    const [post] = await tx
      .insert(discussionPost)
      .values({
        threadId: thread!.id,
        assetId: options.asset.id,
        authorId: options.authorId,
        source: options.source,
        html: rendered.html,
        mentions: rendered.mentions,
      })
      .returning();
    await appendActivity(tx, {
      processId: options.asset.processId,
      actorId: options.authorId,
      action: "discussion.thread_started",
      targetType: "discussion_thread",
      targetId: thread!.id,
      summary: {
        after: { assetId: options.asset.id, title: options.title, postId: post!.id, mentions: rendered.mentions },
      },
    });
    return thread!;
  });
}

export const maxRepliesPerThread = 1000;

export async function replyToThread(
  db: Database,
  options: { asset: AssetRow; thread: ThreadRow; authorId: string; source: string },
): Promise<PostRow> {
  const members = await membersOf(db, options.asset.processId);
  const rendered = renderPost(options.source, members);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ posts: count() })
      .from(discussionPost)
      .where(eq(discussionPost.threadId, options.thread.id));
    if (Number(existing?.posts ?? 0) > maxRepliesPerThread) {
      throw conflict("thread-full", `A thread holds at most ${maxRepliesPerThread} replies: start a new thread.`);
    }
    const now = new Date();
    const [post] = await tx
      .insert(discussionPost)
      .values({
        threadId: options.thread.id,
        assetId: options.asset.id,
        authorId: options.authorId,
        source: options.source,
        html: rendered.html,
        mentions: rendered.mentions,
        createdAt: now,
      })
      .returning();
    await tx.update(discussionThread).set({ lastPostAt: now }).where(eq(discussionThread.id, options.thread.id));
    await appendActivity(tx, {
      processId: options.asset.processId,
      actorId: options.authorId,
      action: "discussion.reply_posted",
      targetType: "discussion_post",
      targetId: post!.id,
      summary: { after: { assetId: options.asset.id, threadId: options.thread.id, mentions: rendered.mentions } },
    });
    return post!;
  });
}

/** Replaces a post's words, keeping the previous version; only its author may, and not once it is hidden. */
export async function editPost(
  db: Database,
  options: { asset: AssetRow; post: PostRow; viewer: Viewer; source: string; title?: string },
): Promise<void> {
  const { asset, post, viewer } = options;
  const userId = requireTakingPart(viewer);
  if (post.authorId !== userId) throw forbidden("Only the author of a post may edit it.");
  if (post.hiddenAt) throw conflict("post-hidden", "A moderator hid this post; it cannot be edited until shown again.");
  const thread = await loadThread(db, asset, post.threadId);
  const opening = await openingPostOf(db, thread.id);
  const isOpening = opening.id === post.id;
  if (options.title !== undefined && !isOpening) {
    throw invalid([
      {
        path: "body.title",
        code: "title_only_on_opening_post",
        message: "Only the opening post of a thread has a title.",
      },
    ]);
  }
  const members = await membersOf(db, asset.processId);
  const rendered = renderPost(options.source, members);
  await db.transaction(async (tx) => {
    const [revision] = await tx
      .insert(discussionRevision)
      .values({
        postId: post.id,
        title: isOpening ? thread.title : null,
        source: post.source,
        html: post.html,
        writtenAt: post.editedAt ?? post.createdAt,
      })
      .returning();
    await tx
      .update(discussionPost)
      .set({ source: options.source, html: rendered.html, mentions: rendered.mentions, editedAt: new Date() })
      .where(eq(discussionPost.id, post.id));
    if (options.title !== undefined) {
      await tx.update(discussionThread).set({ title: options.title }).where(eq(discussionThread.id, thread.id));
    }
    await appendActivity(tx, {
      processId: asset.processId,
      actorId: userId,
      action: "discussion.post_edited",
      targetType: "discussion_post",
      targetId: post.id,
      summary: {
        before: {
          revisionId: revision!.id,
          length: post.source.length,
          title: options.title ? thread.title : undefined,
        },
        after: { length: options.source.length, title: options.title, mentions: rendered.mentions },
      },
    });
  });
}

export async function postHistory(db: Database, options: { post: PostRow; viewer: Viewer }) {
  if (!contentVisible(options.post, options.viewer)) return [];
  const rows = await db
    .select()
    .from(discussionRevision)
    .where(eq(discussionRevision.postId, options.post.id))
    .orderBy(desc(discussionRevision.id));
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    source: row.source,
    html: row.html,
    writtenAt: row.writtenAt.toISOString(),
  }));
}

export async function setReaction(
  db: Database,
  options: { post: PostRow; viewer: Viewer; kind: ReactionKind; on: boolean },
): Promise<void> {
  const userId = requireTakingPart(options.viewer);
  if (options.post.hiddenAt) throw conflict("post-hidden", "A moderator hid this post; it takes no reactions.");
  if (options.on) {
    await db
      .insert(discussionReaction)
      .values({ postId: options.post.id, userId, kind: options.kind })
      .onConflictDoNothing();
  } else {
    await db
      .delete(discussionReaction)
      .where(
        and(
          eq(discussionReaction.postId, options.post.id),
          eq(discussionReaction.userId, userId),
          eq(discussionReaction.kind, options.kind),
        ),
      );
  }
}

export async function markAnswer(
  db: Database,
  options: { asset: AssetRow; thread: ThreadRow; viewer: Viewer; postId: string | null },
): Promise<void> {
  const { asset, thread, viewer, postId } = options;
  if (!viewer.userId) throw notSignedIn();
  if (!mayMarkAnswer(viewer, thread)) {
    throw forbidden("Only the thread's author, or someone who may edit this task's assets, marks its answer.");
  }
  if (postId !== null) {
    const [post] = await db
      .select()
      .from(discussionPost)
      .where(and(eq(discussionPost.id, postId), eq(discussionPost.threadId, thread.id)));
    const opening = await openingPostOf(db, thread.id);
    if (!post || post.id === opening.id) {
      throw conflict("not-a-reply", "Only a reply in this thread can be marked as its answer.");
    }
    if (post.hiddenAt) throw conflict("post-hidden", "A moderator hid this reply; it cannot be the answer.");
  }
  await db.transaction(async (tx) => {
    await tx.update(discussionThread).set({ answerPostId: postId }).where(eq(discussionThread.id, thread.id));
    await appendActivity(tx, {
      processId: asset.processId,
      actorId: viewer.userId,
      action: postId ? "discussion.answer_marked" : "discussion.answer_unmarked",
      targetType: "discussion_thread",
      targetId: thread.id,
      summary: { before: { answerPostId: thread.answerPostId }, after: { answerPostId: postId } },
    });
  });
}

/** Hides a post from everyone but moderators and its author; the reason goes to the activity, open reports close. */
export async function hidePost(
  db: Database,
  options: { asset: AssetRow; post: PostRow; viewer: Viewer; reason: string },
): Promise<void> {
  const userId = requireModerating(options.viewer);
  const { asset, post, reason } = options;
  if (post.hiddenAt) throw conflict("post-hidden", "This post is already hidden.");
  await db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .update(discussionPost)
      .set({ hiddenAt: now, hiddenBy: userId, hiddenReason: reason })
      .where(eq(discussionPost.id, post.id));
    // A hidden answer is no answer any more.
    await tx
      .update(discussionThread)
      .set({ answerPostId: null })
      .where(and(eq(discussionThread.id, post.threadId), eq(discussionThread.answerPostId, post.id)));
    const closed = await tx
      .update(discussionReport)
      .set({ resolvedAt: now, resolvedBy: userId, resolution: "hidden" })
      .where(and(eq(discussionReport.postId, post.id), isNull(discussionReport.resolvedAt)))
      .returning({ id: discussionReport.id });
    await appendActivity(tx, {
      processId: asset.processId,
      actorId: userId,
      action: "discussion.post_hidden",
      targetType: "discussion_post",
      targetId: post.id,
      summary: {
        after: { assetId: asset.id, threadId: post.threadId, reason, reportsClosed: closed.map((row) => row.id) },
      },
    });
  });
}

export async function unhidePost(db: Database, options: { asset: AssetRow; post: PostRow; viewer: Viewer }) {
  const userId = requireModerating(options.viewer);
  const { asset, post } = options;
  if (!post.hiddenAt) throw conflict("post-not-hidden", "This post is not hidden.");
  await db.transaction(async (tx) => {
    await tx
      .update(discussionPost)
      .set({ hiddenAt: null, hiddenBy: null, hiddenReason: null })
      .where(eq(discussionPost.id, post.id));
    await appendActivity(tx, {
      processId: asset.processId,
      actorId: userId,
      action: "discussion.post_unhidden",
      targetType: "discussion_post",
      targetId: post.id,
      summary: { before: { reason: post.hiddenReason } },
    });
  });
}

export async function reportPost(
  db: Database,
  options: { asset: AssetRow; post: PostRow; viewer: Viewer; reason: string },
) {
  const userId = requireTakingPart(options.viewer);
  const { asset, post, reason } = options;
  if (post.authorId === userId) throw conflict("own-post", "You cannot report your own post; edit it instead.");
  if (post.hiddenAt) throw conflict("post-hidden", "A moderator already hid this post.");
  return db.transaction(async (tx) => {
    const [open] = await tx
      .select({ id: discussionReport.id })
      .from(discussionReport)
      .where(
        and(
          eq(discussionReport.postId, post.id),
          eq(discussionReport.reporterId, userId),
          isNull(discussionReport.resolvedAt),
        ),
      );
    if (open) throw conflict("already-reported", "You already reported this post; the administrators will look at it.");
    const [report] = await tx
      .insert(discussionReport)
      .values({ postId: post.id, assetId: asset.id, reporterId: userId, reason })
      .returning();
    // The reason stays with the administrators: the shared activity only records that a report was made.
    await appendActivity(tx, {
      processId: asset.processId,
      actorId: userId,
      action: "discussion.post_reported",
      targetType: "discussion_post",
      targetId: post.id,
      summary: { after: { assetId: asset.id, reportId: report!.id } },
    });
    return report!;
  });
}

export async function dismissReport(
  db: Database,
  options: { asset: AssetRow; reportId: string; viewer: Viewer },
): Promise<void> {
  const userId = requireModerating(options.viewer);
  const [report] = await db
    .select()
    .from(discussionReport)
    .where(and(eq(discussionReport.id, options.reportId), eq(discussionReport.assetId, options.asset.id)));
  if (!report) throw notFound("report");
  if (report.resolvedAt) throw conflict("report-resolved", "This report is already closed.");
  await db.transaction(async (tx) => {
    await tx
      .update(discussionReport)
      .set({ resolvedAt: new Date(), resolvedBy: userId, resolution: "dismissed" })
      .where(eq(discussionReport.id, report.id));
    await appendActivity(tx, {
      processId: options.asset.processId,
      actorId: userId,
      action: "discussion.report_dismissed",
      targetType: "discussion_post",
      targetId: report.postId,
      summary: { after: { assetId: options.asset.id, reportId: report.id } },
    });
  });
}

export async function listOpenReports(
  db: Database,
  options: { asset: AssetRow; viewer: Viewer; limit: number; cursor?: string },
) {
  requireModerating(options.viewer);
  const rows = await db
    .select({ report: discussionReport, post: discussionPost })
    .from(discussionReport)
    .innerJoin(discussionPost, eq(discussionPost.id, discussionReport.postId))
    .where(
      and(
        eq(discussionReport.assetId, options.asset.id),
        isNull(discussionReport.resolvedAt),
        cursorCondition(discussionReport.id, options.cursor),
      ),
    )
    .orderBy(desc(discussionReport.id))
    .limit(options.limit + 1);
  const page = toPage(
    rows.map((row) => ({ ...row, id: row.report.id })),
    options.limit,
  );
  const names = await authorNames(
    db,
    page.items.flatMap((row) => [row.report.reporterId, row.post.authorId]),
  );
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ report, post }) => ({
      id: report.id,
      postId: post.id,
      threadId: post.threadId,
      reason: report.reason,
      reporter: { id: report.reporterId, name: (report.reporterId && names.get(report.reporterId)?.name) || "" },
      createdAt: report.createdAt.toISOString(),
      post: { author: authorOf(post, names), source: post.source, html: post.html },
    })),
  };
}

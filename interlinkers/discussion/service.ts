import { and, asc, count, desc, eq, inArray, isNull, ne } from "drizzle-orm";
import {
  type AssetRow,
  conflict,
  cursorCondition,
  type Database,
  invalid,
  notFound,
  type Platform,
  toPage,
} from "../sdk/server.js";
import type { ReactionKind } from "./input.js";
import { type Mentionable, renderPost } from "./markdown.js";
import {
  discussionPost,
  discussionReaction,
  discussionReport,
  discussionRevision,
  discussionThread,
  type PostRow,
  type ThreadRow,
} from "./tables.js";

// What a discussion does with its tables. Nothing here authorizes: routes have, through the policy, before they
// call. What is refused here is what the content's state does not admit (a hidden post, a full thread).

export const maxRepliesPerThread = 1000;

/** The process's members, who may be @mentioned. */
export async function listMembers(options: {
  db: Database;
  platform: Platform;
  processId: string;
}): Promise<Mentionable[]> {
  const members = await options.platform.processes.members(options.db, options.processId);
  return members.map((member) => ({ id: member.id, name: member.name }));
}

export async function findThread(options: { db: Database; asset: AssetRow; threadId: string }): Promise<ThreadRow> {
  const [row] = await options.db
    .select()
    .from(discussionThread)
    .where(and(eq(discussionThread.id, options.threadId), eq(discussionThread.assetId, options.asset.id)));
  if (!row) throw notFound("thread");
  return row;
}

export async function findPost(options: { db: Database; asset: AssetRow; postId: string }): Promise<PostRow> {
  const [row] = await options.db
    .select()
    .from(discussionPost)
    .where(and(eq(discussionPost.id, options.postId), eq(discussionPost.assetId, options.asset.id)));
  if (!row) throw notFound("post");
  return row;
}

/** The thread's first post, which carries its title. */
export async function findOpeningPost(options: { db: Database; threadId: string }): Promise<PostRow> {
  const [row] = await options.db
    .select()
    .from(discussionPost)
    .where(eq(discussionPost.threadId, options.threadId))
    .orderBy(asc(discussionPost.id))
    .limit(1);
  return row!;
}

/** A page of the discussion's threads, newest first, each with its opening post and how many replies it has. */
export async function listThreads(options: { db: Database; asset: AssetRow; limit: number; cursor?: string }) {
  const { db } = options;
  const rows = await db
    .select()
    .from(discussionThread)
    .where(and(eq(discussionThread.assetId, options.asset.id), cursorCondition(discussionThread.id, options.cursor)))
    .orderBy(desc(discussionThread.id))
    .limit(options.limit + 1);
  const page = toPage(rows, options.limit);
  const ids = page.items.map((row) => row.id);
  const [counts, openings] = ids.length
    ? await Promise.all([
        db
          .select({ threadId: discussionPost.threadId, posts: count() })
          .from(discussionPost)
          .where(inArray(discussionPost.threadId, ids))
          .groupBy(discussionPost.threadId),
        db
          .selectDistinctOn([discussionPost.threadId])
          .from(discussionPost)
          .where(inArray(discussionPost.threadId, ids))
          .orderBy(discussionPost.threadId, asc(discussionPost.id)),
      ])
    : [[], []];
  const postsOf = new Map(counts.map((entry) => [entry.threadId, Number(entry.posts)]));
  const openingOf = new Map(openings.map((post) => [post.threadId, post]));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((thread) => ({
      thread,
      opening: openingOf.get(thread.id)!,
      replyCount: Math.max(0, (postsOf.get(thread.id) ?? 1) - 1),
    })),
  };
}

/** A thread's posts, the opening one first. */
export async function listThreadPosts(options: { db: Database; threadId: string }): Promise<PostRow[]> {
  return options.db
    .select()
    .from(discussionPost)
    .where(eq(discussionPost.threadId, options.threadId))
    .orderBy(asc(discussionPost.id));
}

/** The reactions to these posts, and how many earlier versions each keeps. */
export async function listPostExtras(options: { db: Database; postIds: string[] }) {
  const { db, postIds } = options;
  if (postIds.length === 0) return { reactions: [], revisions: new Map<string, number>() };
  const [reactions, revisions] = await Promise.all([
    db.select().from(discussionReaction).where(inArray(discussionReaction.postId, postIds)),
    db
      .select({ postId: discussionRevision.postId, versions: count() })
      .from(discussionRevision)
      .where(inArray(discussionRevision.postId, postIds))
      .groupBy(discussionRevision.postId),
  ]);
  return { reactions, revisions: new Map(revisions.map((entry) => [entry.postId, Number(entry.versions)])) };
}

/** Starts a thread, its first post written by `authorId`; `db` may be the core's transaction. */
export async function startThread(options: {
  db: Database;
  platform: Platform;
  asset: AssetRow;
  authorId: string;
  title: string;
  source: string;
}): Promise<ThreadRow> {
  const { db, platform, asset, authorId } = options;
  const rendered = renderPost(options.source, await listMembers({ db, platform, processId: asset.processId }));
  return db.transaction(async (tx) => {
    const [thread] = await tx
      .insert(discussionThread)
      .values({ assetId: asset.id, title: options.title, authorId })
      .returning();
    const [post] = await tx
      .insert(discussionPost)
      .values({
        threadId: thread!.id,
        assetId: asset.id,
        authorId,
        source: options.source,
        html: rendered.html,
        mentions: rendered.mentions,
      })
      .returning();
    await platform.activity.append(tx, {
      processId: asset.processId,
      actorId: authorId,
      action: "discussion.thread_started",
      targetType: "discussion_thread",
      targetId: thread!.id,
      summary: { after: { assetId: asset.id, title: options.title, postId: post!.id, mentions: rendered.mentions } },
    });
    await platform.notifications.mentioned(tx, {
      asset,
      actorId: authorId,
      userIds: rendered.mentions,
      title: options.title,
    });
    return thread!;
  });
}

export async function replyToThread(options: {
  db: Database;
  platform: Platform;
  asset: AssetRow;
  thread: ThreadRow;
  authorId: string;
  source: string;
}): Promise<PostRow> {
  const { db, platform, asset, thread, authorId } = options;
  const rendered = renderPost(options.source, await listMembers({ db, platform, processId: asset.processId }));
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ posts: count() })
      .from(discussionPost)
      .where(eq(discussionPost.threadId, thread.id));
    if (Number(existing?.posts ?? 0) > maxRepliesPerThread) {
      throw conflict("thread-full", `A thread holds at most ${maxRepliesPerThread} replies: start a new thread.`);
    }
    const now = new Date();
    const [post] = await tx
      .insert(discussionPost)
      .values({
        threadId: thread.id,
        assetId: asset.id,
        authorId,
        source: options.source,
        html: rendered.html,
        mentions: rendered.mentions,
        createdAt: now,
      })
      .returning();
    await tx.update(discussionThread).set({ lastPostAt: now }).where(eq(discussionThread.id, thread.id));
    await platform.activity.append(tx, {
      processId: asset.processId,
      actorId: authorId,
      action: "discussion.reply_posted",
      targetType: "discussion_post",
      targetId: post!.id,
      summary: { after: { assetId: asset.id, threadId: thread.id, mentions: rendered.mentions } },
    });
    await platform.notifications.mentioned(tx, {
      asset,
      actorId: authorId,
      userIds: rendered.mentions,
      title: thread.title,
    });
    // Who wrote in the thread before hears of the reply, unless this reply already mentions them.
    const earlier = await tx
      .selectDistinct({ authorId: discussionPost.authorId })
      .from(discussionPost)
      .where(and(eq(discussionPost.threadId, thread.id), ne(discussionPost.id, post!.id)));
    await platform.notifications.replied(tx, {
      asset,
      actorId: authorId,
      userIds: earlier.flatMap((row) =>
        row.authorId && !rendered.mentions.includes(row.authorId) ? [row.authorId] : [],
      ),
      title: thread.title,
    });
    return post!;
  });
}

/** Replaces a post's words, keeping the previous version; not once a moderator hid it. */
export async function editPost(options: {
  db: Database;
  platform: Platform;
  asset: AssetRow;
  post: PostRow;
  editorId: string;
  source: string;
  title?: string;
}): Promise<void> {
  const { db, platform, asset, post, editorId } = options;
  if (post.hiddenAt) throw conflict("post-hidden", "A moderator hid this post; it cannot be edited until shown again.");
  const thread = await findThread({ db, asset, threadId: post.threadId });
  const opening = await findOpeningPost({ db, threadId: thread.id });
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
  const rendered = renderPost(options.source, await listMembers({ db, platform, processId: asset.processId }));
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
    await platform.activity.append(tx, {
      processId: asset.processId,
      actorId: editorId,
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

/** Earlier versions of a post, newest first. */
export async function listRevisions(options: { db: Database; post: PostRow }) {
  return options.db
    .select()
    .from(discussionRevision)
    .where(eq(discussionRevision.postId, options.post.id))
    .orderBy(desc(discussionRevision.id));
}

/** Adds (`on`) or takes back one person's reaction of one kind; a hidden post takes none. */
export async function setReaction(options: {
  db: Database;
  post: PostRow;
  userId: string;
  kind: ReactionKind;
  on: boolean;
}): Promise<void> {
  const { db, post, userId, kind } = options;
  if (post.hiddenAt) throw conflict("post-hidden", "A moderator hid this post; it takes no reactions.");
  if (options.on) {
    await db.insert(discussionReaction).values({ postId: post.id, userId, kind }).onConflictDoNothing();
  } else {
    await db
      .delete(discussionReaction)
      .where(
        and(
          eq(discussionReaction.postId, post.id),
          eq(discussionReaction.userId, userId),
          eq(discussionReaction.kind, kind),
        ),
      );
  }
}

/** Marks a reply as the thread's answer or outcome, or (`postId: null`) unmarks it. */
export async function markAnswer(options: {
  db: Database;
  platform: Platform;
  asset: AssetRow;
  thread: ThreadRow;
  actorId: string;
  postId: string | null;
}): Promise<void> {
  const { db, platform, asset, thread, postId } = options;
  if (postId !== null) {
    const [post] = await db
      .select()
      .from(discussionPost)
      .where(and(eq(discussionPost.id, postId), eq(discussionPost.threadId, thread.id)));
    const opening = await findOpeningPost({ db, threadId: thread.id });
    if (!post || post.id === opening.id) {
      throw conflict("not-a-reply", "Only a reply in this thread can be marked as its answer.");
    }
    if (post.hiddenAt) throw conflict("post-hidden", "A moderator hid this reply; it cannot be the answer.");
  }
  await db.transaction(async (tx) => {
    await tx.update(discussionThread).set({ answerPostId: postId }).where(eq(discussionThread.id, thread.id));
    await platform.activity.append(tx, {
      processId: asset.processId,
      actorId: options.actorId,
      action: postId ? "discussion.answer_marked" : "discussion.answer_unmarked",
      targetType: "discussion_thread",
      targetId: thread.id,
      summary: { before: { answerPostId: thread.answerPostId }, after: { answerPostId: postId } },
    });
  });
}

/** Hides a post from everyone but moderators and its author; the reason goes to the activity, open reports close. */
export async function hidePost(options: {
  db: Database;
  platform: Platform;
  asset: AssetRow;
  post: PostRow;
  moderatorId: string;
  reason: string;
}): Promise<void> {
  const { db, platform, asset, post, moderatorId, reason } = options;
  if (post.hiddenAt) throw conflict("post-hidden", "This post is already hidden.");
  await db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .update(discussionPost)
      .set({ hiddenAt: now, hiddenBy: moderatorId, hiddenReason: reason })
      .where(eq(discussionPost.id, post.id));
    // A hidden answer is no answer any more.
    await tx
      .update(discussionThread)
      .set({ answerPostId: null })
      .where(and(eq(discussionThread.id, post.threadId), eq(discussionThread.answerPostId, post.id)));
    const closed = await tx
      .update(discussionReport)
      .set({ resolvedAt: now, resolvedBy: moderatorId, resolution: "hidden" })
      .where(and(eq(discussionReport.postId, post.id), isNull(discussionReport.resolvedAt)))
      .returning({ id: discussionReport.id });
    await platform.activity.append(tx, {
      processId: asset.processId,
      actorId: moderatorId,
      action: "discussion.post_hidden",
      targetType: "discussion_post",
      targetId: post.id,
      summary: {
        after: { assetId: asset.id, threadId: post.threadId, reason, reportsClosed: closed.map((row) => row.id) },
      },
    });
  });
}

export async function unhidePost(options: {
  db: Database;
  platform: Platform;
  asset: AssetRow;
  post: PostRow;
  moderatorId: string;
}): Promise<void> {
  const { db, platform, asset, post, moderatorId } = options;
  if (!post.hiddenAt) throw conflict("post-not-hidden", "This post is not hidden.");
  await db.transaction(async (tx) => {
    await tx
      .update(discussionPost)
      .set({ hiddenAt: null, hiddenBy: null, hiddenReason: null })
      .where(eq(discussionPost.id, post.id));
    await platform.activity.append(tx, {
      processId: asset.processId,
      actorId: moderatorId,
      action: "discussion.post_unhidden",
      targetType: "discussion_post",
      targetId: post.id,
      summary: { before: { reason: post.hiddenReason } },
    });
  });
}

/** Reports someone else's post to the administrators; one open report per person and post. */
export async function reportPost(options: {
  db: Database;
  platform: Platform;
  asset: AssetRow;
  post: PostRow;
  reporterId: string;
  reason: string;
}) {
  const { db, platform, asset, post, reporterId, reason } = options;
  if (post.authorId === reporterId) throw conflict("own-post", "You cannot report your own post; edit it instead.");
  if (post.hiddenAt) throw conflict("post-hidden", "A moderator already hid this post.");
  return db.transaction(async (tx) => {
    const [open] = await tx
      .select({ id: discussionReport.id })
      .from(discussionReport)
      .where(
        and(
          eq(discussionReport.postId, post.id),
          eq(discussionReport.reporterId, reporterId),
          isNull(discussionReport.resolvedAt),
        ),
      );
    if (open) throw conflict("already-reported", "You already reported this post; the administrators will look at it.");
    const [report] = await tx
      .insert(discussionReport)
      .values({ postId: post.id, assetId: asset.id, reporterId, reason })
      .returning();
    // The reason stays with the administrators: the shared activity only records that a report was made.
    await platform.activity.append(tx, {
      processId: asset.processId,
      actorId: reporterId,
      action: "discussion.post_reported",
      targetType: "discussion_post",
      targetId: post.id,
      summary: { after: { assetId: asset.id, reportId: report!.id } },
    });
    return report!;
  });
}

/** Closes an open report without hiding the post. */
export async function dismissReport(options: {
  db: Database;
  platform: Platform;
  asset: AssetRow;
  reportId: string;
  moderatorId: string;
}): Promise<void> {
  const { db, platform, asset, moderatorId } = options;
  const [report] = await db
    .select()
    .from(discussionReport)
    .where(and(eq(discussionReport.id, options.reportId), eq(discussionReport.assetId, asset.id)));
  if (!report) throw notFound("report");
  if (report.resolvedAt) throw conflict("report-resolved", "This report is already closed.");
  await db.transaction(async (tx) => {
    await tx
      .update(discussionReport)
      .set({ resolvedAt: new Date(), resolvedBy: moderatorId, resolution: "dismissed" })
      .where(eq(discussionReport.id, report.id));
    await platform.activity.append(tx, {
      processId: asset.processId,
      actorId: moderatorId,
      action: "discussion.report_dismissed",
      targetType: "discussion_post",
      targetId: report.postId,
      summary: { after: { assetId: asset.id, reportId: report.id } },
    });
  });
}

/** A page of the open reports, newest first, each with the post it is about. */
export async function listOpenReports(options: { db: Database; asset: AssetRow; limit: number; cursor?: string }) {
  const rows = await options.db
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
  return toPage(
    rows.map((row) => ({ ...row, id: row.report.id })),
    options.limit,
  );
}

/** Everything the asset holds; reactions, revisions and reports go with their posts (foreign keys cascade). */
export async function deleteDiscussion(options: { tx: Database; asset: AssetRow }): Promise<void> {
  await options.tx.delete(discussionPost).where(eq(discussionPost.assetId, options.asset.id));
  await options.tx.delete(discussionThread).where(eq(discussionThread.assetId, options.asset.id));
}

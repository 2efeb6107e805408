import { type AssetSubject, type Database, type MaybeActor, type Platform, whyUnder } from "../sdk/server.js";
import { reactionKinds } from "./input.js";
import { about, type DiscussionState } from "./policy.js";
import { findOpeningPost, findPost, findThread, listPostExtras, listThreadPosts, type listThreads } from "./service.js";
import type { PostRow, ReactionRow, ReportRow, ThreadRow } from "./tables.js";

// Answers as the reader may see them: a hidden post's words only to those the policy lets see it, and `can`
// maps that say what the web may offer. A `can` entry is both allowed (the policy) and possible (the post's
// state: nobody edits, reacts to, reports or marks as the answer a hidden post).

/** Who is reading, and the discussion as the core loaded and authorized it for them. */
export interface Reader {
  db: Database;
  platform: Platform;
  actor: MaybeActor;
  subject: AssetSubject<DiscussionState>;
}

type Named = { authorId: string | null; authorName: string | null };

async function namesOf(reader: Reader, ids: (string | null)[]) {
  return reader.platform.people.summaries(
    reader.db,
    ids.filter((id): id is string => id !== null),
  );
}

function authorOf(row: Named, names: Map<string, { name: string }>) {
  return { id: row.authorId, name: (row.authorId ? names.get(row.authorId)?.name : undefined) ?? row.authorName ?? "" };
}

/** Whether the reader sees the post's words: everyone while it is shown, the policy decides once it is hidden. */
export function contentVisible(reader: Reader, post: PostRow): boolean {
  return (
    post.hiddenAt === null || reader.platform.policies.can(reader.actor, "see_hidden", about(reader.subject, { post }))
  );
}

export async function presentThreadPage(reader: Reader, page: Awaited<ReturnType<typeof listThreads>>) {
  const names = await namesOf(
    reader,
    page.items.map(({ thread }) => thread.authorId),
  );
  const { can, why } = reader.platform.policies.explainAll(reader.actor, ["take_part", "moderate"], reader.subject);
  return {
    nextCursor: page.nextCursor,
    items: page.items.map(({ thread, opening, replyCount }) => ({
      id: thread.id,
      title: contentVisible(reader, opening) ? thread.title : null,
      author: authorOf(thread, names),
      createdAt: thread.createdAt.toISOString(),
      lastPostAt: thread.lastPostAt.toISOString(),
      replyCount,
      answered: thread.answerPostId !== null,
      hidden: opening.hiddenAt !== null,
    })),
    can: { startThread: can.take_part, moderate: can.moderate },
    why: whyUnder(why, { startThread: "take_part", moderate: "moderate" }),
  };
}

/** A thread with all its posts, the opening one first. */
export async function presentThread(reader: Reader, thread: ThreadRow) {
  const posts = await listThreadPosts({ db: reader.db, threadId: thread.id });
  const presented = await presentPosts(reader, { thread, posts, openingId: posts[0]!.id });
  const opening = posts[0]!;
  const { can, why } = reader.platform.policies.explainAll(
    reader.actor,
    ["take_part", "mark_answer"],
    about(reader.subject, { thread }),
  );
  return {
    id: thread.id,
    title: contentVisible(reader, opening) ? thread.title : null,
    author: presented[0]!.author,
    createdAt: thread.createdAt.toISOString(),
    lastPostAt: thread.lastPostAt.toISOString(),
    answerPostId: thread.answerPostId,
    hidden: opening.hiddenAt !== null,
    can: { reply: can.take_part, markAnswer: can.mark_answer },
    why: whyUnder(why, { reply: "take_part", markAnswer: "mark_answer" }),
    posts: presented,
  };
}

/** The thread as it is now, after a change to it. */
export async function presentThreadById(reader: Reader, threadId: string) {
  return presentThread(reader, await findThread({ db: reader.db, asset: reader.subject.asset, threadId }));
}

export async function presentPost(reader: Reader, postId: string) {
  const { db, subject } = reader;
  const post = await findPost({ db, asset: subject.asset, postId });
  const thread = await findThread({ db, asset: subject.asset, threadId: post.threadId });
  const opening = await findOpeningPost({ db, threadId: thread.id });
  const [presented] = await presentPosts(reader, { thread, posts: [post], openingId: opening.id });
  return presented!;
}

async function presentPosts(reader: Reader, options: { thread: ThreadRow; posts: PostRow[]; openingId: string }) {
  const { thread, posts, openingId } = options;
  const [{ reactions, revisions }, names] = await Promise.all([
    listPostExtras({ db: reader.db, postIds: posts.map((post) => post.id) }),
    namesOf(
      reader,
      posts.map((post) => post.authorId),
    ),
  ]);
  return posts.map((post) => {
    const visible = contentVisible(reader, post);
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
      revisions: revisions.get(post.id) ?? 0,
      hidden: post.hiddenAt ? { reason: post.hiddenReason ?? "", hiddenAt: post.hiddenAt.toISOString() } : null,
      isAnswer: thread.answerPostId === post.id,
      reactions: presentReactions(reader, ofPost),
      can: postCan(reader, { thread, post, opening: post.id === openingId }),
    };
  });
}

function presentReactions(reader: Reader, reactions: ReactionRow[]) {
  return reactionKinds.map((kind) => ({
    kind,
    count: reactions.filter((reaction) => reaction.kind === kind).length,
    mine: reactions.some((reaction) => reaction.kind === kind && reaction.userId === reader.actor?.userId),
  }));
}

function postCan(reader: Reader, options: { thread: ThreadRow; post: PostRow; opening: boolean }) {
  const { thread, post } = options;
  const allowed = reader.platform.policies.canAll(
    reader.actor,
    ["take_part", "moderate", "report", "edit_post", "mark_answer"],
    about(reader.subject, { thread, post }),
  );
  const shown = post.hiddenAt === null;
  const own = reader.actor !== null && post.authorId === reader.actor.userId;
  return {
    edit: allowed.edit_post && shown,
    react: allowed.take_part && shown,
    report: allowed.report && !own && shown,
    hide: allowed.moderate && shown,
    unhide: allowed.moderate && !shown,
    markAnswer: allowed.mark_answer && !options.opening && shown,
  };
}

/** A post's earlier versions, newest first; none of a hidden post for those who may not see its words. */
export function presentRevisions(
  reader: Reader,
  post: PostRow,
  revisions: { id: string; title: string | null; source: string; html: string; writtenAt: Date }[],
) {
  if (!contentVisible(reader, post)) return { items: [] };
  return {
    items: revisions.map((row) => ({
      id: row.id,
      title: row.title,
      source: row.source,
      html: row.html,
      writtenAt: row.writtenAt.toISOString(),
    })),
  };
}

export async function presentReportPage(
  reader: Reader,
  page: { nextCursor: string | null; items: { report: ReportRow; post: PostRow }[] },
) {
  const names = await namesOf(
    reader,
    page.items.flatMap(({ report, post }) => [report.reporterId, post.authorId]),
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

import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { AssetRow, Database, Platform } from "../sdk/server.js";
import { maxPostLength } from "./input.js";
import { renderPost } from "./markdown.js";
import { listMembers } from "./service.js";
import { discussionPost, discussionThread } from "./tables.js";

const marker = "<!-- interlink:discussion:";
// Inside an HTML comment `>` could close it early; JSON's \u escapes keep the data inside and readable back.
const encode = (value: unknown) =>
  JSON.stringify(value).replaceAll("<", "\\u003c").replaceAll(">", "\\u003e").replaceAll("-", "\\u002d");
// A line of a post that looks like one of our markers gets a backslash, so import never splits a post there.
const escapeLines = (source: string) =>
  source
    .split("\n")
    .map((line) => (/^\\*<!-- interlink:discussion:/.test(line) ? `\\${line}` : line))
    .join("\n");
const unescapeLines = (source: string) =>
  source
    .split("\n")
    .map((line) => (/^\\+<!-- interlink:discussion:/.test(line) ? line.slice(1) : line))
    .join("\n");

/**
 * Copies the threads and replies (their current words, authors and times, and which reply is the answer) to
 * `target`. Posts a moderator hid are not copied, nor threads whose opening post is hidden: the copy may have
 * other readers and other moderators. Reactions, reports and edit history stay with the original: they are
 * people's reactions to and judgements of that discussion, not part of its content.
 */
export async function cloneDiscussion(options: { tx: Database; source: AssetRow; target: AssetRow }): Promise<void> {
  const { tx, source, target } = options;
  const threads = await tx
    .select()
    .from(discussionThread)
    .where(eq(discussionThread.assetId, source.id))
    .orderBy(asc(discussionThread.id));
  if (threads.length === 0) return;
  const posts = await tx
    .select()
    .from(discussionPost)
    .where(
      inArray(
        discussionPost.threadId,
        threads.map((thread) => thread.id),
      ),
    )
    .orderBy(asc(discussionPost.id));
  for (const thread of threads) {
    const own = posts.filter((post) => post.threadId === thread.id);
    if (!own[0] || own[0].hiddenAt) continue;
    const [copy] = await tx
      .insert(discussionThread)
      .values({
        assetId: target.id,
        title: thread.title,
        authorId: thread.authorId,
        authorName: thread.authorName,
        createdAt: thread.createdAt,
        lastPostAt: thread.lastPostAt,
      })
      .returning();
    let answer: string | null = null;
    for (const post of own.filter((candidate) => !candidate.hiddenAt)) {
      const [copied] = await tx
        .insert(discussionPost)
        .values({
          threadId: copy!.id,
          assetId: target.id,
          authorId: post.authorId,
          authorName: post.authorName,
          source: post.source,
          html: post.html,
          mentions: post.mentions,
          createdAt: post.createdAt,
          editedAt: post.editedAt,
        })
        .returning({ id: discussionPost.id });
      if (thread.answerPostId === post.id) answer = copied!.id;
    }
    if (answer)
      await tx.update(discussionThread).set({ answerPostId: answer }).where(eq(discussionThread.id, copy!.id));
  }
}

/** The discussion as one Markdown document people can read, with comment lines that let `import` rebuild it. */
export async function exportDiscussion(options: {
  db: Database;
  platform: Platform;
  asset: AssetRow;
}): Promise<string> {
  const { db, platform, asset } = options;
  const threads = await db
    .select()
    .from(discussionThread)
    .where(eq(discussionThread.assetId, asset.id))
    .orderBy(asc(discussionThread.id));
  const posts = threads.length
    ? await db
        .select()
        .from(discussionPost)
        .where(
          inArray(
            discussionPost.threadId,
            threads.map((thread) => thread.id),
          ),
        )
        .orderBy(asc(discussionPost.id))
    : [];
  const names = await platform.people.summaries(
    db,
    posts.flatMap((post) => (post.authorId ? [post.authorId] : [])),
  );
  const lines = [`# ${asset.name}`, ""];
  for (const thread of threads) {
    lines.push(`${marker}thread ${encode({ title: thread.title })} -->`, `## ${thread.title}`, "");
    for (const post of posts.filter((candidate) => candidate.threadId === thread.id)) {
      const author = (post.authorId && names.get(post.authorId)?.name) || post.authorName || "";
      const meta = {
        author,
        at: post.createdAt.toISOString(),
        ...(post.editedAt ? { editedAt: post.editedAt.toISOString() } : {}),
        ...(thread.answerPostId === post.id ? { answer: true } : {}),
        ...(post.hiddenAt ? { hidden: post.hiddenReason ?? "" } : {}),
      };
      const heading = `**${author || "?"}**, ${post.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
      lines.push(`${marker}post ${encode(meta)} -->`, `${heading}${thread.answerPostId === post.id ? " ✅" : ""}`, "");
      // A hidden post's words are not exported: the moderator's reason stands in for them.
      lines.push(post.hiddenAt ? `> ${post.hiddenReason ?? ""}` : escapeLines(post.source), "");
    }
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

const threadMeta = z.object({ title: z.string().trim().min(1).max(200) });
const postMeta = z.object({
  author: z.string().max(200).default(""),
  at: z.iso.datetime().optional(),
  editedAt: z.iso.datetime().optional(),
  answer: z.boolean().optional(),
  hidden: z.string().max(500).optional(),
});

interface ParsedThread {
  title: string;
  posts: { meta: z.infer<typeof postMeta>; source: string }[];
}

function parse(content: string): ParsedThread[] {
  const threads: ParsedThread[] = [];
  let body: string[] | null = null;
  const finish = () => {
    const post = threads.at(-1)?.posts.at(-1);
    if (post && body) {
      // Drop the readable heading line that follows each marker, and the blank lines around the post.
      post.source = unescapeLines(body.slice(1).join("\n").trim());
    }
    body = null;
  };
  for (const line of content.split("\n")) {
    const found = /^<!-- interlink:discussion:(thread|post) (.*) -->$/.exec(line);
    const data = found ? safeJson(found[2]!) : undefined;
    if (found?.[1] === "thread" && threadMeta.safeParse(data).success) {
      finish();
      threads.push({ title: threadMeta.parse(data).title, posts: [] });
    } else if (found?.[1] === "post" && threads.length > 0 && postMeta.safeParse(data).success) {
      finish();
      threads.at(-1)!.posts.push({ meta: postMeta.parse(data), source: "" });
      body = [];
    } else if (body) {
      body.push(line);
    }
  }
  finish();
  return threads.filter((thread) => thread.posts.length > 0);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Rebuilds threads from `exportDiscussion`'s document. Authors come from elsewhere, so they are kept by name;
 * the HTML is rendered here again, never taken from the file, and mentions resolve to this process's members.
 */
export async function importDiscussion(options: {
  tx: Database;
  platform: Platform;
  asset: AssetRow;
  content: string;
}): Promise<void> {
  const { tx, platform, asset, content } = options;
  const members = await listMembers({ db: tx, platform, processId: asset.processId });
  for (const parsed of parse(content).slice(0, 1000)) {
    const first = parsed.posts[0]!;
    const createdAt = first.meta.at ? new Date(first.meta.at) : new Date();
    const lastAt = parsed.posts.at(-1)!.meta.at;
    const [thread] = await tx
      .insert(discussionThread)
      .values({
        assetId: asset.id,
        title: parsed.title,
        authorName: first.meta.author,
        createdAt,
        lastPostAt: lastAt ? new Date(lastAt) : createdAt,
      })
      .returning();
    let answer: string | null = null;
    for (const post of parsed.posts.slice(0, 1001)) {
      const source = post.meta.hidden !== undefined ? "" : post.source.slice(0, maxPostLength);
      const rendered = renderPost(source, members);
      const [row] = await tx
        .insert(discussionPost)
        .values({
          threadId: thread!.id,
          assetId: asset.id,
          authorName: post.meta.author,
          source,
          html: rendered.html,
          mentions: rendered.mentions,
          createdAt: post.meta.at ? new Date(post.meta.at) : new Date(),
          editedAt: post.meta.editedAt ? new Date(post.meta.editedAt) : null,
          hiddenAt: post.meta.hidden !== undefined ? new Date() : null,
          hiddenReason: post.meta.hidden ?? null,
        })
        .returning({ id: discussionPost.id });
      if (post.meta.answer && post !== first && post.meta.hidden === undefined) answer = row!.id;
    }
    if (answer)
      await tx.update(discussionThread).set({ answerPostId: answer }).where(eq(discussionThread.id, thread!.id));
  }
}

import { z } from "zod";
import { pageOf, pageQuery, timestamp, whyMap } from "../sdk/server.js";

// The shapes of what a discussion takes and gives: creation input, route parameters and bodies, and answers.

export const reactionKinds = ["thumbs_up", "heart", "tada", "confused", "eyes"] as const;
export type ReactionKind = (typeof reactionKinds)[number];

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
const id = z.uuid({ message: "Not a valid id." });

export const threadParams = z.strictObject({ threadId: id });
export const postParams = z.strictObject({ postId: id });
export const reportParams = z.strictObject({ reportId: id });
export const reactionParams = postParams.extend({ kind: z.enum(reactionKinds) });
export const pageQuerystring = z.strictObject({ ...pageQuery });
export const memberQuerystring = z.strictObject({ q: z.string().trim().max(100).optional() });

export const threadCreate = z.strictObject({ title, source }).meta({ id: "DiscussionThreadCreate" });
export const replyCreate = z.strictObject({ source }).meta({ id: "DiscussionReplyCreate" });
export const answerChoice = z.strictObject({ postId: id }).meta({ id: "DiscussionAnswer" });
export const postUpdate = z
  .strictObject({ source, title: title.optional().describe("Only for a thread's opening post.") })
  .meta({ id: "DiscussionPostUpdate" });
export const hideBody = z.strictObject({ reason }).meta({ id: "DiscussionHide" });
export const reportCreate = z.strictObject({ reason }).meta({ id: "DiscussionReportCreate" });

/** What the `input` of a new discussion may hold: optionally its first thread, started by its creator. */
export const discussionInput = z.strictObject({ thread: threadCreate.optional() });
export type DiscussionInput = z.infer<typeof discussionInput>;

const author = z.object({ id: z.string().nullable(), name: z.string() }).meta({ id: "DiscussionAuthor" });
export const postOutput = z
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
export const threadOutput = z
  .object({
    id: z.uuid(),
    title: z.string().nullable().describe("Null when the opening post is hidden from you."),
    author,
    createdAt: timestamp,
    lastPostAt: timestamp,
    answerPostId: z.uuid().nullable(),
    hidden: z.boolean(),
    can: z.object({ reply: z.boolean(), markAnswer: z.boolean() }),
    why: whyMap,
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
export const threadPage = pageOf(threadSummary)
  .extend({ can: z.object({ startThread: z.boolean(), moderate: z.boolean() }), why: whyMap })
  .meta({ id: "DiscussionThreadPage" });
const revisionOutput = z
  .object({ id: z.uuid(), title: z.string().nullable(), source: z.string(), html: z.string(), writtenAt: timestamp })
  .meta({ id: "DiscussionRevision" });
export const revisionList = z.object({ items: z.array(revisionOutput) });
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
export const reportPage = pageOf(reportOutput);
export const reportReceipt = z.object({ id: z.uuid(), postId: z.uuid(), createdAt: timestamp });
const memberOutput = z.object({ id: z.string(), name: z.string() }).meta({ id: "DiscussionMember" });
export const memberList = z.object({ items: z.array(memberOutput) });

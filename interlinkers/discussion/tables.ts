import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { assetTable as asset, userTable as user, uuidv7 } from "../sdk/server.js";

/** A thread of a discussion asset; its opening message is its first post. */
export const discussionThread = pgTable(
  "interlinker_discussion_thread",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    assetId: uuid("asset_id")
      .notNull()
      .references(() => asset.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    // Imported threads may come from people this platform does not know: their name is kept instead.
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    authorName: text("author_name"),
    answerPostId: uuid("answer_post_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastPostAt: timestamp("last_post_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("interlinker_discussion_thread_asset_idx").on(table.assetId, table.id)],
);

/** The opening message of a thread or a reply in it; `source` is Markdown, `html` its sanitized rendering. */
export const discussionPost = pgTable(
  "interlinker_discussion_post",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => discussionThread.id, { onDelete: "cascade" }),
    assetId: uuid("asset_id")
      .notNull()
      .references(() => asset.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => user.id, { onDelete: "set null" }),
    authorName: text("author_name"),
    source: text("source").notNull(),
    html: text("html").notNull(),
    mentions: text("mentions").array().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    hiddenBy: text("hidden_by").references(() => user.id, { onDelete: "set null" }),
    hiddenReason: text("hidden_reason"),
  },
  (table) => [index("interlinker_discussion_post_thread_idx").on(table.threadId, table.id)],
);

/** A version of a post before an edit, kept so anyone can see what was changed. */
export const discussionRevision = pgTable(
  "interlinker_discussion_revision",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    postId: uuid("post_id")
      .notNull()
      .references(() => discussionPost.id, { onDelete: "cascade" }),
    title: text("title"),
    source: text("source").notNull(),
    html: text("html").notNull(),
    // When this version was written (the post's creation or its previous edit).
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("interlinker_discussion_revision_post_idx").on(table.postId, table.id)],
);

export const discussionReaction = pgTable(
  "interlinker_discussion_reaction",
  {
    postId: uuid("post_id")
      .notNull()
      .references(() => discussionPost.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.postId, table.userId, table.kind] })],
);

/** A member's report of a post to the process's administrators; open until a moderator hides or dismisses it. */
export const discussionReport = pgTable(
  "interlinker_discussion_report",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    postId: uuid("post_id")
      .notNull()
      .references(() => discussionPost.id, { onDelete: "cascade" }),
    assetId: uuid("asset_id")
      .notNull()
      .references(() => asset.id, { onDelete: "cascade" }),
    reporterId: text("reporter_id").references(() => user.id, { onDelete: "set null" }),
    reason: text("reason").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: text("resolved_by").references(() => user.id, { onDelete: "set null" }),
    resolution: text("resolution").$type<"hidden" | "dismissed">(),
  },
  (table) => [index("interlinker_discussion_report_asset_idx").on(table.assetId, table.id)],
);

export type ThreadRow = typeof discussionThread.$inferSelect;
export type PostRow = typeof discussionPost.$inferSelect;
export type ReactionRow = typeof discussionReaction.$inferSelect;
export type ReportRow = typeof discussionReport.$inferSelect;

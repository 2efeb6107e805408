import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { assetTable, userTable, uuidv7 } from "../sdk/server.js";
import type { PollType } from "./poll-types.js";
import type { Stance } from "./tally.js";

/** A poll, one per asset: its definition, and once closed, who closed it, the outcome and the frozen result. */
export const decisionPoll = pgTable("interlinker_decision_poll", {
  assetId: uuid("asset_id")
    .primaryKey()
    .references(() => assetTable.id, { onDelete: "cascade" }),
  type: text("type").$type<PollType>().notNull(),
  /** What is being decided and why, in the proposer's words (plain text); null when none was given. */
  description: text("description"),
  closesAt: timestamp("closes_at", { withTimezone: true }),
  quorumPercent: integer("quorum_percent"),
  anonymous: boolean("anonymous").notNull().default(false),
  hideResultsUntilClosed: boolean("hide_results_until_closed").notNull().default(false),
  dots: integer("dots"),
  /** Null: everyone with a right on the task votes; otherwise the members of these teams. */
  voterTeamIds: uuid("voter_team_ids").array(),
  closedAt: timestamp("closed_at", { withTimezone: true }),
  closedBy: text("closed_by").references(() => userTable.id, { onDelete: "set null" }),
  outcome: text("outcome"),
  /** The results as counted when the poll was closed (DecisionResults without status), kept as they were. */
  result: jsonb("result").$type<Record<string, unknown>>(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const decisionOption = pgTable(
  "interlinker_decision_option",
  {
    id: uuid("id").primaryKey().$defaultFn(uuidv7),
    assetId: uuid("asset_id")
      .notNull()
      .references(() => decisionPoll.assetId, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    label: text("label").notNull(),
    stance: text("stance").$type<Stance>(),
  },
  (table) => [index("interlinker_decision_option_asset_idx").on(table.assetId, table.position)],
);

/** One ballot per voter and poll, replaced when they vote again; `choice` is the ballot body, e.g. `{ranking}`. */
export const decisionBallot = pgTable(
  "interlinker_decision_ballot",
  {
    assetId: uuid("asset_id")
      .notNull()
      .references(() => decisionPoll.assetId, { onDelete: "cascade" }),
    voterId: text("voter_id")
      .notNull()
      .references(() => userTable.id, { onDelete: "cascade" }),
    choice: jsonb("choice").$type<Record<string, unknown>>().notNull(),
    castAt: timestamp("cast_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.assetId, table.voterId] })],
);

/**
 * Two keys (a G+G close): each side's consent to close, by whom and with which outcome, until the last side's
 * close closes the poll. One row per side; one person never stands for two sides.
 */
export const decisionConsent = pgTable(
  "interlinker_decision_consent",
  {
    assetId: uuid("asset_id")
      .notNull()
      .references(() => decisionPoll.assetId, { onDelete: "cascade" }),
    side: integer("side").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => userTable.id, { onDelete: "cascade" }),
    outcome: text("outcome").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.assetId, table.side] })],
);

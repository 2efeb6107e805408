import { describe, expect, it } from "vitest";
import { type AssetRow, allow, deny, type ItemAction, type MaybeActor } from "../sdk/server.js";
import { testActor as person } from "../sdk/testing.js";
import {
  type DiscussionAction,
  type DiscussionState,
  editPostRefusal,
  markAnswerRefusal,
  policy,
  takePartRefusal,
} from "./policy.js";
import type { PostRow, ThreadRow } from "./tables.js";

// The discussion's rules on their own: who takes part, moderates, edits, sees hidden words and marks answers,
// given the core's answers for the task and the process (the HTTP suite checks them through the routes).

interface Standing {
  administers?: boolean;
  hasGrant?: boolean;
  editsAssets?: boolean;
  /** The rulebook's moderate rule permits them (in every preset the administrators among others). */
  moderates?: boolean;
}

const moderateRule = deny("Under this process's rules, only the process's administrators may moderate discussions.");

const ana = person("ana");
const bruno = person("bruno");
const thread = { id: "t1", authorId: "bruno" } as ThreadRow;
const post = { id: "p1", authorId: "bruno", hiddenAt: null } as PostRow;

function decide(actor: MaybeActor, action: DiscussionAction, standing: Standing, state: DiscussionState = {}) {
  return policy.explain({
    actor,
    action,
    subject: {
      kind: "asset",
      interlinkerId: "discussion",
      asset: { id: "a1" } as AssetRow,
      task: {
        kind: "item",
        type: "task",
        rights: new Set(),
        process: {
          kind: "process",
          visibility: "public",
          actorIsAdministrator: standing.administers ?? false,
          actorHasAnyGrant: standing.hasGrant ?? false,
          processRights: new Set(),
        },
      },
      state,
    },
    task: (taskAction: ItemAction) => {
      if (taskAction === "moderate") {
        return (standing.moderates ?? standing.administers) ? allow("The rules let you moderate.") : moderateRule;
      }
      return taskAction === "edit_assets" && standing.editsAssets ? allow("You may edit.") : deny("No edit_assets.");
    },
    process: (processAction) =>
      processAction === "update" && standing.administers ? allow("You administer this process.") : deny("No."),
  });
}

describe("the discussion policy", () => {
  it("lets members of the process take part and report, and nobody else", () => {
    for (const action of ["take_part", "report"] as const) {
      expect(decide(ana, action, { hasGrant: true }).allowed).toBe(true);
      expect(decide(ana, action, { administers: true }).allowed).toBe(true);
      expect(decide(ana, action, {})).toEqual(deny(takePartRefusal));
      expect(decide(null, action, { hasGrant: true })).toEqual(deny("Sign in first."));
    }
  });

  it("lets whom the process rulebook's moderate rule permits moderate, with its reason", () => {
    expect(decide(ana, "moderate", { administers: true }).allowed).toBe(true);
    expect(decide(ana, "moderate", { hasGrant: true, moderates: true }).allowed).toBe(true);
    expect(decide(ana, "moderate", { hasGrant: true, editsAssets: true })).toEqual(moderateRule);
    expect(decide(null, "moderate", {}).allowed).toBe(false);
  });

  it("lets a post's author edit it while they take part, and not even a moderator otherwise", () => {
    expect(decide(bruno, "edit_post", { hasGrant: true }, { post }).allowed).toBe(true);
    expect(decide(ana, "edit_post", { administers: true }, { post })).toEqual(deny(editPostRefusal));
    expect(decide(bruno, "edit_post", {}, { post })).toEqual(deny(takePartRefusal));
    expect(decide(bruno, "edit_post", { hasGrant: true })).toEqual(deny(editPostRefusal));
  });

  it("shows a hidden post's words to its author and the moderators only", () => {
    expect(decide(bruno, "see_hidden", {}, { post }).allowed).toBe(true);
    expect(decide(ana, "see_hidden", { administers: true }, { post }).allowed).toBe(true);
    expect(decide(ana, "see_hidden", { hasGrant: true, editsAssets: true }, { post }).allowed).toBe(false);
    expect(decide(null, "see_hidden", {}, { post }).allowed).toBe(false);
  });

  it("lets the thread's author or an asset editor who takes part mark its answer", () => {
    expect(decide(bruno, "mark_answer", { hasGrant: true }, { thread }).allowed).toBe(true);
    expect(decide(ana, "mark_answer", { hasGrant: true, editsAssets: true }, { thread }).allowed).toBe(true);
    expect(decide(ana, "mark_answer", { hasGrant: true }, { thread })).toEqual(deny(markAnswerRefusal));
    expect(decide(bruno, "mark_answer", {}, { thread })).toEqual(deny(takePartRefusal));
    expect(decide(null, "mark_answer", {}, { thread }).allowed).toBe(false);
  });
});

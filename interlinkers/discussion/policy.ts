import {
  type AssetSubject,
  allow,
  type Decision,
  deny,
  type InterlinkerPolicy,
  type PolicyQuestion,
} from "../sdk/server.js";
import type { PostRow, ThreadRow } from "./tables.js";

/**
 * Who may do what in a discussion. Reading is the task's `view_assets`, decided by the core before any of these.
 * Taking part needs, on top, a place in the process (administrator, or a grant of one's own or of one's team): in
 * a public process anyone may read, but writing always needs rights. Who moderates is the process rulebook's `moderate` rule.
 *
 * These decide who may act; whether the post's state admits the act (hidden, one's own, the opening post) is the
 * service's to refuse as a conflict, and the presenter's to leave out of the `can` maps.
 */
export const discussionActions = ["take_part", "moderate", "report", "edit_post", "see_hidden", "mark_answer"] as const;
export type DiscussionAction = (typeof discussionActions)[number];

/**
 * The object a per-object action is about: routes and the presenter put the post or thread in the subject's
 * state. The asset itself needs nothing loaded: the task's rights and the process say it all.
 */
export interface DiscussionState {
  post?: PostRow;
  thread?: ThreadRow;
}

/** The discussion's subject with the post or thread a per-object action is about. */
export const about = (
  subject: AssetSubject<DiscussionState>,
  state: DiscussionState,
): AssetSubject<DiscussionState> => ({
  ...subject,
  state: { ...subject.state, ...state },
});

export const takePartRefusal =
  "Taking part in this discussion needs a place in the process: ask its administrators for a grant.";
export const editPostRefusal = "Only the author of a post may edit it.";
export const markAnswerRefusal =
  "Only the thread's author, or someone who may edit this task's assets, marks its answer.";

type Question = PolicyQuestion<DiscussionAction, DiscussionState>;

/** Who moderates is the process rulebook's `moderate` rule (in every preset its administrators among others). */
function explainModerating({ actor, task }: Question): Decision {
  if (!actor) return deny("Sign in first.");
  return task("moderate");
}

function explainTakingPart(question: Question): Decision {
  if (!question.actor) return deny("Sign in first.");
  const moderating = explainModerating(question);
  if (moderating.allowed) return moderating;
  return question.subject.task.process.actorHasAnyGrant
    ? allow("You or one of your teams take part in this process.")
    : deny(takePartRefusal);
}

const isAuthor = (question: Question, row: { authorId: string | null } | undefined) =>
  question.actor !== null && row !== undefined && row.authorId === question.actor.userId;

export const policy: InterlinkerPolicy<DiscussionAction, DiscussionState> = {
  actions: discussionActions,
  async load() {
    return {};
  },
  explain(question) {
    const { post, thread } = question.subject.state;
    switch (question.action) {
      case "moderate":
        return explainModerating(question);
      case "take_part":
      // Anyone taking part may report a post; reporting one's own is a conflict, not a matter of rights.
      case "report":
        return explainTakingPart(question);
      case "edit_post": {
        const takingPart = explainTakingPart(question);
        if (!takingPart.allowed) return takingPart;
        return isAuthor(question, post) ? allow("You wrote this post.") : deny(editPostRefusal);
      }
      case "see_hidden": {
        // A hidden post's words stay with the moderators and its author.
        if (isAuthor(question, post)) return allow("You wrote this post.");
        const moderating = explainModerating(question);
        return moderating.allowed ? moderating : deny("A moderator hid this post.");
      }
      case "mark_answer": {
        const takingPart = explainTakingPart(question);
        if (!takingPart.allowed) return takingPart;
        if (isAuthor(question, thread)) return allow("You started this thread.");
        const editing = question.task("edit_assets");
        return editing.allowed ? editing : deny(markAnswerRefusal);
      }
    }
  },
};

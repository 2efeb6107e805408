import { allow, type Decision, deny, type InterlinkerPolicy, type PolicyQuestion } from "../sdk/server.js";

export const augmenterActions = ["take_part", "moderate"] as const;
export type AugmenterAction = (typeof augmenterActions)[number];

/** Nothing is loaded for a decision: the task's rights and the process say it all. */
export type AugmenterState = Record<string, never>;

export const takePartRefusal =
  "Suggesting changes to this service needs a place in the process: ask its administrators for a grant.";

type Question = PolicyQuestion<AugmenterAction, AugmenterState>;

/** Who moderates is the process rulebook's `moderate` rule, as in a discussion. */
function explainModerating({ actor, task }: Question): Decision {
  if (!actor) return deny("Sign in first.");
  return task("moderate");
}

/**
 * Reading is the task's `view_assets`, decided by the core before these. Suggesting needs, on top, a place in the
 * process (administrator, or a grant of one's own or of one's team): a public process anyone may read, but only
 * those taking part write. Accepting also needs the right to change the service itself, which the platform checks
 * when the text is changed (`publicServices.changeText`): a process cannot rewrite another administration's service.
 */
export const augmenterPolicy: InterlinkerPolicy<AugmenterAction, AugmenterState> = {
  actions: augmenterActions,
  load: async () => ({}),
  explain(question) {
    switch (question.action) {
      case "moderate":
        return explainModerating(question);
      case "take_part": {
        if (!question.actor) return deny("Sign in first.");
        const moderating = explainModerating(question);
        if (moderating.allowed) return moderating;
        return question.subject.task.process.actorHasAnyGrant
          ? allow("You or one of your teams take part in this process.")
          : deny(takePartRefusal);
      }
    }
  },
};

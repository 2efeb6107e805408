import type { MaybeActor } from "./actor.js";
import { explainProcess, type ProcessSubject } from "./process.js";
import { allow, type Decision, deny } from "./verdict.js";

/**
 * The story of a process (issue #14) as policies see it: where it stands, and its process with the actor's standing
 * there. Publishing is the process's rulebook action `publish`; everything a publisher does to the story after (edit,
 * cover, unpublish) takes the same right, so nobody changes a story they could not have published.
 */
export interface StorySubject {
  kind: "story";
  status: "awaiting_consent" | "published" | "unpublished";
  /** The story's process; null when the process was deleted (its story then stays gone for everyone but staff). */
  process: ProcessSubject | null;
  /**
   * The actor took part in the process: administers it, holds a grant there (themself or through a team), or acted
   * in it (their pseudonymous id is on its trail) and has left since.
   */
  actorTookPart: boolean;
}

export const storyActions = ["view", "update", "unpublish", "rate", "reuse", "credit"] as const;
export type StoryAction = (typeof storyActions)[number];

/** Who may publish the story's process: the rulebook's `publish`, as `POST /processes/:id/story` asks it. */
function explainPublishing(actor: MaybeActor, story: StorySubject): Decision {
  if (!story.process) {
    return actor?.isPlatformAdmin
      ? allow("Platform administrators may do everything.")
      : deny("The story's process was deleted.");
  }
  return explainProcess(actor, "publish", story.process);
}

export function explainStory(actor: MaybeActor, action: StoryAction, story: StorySubject): Decision {
  const publishing = explainPublishing(actor, story);
  const published = story.status === "published";
  if (action === "view") {
    if (published && story.process) return allow("Published stories are for everyone.");
    if (publishing.allowed) return allow("You may publish this story.");
    return deny(story.status === "unpublished" ? "This story was unpublished." : "This story is not published yet.");
  }
  if (action === "update" || action === "unpublish") return publishing;
  if (!published || !story.process) return deny("This story is not published.", "not_published");
  if (!actor) return deny("Sign in first.", "sign_in");
  switch (action) {
    case "rate":
      return allow("Anyone signed in may rate a published story.");
    case "reuse":
      return allow("Anyone signed in may start a process of their own from what a published story shows.");
    case "credit":
      return story.actorTookPart
        ? allow("You took part in this process: you may ask to be named in its story.")
        : deny("Only the people who took part in this process may be named in its story.", "not_taking_part");
  }
}

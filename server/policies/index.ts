import { notFound, notSignedIn, Problem } from "../http/problem.js";
import type { MaybeActor } from "./actor.js";
import { type AssetAction, type AssetSubject, explainAsset } from "./asset.js";
import { explainInvitation, type InvitationAction, type InvitationSubject } from "./invitation.js";
import { explainOrganization, type OrganizationAction, type OrganizationSubject } from "./organization.js";
import { explainPlatform, type PlatformAction, type PlatformSubject } from "./platform.js";
import {
  explainItem,
  explainProcess,
  type ItemAction,
  type ItemSubject,
  type ProcessAction,
  type ProcessSubject,
} from "./process.js";
import { explainPublicService, type PublicServiceAction, type PublicServiceSubject } from "./publicService.js";
import { explainStory, type StoryAction, type StorySubject } from "./story.js";
import { explainTeam, type TeamAction, type TeamSubject } from "./team.js";
import { type Decision, type Why, whyOf } from "./verdict.js";

export type { Actor, MaybeActor } from "./actor.js";
export { explainAdministratorsAfter, explainRemoval } from "./administration.js";
export type { AssetAction, AssetSubject } from "./asset.js";
export { explainGrantWithoutConsent, type InvitationSubject } from "./invitation.js";
export type { OrganizationSubject } from "./organization.js";
export type { ItemSubject, ProcessSubject } from "./process.js";
export type { PublicServiceSubject } from "./publicService.js";
export type { StorySubject } from "./story.js";
export type { TeamSubject } from "./team.js";
export { type Decision, type RefusingRule, type Why, whyOf, whyUnder } from "./verdict.js";

/** Every subject a policy decides on, each naming its kind, and the actions each takes. */
type ActionsOf = {
  platform: PlatformAction;
  organization: OrganizationAction;
  team: TeamAction;
  process: ProcessAction;
  item: ItemAction;
  asset: AssetAction;
  invitation: InvitationAction;
  public_service: PublicServiceAction;
  story: StoryAction;
};
type Subject =
  | PlatformSubject
  | OrganizationSubject
  | TeamSubject
  | ProcessSubject
  | ItemSubject
  | AssetSubject
  | InvitationSubject
  | PublicServiceSubject
  | StorySubject;
type ActionFor<S extends Subject> = ActionsOf[S["kind"]];

export const platform: PlatformSubject = { kind: "platform" };

/** Why the actor may or may not take this action on this subject. */
export function explain<S extends Subject>(actor: MaybeActor, action: ActionFor<S>, subject: S): Decision {
  switch (subject.kind) {
    case "platform":
      return explainPlatform(actor, action as PlatformAction);
    case "organization":
      return explainOrganization(actor, action as OrganizationAction, subject);
    case "team":
      return explainTeam(actor, action as TeamAction, subject);
    case "process":
      return explainProcess(actor, action as ProcessAction, subject);
    case "item":
      return explainItem(actor, action as ItemAction, subject);
    case "asset":
      return explainAsset(actor, action as AssetAction, subject);
    case "invitation":
      return explainInvitation(actor, action as InvitationAction, subject);
    case "public_service":
      return explainPublicService(actor, action as PublicServiceAction, subject);
    case "story":
      return explainStory(actor, action as StoryAction, subject);
  }
}

export function can<S extends Subject>(actor: MaybeActor, action: ActionFor<S>, subject: S): boolean {
  return explain(actor, action, subject).allowed;
}

/**
 * Throws the refusal a route answers with: 401 for an anonymous visitor who must sign in, 404 when the actor
 * may not even see the subject (private things stay unknown), 403 with the policy's reason otherwise (its type
 * the policy's code when it names one, e.g. `/problems/email-not-verified`, so a client can say what to do).
 */
export function authorize<S extends Subject>(
  actor: MaybeActor,
  action: ActionFor<S>,
  subject: S,
  subjectName: string,
): void {
  const decision = explain(actor, action, subject);
  if (decision.allowed) return;
  const visible = subject.kind === "platform" || can(actor, "view" as ActionFor<S>, subject);
  if (!visible) throw notFound(subjectName);
  if (!actor) throw notSignedIn();
  throw new Problem(403, decision.code?.replaceAll("_", "-") ?? "forbidden", decision.reason);
}

/** `can` for each listed action, as presenters return it: `{update: true, delete: false, …}`. */
export function canAll<S extends Subject, const A extends ActionFor<S>>(
  actor: MaybeActor,
  actions: readonly A[],
  subject: S,
): Record<A, boolean> {
  return Object.fromEntries(actions.map((action) => [action, can(actor, action, subject)])) as Record<A, boolean>;
}

/**
 * `can` for each listed action and, for each refused one, `why`: the web shows the sentence (which rule decided)
 * instead of hiding the button.
 */
export function explainAll<S extends Subject, const A extends ActionFor<S>>(
  actor: MaybeActor,
  actions: readonly A[],
  subject: S,
): { can: Record<A, boolean>; why: Partial<Record<A, Why>> } {
  const can = {} as Record<A, boolean>;
  const why: Partial<Record<A, Why>> = {};
  for (const action of actions) {
    const decision = explain(actor, action, subject);
    can[action] = decision.allowed;
    if (!decision.allowed) why[action] = whyOf(decision);
  }
  return { can, why };
}

import type { Visibility } from "../../common/actors.js";
import type { MaybeActor } from "./actor.js";
import { explainOrganization, type OrganizationSubject } from "./organization.js";
import { allow, type Decision, deny } from "./verdict.js";

/** A public service as policies see it: its visibility and its competent authority with the actor's relation. */
export interface PublicServiceSubject {
  kind: "public_service";
  visibility: Visibility;
  authority: OrganizationSubject;
}

export const publicServiceActions = ["view", "update", "delete"] as const;
export type PublicServiceAction = (typeof publicServiceActions)[number];

/**
 * A public service speaks for its administration: everyone reads a public one of a public administration; a
 * private one (a draft, or an imported copy) only the administration's own people. They describe and change it;
 * only its administrators delete it.
 */
export function explainPublicService(
  actor: MaybeActor,
  action: PublicServiceAction,
  service: PublicServiceSubject,
): Decision {
  const { authority } = service;
  const own = actor !== null && (actor.isPlatformAdmin || authority.actorIsAdministrator || authority.actorIsMember);
  // A public service of a private administration would reveal the administration: it shows only when both are.
  const visible = own || (service.visibility === "public" && authority.visibility === "public");
  if (action === "view") {
    if (own) return allow("It is a service of your administration.");
    return visible
      ? allow("The service is public.")
      : deny("The service is private and you are not part of its administration.");
  }
  if (!actor) return deny("Sign in first.", "sign_in");
  if (!visible) return deny("The service is private and you are not part of its administration.");
  switch (action) {
    case "update":
      return explainOrganization(actor, "describe_service", authority).allowed
        ? allow("You describe this administration's public services.")
        : deny("Only the administration's own people may change its public services.");
    case "delete":
      return actor.isPlatformAdmin || authority.actorIsAdministrator
        ? allow("You administer this administration.")
        : deny("Only the administration's administrators may delete its public services.");
  }
}

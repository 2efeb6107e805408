import type { ActorType, TeamCreationMode, Visibility } from "../../common/actors.js";
import type { MaybeActor } from "./actor.js";
import { allow, type Decision, deny } from "./verdict.js";

/** An organization as policies see it: its settings and the actor's relation to it, loaded together. */
export interface OrganizationSubject {
  kind: "organization";
  type: ActorType;
  visibility: Visibility;
  teamCreation: TeamCreationMode;
  /** The actor administers this organization. */
  actorIsAdministrator: boolean;
  /** The actor belongs to one of its teams. */
  actorIsMember: boolean;
}

export const organizationActions = [
  "view",
  "update",
  "delete",
  "manage_administrators",
  "create_team",
  "start_process",
  "describe_service",
] as const;
export type OrganizationAction = (typeof organizationActions)[number];

export function explainOrganization(
  actor: MaybeActor,
  action: OrganizationAction,
  organization: OrganizationSubject,
): Decision {
  // Only a public administration is the competent authority of a public service (CPSV-AP), whoever asks.
  if (action === "describe_service" && organization.type !== "public_administration") {
    return deny("Only public administrations describe public services.", "not_public_administration");
  }
  if (actor?.isPlatformAdmin) return allow("Platform administrators may do everything.");
  if (actor && organization.actorIsAdministrator) return allow("You administer this organization.");

  const visible = organization.visibility === "public" || (actor !== null && organization.actorIsMember);
  if (action === "view") {
    return visible
      ? allow(organization.visibility === "public" ? "The organization is public." : "You belong to one of its teams.")
      : deny("The organization is private and you are not part of it.");
  }
  if (!actor) return deny("Sign in first.");
  if (!visible) return deny("The organization is private and you are not part of it.");

  switch (action) {
    case "create_team":
      if (organization.teamCreation === "anyone") return allow("Anyone may create teams in this organization.");
      if (organization.teamCreation === "members" && organization.actorIsMember) {
        return allow("Members of its teams may create teams in this organization.");
      }
      return deny(
        organization.teamCreation === "members"
          ? "Only members of its teams and its administrators may create teams here."
          : "Only its administrators may create teams here.",
      );
    case "start_process":
      // A process started for an organization speaks in its name: only its own people may do that.
      return organization.actorIsMember
        ? allow("Members of its teams may start processes for this organization.")
        : deny("You may only start processes for organizations you belong to.");
    case "describe_service":
      // Civil servants describe their administration's services: its administrators and the people of its teams.
      return organization.actorIsMember
        ? allow("Members of its teams may describe this administration's public services.")
        : deny("Only the administration's own people may describe its public services.");
    case "update":
    case "delete":
    case "manage_administrators":
      return deny("Only the organization's administrators may do this.");
  }
}

import type { MaybeActor } from "./actor.js";
import { explainOrganization, type OrganizationSubject } from "./organization.js";
import { allow, type Decision, deny } from "./verdict.js";

/** A team as policies see it: its organization (the parent it delegates to) and the actor's place in it. */
export interface TeamSubject {
  kind: "team";
  organization: OrganizationSubject;
  actorRole: "administrator" | "member" | null;
  actorHasPendingRequest: boolean;
}

export const teamActions = [
  "view",
  "view_members",
  "update",
  "delete",
  "manage_members",
  "request_to_join",
  "leave",
] as const;
export type TeamAction = (typeof teamActions)[number];

export function explainTeam(actor: MaybeActor, action: TeamAction, team: TeamSubject): Decision {
  const organizationView = explainOrganization(actor, "view", team.organization);
  if (action === "view" || (action === "view_members" && team.organization.visibility === "public")) {
    if (organizationView.allowed) return allow(organizationView.reason);
    return deny(organizationView.reason);
  }
  if (!actor) return deny("Sign in first.");
  const administersOrganization = explainOrganization(actor, "update", team.organization);

  switch (action) {
    case "view_members":
      if (administersOrganization.allowed || team.actorRole) return allow("You belong to this team or run it.");
      return deny("Only its members and the organization's administrators see who is in a private team.");
    case "update":
    case "delete":
    case "manage_members":
      if (administersOrganization.allowed) return allow(administersOrganization.reason);
      if (team.actorRole === "administrator") return allow("You administer this team.");
      return deny("Only the team's administrators and the organization's administrators may do this.");
    case "request_to_join":
      if (!organizationView.allowed) return deny(organizationView.reason);
      if (team.actorRole) return deny("You are already a member of this team.");
      if (team.actorHasPendingRequest) return deny("You have already asked to join; wait for an answer.");
      return allow("You may ask to join this team.");
    case "leave":
      if (team.actorRole) return allow("You are a member of this team.");
      return deny("You are not a member of this team.");
  }
}

import type { InvitationKind } from "../../common/invitations.js";
import type { MaybeActor } from "./actor.js";
import { explainOrganization, type OrganizationSubject } from "./organization.js";
import { explainProcess, type ProcessSubject } from "./process.js";
import { explainTeam, type TeamSubject } from "./team.js";
import { allow, type Decision, deny } from "./verdict.js";

/**
 * An invitation as policies see it: whom it is addressed to (an address, or a team offered rights) and the thing
 * it is for, each with the actor's place in it. The decisions delegate to those subjects' own policies.
 */
export interface InvitationSubject {
  kind: "invitation";
  invitationKind: InvitationKind;
  /** Person invitations: the invited address, lower-case. */
  email: string | null;
  /** Grant invitations: the team offered the rights. */
  invitedTeam: TeamSubject | null;
  /** What it is for: the team, organization or process the person would join, or the process offering rights. */
  target: TeamSubject | OrganizationSubject | ProcessSubject;
}

export const invitationActions = ["view", "accept", "decline", "withdraw"] as const;
export type InvitationAction = (typeof invitationActions)[number];

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Who an invitation speaks to. A person invitation: the account with the invited address; only once that address
 * is verified may it answer, since anyone can sign up with any address. A grant invitation: the invited team's
 * administrators and its organization's, who speak for the team.
 */
function explainAddressee(actor: MaybeActor, invitation: InvitationSubject): Decision {
  if (invitation.invitedTeam) {
    return speaksForTeam(actor, invitation.invitedTeam)
      ? allow("You administer the team this invitation is for.")
      : deny("Only the invited team's administrators may answer this invitation.");
  }
  if (!actor) return deny("Sign in first.");
  if (!invitation.email || !sameAddress(actor.email, invitation.email)) {
    return deny("This invitation is addressed to someone else.");
  }
  return actor.emailVerified
    ? allow("This invitation is addressed to you.")
    : deny("Confirm your e-mail address first (follow the link we mailed you), then accept.", "email_not_verified");
}

/** Whether the actor runs what the invitation is for, and so may see who is invited and withdraw it. */
function explainInviter(actor: MaybeActor, invitation: InvitationSubject): Decision {
  const { target } = invitation;
  switch (target.kind) {
    case "team":
      return explainTeam(actor, "manage_members", target);
    case "organization":
      return explainOrganization(actor, "manage_administrators", target);
    case "process":
      return explainProcess(
        actor,
        invitation.invitationKind === "process_grant" ? "manage_grants" : "manage_administrators",
        target,
      );
  }
}

/**
 * Who answers for a team: its administrators and its organization's. Not a platform administrator as such: power
 * over the platform does not make anyone a team's voice.
 */
const speaksForTeam = (actor: MaybeActor, team: TeamSubject) =>
  actor !== null && (team.actorRole === "administrator" || team.organization.actorIsAdministrator);

export function explainInvitation(
  actor: MaybeActor,
  action: InvitationAction,
  invitation: InvitationSubject,
): Decision {
  const addressee = explainAddressee(actor, invitation);
  switch (action) {
    case "view":
      // The one addressed sees it (and, with an address not yet confirmed, why they cannot answer yet); anyone
      // else is told nothing, not even that it exists. Those who invited list theirs on the thing itself.
      if (addressee.allowed || addressee.code === "email_not_verified") return allow(addressee.reason);
      return addressee;
    case "accept":
    case "decline":
      return addressee;
    case "withdraw":
      return explainInviter(actor, invitation);
  }
}

/**
 * Whether rights for this team on a process need its consent: not when the granter speaks for the team (they
 * administer it or its organization); otherwise the grant waits as an invitation its administrators answer. A
 * platform administrator's power over everything does not make them the team's voice: they are asked too.
 */
export function explainGrantWithoutConsent(actor: MaybeActor, team: TeamSubject): Decision {
  if (speaksForTeam(actor, team)) {
    return allow("You administer this team: its rights take effect at once.");
  }
  return deny("The team belongs to an organization you do not administer: its administrators must accept first.");
}

import { useTranslation } from "react-i18next";
import type { components } from "../../api/schema";
import { useTranslated } from "../../i18n/translated";

export type Invitation = components["schemas"]["Invitation"];

/** The sentences that say what an invitation offers, in the reader's language. */
export function useInvitationWords() {
  const { t } = useTranslation();
  const translate = useTranslated();
  const target = (invitation: Invitation) => translate(invitation.target.name);
  return {
    /** "Ana invites you to join the team Residents." */
    offer: (invitation: Invitation) =>
      t(
        `invitations.offer.${invitation.kind === "team_member" && invitation.role === "administrator" ? "team_member_administrator" : invitation.kind}`,
        {
          inviter: invitation.invitedBy.name,
          target: target(invitation),
          team: invitation.team ? translate(invitation.team.name) : "",
        },
      ),
    /** Grant invitations: the rights offered and where. */
    rights: (invitation: Invitation) =>
      (invitation.rights ?? []).map((right) => t(`processes.grants.right.${right}`)).join(", "),
    part: (invitation: Invitation) => invitation.item?.name ?? t("invitations.wholeProcess"),
    target,
    /** Whom a pending invitation waits for, as its inviters list it: an address, or a team. */
    addressee: (invitation: Invitation) => invitation.email ?? (invitation.team ? translate(invitation.team.name) : ""),
  };
}

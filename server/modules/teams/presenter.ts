import type { z } from "zod";
import { canAll, explain, explainAdministratorsAfter, explainRemoval, type MaybeActor } from "../../policies/index.js";
import { teamActions } from "../../policies/team.js";
import { withEmailsFor } from "../accounts/presenter.js";
import type { team, teamMember } from "./schema.js";
import type { LoadedTeam, TeamMemberRow } from "./service.js";

export function presentTeam({ row, subject }: LoadedTeam, actor: MaybeActor): z.infer<typeof team> {
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    description: row.description,
    type: row.type,
    myRole: subject.actorRole,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: canAll(actor, teamActions, subject),
  };
}

/**
 * A team's members as the reader may see them: addresses only for those who manage it (and each their own), and
 * whether the reader may remove each one (themself: leave), refused by the same policy the removal is.
 */
export function presentMembers(
  members: TeamMemberRow[],
  { subject }: LoadedTeam,
  actor: MaybeActor,
): z.infer<typeof teamMember>[] {
  const manage = explain(actor, "manage_members", subject);
  const leave = explain(actor, "leave", subject);
  const counts = {
    administrators: members.filter((member) => member.role === "administrator").length,
    members: members.length,
  };
  return withEmailsFor(members, { mayManage: manage.allowed, actorId: actor?.userId }, (member) => member.userId).map(
    (member) => ({
      ...member,
      canRemove: explainRemoval("team", member.userId === actor?.userId ? leave : manage, {
        ...counts,
        removingAnAdministrator: member.role === "administrator",
      }).allowed,
      // Promoting never empties the team of administrators; demoting the last one would, so it is not offered.
      canChangeRole:
        manage.allowed &&
        explainAdministratorsAfter("team", {
          administrators: counts.administrators - (member.role === "administrator" ? 1 : 0),
          members: counts.members,
        }).allowed,
    }),
  );
}

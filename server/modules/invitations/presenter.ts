import type { z } from "zod";
import { explain, type MaybeActor } from "../../policies/index.js";
import type { invitation, invitationReceipt } from "./schema.js";
import type { InvitationRow, LoadedInvitation } from "./service.js";

const answers = ["accept", "decline", "withdraw"] as const;

/** An invitation as its addressee or its inviters read it, with what the reader may do and why not. */
export function presentInvitation(loaded: LoadedInvitation, actor: MaybeActor): z.infer<typeof invitation> {
  const { row } = loaded;
  const decisions = answers.map((action) => [action, explain(actor, action, loaded.subject)] as const);
  return {
    id: row.id,
    kind: row.kind,
    status: loaded.status,
    email: row.email,
    team: loaded.team,
    target: loaded.target,
    item: loaded.item,
    role: row.kind === "team_member" ? (row.role ?? "member") : null,
    rights: row.kind === "process_grant" ? (row.rights ?? []) : null,
    invitedBy: loaded.invitedBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    // Answering is offered only while it waits; the policy says who, the status says whether still.
    can: Object.fromEntries(
      decisions.map(([action, decision]) => [action, decision.allowed && loaded.status === "pending"]),
    ) as Record<(typeof answers)[number], boolean>,
    why: Object.fromEntries(
      decisions
        .filter(([, decision]) => !decision.allowed)
        .map(([action, decision]) => [action, { code: decision.code ?? "not_allowed", message: decision.reason }]),
    ),
  };
}

/** The inviter's answer: nothing in it depends on whether the address has an account. */
export function presentReceipt(row: InvitationRow): z.infer<typeof invitationReceipt> {
  return {
    invitation: {
      id: row.id,
      kind: row.kind,
      email: row.email,
      teamId: row.grantTeamId,
      status: "pending",
      expiresAt: row.expiresAt.toISOString(),
    },
  };
}

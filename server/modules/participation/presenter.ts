import type { z } from "zod";
import type { UserSummary } from "../accounts/service.js";
import type { participationRequestOutput } from "./schema.js";
import type { ParticipationRequestRow } from "./service.js";

/** A request as its reader sees it; `decide` for those who answer requests (the process's administrators). */
export function presentParticipationRequest(
  row: ParticipationRequestRow,
  options: { people: Map<string, UserSummary>; mayDecide: boolean },
): z.infer<typeof participationRequestOutput> {
  return {
    id: row.id,
    processId: row.processId,
    person: { id: row.userId, name: options.people.get(row.userId)?.name ?? "" },
    reason: row.reason,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    answer: row.answer,
    teamId: row.teamId,
    rights: row.rights,
    can: { decide: options.mayDecide && row.status === "pending" },
  };
}

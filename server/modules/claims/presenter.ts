import type { z } from "zod";
import type { Actor } from "../../policies/index.js";
import type { UserSummary } from "../accounts/service.js";
import type { claimOutput } from "./schema.js";
import type { ClaimRow } from "./service.js";

/** A claim as its reader sees it: `decide` for someone else who may answer it, `withdraw` for its claimant. */
export function presentClaim(
  row: ClaimRow,
  options: { actor: Actor; people: Map<string, UserSummary>; mayDecide: boolean },
): z.infer<typeof claimOutput> {
  const pending = row.status === "pending";
  const own = row.userId === options.actor.userId;
  const person = (id: string) => ({ id, name: options.people.get(id)?.name ?? "" });
  return {
    id: row.id,
    processId: row.processId,
    itemId: row.itemId,
    person: person(row.userId),
    description: row.description,
    assetId: row.assetId,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedBy: row.decidedBy ? person(row.decidedBy) : null,
    answer: row.answer,
    can: { decide: pending && !own && options.mayDecide, withdraw: pending && own },
  };
}

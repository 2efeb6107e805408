import { allow, type Decision, deny } from "./verdict.js";

/** What must keep an administrator: a process and an organization always, a team while it has members. */
export type Administered = "process" | "organization" | "team";

const refusals: Record<Administered, string> = {
  process: "A process needs at least one administrator: add another first.",
  organization: "An organization needs at least one administrator: add another first.",
  team: "A team needs at least one administrator: make someone else one first.",
};

/**
 * Whether a change leaves the subject run by someone, judged on the counts after it. Services refuse a change
 * this denies (409 last-administrator, inside the transaction that makes it) and presenters send it per person
 * as `canRemove`, so the web offers only what the server would do.
 */
export function explainAdministratorsAfter(
  kind: Administered,
  after: { administrators: number; members?: number },
): Decision {
  const needsOne = kind !== "team" || (after.members ?? 0) > 0;
  return needsOne && after.administrators < 1 ? deny(refusals[kind]) : allow("Someone still administers it.");
}

/**
 * Whether removing this person from the list of those who run (or, for a team, belong to) the subject keeps it
 * administered; `manage` is the actor's own permission to remove them.
 */
export function explainRemoval(
  kind: Administered,
  manage: Decision,
  counts: { administrators: number; members?: number; removingAnAdministrator: boolean },
): Decision {
  if (!manage.allowed) return manage;
  return explainAdministratorsAfter(kind, {
    administrators: counts.administrators - (counts.removingAnAdministrator ? 1 : 0),
    members: counts.members === undefined ? undefined : counts.members - 1,
  });
}

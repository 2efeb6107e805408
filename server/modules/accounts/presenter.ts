import type { z } from "zod";
import type { Actor } from "../../policies/actor.js";
import type { Administered } from "../../policies/administration.js";
import { canAll, type Decision, explainRemoval, platform } from "../../policies/index.js";
import { platformActions } from "../../policies/platform.js";
import type { me } from "./schema.js";
import type { UserRow } from "./service.js";

export function presentMe(row: UserRow, actor: Actor): z.infer<typeof me> {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    emailVerified: row.emailVerified,
    language: row.language,
    platformRole: row.platformRole,
    createdAt: row.createdAt.toISOString(),
    can: canAll(actor, platformActions, platform),
  };
}

/**
 * A list of people with e-mail addresses only for those who may manage it (and each person's own): an address
 * is personal data, and seeing an organization does not entitle anyone to its members' mailboxes.
 */
export function withEmailsFor<T extends { email: string | null }>(
  people: T[],
  options: { mayManage: boolean; actorId: string | undefined },
  idOf: (person: T) => string,
): T[] {
  if (options.mayManage) return people;
  return people.map((person) => (idOf(person) === options.actorId ? person : { ...person, email: null }));
}

/**
 * Who administers a process or an organization, as its administrator list shows them: addresses as above, and
 * for each whether the reader may remove them, decided by the policy the removal itself is refused by.
 */
export function presentAdministrators<T extends { id: string; email: string | null }>(
  kind: Administered,
  administrators: T[],
  options: { manage: Decision; actorId: string | undefined },
): (T & { canRemove: boolean })[] {
  const removal = explainRemoval(kind, options.manage, {
    administrators: administrators.length,
    removingAnAdministrator: true,
  });
  return withEmailsFor(
    administrators,
    { mayManage: options.manage.allowed, actorId: options.actorId },
    (person) => person.id,
  ).map((person) => ({ ...person, canRemove: removal.allowed }));
}

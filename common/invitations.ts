/** Vocabulary of invitations shared by server and web: nobody is attached to anything without accepting. */

/**
 * What an invitation asks: a person (by e-mail) to join a team, to administer an organization or a process; or a
 * team of another organization to take the rights offered on a process.
 */
export const invitationKinds = [
  "team_member",
  "organization_administrator",
  "process_administrator",
  "process_grant",
] as const;
export type InvitationKind = (typeof invitationKinds)[number];

/** `expired` is read, never written while pending: a pending invitation past its date is expired. */
export const invitationStatuses = ["pending", "accepted", "declined", "withdrawn", "expired"] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** How long an invitation waits for an answer. */
export const invitationLifetimeDays = 14;

import { z } from "zod";
import { rights } from "../../../common/coproduction.js";
import { invitationKinds, invitationStatuses } from "../../../common/invitations.js";
import { pageQuery } from "../../http/pagination.js";
import { canMap, timestamp, translatedOutput } from "../../http/schemas.js";
import { invitationActions } from "../../policies/invitation.js";

/** An address as invitations take it: trimmed and lower-case, so `Ana@X.org` and `ana@x.org` are one person. */
export const invitedEmail = z
  .email()
  .max(320)
  .transform((email) => email.trim().toLowerCase());

/** `POST /organizations/:id/administrators` and `POST /processes/:id/administrators`. */
export const administratorInvite = z.strictObject({ email: invitedEmail }).meta({ id: "AdministratorInvite" });

/**
 * What an inviter hears back: the same fields, the same status and the same headers whether or not the address
 * has an account (nothing here is about an account), so the answer cannot be used to learn who is registered.
 */
export const invitationReceipt = z
  .object({
    invitation: z.object({
      id: z.uuid(),
      kind: z.enum(invitationKinds),
      email: z.string().nullable().describe("Person invitations: the invited address, lower-case."),
      teamId: z.uuid().nullable().describe("Grant invitations: the team offered the rights."),
      status: z.literal("pending"),
      expiresAt: timestamp,
    }),
  })
  .meta({ id: "InvitationReceipt" });

const named = z.object({ id: z.uuid(), name: translatedOutput });

export const invitation = z
  .object({
    id: z.uuid(),
    kind: z.enum(invitationKinds),
    status: z.enum(invitationStatuses),
    email: z.string().nullable().describe("Person invitations: the invited address."),
    team: named.nullable().describe("Grant invitations: the team offered the rights."),
    target: z
      .object({ type: z.enum(["team", "organization", "process"]), id: z.uuid(), name: translatedOutput })
      .describe(
        "What it is for: the team to join, the organization or process to administer, the process offering rights.",
      ),
    item: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .describe("Grant invitations on one item (and so its descendants); null for the whole process."),
    role: z.enum(["member", "administrator"]).nullable().describe("Team invitations: the role on joining."),
    rights: z.array(z.enum(rights)).nullable().describe("Grant invitations: the rights offered."),
    invitedBy: z.object({ id: z.string(), name: z.string() }),
    createdAt: timestamp,
    expiresAt: timestamp,
    decidedAt: timestamp.nullable(),
    can: canMap(invitationActions.filter((action) => action !== "view")),
    why: z
      .record(z.string(), z.object({ code: z.string(), message: z.string() }))
      .describe("For each refused action the reason, e.g. `{accept: {code: 'email_not_verified', …}}`."),
  })
  .meta({ id: "Invitation" });

export const invitationListQuery = z.strictObject({ ...pageQuery });
export const myInvitationsQuery = z.strictObject({});

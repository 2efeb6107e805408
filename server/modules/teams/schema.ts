import { z } from "zod";
import { actorTypes } from "../../../common/actors.js";
import { pageQuery } from "../../http/pagination.js";
import { canMap, timestamp, translatedOutput, translatedText } from "../../http/schemas.js";
import { teamActions } from "../../policies/team.js";
import { invitedEmail } from "../invitations/schema.js";

export const teamRoles = ["member", "administrator"] as const;

export const teamCreate = z
  .strictObject({
    name: translatedText(200),
    description: translatedText(5000).optional(),
    type: z.enum(actorTypes),
  })
  .meta({ id: "TeamCreate" });

export const teamUpdate = z
  .strictObject({
    name: translatedText(200).optional(),
    description: translatedText(5000).optional(),
    type: z.enum(actorTypes).optional(),
  })
  .meta({ id: "TeamUpdate" });

export const teamListQuery = z.strictObject({ ...pageQuery });

export const team = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    name: translatedOutput,
    description: translatedOutput,
    type: z.enum(actorTypes),
    myRole: z.enum(teamRoles).nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    can: canMap(teamActions),
  })
  .meta({ id: "Team" });

export const teamMember = z
  .object({
    userId: z.string(),
    name: z.string(),
    email: z.string().nullable().describe("Shown only to those who manage the team, and to the member themself."),
    role: z.enum(teamRoles),
    since: timestamp,
    canRemove: z
      .boolean()
      .describe(
        "The reader may remove this member (or, for themself, leave): they manage the team's members, and a team " +
          "with members keeps an administrator.",
      ),
    canChangeRole: z
      .boolean()
      .describe("The reader may change this member's role: they manage the team, and it keeps an administrator."),
  })
  .meta({ id: "TeamMember" });

export const memberAdd = z
  .strictObject({ email: invitedEmail, role: z.enum(teamRoles).default("member") })
  .meta({ id: "TeamMemberInvite" });

export const memberUpdate = z.strictObject({ role: z.enum(teamRoles) }).meta({ id: "TeamMemberUpdate" });

export const memberParams = z.strictObject({ id: z.uuid(), userId: z.string().min(1).max(100) });

export const joinRequestStatuses = ["pending", "approved", "rejected"] as const;

export const joinRequestCreate = z
  .strictObject({ message: z.string().trim().max(2000).default("") })
  .meta({ id: "JoinRequestCreate" });

export const joinRequestListQuery = z.strictObject({ ...pageQuery, status: z.enum(joinRequestStatuses).optional() });

export const joinRequest = z
  .object({
    id: z.uuid(),
    teamId: z.uuid(),
    user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
    message: z.string(),
    status: z.enum(joinRequestStatuses),
    createdAt: timestamp,
    decidedAt: timestamp.nullable(),
  })
  .meta({ id: "JoinRequest" });

export const myJoinRequestsQuery = z.strictObject({});

const joinRequestWithTeam = joinRequest
  .extend({
    team: z.object({
      id: z.uuid(),
      name: translatedOutput,
      organizationId: z.uuid(),
      organizationName: translatedOutput,
    }),
  })
  .meta({ id: "JoinRequestWithTeam" });

export const myJoinRequests = z
  .object({
    toDecide: z
      .array(joinRequestWithTeam)
      .describe("Pending requests to join teams whose members you manage (as team or organization administrator)."),
    mine: z.array(joinRequestWithTeam).describe("Your own requests that still wait for an answer."),
  })
  .meta({ id: "MyJoinRequests" });

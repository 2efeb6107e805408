import { z } from "zod";
import { rights } from "../../../common/coproduction.js";
import { pageQuery } from "../../http/pagination.js";
import { canMap, timestamp } from "../../http/schemas.js";

export const participationRequestCreate = z
  .strictObject({
    reason: z.string().trim().min(1).max(2000).describe("Why the person asks: what they would bring or want."),
  })
  .meta({ id: "ParticipationRequestCreate" });

export const participationRequestAccept = z
  .strictObject({
    teamId: z.uuid().optional().describe("A team taking part that the person joins; else a grant of their own."),
    rights: z
      .array(z.enum(rights))
      .min(1)
      .max(rights.length)
      .optional()
      .describe("Without a team: the rights the person gets on the whole process (default: view)."),
  })
  .refine((body) => !(body.teamId && body.rights), {
    message: "Give a team or rights, not both: a team's members hold the team's rights.",
    params: { code: "team_or_rights" },
    path: ["rights"],
  })
  .meta({ id: "ParticipationRequestAccept" });

export const participationRequestDecline = z
  .strictObject({
    reason: z.string().trim().min(1).max(2000).describe("Why not: the person who asked reads it."),
  })
  .meta({ id: "ParticipationRequestDecline" });

export const participationRequestQuery = z.strictObject({
  ...pageQuery,
  status: z.enum(["pending", "accepted", "declined"]).optional(),
});

export const participationRequestOutput = z
  .object({
    id: z.uuid(),
    processId: z.uuid(),
    person: z.object({ id: z.string(), name: z.string() }),
    reason: z.string(),
    status: z.enum(["pending", "accepted", "declined"]),
    createdAt: timestamp,
    decidedAt: timestamp.nullable(),
    answer: z.string().nullable().describe("Declined: the decider's reason."),
    teamId: z.uuid().nullable(),
    rights: z.array(z.enum(rights)).nullable(),
    can: canMap(["decide"] as const),
  })
  .meta({ id: "ParticipationRequest" });

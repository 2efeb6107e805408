import { z } from "zod";
import { claimStatuses, claimTextMaxLength } from "../../../common/claims.js";
import { canMap, timestamp, whyMap } from "../../http/schemas.js";

export const claimCreate = z
  .strictObject({
    description: z
      .string()
      .trim()
      .min(1)
      .max(claimTextMaxLength)
      .describe("What the person did on the item, in their own words."),
    assetId: z.uuid().optional().describe("One of the item's assets the work is in."),
  })
  .meta({ id: "ClaimCreate" });

export const claimReject = z
  .strictObject({
    reason: z.string().trim().min(1).max(claimTextMaxLength).describe("Why not: the claimant reads it."),
  })
  .meta({ id: "ClaimReject" });

export const claimOutput = z
  .object({
    id: z.uuid(),
    processId: z.uuid(),
    itemId: z.uuid(),
    person: z.object({ id: z.string(), name: z.string() }),
    description: z.string(),
    assetId: z.uuid().nullable(),
    status: z.enum(claimStatuses),
    createdAt: timestamp,
    decidedAt: timestamp.nullable(),
    decidedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    answer: z.string().nullable().describe("Rejected: the decider's reason."),
    can: canMap(["decide", "withdraw"] as const),
  })
  .meta({ id: "Claim" });

export const claimList = z
  .object({
    items: z.array(claimOutput),
    can: canMap(["claim", "decide"] as const).describe("Whether the reader may claim work here, and answer claims."),
    why: whyMap.describe("Why not, for each refused action of `can`."),
  })
  .meta({ id: "ClaimList" });

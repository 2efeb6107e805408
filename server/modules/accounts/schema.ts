import { z } from "zod";
import { platformRoles } from "../../../common/actors.js";
import { languages } from "../../../common/languages.js";
import { canMap, timestamp } from "../../http/schemas.js";
import { platformActions } from "../../policies/platform.js";

export const personName = z.string().trim().min(1).max(200);

export const profileUpdate = z
  .strictObject({
    name: personName.optional(),
    language: z.enum(languages).optional(),
  })
  .meta({ id: "ProfileUpdate" });

export const me = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    language: z.enum(languages),
    platformRole: z.enum(platformRoles),
    createdAt: timestamp,
    can: canMap(platformActions),
  })
  .meta({ id: "Me" });

export const userSummary = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable().describe("Shown only to those who manage the list, and to the person themself."),
  })
  .meta({ id: "UserSummary" });

/** Someone who runs a process or an organization, with whether the reader may remove them (never the last one). */
export const administrator = userSummary
  .extend({
    canRemove: z
      .boolean()
      .describe("The reader may remove this administrator: they manage administrators and another one remains."),
  })
  .meta({ id: "Administrator" });

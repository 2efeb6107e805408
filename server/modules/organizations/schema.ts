import { z } from "zod";
import { actorTypes, teamCreationModes, visibilities } from "../../../common/actors.js";
import { pageQuery } from "../../http/pagination.js";
import { canMap, queryFlag, timestamp, translatedOutput, translatedText } from "../../http/schemas.js";
import { organizationActions } from "../../policies/organization.js";

const logoUrl = z
  .url({ protocol: /^https?$/, message: "Must be an http or https URL." })
  .max(2000)
  .describe("An http(s) URL of the organization's logo.");

export const organizationCreate = z
  .strictObject({
    name: translatedText(200),
    description: translatedText(5000).optional(),
    type: z.enum(actorTypes),
    visibility: z.enum(visibilities),
    logoUrl: logoUrl.nullable().optional(),
    teamCreation: z.enum(teamCreationModes).default("administrators"),
  })
  .meta({ id: "OrganizationCreate" });

export const organizationUpdate = z
  .strictObject({
    name: translatedText(200).optional(),
    description: translatedText(5000).optional(),
    type: z.enum(actorTypes).optional(),
    visibility: z.enum(visibilities).optional(),
    logoUrl: logoUrl.nullable().optional(),
    teamCreation: z.enum(teamCreationModes).optional(),
  })
  .meta({ id: "OrganizationUpdate" });

export const organizationListQuery = z.strictObject({
  ...pageQuery,
  q: z.string().trim().min(1).max(200).optional().describe("Words in the name, in any language."),
  type: z.enum(actorTypes).optional(),
  mine: queryFlag.describe("Only organizations you administer or belong to through a team."),
});

export const organization = z
  .object({
    id: z.uuid(),
    name: translatedOutput,
    description: translatedOutput,
    type: z.enum(actorTypes),
    visibility: z.enum(visibilities),
    logoUrl: z.string().nullable(),
    teamCreation: z.enum(teamCreationModes),
    createdAt: timestamp,
    updatedAt: timestamp,
    can: canMap(organizationActions),
  })
  .meta({ id: "Organization" });

export const administratorParams = z.strictObject({ id: z.uuid(), userId: z.string().min(1).max(100) });

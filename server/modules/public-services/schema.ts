import { z } from "zod";
import { visibilities } from "../../../common/actors.js";
import {
  channelTypes,
  isDataTheme,
  isNaceSection,
  isSpatialTerm,
  serviceLanguageCodes,
  serviceLimits,
  serviceStatuses,
} from "../../../common/publicServices.js";
import { pageQuery } from "../../http/pagination.js";
import { canMap, queryFlag, timestamp, translatedOutput, translatedText } from "../../http/schemas.js";

const httpUrl = z
  .url({ protocol: /^https?$/, message: "Must be an http or https URL." })
  .max(serviceLimits.uri)
  .describe("An http(s) URL.");

/** A term of one of the EU controlled vocabularies CPSV-AP names: only their terms are taken. */
const termOf = (description: string, isTerm: (uri: string) => boolean, code: string) =>
  z
    .string()
    .max(serviceLimits.uri)
    .refine(isTerm, { message: `Not a term of ${description}.`, params: { code } })
    .describe(`A URI of ${description}.`);

const thematicArea = termOf(
  "the EU data themes (http://publications.europa.eu/resource/authority/data-theme/…)",
  isDataTheme,
  "unknown_thematic_area",
);
const sector = termOf(
  "the NACE rev. 2 sections (http://data.europa.eu/ux2/nace2/A … U)",
  isNaceSection,
  "unknown_sector",
);
const spatial = termOf(
  "the EU country or administrative-unit tables (http://publications.europa.eu/resource/authority/country/… or /atu/…)",
  isSpatialTerm,
  "unknown_spatial",
);

const text = (maxLength: number) => z.string().trim().min(1).max(maxLength);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(serviceLimits.listItems);

const channel = z
  .strictObject({
    type: z.enum(channelTypes),
    url: httpUrl.optional(),
    address: text(500).optional().describe("Where to go, for `in_person`."),
    phone: text(40).optional(),
    email: z.email().max(320).optional(),
  })
  .meta({ id: "PublicServiceChannel" });

const cost = z
  .strictObject({
    value: z.number().nonnegative().max(1e9),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "An ISO 4217 currency code, e.g. EUR.")
      .describe("ISO 4217, e.g. EUR."),
    description: text(serviceLimits.itemDescription).optional(),
  })
  .meta({ id: "PublicServiceCost" });

const namedThing = (id: string) =>
  z
    .strictObject({
      name: text(serviceLimits.itemName),
      description: text(serviceLimits.itemDescription).optional(),
    })
    .meta({ id });

const requirement = namedThing("PublicServiceRequirement");
const output = namedThing("PublicServiceOutput");

const contactPoint = z
  .strictObject({
    email: z.email().max(320).optional(),
    phone: text(40).optional(),
    url: httpUrl.optional(),
    openingHours: text(500).optional().describe("When it answers, in words."),
  })
  .meta({ id: "PublicServiceContactPoint" });

/** ISO 8601 durations as CPSV-AP's `cv:processingTime` (xsd:duration) takes them: P10D, PT2H, P1M2DT3H. */
const duration = z
  .string()
  .regex(
    /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/,
    "An ISO 8601 duration, e.g. P10D (ten days) or PT2H (two hours).",
  )
  .describe("ISO 8601 duration, e.g. P10D.");

/** What describes a service, as created; every field but the organization may be changed later. */
const describedFields = {
  identifier: text(200)
    .nullable()
    .optional()
    .describe("The administration's own identifier for the service (dct:identifier); the service's id if none."),
  name: translatedText(serviceLimits.name),
  description: translatedText(serviceLimits.description),
  keywords: z.array(text(serviceLimits.keyword)).max(serviceLimits.keywords).optional(),
  thematicAreas: list(thematicArea).optional(),
  sectors: list(sector).optional(),
  channels: list(channel).optional(),
  processingTime: duration.nullable().optional(),
  costs: list(cost).optional(),
  requirements: list(requirement).optional(),
  outputs: list(output).optional(),
  legalResources: list(httpUrl).optional(),
  languages: list(
    z.enum(Object.keys(serviceLanguageCodes) as [string, ...string[]], {
      message: "An ISO 639-1 code of a European language, e.g. lv.",
    }),
  ).optional(),
  spatial: list(spatial).optional(),
  status: z.enum(serviceStatuses).nullable().optional(),
  contactPoint: contactPoint.nullable().optional(),
  relatedServiceIds: list(z.uuid()).optional().describe("Other services of this platform it relates to."),
  visibility: z.enum(visibilities),
  processIds: list(z.uuid()).optional().describe("The co-production processes that improved it."),
};

export const publicServiceCreate = z
  .strictObject({
    organizationId: z.uuid().describe("The competent authority: a public administration."),
    ...describedFields,
  })
  .meta({ id: "PublicServiceCreate" });
export type PublicServiceCreate = z.infer<typeof publicServiceCreate>;

export const publicServiceUpdate = z
  .strictObject(
    Object.fromEntries(Object.entries(describedFields).map(([key, schema]) => [key, schema.optional()])) as {
      [K in keyof typeof describedFields]: z.ZodOptional<(typeof describedFields)[K]>;
    },
  )
  .meta({ id: "PublicServiceUpdate" });
export type PublicServiceUpdate = z.infer<typeof publicServiceUpdate>;

export const publicServiceListQuery = z.strictObject({
  ...pageQuery,
  q: z.string().trim().min(1).max(200).optional().describe("Words in its name, description or keywords."),
  organizationId: z.uuid().optional(),
  thematicArea: thematicArea.optional(),
  sector: sector.optional(),
  status: z.enum(serviceStatuses).optional(),
  mine: queryFlag.describe("Only services of organizations you administer."),
});

export const publicServiceImportQuery = z.strictObject({
  organizationId: z.uuid().describe("The organization that becomes the competent authority of the imported copy."),
});

const summary = z.object({ id: z.uuid(), name: translatedOutput });

export const publicService = z
  .object({
    id: z.uuid(),
    identifier: z.string().nullable().describe("The administration's own identifier; exports use the id when none."),
    organization: summary.describe("The competent authority."),
    name: translatedOutput,
    description: translatedOutput,
    keywords: z.array(z.string()),
    thematicAreas: z.array(z.string()),
    sectors: z.array(z.string()),
    channels: z.array(channel),
    processingTime: z.string().nullable(),
    costs: z.array(cost),
    requirements: z.array(requirement),
    outputs: z.array(output),
    legalResources: z.array(z.string()),
    languages: z.array(z.string()),
    spatial: z.array(z.string()),
    status: z.enum(serviceStatuses).nullable(),
    contactPoint: contactPoint.nullable(),
    relatedServices: z.array(summary).describe("Related services the reader may see."),
    visibility: z.enum(visibilities),
    processes: z
      .array(z.object({ id: z.uuid(), name: z.string() }))
      .describe("Processes that improved it, those the reader may see."),
    importedFrom: z.string().nullable().describe("The IRI the service had where it was imported from."),
    version: z.number().int(),
    createdAt: timestamp,
    updatedAt: timestamp,
    links: z.object({ page: z.string(), turtle: z.string(), jsonld: z.string() }),
    can: canMap(["update", "delete"] as const),
  })
  .meta({ id: "PublicService" });

export const publicServiceRevision = z
  .object({
    version: z.number().int(),
    changedAt: timestamp,
    changedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    fields: z.array(z.string()).describe("Which fields this version changed."),
  })
  .meta({ id: "PublicServiceRevision" });

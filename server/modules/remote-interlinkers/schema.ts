import { z } from "zod";
import { administrativeScopes, difficulties, interlinkerFunctions, licences } from "../../../common/coproduction.js";
import { languages } from "../../../common/languages.js";
import { pageQuery } from "../../http/pagination.js";
import { canMap, timestamp, translatedOutput, translatedText } from "../../http/schemas.js";
import { externalId } from "./protocol.js";

export const remoteInterlinkerActions = ["update", "delete"] as const;

/**
 * The base address of a service speaking the INTERLINK asset protocol: http(s) only, no credentials (they would
 * travel in every call and show in every page), no query or fragment (the protocol appends paths).
 */
// Each check below runs even when an earlier one failed (zod reports every issue at once), so each must cope with
// text that is no address at all: that one is reported by the z.url() above it, never as a thrown TypeError.
const parsed = (value: string) => (URL.canParse(value) ? new URL(value) : null);

export const serviceUrl = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/, message: "Give an http:// or https:// address." }))
  .refine(
    (value) => {
      const url = parsed(value);
      return !url || (url.username === "" && url.password === "");
    },
    {
      message: "Leave user names and passwords out of the address; the service must not need them in its URL.",
      params: { code: "url_has_credentials" },
    },
  )
  .refine(
    (value) => {
      const url = parsed(value);
      return !url || (url.search === "" && url.hash === "" && !value.includes("?") && !value.includes("#"));
    },
    { message: "Give the service's base address, without ? or #.", params: { code: "url_has_query" } },
  )
  .transform((value) => {
    const url = parsed(value);
    return url ? `${url.origin}${url.pathname.replace(/\/+$/, "")}` : value;
  })
  .describe("The service's base address; the platform calls `{serviceUrl}/healthcheck`, `{serviceUrl}/assets/…`.");

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "Not a valid problem profile id.");
const unique = <T>(list: T[]) => new Set(list).size === list.length;
const functions = z
  .array(z.enum(interlinkerFunctions))
  .min(1, "Choose at least one function the tool serves.")
  .max(interlinkerFunctions.length)
  .refine(unique, { message: "Each function once.", params: { code: "duplicate_entries" } });
const problemProfiles = z
  .array(slug)
  .max(20)
  .refine(unique, { message: "Each problem profile once.", params: { code: "duplicate_entries" } });
const tags = z.array(z.string().trim().min(1).max(50)).max(20);
const scopes = z
  .array(z.enum(administrativeScopes))
  .max(administrativeScopes.length)
  .refine(unique, { message: "Each scope once.", params: { code: "duplicate_entries" } });
const spoken = z
  .array(z.enum(languages))
  .min(1)
  .max(languages.length)
  .refine(unique, { message: "Each language once.", params: { code: "duplicate_entries" } });

export const remoteInterlinkerCreate = z
  .strictObject({
    serviceUrl,
    name: translatedText(200),
    description: translatedText(2000),
    instructions: translatedText(5000).optional(),
    functions,
    problemProfiles: problemProfiles.optional(),
    tags: tags.optional(),
    licence: z.enum(licences).optional().describe("Default: proprietary (claims nothing about the tool's licence)."),
    difficulty: z.enum(difficulties).optional().describe("Default: medium."),
    administrativeScopes: scopes.optional(),
    languages: spoken.optional().describe("Default: the languages its name is given in."),
  })
  .meta({ id: "RemoteInterlinkerCreate" });

export const remoteInterlinkerUpdate = remoteInterlinkerCreate
  .partial()
  .refine((value) => Object.keys(value).length > 0, {
    message: "Give at least one field to change.",
    params: { code: "nothing_to_change" },
  })
  .meta({ id: "RemoteInterlinkerUpdate" });

export const remoteInterlinkerListQuery = z.strictObject({ ...pageQuery });

const health = z
  .object({
    status: z.enum(["up", "down"]),
    detail: z.string().nullable().describe("When down: why, as a sentence."),
    checkedAt: timestamp,
  })
  .meta({ id: "RemoteServiceHealth" });

export const remoteInterlinker = z
  .object({
    id: z.uuid(),
    name: translatedOutput,
    description: translatedOutput,
    instructions: translatedOutput,
    functions: z.array(z.enum(interlinkerFunctions)),
    problemProfiles: z.array(z.string()),
    tags: z.array(z.string()),
    licence: z.enum(licences),
    difficulty: z.enum(difficulties),
    administrativeScopes: z.array(z.enum(administrativeScopes)),
    languages: z.array(z.enum(languages)),
    serviceUrl: z.string(),
    serviceOrigin: z.string(),
    assetCount: z.number().int().describe("Assets in co-production processes that live in this service."),
    health: health.describe("Checked live with the service's /healthcheck when this answer was made."),
    createdAt: timestamp,
    updatedAt: timestamp,
    can: canMap(remoteInterlinkerActions),
  })
  .meta({ id: "RemoteInterlinker" });

/** What anyone needs to add a remote tool's asset in the browser: where to open its creation page. */
export const remoteTool = z
  .object({
    id: z.uuid(),
    name: translatedOutput,
    description: translatedOutput,
    functions: z.array(z.enum(interlinkerFunctions)),
    serviceOrigin: z.string().describe("The only origin whose `asset_created` message the browser may accept."),
    instantiateUrl: z.string().describe("`{serviceUrl}/assets/instantiate`, opened in a popup."),
  })
  .meta({ id: "RemoteTool" });

/** A remote asset as its page opens it, after the service confirmed it still has it. */
export const remoteAssetView = z
  .object({
    assetId: z.uuid(),
    interlinkerId: z.uuid(),
    serviceName: translatedOutput,
    serviceOrigin: z.string(),
    externalId: z.string(),
    viewUrl: z.string().describe("`{serviceUrl}/assets/{externalId}/view`, to embed or open in a new tab."),
    remoteName: z.string().nullable().describe("The name the service gives the asset, if any."),
  })
  .meta({ id: "RemoteAssetView" });

/** `input` of `POST /tasks/:id/assets` for a remote interlinker: the id the service posted to the browser. */
export const remoteAssetInput = z.strictObject({ externalId });

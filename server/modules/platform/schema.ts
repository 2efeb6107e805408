import { z } from "zod";
import { languages } from "../../../common/languages.js";
import { jobStates } from "../../db/schema/index.js";
import { pageQuery } from "../../http/pagination.js";
import { timestamp } from "../../http/schemas.js";

export const platformOutput = z
  .object({
    name: z.string(),
    primaryColor: z.string(),
    logoUrl: z.string().nullable(),
    languages: z.array(z.enum(languages)),
  })
  .meta({ id: "Platform" });

export const jobListQuery = z.strictObject({
  state: z.enum(jobStates).default("dead").describe("Which jobs: `dead` (out of tries), `ready` or `running`."),
  ...pageQuery,
});

/** A background job as its administrators see it; the payload stays inside (it may name people). */
export const jobOutput = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    state: z.enum(jobStates),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    runAt: timestamp,
    lastError: z.string().nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "Job" });

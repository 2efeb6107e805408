import { z } from "zod";
import { governedActions } from "../../common/governance.js";
import { languages } from "../../common/languages.js";

/** Text in one or more of our languages; at least one must be given. */
export const translatedText = (maxLength: number) =>
  z
    .strictObject(
      Object.fromEntries(languages.map((language) => [language, z.string().trim().min(1).max(maxLength).optional()])),
    )
    .refine((text) => Object.values(text).some((value) => value !== undefined), {
      message: "Give the text in at least one language (en, es, it, lv).",
      params: { code: "text_required" },
    })
    .meta({ description: `Text keyed by language (${languages.join(", ")}); English is the fallback.` });

/** As stored and returned: any subset of languages, possibly empty. */
export const translatedOutput = z
  .object(Object.fromEntries(languages.map((language) => [language, z.string().optional()])))
  .meta({ id: "Translated" });

export const idParams = z.strictObject({ id: z.uuid({ message: "Not a valid id." }) });

export const timestamp = z.iso.datetime({ offset: true });

/** `can: {action: boolean}` for the listed actions, so the UI never guesses what a user may do. */
export const canMap = <const A extends string>(actions: readonly A[]) =>
  z.object(Object.fromEntries(actions.map((action) => [action, z.boolean()])) as Record<A, z.ZodBoolean>);

/** `why: {action: {code, message}}` for the refused actions of a `can` map: what decided, and the sentence. */
export const whyMap = z
  .record(
    z.string(),
    z.object({
      code: z.string().describe("`rule` when the process's rulebook decided, `sign_in`, or `not_allowed`."),
      message: z.string(),
      rule: z
        .object({
          action: z.enum(governedActions),
          permittedBy: z.array(z.string()).describe("Empty: no rule names the step, so only administrators may."),
          sides: z.array(z.array(z.string())).optional(),
        })
        .optional()
        .describe("With `code: rule`: the rule that decided, for a client to word in its reader's language."),
    }),
  )
  .meta({ id: "Why" });

export const emptyBody = z.strictObject({}).nullish();

/** Boolean query flags as `?mine=true` / `?mine=false`. */
export const queryFlag = z
  .enum(["true", "false"])
  .transform((value) => value === "true")
  .optional();

import { z } from "zod";
import { canMap, languages, pageQuery, timestamp, translatedOutput } from "../sdk/server.js";
import { contextLength, translatableFields } from "./anchor.js";
import { augmenterActions } from "./policy.js";

/** An asset keeps at most this many suggestions: counting them per passage reads them all. */
export const maxSuggestions = 2000;
export const maxSuggestionLength = 5000;
export const maxReasonLength = 2000;
/** A service's description is at most 20,000 characters; no passage is longer. */
const maxPosition = 20_000;

export const suggestionStatuses = ["open", "accepted", "rejected", "orphaned"] as const;

const id = z.uuid({ message: "Not a valid id." });

/** What a team gives when it adds the tool to a task: the public service whose description it improves. */
export const creationInput = z.strictObject({ publicServiceId: id });
export type CreationInput = z.output<typeof creationInput>;

/**
 * The passage as its author selected it: the quote, a little of what surrounds it (to tell repeated phrases apart),
 * and where it starts and ends in the field's text (UTF-16 code units, as the browser counts).
 */
export const anchorInput = z
  .strictObject({
    field: z.enum(translatableFields),
    language: z.enum(languages),
    exact: z.string().min(1).max(maxPosition),
    prefix: z.string().max(contextLength).default(""),
    suffix: z.string().max(contextLength).default(""),
    start: z.int().min(0).max(maxPosition),
    end: z.int().min(1).max(maxPosition),
  })
  .refine((anchor) => anchor.end - anchor.start === anchor.exact.length, {
    message: "`end` − `start` must be the length of `exact`.",
    params: { code: "augmenter.range_mismatch" },
    path: ["end"],
  });

export const suggestBody = z
  .strictObject({
    anchor: anchorInput,
    /** A replacement for the passage (it may be empty: take the passage out), or a comment on it. */
    kind: z.enum(["replacement", "comment"]),
    text: z.string().max(maxSuggestionLength),
  })
  .refine((body) => body.kind === "replacement" || body.text.trim() !== "", {
    message: "Write the comment.",
    params: { code: "augmenter.comment_required" },
    path: ["text"],
  });

export const suggestionParams = z.strictObject({ suggestionId: id });

export const rejectBody = z.strictObject({ reason: z.string().trim().min(1).max(maxReasonLength) });

/** Overlapping suggestions on one passage taken in as one text, which replaces everything they cover. */
export const mergeBody = z.strictObject({
  suggestionIds: z.array(id).min(2).max(50),
  text: z.string().max(maxPosition),
});

export const listQuery = z.strictObject({
  ...pageQuery,
  status: z.enum(suggestionStatuses).optional(),
  field: z.enum(translatableFields).optional(),
  language: z.enum(languages).optional(),
});

export const exportQuery = z.strictObject({ format: z.enum(["json", "csv"]).default("json") });

const person = z.object({ id: z.string(), name: z.string() }).meta({ id: "AugmenterPerson" });

export const suggestionOutput = z
  .object({
    id: z.uuid(),
    field: z.enum(translatableFields),
    language: z.enum(languages),
    /** The passage as its author selected it. */
    anchor: z.object({
      exact: z.string(),
      prefix: z.string(),
      suffix: z.string(),
      start: z.int(),
      end: z.int(),
    }),
    /** Where the passage is in the text now; null when it is no longer there (orphaned) or the suggestion is closed. */
    located: z.object({ start: z.int(), end: z.int() }).nullable(),
    kind: z.enum(["replacement", "comment"]),
    text: z.string(),
    status: z.enum(suggestionStatuses),
    reason: z.string().nullable(),
    /** What went into the service: the replacement, or a merge's text. */
    appliedText: z.string().nullable(),
    mergeId: z.uuid().nullable(),
    author: person.nullable(),
    decidedBy: person.nullable(),
    decidedAt: timestamp.nullable(),
    createdAt: timestamp,
  })
  .meta({ id: "AugmenterSuggestion" });
export type SuggestionOutput = z.output<typeof suggestionOutput>;

export const suggestionPage = z.object({ items: z.array(suggestionOutput), nextCursor: z.string().nullable() });

const passage = z.object({
  field: z.enum(translatableFields),
  language: z.enum(languages),
  start: z.int(),
  end: z.int(),
  /** How many open suggestions cover this stretch. */
  count: z.int(),
});

export const augmenterOutput = z
  .object({
    assetId: z.uuid(),
    /** The service's texts; null when the service was deleted since. */
    service: z
      .object({
        id: z.uuid(),
        name: translatedOutput,
        description: translatedOutput,
        version: z.int(),
        /** Whether the reader may change the service itself (accepting needs it, on top of moderating). */
        canUpdate: z.boolean(),
      })
      .nullable(),
    passages: z.array(passage),
    counts: z.object({ open: z.int(), accepted: z.int(), rejected: z.int(), orphaned: z.int() }),
    can: canMap(augmenterActions),
  })
  .meta({ id: "Augmenter" });
export type AugmenterOutput = z.output<typeof augmenterOutput>;

export const mergeOutput = z.object({ items: z.array(suggestionOutput) });

import { z } from "zod";
import {
  maxScore,
  type PollType,
  pollTypeIds,
  type SlotAnswer,
  type Stance,
  slotAnswers,
  stances,
  type Tally,
  type TallyOption,
  tallyApproval,
  tallyDotVote,
  tallyMeetingTime,
  tallyProposal,
  tallyRankedChoice,
  tallyScore,
  tallySingleChoice,
} from "./tally.js";

export { type PollType, pollTypeIds };

export const maxDots = 100;
const maxOptions = 30;
const optionId = z.uuid({ message: "Not an option id." });
const optionIdList = z.array(optionId).min(1, "Choose at least one option.").max(maxOptions);

/** A problem with one part of a ballot; `path` is under the ballot's field (`["dots", id]`). */
export interface BallotIssue {
  path: (string | number)[];
  code: string;
  params?: Record<string, number>;
  message: string;
}

interface CheckContext {
  optionIds: readonly string[];
  dots: number | null;
}

/** One poll type, described as data: what its options are, what a ballot looks like and how it is counted. */
interface PollTypeDefinition<Value> {
  /** How many options the creator lists; `null` for a proposal's four fixed stances. */
  options: { min: number; max: number } | null;
  /** Whether the poll gives each voter a budget of dots. */
  takesDots: boolean;
  /** The one field of a ballot for this type, and its shape. */
  field: string;
  shape: z.ZodType<Value>;
  /** How a person would write the ballot, for error messages. */
  example: string;
  /** What the shape cannot say: that options exist, appear once, stay within the budget, are all answered. */
  check(value: Value, context: CheckContext): BallotIssue[];
  tally(options: readonly TallyOption[], ballots: Value[]): Tally;
}

/** Each entry is typed by its own ballot value; the table holds them side by side, their values unknown. */
const define = <Value>(definition: PollTypeDefinition<Value>) => definition as unknown as PollTypeDefinition<unknown>;

function unknownOptions(field: string, ids: readonly string[], context: CheckContext): BallotIssue[] {
  return ids.flatMap((id, index) =>
    context.optionIds.includes(id)
      ? []
      : [{ path: [field, index], code: "no_such_option", message: "This poll has no such option." }],
  );
}

function unknownKeys(field: string, ids: readonly string[], context: CheckContext): BallotIssue[] {
  return ids.flatMap((id) =>
    context.optionIds.includes(id)
      ? []
      : [{ path: [field, id], code: "no_such_option", message: "This poll has no such option." }],
  );
}

function duplicates(field: string, ids: readonly string[]): BallotIssue[] {
  return ids.flatMap((id, index) =>
    ids.indexOf(id) === index
      ? []
      : [{ path: [field, index], code: "duplicate_option", message: "Each option may appear only once." }],
  );
}

function everyOption(field: string, given: Record<string, unknown>, context: CheckContext, code: string, what: string) {
  return context.optionIds.flatMap((id) => (id in given ? [] : [{ path: [field, id], code, message: what }]));
}

export const pollTypes = {
  proposal: define<Stance>({
    options: null,
    takesDots: false,
    field: "stance",
    shape: z.enum(stances, { message: `A stance is one of ${stances.join(", ")}.` }),
    example: '{"stance": "agree" | "abstain" | "disagree" | "block"}',
    check: () => [],
    tally: (options, ballots) =>
      tallyProposal(
        options,
        ballots.map((stance) => ({ stance })),
      ),
  }),
  single_choice: define<string>({
    options: { min: 2, max: 20 },
    takesDots: false,
    field: "optionId",
    shape: optionId,
    example: '{"optionId": "…"}',
    check: (value, context) =>
      unknownOptions("optionId", [value], context).map((issue) => ({ ...issue, path: ["optionId"] })),
    tally: (options, ballots) =>
      tallySingleChoice(
        options,
        ballots.map((id) => ({ optionId: id })),
      ),
  }),
  approval: define<string[]>({
    options: { min: 2, max: 20 },
    takesDots: false,
    field: "optionIds",
    shape: optionIdList,
    example: '{"optionIds": ["…", "…"]}',
    check: (value, context) => [...unknownOptions("optionIds", value, context), ...duplicates("optionIds", value)],
    tally: (options, ballots) =>
      tallyApproval(
        options,
        ballots.map((ids) => ({ optionIds: ids })),
      ),
  }),
  ranked_choice: define<string[]>({
    options: { min: 2, max: 20 },
    takesDots: false,
    field: "ranking",
    shape: optionIdList,
    example: '{"ranking": ["first choice", "second choice", …]}',
    check: (value, context) => [...unknownOptions("ranking", value, context), ...duplicates("ranking", value)],
    tally: (options, ballots) =>
      tallyRankedChoice(
        options,
        ballots.map((ranking) => ({ ranking })),
      ),
  }),
  dot_vote: define<Record<string, number>>({
    options: { min: 2, max: 20 },
    takesDots: true,
    field: "dots",
    shape: z.record(
      optionId,
      z.number().int("Dots are whole numbers.").min(0, "Dots cannot be negative.").max(maxDots),
    ),
    example: '{"dots": {"optionId": 2, …}}',
    check: (value, context) => {
      const issues = unknownKeys("dots", Object.keys(value), context);
      const spent = Object.values(value).reduce((sum, dots) => sum + dots, 0);
      if (spent === 0) issues.push({ path: ["dots"], code: "dots_required", message: "Place at least one dot." });
      if (context.dots !== null && spent > context.dots) {
        issues.push({
          path: ["dots"],
          code: "too_many_dots",
          params: { dots: context.dots, spent },
          message: `You have ${context.dots} dots and placed ${spent}.`,
        });
      }
      return issues;
    },
    tally: (options, ballots) =>
      tallyDotVote(
        options,
        ballots.map((dots) => ({ dots })),
      ),
  }),
  score: define<Record<string, number>>({
    options: { min: 2, max: 20 },
    takesDots: false,
    field: "scores",
    shape: z.record(
      optionId,
      z
        .number()
        .int("Scores are whole numbers.")
        .min(0, `A score is from 0 to ${maxScore}.`)
        .max(maxScore, `A score is from 0 to ${maxScore}.`),
    ),
    example: '{"scores": {"optionId": 0…5, …}} with every option scored',
    check: (value, context) => [
      ...unknownKeys("scores", Object.keys(value), context),
      ...everyOption("scores", value, context, "score_required", "Give this option a score (0 is fine)."),
    ],
    tally: (options, ballots) =>
      tallyScore(
        options,
        ballots.map((scores) => ({ scores })),
      ),
  }),
  meeting_time: define<Record<string, SlotAnswer>>({
    options: { min: 2, max: maxOptions },
    takesDots: false,
    field: "slots",
    shape: z.record(optionId, z.enum(slotAnswers, { message: `Answer ${slotAnswers.join(", ")}.` })),
    example: '{"slots": {"optionId": "yes" | "maybe" | "no", …}} with every slot answered',
    check: (value, context) => [
      ...unknownKeys("slots", Object.keys(value), context),
      ...everyOption("slots", value, context, "slot_answer_required", "Answer yes, maybe or no for this time."),
    ],
    tally: (options, ballots) =>
      tallyMeetingTime(
        options,
        ballots.map((slots) => ({ slots })),
      ),
  }),
} satisfies Record<PollType, PollTypeDefinition<unknown>>;

/** Counts stored ballots (each `{<field>: value}`) with the poll type's method. */
export function tallyPoll(type: PollType, options: readonly TallyOption[], ballots: Record<string, unknown>[]): Tally {
  const definition = pollTypes[type];
  return definition.tally(
    options,
    ballots.map((ballot) => ballot[definition.field]),
  );
}

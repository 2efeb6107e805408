import { eq } from "drizzle-orm";
import { z } from "zod";
import { type AssetRow, type Database, invalid } from "../sdk/server.js";
import { maxDescriptionLength, maxLabelLength, maxOutcomeLength, storedResult } from "./input.js";
import { maxDots, pollTypeIds } from "./poll-types.js";
import { publicResult } from "./presenter.js";
import { frozenResult, insertPoll, readPoll } from "./service.js";
import { decisionPoll } from "./tables.js";
import { stances } from "./tally.js";

// A decision leaving or entering a process: copied with the process, exported with it, imported into a new one.

const exportFormat = z.strictObject({
  format: z.literal("interlink-decision"),
  version: z.literal(1),
  definition: z.strictObject({
    type: z.enum(pollTypeIds),
    description: z.string().max(maxDescriptionLength).nullable().optional(),
    options: z
      .array(
        z.strictObject({ id: z.string(), label: z.string().max(maxLabelLength), stance: z.enum(stances).nullable() }),
      )
      .max(30),
    closesAt: z.string().nullable(),
    quorumPercent: z.number().int().min(1).max(100).nullable(),
    anonymous: z.boolean(),
    hideResultsUntilClosed: z.boolean(),
    dots: z.number().int().min(1).max(maxDots).nullable(),
    voters: z.strictObject({ teams: z.array(z.string()) }).nullable(),
  }),
  closed: z
    .strictObject({
      closedAt: z.string(),
      outcome: z.string().max(maxOutcomeLength).nullable(),
      result: storedResult.nullable(),
    })
    .nullable(),
});

/** A copy is a fresh poll on the same question: no ballots, no outcome, and no closing time already past. */
export async function clonePoll(options: { tx: Database; source: AssetRow; target: AssetRow }): Promise<void> {
  const { tx } = options;
  const { poll, options: pollOptions } = await readPoll({ db: tx, assetId: options.source.id });
  await insertPoll({
    tx,
    assetId: options.target.id,
    definition: {
      type: poll.type,
      description: poll.description,
      closesAt: poll.closesAt && poll.closesAt > new Date() ? poll.closesAt : null,
      quorumPercent: poll.quorumPercent,
      anonymous: poll.anonymous,
      hideResultsUntilClosed: poll.hideResultsUntilClosed,
      dots: poll.dots,
      voterTeamIds: poll.voterTeamIds,
    },
    options: pollOptions,
  });
}

export async function exportPoll(options: { db: Database; asset: AssetRow }) {
  const { poll, options: pollOptions } = await readPoll({ db: options.db, assetId: options.asset.id });
  const result = frozenResult(poll);
  const content: z.infer<typeof exportFormat> = {
    format: "interlink-decision",
    version: 1,
    definition: {
      type: poll.type,
      description: poll.description,
      options: pollOptions.map((option) => ({ id: option.id, label: option.label, stance: option.stance ?? null })),
      closesAt: poll.closesAt?.toISOString() ?? null,
      quorumPercent: poll.quorumPercent,
      anonymous: poll.anonymous,
      hideResultsUntilClosed: poll.hideResultsUntilClosed,
      dots: poll.dots,
      voters: poll.voterTeamIds ? { teams: poll.voterTeamIds } : null,
    },
    // Only the aggregate result leaves the platform, never who voted what.
    closed: poll.closedAt
      ? { closedAt: poll.closedAt.toISOString(), outcome: poll.outcome, result: result ? publicResult(result) : null }
      : null,
  };
  return { mediaType: "application/json", content: JSON.stringify(content, null, 2) };
}

export async function importPoll(options: { tx: Database; asset: AssetRow; content: string }): Promise<void> {
  const { tx, asset } = options;
  let parsed: z.infer<typeof exportFormat>;
  try {
    parsed = exportFormat.parse(JSON.parse(options.content));
  } catch {
    throw invalid([
      {
        path: "body.assets",
        code: "not_decision_export",
        params: { name: asset.name },
        message: `The decision "${asset.name}" is not in the decision export format.`,
      },
    ]);
  }
  const { definition, closed } = parsed;
  const created = await insertPoll({
    tx,
    assetId: asset.id,
    definition: {
      type: definition.type,
      description: definition.description ?? null,
      closesAt: definition.closesAt ? new Date(definition.closesAt) : null,
      quorumPercent: definition.quorumPercent,
      anonymous: definition.anonymous,
      hideResultsUntilClosed: definition.hideResultsUntilClosed,
      dots: definition.dots,
      voterTeamIds: definition.voters?.teams.filter((id) => z.uuid().safeParse(id).success) ?? null,
    },
    options: definition.options,
  });
  if (!closed) return;
  // The result names options by id: the imported options have new ones.
  let result = closed.result ? JSON.stringify(closed.result) : null;
  definition.options.forEach((option, index) => {
    result = result?.split(option.id).join(created[index]!.id) ?? null;
  });
  await tx
    .update(decisionPoll)
    .set({ closedAt: new Date(closed.closedAt), outcome: closed.outcome, result: result ? JSON.parse(result) : null })
    .where(eq(decisionPoll.assetId, asset.id));
}

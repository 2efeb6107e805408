import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { GovernanceModel } from "../../../common/coproduction.js";
import { type Rule, rulebookPresets } from "../../../common/governance.js";
import type { Database } from "../../db/client.js";
import { process, processRule } from "../../db/schema/index.js";
import { invalid } from "../../http/problem.js";
import type { Actor } from "../../policies/index.js";
import { appendActivity } from "../activity/service.js";
import type { ProcessTree } from "./access.js";
import { replacePresetGates } from "./gates.js";
import type { governanceUpdate } from "./schema.js";

/** A fresh copy of a model's preset, so nothing written later can change the shared data. */
export const presetRules = (model: GovernanceModel): Rule[] => structuredClone(rulebookPresets[model].rules);

/** Replaces a process's rules with these, in their order; inside `tx`. */
export async function writeRules(tx: Database, options: { processId: string; rules: readonly Rule[] }): Promise<void> {
  await tx.delete(processRule).where(eq(processRule.processId, options.processId));
  if (options.rules.length === 0) return;
  await tx.insert(processRule).values(
    options.rules.map((rule, position) => ({
      processId: options.processId,
      itemId: rule.itemId ?? null,
      action: rule.action,
      permittedBy: rule.permittedBy,
      sides: rule.sides ?? null,
      position,
    })),
  );
}

/** A rule as it travels to a clone or an export: its item by reference (the source's item id). */
export interface PortableRule extends Omit<Rule, "itemId"> {
  itemRef?: string;
}

export const portableRules = (rules: readonly Rule[]): PortableRule[] =>
  rules.map(({ itemId, ...rule }) => (itemId ? { ...rule, itemRef: itemId } : rule));

/**
 * The rules of a copy, their items renamed to the copy's; a rule on an item the copy does not have is refused, so
 * an imported document cannot put a rule on nothing.
 */
export function rulesFromPortable(rules: readonly PortableRule[], itemIds: Map<string, string>, path: string): Rule[] {
  return rules.map(({ itemRef, ...rule }, index) => {
    if (itemRef === undefined) return rule;
    const itemId = itemIds.get(itemRef);
    if (!itemId) {
      throw invalid([
        { path: `${path}.${index}.itemRef`, code: "unknown_reference", message: "Not an item of this document." },
      ]);
    }
    return { ...rule, itemId };
  });
}

/**
 * Changes how a process is governed: a model alone resets the rules to its preset, rules replace them whole
 * (with a model too, they are that model's adjusted rules). The trail keeps the rulebook before and after.
 */
export async function replaceGovernance(
  db: Database,
  options: { actor: Actor; tree: ProcessTree; input: z.infer<typeof governanceUpdate> },
): Promise<void> {
  const { actor, tree, input } = options;
  const known = new Set(tree.items.map((entry) => entry.id));
  for (const [index, rule] of (input.rules ?? []).entries()) {
    if (rule.itemId && !known.has(rule.itemId)) {
      throw invalid([
        { path: `body.rules.${index}.itemId`, code: "not_an_item_of_process", message: "Not an item of this process." },
      ]);
    }
  }
  const before = { model: tree.process.governanceModel, rules: tree.subject.governance!.rules };
  const model = input.model ?? before.model;
  const rules: Rule[] = input.rules ?? (input.model ? presetRules(input.model) : [...before.rules]);
  await db.transaction((tx) => writeGovernance(tx, { actor, processId: tree.process.id, before, model, rules }));
}

/** Writes a process's model and rules and the trail's entry with both rulebooks; inside `tx`. */
export async function writeGovernance(
  tx: Database,
  options: {
    actor: Actor;
    processId: string;
    before: { model: GovernanceModel; rules: readonly Rule[] };
    model: GovernanceModel;
    rules: readonly Rule[];
  },
): Promise<void> {
  const { actor, processId, before, model, rules } = options;
  if (model !== before.model) {
    await tx.update(process).set({ governanceModel: model, updatedAt: new Date() }).where(eq(process.id, processId));
  }
  await writeRules(tx, { processId, rules });
  // Another model brings its preset's gates (on items nobody has given a verdict on yet).
  const gates = model !== before.model ? await replacePresetGates(tx, { processId, model }) : null;
  await appendActivity(tx, {
    processId,
    actorId: actor.userId,
    action: "governance.changed",
    targetType: "process",
    targetId: processId,
    summary: gates
      ? { before: { ...before, gates: gates.before }, after: { model, rules, gates: gates.after } }
      : { before, after: { model, rules } },
  });
}

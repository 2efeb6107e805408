import type { ItemType } from "../../common/coproduction.js";
import type { Gate } from "../../common/governance.js";
import type { MaybeActor } from "./actor.js";
import { type GovernedScope, joined, matchesParty } from "./rulebook.js";
import { allow, type Decision, deny } from "./verdict.js";

/**
 * Who may sign off an item's gate (issue #12, docs/governance.md "Sign-off gates"): only the people its approvers
 * name, matched through the rulebook's party facts. Nobody else, not a process or platform administrator either
 * (unless the gate names administrators): a gate is the check on those who run the process.
 */

/** What the gate's questions read of an item subject (process.ts ItemSubject, which imports this file). */
interface GatedItem {
  type: ItemType;
  gate?: Gate;
  process: GovernedScope;
}

/** The sentence naming who signs off this item's gate. */
export function gateSentence(gate: Gate, item: Pick<GatedItem, "type">): string {
  if (gate.sides) {
    const sides = gate.sides.map((side) => joined(side)).join(" and ");
    return `Signing off this ${item.type} takes an approval from each side: ${sides}.`;
  }
  const count = gate.required > 1 ? ` (${gate.required} approvals)` : "";
  return `Only ${joined(gate.approvers)} may sign off this ${item.type}${count}.`;
}

/** Approving and rejecting are one question: whether the actor is among the gate's approvers. */
export function explainGate(actor: MaybeActor, item: GatedItem): Decision {
  if (!item.gate) return deny(`This ${item.type} has no sign-off gate.`, "no_gate");
  if (!actor) return deny("Sign in first.", "sign_in");
  const sentence = gateSentence(item.gate, item);
  const values = item.gate.sides ? item.gate.sides.flat() : item.gate.approvers;
  return values.some((value) => matchesParty(actor, value, item.process)) ? allow(sentence) : deny(sentence, "gate");
}

/** The sides of a two-key gate the actor stands for (empty for a gate without sides). */
export function gateSidesOf(actor: MaybeActor, gate: Gate, item: GatedItem): number[] {
  return (gate.sides ?? []).flatMap((side, index) =>
    side.some((value) => matchesParty(actor, value, item.process)) ? [index] : [],
  );
}

import type { GovernedAction, PermittedBy } from "../../common/governance.js";

/**
 * The rule of the process's rulebook that refused a step, as data: a client words it in the reader's language
 * (the `reason` is the English sentence). An empty `permittedBy` means no rule names the step, so only the
 * process's administrators may take it.
 */
export interface RefusingRule {
  action: GovernedAction;
  permittedBy: PermittedBy[];
  sides?: PermittedBy[][];
}

/** A policy's answer with the reason, so a refusal can tell the person why and `explain` can show it. */
export interface Decision {
  allowed: boolean;
  reason: string;
  /**
   * A stable code for a refusal, for clients to translate and act on: `rule` when the process's rulebook decided,
   * `sign_in` for the anonymous, or one the person can act on (e.g. `email_not_verified`).
   */
  code?: string;
  /** With `code: "rule"`: the rule that decided. */
  rule?: RefusingRule;
}

export const allow = (reason: string): Decision => ({ allowed: true, reason });
export const deny = (reason: string, code?: string): Decision =>
  code ? { allowed: false, reason, code } : { allowed: false, reason };
/** A refusal by the rulebook, naming the rule so the web can say who may instead. */
export const denyByRule = (reason: string, rule: RefusingRule): Decision => ({
  allowed: false,
  reason,
  code: "rule",
  rule,
});

/** A refused action's reason as presenters send it: what decided (`rule`, `sign_in`, `not_allowed`) and why. */
export interface Why {
  code: string;
  message: string;
  /** When the rulebook refused: the rule, for the web to word in the reader's language. */
  rule?: RefusingRule;
}

/** A refusal as presenters send it. */
export function whyOf(decision: Decision): Why {
  const why: Why = { code: decision.code ?? "not_allowed", message: decision.reason };
  if (decision.rule) why.rule = decision.rule;
  return why;
}

/**
 * A policy's refusals under the names a presented `can` map gives those actions (`{reply: "take_part"}`), so every
 * presenter carries the why the same way.
 */
export function whyUnder<const P extends string, A extends string>(
  why: Partial<Record<A, Why>>,
  names: Record<P, A>,
): Partial<Record<P, Why>> {
  const presented: Partial<Record<P, Why>> = {};
  for (const [name, action] of Object.entries(names) as [P, A][]) {
    const refusal = why[action];
    if (refusal) presented[name] = refusal;
  }
  return presented;
}

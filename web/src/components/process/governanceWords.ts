import type { TFunction } from "i18next";
import { type ActorType, actorTypes } from "../../../../common/actors";
import type { GovernedAction } from "../../../../common/governance";

/**
 * A rule as the reader reads it, in their language: the rulebook page lists every rule this way, and a refusal
 * (`why.rule`) is the same sentence where the button would be. The server's English sentence stays the fallback
 * for refusals that name no rule.
 */
export interface RuleWords {
  action: GovernedAction;
  permittedBy: readonly string[];
  sides?: readonly (readonly string[])[];
}

export interface WhyWords {
  code: string;
  message: string;
  rule?: RuleWords;
}

/** Who one permitted-by value means, as a plural noun phrase ("members of citizen teams taking part"). */
export function partyName(t: TFunction, value: string): string {
  if (value === "administrators" || value === "participants" || value === "signed_in") {
    return t(`governance.party.${value}`);
  }
  if (value.startsWith("teams_of_type:")) {
    const type = value.slice(14) as ActorType;
    if (actorTypes.includes(type)) return t(`governance.party.teamsOfType.${type}`);
  }
  return t("governance.party.teams");
}

/** "a, b or c" (or "a, b and c") as the reader's language joins them. */
export function joinedNames(language: string, names: string[], type: "disjunction" | "conjunction"): string {
  return new Intl.ListFormat(language, { type }).format(names);
}

/** The sentence saying who may take the step a rule governs. */
export function ruleSentence(t: TFunction, language: string, rule: RuleWords): string {
  const what = t(`governance.what.${rule.action}`);
  if (rule.permittedBy.length === 0) return t("governance.sentence.nobody", { what });
  if (rule.sides && rule.sides.length > 1) {
    const sides = rule.sides.map((side) =>
      joinedNames(
        language,
        side.map((value) => partyName(t, value)),
        "disjunction",
      ),
    );
    return t("governance.sentence.twoKeys", { what, sides: joinedNames(language, sides, "conjunction") });
  }
  const who = joinedNames(
    language,
    rule.permittedBy.map((value) => partyName(t, value)),
    "disjunction",
  );
  return t("governance.sentence.only", { what, who });
}

/** Why an action is refused, in the reader's language: the rule when the rulebook decided, else the server's. */
export function whySentence(t: TFunction, language: string, why: WhyWords): string {
  if (why.rule) return ruleSentence(t, language, why.rule);
  if (why.code === "sign_in") return t("governance.why.signIn");
  return language === "en" ? why.message : t("governance.why.notAllowed");
}

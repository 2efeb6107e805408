import type { ActorType } from "../../common/actors.js";
import type { GovernanceModel } from "../../common/coproduction.js";
import type { GovernedAction, PermittedBy, Rule } from "../../common/governance.js";
import type { MaybeActor } from "./actor.js";
import { allow, type Decision, deny, denyByRule, type RefusingRule } from "./verdict.js";

/**
 * The rulebook's half of the policies (issue #12, docs/governance.md): which rule applies to a governed action on
 * an item, whether the actor is among those it permits, and the sentence that names it. Grants are the other half
 * (process.ts combines them); nothing here reads the database: the process loader hands over the rules and the
 * actor's party facts once per process.
 */

/** The actor's place among the parties: loaded with the process, once, never per item. */
export interface Party {
  /** The actor types of the actor's teams that take part (hold a grant in the process). */
  teamTypes: ReadonlySet<ActorType>;
  /** Every (not deleted) team the actor belongs to, for rules naming teams. */
  teamIds: ReadonlySet<string>;
}

export const noParty: Party = { teamTypes: new Set(), teamIds: new Set() };

/** The process's rulebook as the policies read it. */
export interface Governance {
  model: GovernanceModel;
  rules: readonly Rule[];
  party: Party;
}

/** The rule deciding each action at one place of the tree: the nearest on the item's path, else the process's. */
export type RulesInForce = ReadonlyMap<GovernedAction, Rule>;

/** What a rule is matched against: the actor's standing in the process. */
export interface GovernedScope {
  visibility: "public" | "private";
  actorIsAdministrator: boolean;
  actorHasAnyGrant: boolean;
  governance?: Governance;
}

/** The process-wide rules in force (rules without an item), the last one written for an action winning. */
export function processRules(rules: readonly Rule[]): Map<GovernedAction, Rule> {
  const inForce = new Map<GovernedAction, Rule>();
  for (const rule of rules) if (!rule.itemId) inForce.set(rule.action, rule);
  return inForce;
}

/**
 * The rules in force on every item of a tree. Items with no rule of their own share their parent's map, so the
 * many items of a tree without one cost nothing and callers may memoize per map (as they do per rights set).
 */
export function rulesInForce(
  items: readonly { id: string; parentId: string | null }[],
  rules: readonly Rule[],
): Map<string, RulesInForce> {
  const own = new Map<string, Rule[]>();
  for (const rule of rules) if (rule.itemId) own.set(rule.itemId, [...(own.get(rule.itemId) ?? []), rule]);
  const children = new Map<string | null, string[]>();
  for (const entry of items) children.set(entry.parentId, [...(children.get(entry.parentId) ?? []), entry.id]);
  const result = new Map<string, RulesInForce>();
  const visit = (parentId: string | null, inherited: RulesInForce) => {
    for (const childId of children.get(parentId) ?? []) {
      const added = own.get(childId);
      let here = inherited;
      if (added) {
        const map = new Map(inherited);
        for (const rule of added) map.set(rule.action, rule);
        here = map;
      }
      result.set(childId, here);
      visit(childId, here);
    }
  };
  visit(null, processRules(rules));
  return result;
}

const isAdministrator = (actor: MaybeActor, scope: GovernedScope) =>
  actor !== null && (actor.isPlatformAdmin || scope.actorIsAdministrator);

/**
 * Whether the actor is among those one value permits. Administrators take part in their process, so
 * `participants` and `signed_in` include them; a team party includes them only through their own teams.
 */
export function matchesParty(actor: MaybeActor, value: PermittedBy, scope: GovernedScope): boolean {
  if (!actor) return false;
  const party = scope.governance?.party ?? noParty;
  const administers = isAdministrator(actor, scope);
  if (value === "administrators") return administers;
  if (value === "participants") return administers || scope.actorHasAnyGrant;
  // Any account on a public process; on a private one only its people can see it, so it means them.
  if (value === "signed_in") return scope.visibility === "public" || administers || scope.actorHasAnyGrant;
  if (value.startsWith("teams_of_type:")) return party.teamTypes.has(value.slice(14) as ActorType);
  return value
    .slice(6)
    .split(",")
    .some((teamId) => party.teamIds.has(teamId));
}

// The English sentences naming each model, party and action; the web words the same rules in four languages.
const modelNames: Record<GovernanceModel, string> = {
  C2G: "citizen sourcing",
  "G+G": "public–civic partnership",
  G2C: "government as a platform",
  C2C: "citizen to citizen",
};

const typeNames: Record<ActorType, string> = {
  public_administration: "public-administration teams",
  citizen: "citizen teams",
  nonprofit_organization: "nonprofit teams",
  forprofit_organization: "company teams",
};

const actionPhrases: Record<GovernedAction, string> = {
  propose_item: "propose phases, objectives and tasks",
  add_assets: "add assets",
  start_decision: "start decisions",
  vote: "vote",
  close_decision: "close decisions",
  moderate: "moderate discussions",
  finish_item: "finish items",
  publish: "publish results",
  change_rules: "change the rules",
};

export function partyName(value: PermittedBy): string {
  if (value === "administrators") return "the process's administrators";
  if (value === "participants") return "the people taking part";
  if (value === "signed_in") return "anyone signed in";
  if (value.startsWith("teams_of_type:")) return `members of ${typeNames[value.slice(14) as ActorType]} taking part`;
  return "members of the teams the rules name";
}

export function joined(values: readonly PermittedBy[]): string {
  const names = values.map(partyName);
  return names.length < 2 ? (names[0] ?? "nobody") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

const rulesOf = (scope: GovernedScope) => `Under this process's rules (${modelNames[scope.governance!.model]})`;

/** The sentence naming the rule: who it lets take the step. */
export function ruleSentence(action: GovernedAction, rule: Rule | undefined, scope: GovernedScope): string {
  const phrase = actionPhrases[action];
  if (!rule) return `${rulesOf(scope)}, nobody is named to ${phrase}, so only the process's administrators may.`;
  if (rule.sides) {
    const sides = rule.sides.map((side) => joined(side)).join(" and ");
    return `${rulesOf(scope)}, to ${phrase} takes the consent of both sides: ${sides}.`;
  }
  return `${rulesOf(scope)}, only ${joined(rule.permittedBy)} may ${phrase}.`;
}

/** The indices of the sides of a two-key rule the actor stands for (empty for a rule without sides). */
export function sidesOf(actor: MaybeActor, rule: Rule | undefined, scope: GovernedScope): number[] {
  if (!rule?.sides) return [];
  return rule.sides.flatMap((side, index) => (side.some((value) => matchesParty(actor, value, scope)) ? [index] : []));
}

/**
 * The rulebook's answer for a governed action where `rules` are in force: allowed when the actor is among those
 * the rule permits, the reason naming the rule either way. With no rule for the action only administrators may.
 */
export function explainRule(
  actor: MaybeActor,
  action: GovernedAction,
  scope: GovernedScope,
  rules: RulesInForce,
): Decision {
  if (!scope.governance) throw new Error("The rulebook was not loaded with this process.");
  if (!actor) return deny("Sign in first.", "sign_in");
  const rule = rules.get(action);
  const sentence = ruleSentence(action, rule, scope);
  const refusing: RefusingRule = { action, permittedBy: rule ? [...rule.permittedBy] : [] };
  if (rule?.sides) refusing.sides = rule.sides.map((side) => [...side]);
  if (!rule) return isAdministrator(actor, scope) ? allow(sentence) : denyByRule(sentence, refusing);
  return rule.permittedBy.some((value) => matchesParty(actor, value, scope))
    ? allow(sentence)
    : denyByRule(sentence, refusing);
}

import type { Visibility } from "../../common/actors.js";
import type { ItemType, Right } from "../../common/coproduction.js";
import { type Gate, type GovernedAction, governedActions, type PermittedBy } from "../../common/governance.js";
import type { MaybeActor } from "./actor.js";
import { explainGate } from "./gate.js";
import { explainRule, type Governance, processRules, type RulesInForce, sidesOf } from "./rulebook.js";
import { allow, type Decision, deny } from "./verdict.js";

/** A process as policies see it, with the actor's place in it. */
export interface ProcessSubject {
  kind: "process";
  visibility: Visibility;
  actorIsAdministrator: boolean;
  /** The actor (or one of their teams) holds some grant in this process. */
  actorHasAnyGrant: boolean;
  /** Rights the actor holds on the whole process (grants without an item). */
  processRights: ReadonlySet<Right>;
  /** The rulebook and the actor's party facts; loaded with the process wherever a governed action is asked. */
  governance?: Governance;
}

/** An item of a process tree with the actor's effective rights on it: the union along the path to the root. */
export interface ItemSubject {
  kind: "item";
  process: ProcessSubject;
  type: ItemType;
  rights: ReadonlySet<Right>;
  /** The rules in force here (rulebook.ts rulesInForce); without them, the process-wide ones. */
  rules?: RulesInForce;
  /** The item's own sign-off gate, if it has one. */
  gate?: Gate;
}

export const processActions = [
  "view",
  "update",
  "delete",
  "manage_administrators",
  "manage_grants",
  "create_phases",
  "clone",
  "export",
  "see_people",
  "request_participation",
  "manage_webhooks",
] as const;
/** The rulebook's actions asked of the process as a whole: proposing phases, publishing, changing the rules. */
export type ProcessAction = (typeof processActions)[number] | "propose_item" | "publish" | "change_rules";

export const itemActions = [
  "view",
  "view_assets",
  "create_assets",
  "edit_assets",
  "delete_assets",
  "manage_items",
  "update_status",
  "force_status",
] as const;
/** The rulebook's actions an item's `can` map carries (with `why` when refused), for the web to say why not. */
export const governedItemActions = ["propose_item", "add_assets", "start_decision", "finish_item"] as const;
/** Signing off the item's gate (gate.ts): its `can` map carries them, with `why` naming the approvers. */
export const gateActions = ["approve", "reject"] as const;
/** Contribution claims on an item (explainClaim): saying what one did on it, and answering others' claims. */
export const claimActions = ["claim_contribution", "decide_claims"] as const;
/**
 * Every action asked of an item: its rights, each governed action taken on it or below it, its gate's verdicts,
 * the claims of work done on it.
 */
export type ItemAction =
  | (typeof itemActions)[number]
  | GovernedAction
  | (typeof gateActions)[number]
  | (typeof claimActions)[number];

/**
 * The grant that gives a governed action on its own: a rule widens who may take these, never narrows who holds
 * the right (docs/governance.md). The others no grant names: the rule alone decides them.
 */
const grantedBy: Partial<Record<GovernedAction, (typeof itemActions)[number]>> = {
  propose_item: "manage_items",
  add_assets: "create_assets",
  finish_item: "update_status",
};

function explainProcessView(actor: MaybeActor, process: ProcessSubject): Decision {
  if (actor?.isPlatformAdmin) return allow("Platform administrators may do everything.");
  if (actor && process.actorIsAdministrator) return allow("You administer this process.");
  if (process.visibility === "public") return allow("The process is public.");
  if (actor && process.actorHasAnyGrant) return allow("You or one of your teams take part in this process.");
  return deny("The process is private and you take no part in it.");
}

export function explainProcess(actor: MaybeActor, action: ProcessAction, process: ProcessSubject): Decision {
  const view = explainProcessView(actor, process);
  if (action === "view" || action === "export") return view;
  if (!view.allowed) return view;
  if (!actor) return deny("Sign in first.", "sign_in");
  if (action === "propose_item" || action === "publish" || action === "change_rules") {
    return explainGovernedOnProcess(actor, action, process);
  }
  if (action === "request_participation") return explainParticipationRequest(process);
  if (actor.isPlatformAdmin || process.actorIsAdministrator) return view;
  switch (action) {
    case "clone":
      return allow("Anyone who can see a process may reuse it as a new process of their own.");
    case "see_people":
      // A public visitor reads what was done, not who did it.
      return process.actorHasAnyGrant
        ? allow("You or one of your teams take part in this process.")
        : deny("Only the people taking part in this process can see who did what.");
    case "create_phases":
      return explainGovernedOnProcess(actor, "propose_item", process);
    case "update":
    case "delete":
    case "manage_administrators":
    case "manage_grants":
    case "manage_webhooks":
      return deny("Only the process's administrators may do this.");
  }
}

/**
 * Asking to take part (issue #12): anyone signed in who sees a public process and takes no part in it yet. Those
 * who manage its grants (its administrators) answer (docs/governance.md).
 */
function explainParticipationRequest(process: ProcessSubject): Decision {
  if (process.actorIsAdministrator) return deny("You administer this process.", "already_taking_part");
  if (process.actorHasAnyGrant) return deny("You already take part in this process.", "already_taking_part");
  if (process.visibility !== "public") return deny("Only public processes take requests to take part.");
  return allow("Anyone signed in may ask to take part in a public process.");
}

/** Asset rights include seeing the assets: a team that may add to a task sees what it added. */
const assetReading: readonly Right[] = ["view", "create_assets", "edit_assets", "delete_assets", "manage_items"];

/** Whether these rights on an item let their holder see its assets (with or without a grant of `view`). */
export const rightsReadAssets = (rights: ReadonlySet<Right>): boolean =>
  assetReading.some((right) => rights.has(right));

const administratorReason = (actor: MaybeActor) =>
  actor?.isPlatformAdmin ? "Platform administrators may do everything." : "You administer this process.";

/**
 * A governed action on the whole process: proposing phases (the manage_items right on the whole process gives
 * it, the rule widens it to those who can see the whole process), publishing, changing the rules (the rule alone).
 */
function explainGovernedOnProcess(
  actor: MaybeActor,
  action: "propose_item" | "publish" | "change_rules",
  process: ProcessSubject,
): Decision {
  const view = explainProcessView(actor, process);
  if (!view.allowed) return view;
  if (!actor) return deny("Sign in first.", "sign_in");
  const rule = () => explainRule(actor, action, process, processRules(process.governance?.rules ?? []));
  if (action !== "propose_item") return rule();
  if (actor.isPlatformAdmin || process.actorIsAdministrator) return allow(administratorReason(actor));
  if (process.processRights.has("manage_items")) return allow("You may manage the items of the whole process.");
  const proposing = rule();
  if (!proposing.allowed) return proposing;
  const seesAll = process.visibility === "public" || rightsReadAssets(process.processRights);
  return seesAll ? proposing : deny("Adding phases needs a right on the whole process.");
}

/**
 * A governed action on an item. Who holds the right a grant names for it may; past that, the rule in force here
 * decides, for those whose rights cover this part of the process (proposing or adding "where they can see").
 */
function explainGovernedOnItem(actor: MaybeActor, action: GovernedAction, item: ItemSubject): Decision {
  if (!actor) return deny("Sign in first.", "sign_in");
  const rules = item.rules ?? processRules(item.process.governance?.rules ?? []);
  if (action === "start_decision") {
    const adding = explainGovernedOnItem(actor, "add_assets", item);
    return adding.allowed ? explainRule(actor, action, item.process, rules) : adding;
  }
  const right = grantedBy[action];
  const rule = explainRule(actor, action, item.process, rules);
  if (!right) return rule;
  if (actor.isPlatformAdmin || item.process.actorIsAdministrator) return allow(administratorReason(actor));
  const granted = explainItem(actor, right, item);
  if (granted.allowed) return granted;
  if (!rule.allowed) return rule;
  // The rule lets the actor's party do it, but only where they can see: here the right's refusal is the reason.
  return explainItem(actor, "view_assets", item).allowed ? rule : granted;
}

export function explainItem(actor: MaybeActor, action: ItemAction, item: ItemSubject): Decision {
  const view = explainProcessView(actor, item.process);
  if (!view.allowed) return view;
  if (action === "view") return view;
  if (action === "approve" || action === "reject") return explainGate(actor, item);
  if (action === "claim_contribution" || action === "decide_claims") return explainClaim(actor, action, item);
  if ((governedActions as readonly string[]).includes(action)) {
    return explainGovernedOnItem(actor, action as GovernedAction, item);
  }
  const administers = actor !== null && (actor.isPlatformAdmin || item.process.actorIsAdministrator);
  if (administers) return allow(administratorReason(actor));

  if (action === "view_assets") {
    if (item.process.visibility === "public") return allow("The process is public.");
    return rightsReadAssets(item.rights)
      ? allow("Your rights cover this part of the process.")
      : deny("Your rights in this process do not cover this part of it.");
  }
  if (!actor) return deny("Sign in first.", "sign_in");
  if (action === "force_status") {
    return deny("Only process administrators may start an item before its prerequisites are finished.");
  }
  if (action === "update_status") {
    return item.rights.has("manage_items") || item.rights.has("edit_assets")
      ? allow("You may work on this part of the process.")
      : deny("Changing the status needs the manage_items or edit_assets right here.");
  }
  return item.rights.has(action as Right)
    ? allow(`You hold the ${action} right here.`)
    : deny(`This needs the ${action} right on this ${item.type} or one of its parents.`);
}

/**
 * Contribution claims (issue #13, docs/governance.md): anyone taking part whose rights cover the item (or who sees
 * it in a public process) may say what they did on it; those who may finish the item answer, since crediting work
 * is part of judging it done. The service refuses answering one's own claim, whoever one is.
 */
function explainClaim(actor: MaybeActor, action: (typeof claimActions)[number], item: ItemSubject): Decision {
  if (!actor) return deny("Sign in first.", "sign_in");
  if (action === "decide_claims") return explainGovernedOnItem(actor, "finish_item", item);
  if (actor.isPlatformAdmin || item.process.actorIsAdministrator) return allow(administratorReason(actor));
  if (!item.process.actorHasAnyGrant) {
    return deny("Only the people taking part in this process may claim work done in it.", "not_taking_part");
  }
  return explainItem(actor, "view_assets", item).allowed
    ? allow("You take part in this process and see this part of it.")
    : deny("Your rights in this process do not cover this part of it.");
}

/**
 * Rights on each item of a tree: what the grants on the whole process give (no item), plus those on the item
 * and on each of its ancestors.
 */
export function effectiveRights(
  items: readonly { id: string; parentId: string | null }[],
  grants: readonly { itemId: string | null; rights: readonly Right[] }[],
): Map<string, Set<Right>> {
  const direct = new Map<string | null, Right[]>();
  for (const entry of grants) direct.set(entry.itemId, [...(direct.get(entry.itemId) ?? []), ...entry.rights]);
  const children = new Map<string | null, string[]>();
  for (const entry of items) children.set(entry.parentId, [...(children.get(entry.parentId) ?? []), entry.id]);
  const result = new Map<string, Set<Right>>();
  const visit = (parentId: string | null, inherited: Set<Right>) => {
    for (const childId of children.get(parentId) ?? []) {
      const added = direct.get(childId);
      // Without a grant of its own an item shares its parent's set, so callers may memoize per set.
      const own = added ? new Set([...inherited, ...added]) : inherited;
      result.set(childId, own);
      visit(childId, own);
    }
  };
  visit(null, new Set(direct.get(null) ?? []));
  return result;
}

/**
 * Two keys: when the rule in force for this governed action on the item names sides, the sides and those the
 * actor stands for (the service records consents; the step takes effect once every side has given one). Null for
 * a rule one person meets alone.
 */
export function consentSides(
  actor: MaybeActor,
  action: GovernedAction,
  item: ItemSubject,
): { sides: PermittedBy[][]; actorSides: number[] } | null {
  const rule = (item.rules ?? processRules(item.process.governance?.rules ?? [])).get(action);
  if (!rule?.sides) return null;
  return { sides: rule.sides, actorSides: sidesOf(actor, rule, item.process) };
}

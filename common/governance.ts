import { type ActorType, actorTypes } from "./actors.js";
import type { GovernanceModel } from "./coproduction.js";

/**
 * The rulebook's vocabulary and the four governance models as presets of it (issue #12; docs/governance.md gives
 * each rule's rationale). Data only: the policies evaluate it (server/policies), the web shows it, and a process's
 * own rulebook starts as a copy of its model's preset.
 */

/** What a rule governs. Grants still give the rights they name; a rule says which party may take the step. */
export const governedActions = [
  "propose_item",
  "add_assets",
  "start_decision",
  "vote",
  "close_decision",
  "moderate",
  "finish_item",
  "publish",
  "change_rules",
] as const;
export type GovernedAction = (typeof governedActions)[number];

/**
 * Who a rule permits: the process's administrators, anyone taking part (holding a grant, themself or through a
 * team), the members of teams of one actor type that take part, named teams, or on a public process any account.
 */
export type PermittedBy =
  | "administrators"
  | "participants"
  | "signed_in"
  | `teams_of_type:${ActorType}`
  | `teams:${string}`;

const teamsOfType = (type: ActorType): PermittedBy => `teams_of_type:${type}`;
const publicAdministration = teamsOfType("public_administration");
/** The civic side of a partnership: every kind of team that is not a public administration. */
const civicSide = actorTypes.filter((type) => type !== "public_administration").map(teamsOfType);

/** A rule, on the whole process or (with `itemId`) on one item and everything below it, as grants are. */
export interface Rule {
  action: GovernedAction;
  /** Anyone matching one of these may act. */
  permittedBy: PermittedBy[];
  /**
   * Two keys: the step takes effect only once someone from each side has consented (the first side's call is
   * recorded and answered "awaiting consent"). Every side's values are among `permittedBy`.
   */
  sides?: PermittedBy[][];
  itemId?: string;
}

/** Which items of a new process carry a sign-off gate under a model. */
export type GateSelector = "phases" | "co_delivery_phases";

/** A sign-off gate a preset puts on items: who approves, and how many approvals it takes. */
export interface GatePreset {
  on: GateSelector;
  approvers: PermittedBy[];
  /** One approval from each side, instead of `required` from anyone among `approvers`. */
  sides?: PermittedBy[][];
  required: number;
}

/** An approver's verdict on a gate. */
export const gateVerdicts = ["approve", "reject"] as const;
export type GateVerdict = (typeof gateVerdicts)[number];

/** Where a sign-off gate stands: waiting, approved by enough of the right people, or rejected by one of them. */
export const gateStates = ["pending", "approved", "rejected"] as const;
export type GateState = (typeof gateStates)[number];

/** A gate as it is stored on an item: who approves, how many, and (optionally) a decision to close first. */
export interface Gate {
  approvers: PermittedBy[];
  sides?: PermittedBy[][];
  required: number;
  decisionAssetId?: string;
}

/** The gates a model's preset puts on a tree: the items each selector picks, with its approvers. */
export function presetGatesFor(
  model: GovernanceModel,
  items: readonly { id: string; type: string; coDelivery: boolean }[],
): { itemId: string; gate: Gate }[] {
  return rulebookPresets[model].gates.flatMap((preset) =>
    items
      .filter((entry) => entry.type === "phase" && (preset.on === "phases" || entry.coDelivery))
      .map((entry) => ({
        itemId: entry.id,
        gate: {
          approvers: [...preset.approvers],
          ...(preset.sides ? { sides: preset.sides.map((side) => [...side]) } : {}),
          required: preset.required,
        },
      })),
  );
}

export interface RulebookPreset {
  rules: Rule[];
  gates: GatePreset[];
}

const rule = (action: GovernedAction, permittedBy: PermittedBy[], sides?: PermittedBy[][]): Rule =>
  sides ? { action, permittedBy, sides } : { action, permittedBy };

/**
 * The four models (Linders 2012's typology of citizen co-production, as the original INTERLINK governance
 * framework used it). Every preset names every action once, on the whole process.
 */
export const rulebookPresets: Record<GovernanceModel, RulebookPreset> = {
  // Citizen sourcing: citizens and every other party help the administration see and shape; it decides.
  C2G: {
    rules: [
      rule("propose_item", ["administrators", "participants"]),
      rule("add_assets", ["participants"]),
      rule("start_decision", ["participants"]),
      rule("vote", ["participants"]),
      rule("close_decision", [publicAdministration]),
      rule("moderate", ["administrators", publicAdministration]),
      rule("finish_item", ["administrators", "participants"]),
      rule("publish", [publicAdministration]),
      rule("change_rules", ["administrators"]),
    ],
    gates: [{ on: "phases", approvers: [publicAdministration], required: 1 }],
  },
  // Public–civic partnership: co-decision, so a decision closes and a phase is signed off by both sides.
  "G+G": {
    rules: [
      rule("propose_item", ["administrators", "participants"]),
      rule("add_assets", ["participants"]),
      rule("start_decision", ["participants"]),
      rule("vote", ["participants"]),
      rule("close_decision", [publicAdministration, ...civicSide], [[publicAdministration], civicSide]),
      rule("moderate", ["administrators"]),
      rule("finish_item", ["administrators", "participants"]),
      rule("publish", [publicAdministration, ...civicSide], [[publicAdministration], civicSide]),
      rule("change_rules", ["administrators"]),
    ],
    gates: [
      {
        on: "phases",
        approvers: [publicAdministration, ...civicSide],
        sides: [[publicAdministration], civicSide],
        required: 2,
      },
    ],
  },
  // Government as a platform: the administration sets the frame; whoever takes part builds on it and decides how.
  G2C: {
    rules: [
      rule("propose_item", ["administrators", publicAdministration]),
      rule("add_assets", ["participants"]),
      rule("start_decision", ["participants"]),
      rule("vote", ["participants"]),
      rule("close_decision", ["participants"]),
      rule("moderate", ["administrators", publicAdministration]),
      rule("finish_item", ["administrators", "participants"]),
      rule("publish", [publicAdministration]),
      rule("change_rules", ["administrators"]),
    ],
    gates: [{ on: "co_delivery_phases", approvers: [publicAdministration], required: 1 }],
  },
  // Citizen to citizen: citizens organise and decide among themselves; an administration taking part observes.
  C2C: {
    rules: [
      rule("propose_item", ["administrators", teamsOfType("citizen")]),
      rule("add_assets", [teamsOfType("citizen")]),
      rule("start_decision", [teamsOfType("citizen")]),
      rule("vote", [teamsOfType("citizen")]),
      rule("close_decision", [teamsOfType("citizen")]),
      rule("moderate", ["administrators", teamsOfType("citizen")]),
      rule("finish_item", ["administrators", teamsOfType("citizen")]),
      rule("publish", ["administrators"]),
      rule("change_rules", ["administrators"]),
    ],
    gates: [],
  },
};

/** Whether a string is a permitted-by value (`teams:` followed by at least one id). */
export function isPermittedBy(value: string): value is PermittedBy {
  if (value === "administrators" || value === "participants" || value === "signed_in") return true;
  if (value.startsWith("teams_of_type:")) return actorTypes.includes(value.slice(14) as ActorType);
  return /^teams:[0-9a-f-]{36}(,[0-9a-f-]{36})*$/.test(value);
}

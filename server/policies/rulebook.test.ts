import { describe, expect, it } from "vitest";
import type { ActorType, Visibility } from "../../common/actors.js";
import { type GovernanceModel, governanceModels, type Right } from "../../common/coproduction.js";
import { type GovernedAction, governedActions, rulebookPresets } from "../../common/governance.js";
import { testActor } from "../test/actors.js";
import type { MaybeActor } from "./actor.js";
import { explain } from "./index.js";
import type { ItemSubject, ProcessSubject } from "./process.js";
import { rulesInForce } from "./rulebook.js";

// Every preset × governed action × kind of actor × visibility, against a table written out by hand from
// docs/governance.md (not from the presets' data). Team members and the participant without a team hold a `view`
// grant on the whole process, so nothing but the rulebook lets them act; the administrator holds no grant.

const kinds = [
  "pa_member",
  "citizen_member",
  "nonprofit_member",
  "company_member",
  "administrator",
  "participant",
  "stranger",
  "anonymous",
] as const;
type Kind = (typeof kinds)[number];

const teamTypeOf: Partial<Record<Kind, ActorType>> = {
  pa_member: "public_administration",
  citizen_member: "citizen",
  nonprofit_member: "nonprofit_organization",
  company_member: "forprofit_organization",
};

const everyParticipant: Kind[] = [
  "pa_member",
  "citizen_member",
  "nonprofit_member",
  "company_member",
  "administrator",
  "participant",
];
const everyTeam: Kind[] = ["pa_member", "citizen_member", "nonprofit_member", "company_member"];

const expected: Record<GovernanceModel, Record<GovernedAction, Kind[]>> = {
  C2G: {
    propose_item: everyParticipant,
    add_assets: everyParticipant,
    start_decision: everyParticipant,
    vote: everyParticipant,
    close_decision: ["pa_member"],
    moderate: ["pa_member", "administrator"],
    finish_item: everyParticipant,
    publish: ["pa_member"],
    change_rules: ["administrator"],
  },
  "G+G": {
    propose_item: everyParticipant,
    add_assets: everyParticipant,
    start_decision: everyParticipant,
    vote: everyParticipant,
    // Each side's member may turn their key; the administrator, in no team, holds none.
    close_decision: everyTeam,
    moderate: ["administrator"],
    finish_item: everyParticipant,
    publish: everyTeam,
    change_rules: ["administrator"],
  },
  G2C: {
    propose_item: ["pa_member", "administrator"],
    add_assets: everyParticipant,
    start_decision: everyParticipant,
    vote: everyParticipant,
    close_decision: everyParticipant,
    moderate: ["pa_member", "administrator"],
    finish_item: everyParticipant,
    publish: ["pa_member"],
    change_rules: ["administrator"],
  },
  C2C: {
    propose_item: ["citizen_member", "administrator"],
    // The administrator keeps what grants name (adding assets); deciding steps are the citizens' own.
    add_assets: ["citizen_member", "administrator"],
    start_decision: ["citizen_member"],
    vote: ["citizen_member"],
    close_decision: ["citizen_member"],
    moderate: ["citizen_member", "administrator"],
    finish_item: ["citizen_member", "administrator"],
    publish: ["administrator"],
    change_rules: ["administrator"],
  },
};

const modelNames: Record<GovernanceModel, string> = {
  C2G: "citizen sourcing",
  "G+G": "public–civic partnership",
  G2C: "government as a platform",
  C2C: "citizen to citizen",
};

const items = [
  { id: "phase", parentId: null, type: "phase" as const },
  { id: "objective", parentId: "phase", type: "objective" as const },
  { id: "task", parentId: "objective", type: "task" as const },
];

function standing(kind: Kind, model: GovernanceModel, visibility: Visibility) {
  const actor: MaybeActor = kind === "anonymous" ? null : testActor(kind);
  const type = teamTypeOf[kind];
  const holdsGrant = type !== undefined || kind === "participant";
  const grantRights = new Set<Right>(holdsGrant ? ["view"] : []);
  const rules = rulebookPresets[model].rules;
  const process: ProcessSubject = {
    kind: "process",
    visibility,
    actorIsAdministrator: kind === "administrator",
    actorHasAnyGrant: holdsGrant,
    processRights: grantRights,
    governance: {
      model,
      rules,
      party: { teamTypes: new Set(type ? [type] : []), teamIds: new Set(type ? [`team-${kind}`] : []) },
    },
  };
  const inForce = rulesInForce(items, rules);
  const item = (id: string, itemType: ItemSubject["type"]): ItemSubject => ({
    kind: "item",
    process,
    type: itemType,
    rights: grantRights,
    rules: inForce.get(id),
  });
  return { actor, process, objective: item("objective", "objective"), task: item("task", "task") };
}

/** Where each action is asked: proposing under an objective, publishing and rules on the process, the rest on a task. */
function decide(kind: Kind, model: GovernanceModel, visibility: Visibility, action: GovernedAction) {
  const { actor, process, objective, task } = standing(kind, model, visibility);
  if (action === "publish" || action === "change_rules") return explain(actor, action, process);
  if (action === "propose_item") return explain(actor, action, objective);
  return explain(actor, action, task);
}

describe("the rulebook decides, per preset", () => {
  for (const model of governanceModels) {
    for (const visibility of ["public", "private"] as const) {
      for (const action of governedActions) {
        it(`${model}, ${visibility}: ${action}`, () => {
          for (const kind of kinds) {
            const decision = decide(kind, model, visibility, action);
            const allowed = expected[model][action].includes(kind);
            expect(decision.allowed, `${kind}: ${decision.reason}`).toBe(allowed);
            if (kind === "anonymous") {
              expect(decision.reason).toMatch(/Sign in|private/);
            } else if (kind === "stranger" && visibility === "private") {
              expect(decision.reason).toContain("private");
            } else if (!allowed) {
              // A refusal names the rule that decided, in a sentence.
              expect(decision.reason, kind).toContain(`Under this process's rules (${modelNames[model]})`);
              expect(decision.code).toBe("rule");
            } else if (kind !== "administrator") {
              expect(decision.reason, kind).toContain(`(${modelNames[model]})`);
            }
          }
        });
      }
    }
  }

  it("names the party in the sentence: only public-administration teams close decisions under C2G", () => {
    expect(decide("citizen_member", "C2G", "public", "close_decision").reason).toBe(
      "Under this process's rules (citizen sourcing), only members of public-administration teams taking part may " +
        "close decisions.",
    );
    expect(decide("administrator", "G+G", "private", "close_decision").reason).toContain(
      "takes the consent of both sides",
    );
  });

  it("lets an administrator who is a member of a public-administration team close under C2G", () => {
    const { actor, process, task } = standing("pa_member", "C2G", "private");
    const both = { ...task, process: { ...process, actorIsAdministrator: true } };
    expect(explain(actor, "close_decision", both).allowed).toBe(true);
  });

  it("keeps what a grant names: manage_items proposes, create_assets adds, edit_assets finishes, under any rule", () => {
    const { actor, task, objective } = standing("nonprofit_member", "C2C", "private");
    const granted = (rights: Right[]) => ({ ...task, rights: new Set(rights) });
    expect(explain(actor, "add_assets", task).allowed).toBe(false);
    expect(explain(actor, "add_assets", granted(["create_assets"])).allowed).toBe(true);
    expect(explain(actor, "finish_item", granted(["edit_assets"])).allowed).toBe(true);
    expect(explain(actor, "propose_item", { ...objective, rights: new Set<Right>(["manage_items"]) }).allowed).toBe(
      true,
    );
    // Starting a decision is the rule's even with the right to add assets.
    expect(explain(actor, "start_decision", granted(["create_assets"])).allowed).toBe(false);
  });

  it("widens only where the actor's rights cover: a participant proposes nothing in a private part they cannot see", () => {
    const { actor, task } = standing("participant", "C2G", "private");
    const elsewhere = { ...task, rights: new Set<Right>() };
    expect(explain(actor, "add_assets", task).allowed).toBe(true);
    expect(explain(actor, "add_assets", elsewhere).allowed).toBe(false);
    expect(
      explain(actor, "add_assets", { ...elsewhere, process: { ...task.process, visibility: "public" } }).allowed,
    ).toBe(true);
  });

  it("applies the nearest rule on the item's path, else the process's, and names teams by id", () => {
    const rules = [
      ...rulebookPresets.C2G.rules,
      { action: "close_decision" as const, permittedBy: ["teams:team-citizen_member" as const], itemId: "objective" },
    ];
    const inForce = rulesInForce(items, rules);
    expect(inForce.get("phase")?.get("close_decision")?.permittedBy).toEqual(["teams_of_type:public_administration"]);
    expect(inForce.get("task")?.get("close_decision")?.permittedBy).toEqual(["teams:team-citizen_member"]);
    // Items without a rule of their own share their parent's map, so presenters memoize per map.
    expect(inForce.get("task")).toBe(inForce.get("objective"));
    const { actor, task } = standing("citizen_member", "C2G", "private");
    const governed = { ...task, process: { ...task.process, governance: { ...task.process.governance!, rules } } };
    expect(explain(actor, "close_decision", { ...governed, rules: inForce.get("task") }).allowed).toBe(true);
    expect(explain(actor, "close_decision", { ...governed, rules: inForce.get("phase") }).allowed).toBe(false);
  });

  it("lets only administrators take a step the rules name nobody for", () => {
    const { actor, task } = standing("citizen_member", "C2G", "private");
    const none = new Map();
    expect(explain(actor, "vote", { ...task, rules: none }).reason).toContain("nobody is named to vote");
    expect(explain(actor, "vote", { ...task, rules: none }).allowed).toBe(false);
    const admin = standing("administrator", "C2G", "private");
    expect(explain(admin.actor, "vote", { ...admin.task, rules: none }).allowed).toBe(true);
  });
});

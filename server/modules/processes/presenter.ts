import { createHash } from "node:crypto";
import type { z } from "zod";
import type { Language } from "../../../common/languages.js";
import { sharedAnswer } from "../../http/serializer.js";
import { canAll, explainAll, type MaybeActor, type Why } from "../../policies/index.js";
import { gateActions, governedItemActions, itemActions, processActions } from "../../policies/process.js";
import { type ItemRow, itemSubject, type ProcessAccess, type ProcessTree } from "./access.js";
import { presentGate } from "./gates.js";
import type { Person } from "./responsible.js";
import { rollUp } from "./rollup.js";
import type { governanceOutput, itemOutput, processOutput, TreeNode } from "./schema.js";
import { emptySummary, type ProcessSummary } from "./summary.js";
import { itemText, itemTexts } from "./translations.js";

export function presentProcess(
  access: ProcessAccess,
  actor: MaybeActor,
  summary: ProcessSummary = emptySummary,
): z.infer<typeof processOutput> {
  const row = access.process;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    aim: row.aim,
    language: row.language,
    organizationId: row.organizationId,
    governanceModel: row.governanceModel,
    visibility: row.visibility,
    tags: row.tags,
    schemaId: row.schemaId,
    clonedFrom: row.clonedFrom,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...summary,
    can: canAll(actor, processActions, access.subject),
  };
}

type PresentedAction =
  | (typeof itemActions)[number]
  | (typeof governedItemActions)[number]
  | (typeof gateActions)[number];
type ItemCan = { can: Record<PresentedAction, boolean>; why: Record<string, Why> };
type SharedCan = {
  can: Record<Exclude<PresentedAction, (typeof gateActions)[number]>, boolean>;
  why: Record<string, Why>;
};
type GateCan = { can: Record<(typeof gateActions)[number], boolean>; why: Record<string, Why> };

/** `responsible` comes from `responsibleFor`: the people this reader may see answering for each item. */
export function presentItem(
  tree: ProcessTree,
  row: ItemRow,
  actor: MaybeActor,
  language?: Language,
  responsible: Map<string, Person[]> = new Map(),
  rolled = rollUp(tree.items, tree.gates),
  canCache = new Map<unknown, Map<unknown, SharedCan>>(),
  gateCans = new Map<unknown, GateCan>(),
) {
  const subject = itemSubject(tree, row);
  const state = rolled.get(row.id)!;
  // Items without grants or rules of their own share their parent's rights set and rules map: one decision per
  // pair, not per item.
  let byRules = canCache.get(subject.rights);
  if (!byRules) {
    byRules = new Map();
    canCache.set(subject.rights, byRules);
  }
  let shared = byRules.get(subject.rules);
  if (!shared) {
    const governed = explainAll(actor, governedItemActions, subject);
    shared = { can: { ...canAll(actor, itemActions, subject), ...governed.can }, why: governed.why };
    byRules.set(subject.rules, shared);
  }
  // The gate's verdicts depend on the gate alone (and the reader): one decision per distinct gate, plus one for
  // every item without a gate.
  const gateKey = subject.gate ? JSON.stringify([subject.gate.approvers, subject.gate.sides]) : null;
  let signing = gateCans.get(gateKey);
  if (!signing) {
    const gateDecided = explainAll(actor, gateActions, subject);
    signing = { can: gateDecided.can, why: gateDecided.why };
    gateCans.set(gateKey, signing);
  }
  const allowed: ItemCan = { can: { ...shared.can, ...signing.can }, why: { ...shared.why, ...signing.why } };
  const gate = tree.gates.get(row.id);
  return {
    id: row.id,
    type: row.type,
    parentId: row.parentId,
    name: itemText(row, "name", language),
    description: itemText(row, "description", language),
    translations: {
      name: itemTexts(row, "name", tree.process.language),
      description: itemTexts(row, "description", tree.process.language),
    },
    position: row.position,
    status: state.status,
    progress: state.progress,
    startDate: state.startDate,
    endDate: state.endDate,
    prerequisites: tree.prerequisites.get(row.id) ?? [],
    problemProfiles: row.problemProfiles,
    responsible: responsible.get(row.id) ?? [],
    can: allowed.can,
    why: allowed.why,
    gate: gate ? presentGate(gate, { actor, tree }) : null,
  } satisfies z.infer<typeof itemOutput>;
}

/**
 * Presented trees by everything they depend on: the process's version and who reads it (anonymous, platform
 * administrator, process administrator, or the grants that apply). Members of one team share an entry.
 */
const presentedTrees = new Map<string, { items: TreeNode[] }>();
const presentedTreesSize = 500;

function readerKey(tree: ProcessTree, actor: MaybeActor): string {
  if (!actor) return "anonymous";
  // The rulebook matches parties: who reads it counts by the teams they belong to, not only by their rights.
  const party = tree.subject.governance?.party;
  const teams = party ? `${[...party.teamTypes].sort().join("+")}/${[...party.teamIds].sort().join("+")}` : "";
  if (actor.isPlatformAdmin) return `platform-admin:${teams}`;
  if (tree.subject.actorIsAdministrator) return `process-admin:${teams}`;
  const grants = tree.grants.map((grant) => `${grant.itemId ?? "*"}=${[...grant.rights].sort().join("+")}`).sort();
  return `member:${grants.join(",")}:${teams}`;
}

/**
 * Who answers for what, as a short key: people join and leave a process through teams without a trail entry in
 * it, so the process's version alone does not say whom a presented tree names.
 */
function responsibleKey(responsible: Map<string, Person[]>): string {
  if (responsible.size === 0) return "-";
  const hash = createHash("sha256");
  for (const [itemId, people] of responsible) {
    hash.update(`${itemId}=${people.map((person) => `${person.id}:${person.name}`).join("\u0000")}\u0001`);
  }
  return hash.digest("base64url");
}

/**
 * The tree route's answer as the actor sees it, names in the reader's language; the same answer (and its JSON
 * text, see sharedAnswer) is reused while nothing in the process changes.
 */
export function presentTreeFor(
  tree: ProcessTree,
  actor: MaybeActor,
  language?: Language,
  responsible: Map<string, Person[]> = new Map(),
): { items: TreeNode[] } {
  const key = `${tree.process.id}@${tree.version}:${readerKey(tree, actor)}:${language ?? "-"}:${responsibleKey(responsible)}`;
  let presented = presentedTrees.get(key);
  if (!presented) {
    presented = sharedAnswer({ items: presentTree(tree, actor, language, responsible) });
    presentedTrees.set(key, presented);
    if (presentedTrees.size > presentedTreesSize) presentedTrees.delete(presentedTrees.keys().next().value!);
  }
  return presented;
}

/** The whole tree, nested: phases, their objectives, their tasks; siblings in position order. */
export function presentTree(
  tree: ProcessTree,
  actor: MaybeActor,
  language?: Language,
  responsible: Map<string, Person[]> = new Map(),
): TreeNode[] {
  const rolled = rollUp(tree.items, tree.gates);
  const canCache = new Map<unknown, Map<unknown, SharedCan>>();
  const gateCans = new Map<unknown, GateCan>();
  const nodes = new Map<string, TreeNode>();
  for (const row of tree.items) {
    const presented = presentItem(tree, row, actor, language, responsible, rolled, canCache, gateCans);
    nodes.set(row.id, { ...presented, children: [] });
  }
  const roots: TreeNode[] = [];
  for (const row of tree.items) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/**
 * The rulebook as anyone who sees the process reads it, with its gates in tree order, and whether the reader may
 * change it and why not.
 */
export function presentGovernance(tree: ProcessTree, actor: MaybeActor): z.infer<typeof governanceOutput> {
  const governance = tree.subject.governance!;
  const { can, why } = explainAll(actor, ["change_rules"], tree.subject);
  const gates = tree.items.flatMap((row) => {
    const gate = tree.gates.get(row.id);
    return gate ? [presentGate(gate, { actor, tree })] : [];
  });
  return { model: governance.model, rules: [...governance.rules], gates, can, why };
}

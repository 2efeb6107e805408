import { createHash } from "node:crypto";
import type { z } from "zod";
import type { Language } from "../../../common/languages.js";
import { sharedAnswer } from "../../http/serializer.js";
import { canAll, explainAll, type MaybeActor, type Why } from "../../policies/index.js";
import { governedItemActions, itemActions, processActions } from "../../policies/process.js";
import { type ItemRow, itemSubject, type ProcessAccess, type ProcessTree } from "./access.js";
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

type PresentedAction = (typeof itemActions)[number] | (typeof governedItemActions)[number];
type ItemCan = { can: Record<PresentedAction, boolean>; why: Record<string, Why> };

/** `responsible` comes from `responsibleFor`: the people this reader may see answering for each item. */
export function presentItem(
  tree: ProcessTree,
  row: ItemRow,
  actor: MaybeActor,
  language?: Language,
  responsible: Map<string, Person[]> = new Map(),
  rolled = rollUp(tree.items),
  canCache = new Map<unknown, Map<unknown, ItemCan>>(),
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
  let allowed = byRules.get(subject.rules);
  if (!allowed) {
    const governed = explainAll(actor, governedItemActions, subject);
    allowed = { can: { ...canAll(actor, itemActions, subject), ...governed.can }, why: governed.why };
    byRules.set(subject.rules, allowed);
  }
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
  const rolled = rollUp(tree.items);
  const canCache = new Map<unknown, Map<unknown, ItemCan>>();
  const nodes = new Map<string, TreeNode>();
  for (const row of tree.items)
    nodes.set(row.id, { ...presentItem(tree, row, actor, language, responsible, rolled, canCache), children: [] });
  const roots: TreeNode[] = [];
  for (const row of tree.items) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The rulebook as anyone who sees the process reads it, with whether the reader may change it and why not. */
export function presentGovernance(access: ProcessAccess, actor: MaybeActor): z.infer<typeof governanceOutput> {
  const governance = access.subject.governance!;
  const { can, why } = explainAll(actor, ["change_rules"], access.subject);
  return { model: governance.model, rules: [...governance.rules], gates: [], can, why };
}

import { createHash } from "node:crypto";
import type { z } from "zod";
import type { Language } from "../../../common/languages.js";
import { canAll, type MaybeActor } from "../../policies/index.js";
import { itemActions, processActions } from "../../policies/process.js";
import { type ItemRow, itemSubject, type ProcessAccess, type ProcessTree } from "./access.js";
import type { Person } from "./responsible.js";
import { rollUp } from "./rollup.js";
import type { itemOutput, processOutput, TreeNode } from "./schema.js";
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

type ItemCan = Record<(typeof itemActions)[number], boolean>;

/** `responsible` comes from `responsibleFor`: the people this reader may see answering for each item. */
export function presentItem(
  tree: ProcessTree,
  row: ItemRow,
  actor: MaybeActor,
  language?: Language,
  responsible: Map<string, Person[]> = new Map(),
  rolled = rollUp(tree.items),
  canCache = new Map<unknown, ItemCan>(),
) {
  const subject = itemSubject(tree, row);
  const state = rolled.get(row.id)!;
  // Items without grants of their own share their parent's rights set: one decision per set, not per item.
  let allowed = canCache.get(subject.rights);
  if (!allowed) {
    allowed = canAll(actor, itemActions, subject);
    canCache.set(subject.rights, allowed);
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
    can: allowed,
  } satisfies z.infer<typeof itemOutput>;
}

/**
 * Presented trees by everything they depend on: the process's version and who reads it (anonymous, platform
 * administrator, process administrator, or the grants that apply). Members of one team share an entry.
 */
const presentedTrees = new Map<string, TreeNode[]>();
const presentedTreesSize = 500;

function readerKey(tree: ProcessTree, actor: MaybeActor): string {
  if (!actor) return "anonymous";
  if (actor.isPlatformAdmin) return "platform-admin";
  if (tree.subject.actorIsAdministrator) return "process-admin";
  const grants = tree.grants.map((grant) => `${grant.itemId ?? "*"}=${[...grant.rights].sort().join("+")}`).sort();
  return `member:${grants.join(",")}`;
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
 * The whole tree as the actor sees it, names in the reader's language; the same answer is reused while nothing in
 * the process changes.
 */
export function presentTreeFor(
  tree: ProcessTree,
  actor: MaybeActor,
  language?: Language,
  responsible: Map<string, Person[]> = new Map(),
): TreeNode[] {
  const key = `${tree.process.id}@${tree.version}:${readerKey(tree, actor)}:${language ?? "-"}:${responsibleKey(responsible)}`;
  let presented = presentedTrees.get(key);
  if (!presented) {
    presented = presentTree(tree, actor, language, responsible);
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
  const canCache = new Map<unknown, ItemCan>();
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

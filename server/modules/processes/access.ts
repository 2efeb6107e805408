import { and, asc, eq, inArray, isNull, or, type Placeholder, type SQL, sql } from "drizzle-orm";
import type { ActorType } from "../../../common/actors.js";
import type { Right } from "../../../common/coproduction.js";
import type { Rule } from "../../../common/governance.js";
import type { Database } from "../../db/client.js";
import {
  grant,
  item,
  itemGate,
  itemGateApproval,
  itemPrerequisite,
  itemResponsible,
  process,
  processAdministrator,
  processRule,
  team,
  teamMember,
  user,
} from "../../db/schema/index.js";
import { qualified } from "../../db/sql.js";
import { notFound } from "../../http/problem.js";
import type { ItemSubject, MaybeActor, ProcessSubject } from "../../policies/index.js";
import { effectiveRights } from "../../policies/process.js";
import type { Governance } from "../../policies/rulebook.js";
import { type RulesInForce, rulesInForce } from "../../policies/rulebook.js";
import { teamsOfUser } from "../../policies/scopes.js";
import { latestSequenceOf } from "../activity/service.js";
import { type GateApproval, gateState, type LoadedGate } from "./gate-state.js";

export type ProcessRow = typeof process.$inferSelect;
export type ItemRow = Omit<typeof item.$inferSelect, "createdAt" | "updatedAt">;
export type GrantRow = typeof grant.$inferSelect;

/** A process, the actor's standing in it, and (when asked for) its whole tree with the actor's rights. */
export interface ProcessAccess {
  process: ProcessRow;
  subject: ProcessSubject;
  /** The grants that apply to the actor: their own and their teams'. */
  grants: GrantRow[];
}

export interface ProcessTree extends ProcessAccess {
  /** The process's activity version the tree was read at. */
  version: number;
  items: ItemRow[];
  prerequisites: Map<string, string[]>;
  /**
   * Account ids answering for each item, as stored: it may still name someone who has left the process since
   * (read them through `responsible.ts`, which keeps only the process's current people).
   */
  responsible: Map<string, string[]>;
  /** Effective rights on each item: the union of the grants along its path to the root. */
  rights: Map<string, Set<Right>>;
  /** The rules in force on each item: the nearest along its path, else the process's. */
  rules: Map<string, RulesInForce>;
  /** The sign-off gates by item, with their live verdicts and state: read once per tree, never per item. */
  gates: Map<string, LoadedGate>;
}

const treeItemColumns = {
  id: item.id,
  processId: item.processId,
  parentId: item.parentId,
  type: item.type,
  name: item.name,
  translations: item.translations,
  description: item.description,
  position: item.position,
  status: item.status,
  startDate: item.startDate,
  endDate: item.endDate,
  problemProfiles: item.problemProfiles,
  coDelivery: item.coDelivery,
};

/**
 * The reads behind every process page, built once per database and prepared: with a tree of a few hundred
 * items, building the queries cost as much as running them.
 */
const preparedReads = new WeakMap<Database, ReturnType<typeof prepareReads>>();

/** The process's rulebook in its written order, as one JSON value beside the process row. */
export const rulesOfProcess = (processId: SQL) => sql<Rule[]>`coalesce((
  select json_agg(json_build_object(
    'action', ${qualified(processRule.action)}, 'permittedBy', ${qualified(processRule.permittedBy)}, 'sides', ${qualified(processRule.sides)},
    'itemId', ${qualified(processRule.itemId)}
  ) order by ${qualified(processRule.position)}) from ${processRule} where ${qualified(processRule.processId)} = ${processId}), '[]'::json)`;

/** The actor's (not deleted) teams with their types: the party facts the rulebook matches, a handful of rows. */
export const teamsOfActor = (userId: SQL | Placeholder) => sql<{ id: string; type: ActorType }[]>`coalesce((
  select json_agg(json_build_object('id', ${qualified(team.id)}, 'type', ${qualified(team.type)}))
  from ${teamMember} join ${team} on ${qualified(team.id)} = ${qualified(teamMember.teamId)}
  where ${qualified(teamMember.userId)} = ${userId} and ${qualified(team.deletedAt)} is null), '[]'::json)`;

function prepareReads(db: Database) {
  const processId = sql.placeholder("processId");
  const userId = sql.placeholder("userId");
  return {
    process: db
      .select({
        process,
        actorIsAdministrator: sql<boolean>`(${processAdministrator.userId} is not null)`.mapWith(Boolean),
        version: latestSequenceOf(qualified(process.id)),
        rules: rulesOfProcess(qualified(process.id)),
        actorTeams: teamsOfActor(userId),
      })
      .from(process)
      .leftJoin(
        processAdministrator,
        and(eq(processAdministrator.processId, process.id), eq(processAdministrator.userId, userId)),
      )
      .where(and(eq(process.id, processId), isNull(process.deletedAt)))
      .prepare("process_with_administrator"),
    grants: db
      .select()
      .from(grant)
      .where(
        and(
          eq(grant.processId, processId),
          or(eq(grant.userId, userId), inArray(grant.teamId, teamsOfUser(db, userId))),
        ),
      )
      .prepare("process_actor_grants"),
    items: db
      .select(treeItemColumns)
      .from(item)
      .where(eq(item.processId, processId))
      .orderBy(asc(item.position), asc(item.id))
      .prepare("process_items"),
    prerequisites: db
      .select({ itemId: itemPrerequisite.itemId, prerequisiteId: itemPrerequisite.prerequisiteId })
      .from(itemPrerequisite)
      .innerJoin(item, eq(item.id, itemPrerequisite.itemId))
      .where(eq(item.processId, processId))
      .prepare("process_prerequisites"),
    responsible: db
      .select({ itemId: itemResponsible.itemId, userId: itemResponsible.userId })
      .from(itemResponsible)
      .innerJoin(item, eq(item.id, itemResponsible.itemId))
      .where(eq(item.processId, processId))
      .orderBy(asc(itemResponsible.itemId), asc(itemResponsible.userId))
      .prepare("process_responsible"),
    // Every gate of the process with its live verdicts (and their authors' names) as one JSON value per gate.
    gates: db
      .select({
        itemId: itemGate.itemId,
        approvers: itemGate.approvers,
        sides: itemGate.sides,
        required: itemGate.required,
        decisionAssetId: itemGate.decisionAssetId,
        preset: itemGate.preset,
        approvals: sql<GateApproval[]>`coalesce((
          select json_agg(json_build_object(
            'userId', ${qualified(itemGateApproval.userId)}, 'name', ${qualified(user.name)},
            'verdict', ${qualified(itemGateApproval.verdict)}, 'comment', ${qualified(itemGateApproval.comment)},
            'at', ${qualified(itemGateApproval.at)}, 'sides', ${qualified(itemGateApproval.sides)}
          ) order by ${qualified(itemGateApproval.at)}, ${qualified(itemGateApproval.userId)})
          from ${itemGateApproval} join ${user} on ${qualified(user.id)} = ${qualified(itemGateApproval.userId)}
          where ${qualified(itemGateApproval.itemId)} = ${qualified(itemGate.itemId)}), '[]'::json)`,
      })
      .from(itemGate)
      .where(eq(itemGate.processId, processId))
      .prepare("process_gates"),
  };
}

function readsFor(db: Database) {
  let reads = preparedReads.get(db);
  if (!reads) {
    reads = prepareReads(db);
    preparedReads.set(db, reads);
  }
  return reads;
}

/**
 * The rulebook with the actor's party facts: the types of their teams that take part (hold one of the grants
 * that apply to the actor) and every team they belong to.
 */
export function governanceOf(
  row: { process: Pick<ProcessRow, "governanceModel">; rules: Rule[]; actorTeams: { id: string; type: ActorType }[] },
  grants: readonly Pick<GrantRow, "teamId">[],
): Governance {
  const takingPart = new Set(grants.flatMap((entry) => (entry.teamId ? [entry.teamId] : [])));
  return {
    model: row.process.governanceModel,
    rules: row.rules.map(({ itemId, sides, ...rule }) => ({
      ...rule,
      ...(sides ? { sides } : {}),
      ...(itemId ? { itemId } : {}),
    })),
    party: {
      teamTypes: new Set(row.actorTeams.filter((entry) => takingPart.has(entry.id)).map((entry) => entry.type)),
      teamIds: new Set(row.actorTeams.map((entry) => entry.id)),
    },
  };
}

function accessFrom(
  row:
    | {
        process: ProcessRow;
        actorIsAdministrator: boolean;
        rules: Rule[];
        actorTeams: { id: string; type: ActorType }[];
      }
    | undefined,
  grants: GrantRow[],
): ProcessAccess {
  if (!row) throw notFound("process");
  const processRights = new Set<Right>(
    grants.filter((entry) => entry.itemId === null).flatMap((entry) => entry.rights),
  );
  return {
    process: row.process,
    grants,
    subject: {
      kind: "process",
      visibility: row.process.visibility,
      actorIsAdministrator: row.actorIsAdministrator,
      actorHasAnyGrant: grants.length > 0,
      processRights,
      governance: governanceOf(row, grants),
    },
  };
}

/** Loads a process that is not deleted, with the actor's standing; 404 when there is none. */
export async function loadProcessAccess(db: Database, actor: MaybeActor, processId: string): Promise<ProcessAccess> {
  const reads = readsFor(db);
  const values = { processId, userId: actor?.userId ?? "" };
  const [[row], grants] = await Promise.all([reads.process.execute(values), actor ? reads.grants.execute(values) : []]);
  return accessFrom(row, grants);
}

interface CachedTree {
  version: number;
  items: ItemRow[];
  prerequisites: Map<string, string[]>;
  responsible: Map<string, string[]>;
  gates: Map<string, LoadedGate>;
}

/** The gate rows as the tree carries them: times as ISO strings, optional fields left out, state computed. */
function loadedGates(rows: Awaited<ReturnType<ReturnType<typeof prepareReads>["gates"]["execute"]>>) {
  const gates = new Map<string, LoadedGate>();
  for (const row of rows) {
    const approvals = row.approvals.map((approval) => ({ ...approval, at: new Date(approval.at).toISOString() }));
    const gate = {
      approvers: row.approvers,
      ...(row.sides ? { sides: row.sides } : {}),
      required: row.required,
      ...(row.decisionAssetId ? { decisionAssetId: row.decisionAssetId } : {}),
    };
    gates.set(row.itemId, {
      itemId: row.itemId,
      ...gate,
      preset: row.preset,
      approvals,
      state: gateState(gate, approvals),
    });
  }
  return gates;
}

/**
 * Trees recently read, per database, keyed by process and valid for one activity version: every change in a
 * process appends to its activity in the same transaction, so a tree read at version N is the tree at N in
 * any server process. What a tree holds is never mutated after it is read.
 */
const treeCaches = new WeakMap<Database, Map<string, CachedTree>>();
const treeCacheSize = 200;

async function treeAt(db: Database, processId: string, version: number): Promise<CachedTree> {
  let cache = treeCaches.get(db);
  if (!cache) {
    cache = new Map();
    treeCaches.set(db, cache);
  }
  const cached = cache.get(processId);
  if (cached?.version === version) return cached;
  const reads = readsFor(db);
  const [items, links, answering, gateRows] = await Promise.all([
    reads.items.execute({ processId }),
    reads.prerequisites.execute({ processId }),
    reads.responsible.execute({ processId }),
    reads.gates.execute({ processId }),
  ]);
  const prerequisites = new Map<string, string[]>();
  for (const link of links) {
    prerequisites.set(link.itemId, [...(prerequisites.get(link.itemId) ?? []), link.prerequisiteId]);
  }
  const responsible = new Map<string, string[]>();
  for (const row of answering) responsible.set(row.itemId, [...(responsible.get(row.itemId) ?? []), row.userId]);
  const fresh = { version, items, prerequisites, responsible, gates: loadedGates(gateRows) };
  cache.delete(processId);
  cache.set(processId, fresh);
  if (cache.size > treeCacheSize) cache.delete(cache.keys().next().value!);
  return fresh;
}

/** The process, the actor's standing, and the whole tree with the actor's rights on every item. */
export async function loadProcessTree(db: Database, actor: MaybeActor, processId: string): Promise<ProcessTree> {
  const reads = readsFor(db);
  const values = { processId, userId: actor?.userId ?? "" };
  const [[row], grants] = await Promise.all([reads.process.execute(values), actor ? reads.grants.execute(values) : []]);
  const access = accessFrom(row, grants);
  const { items, prerequisites, responsible, gates } = await treeAt(db, processId, row!.version);
  return {
    ...access,
    version: row!.version,
    items,
    prerequisites,
    responsible,
    gates,
    rights: effectiveRights(items, access.grants),
    rules: rulesInForce(items, access.subject.governance!.rules),
  };
}

export function childrenByParent(items: ItemRow[]): Map<string | null, ItemRow[]> {
  const children = new Map<string | null, ItemRow[]>();
  for (const entry of items) children.set(entry.parentId, [...(children.get(entry.parentId) ?? []), entry]);
  return children;
}

export function itemSubject(tree: ProcessTree, itemRow: ItemRow): ItemSubject {
  return {
    kind: "item",
    process: tree.subject,
    type: itemRow.type,
    rights: tree.rights.get(itemRow.id) ?? new Set(),
    rules: tree.rules.get(itemRow.id),
    gate: tree.gates.get(itemRow.id),
  };
}

/** The item, its process tree and the actor's subject for it; 404 for an unknown item or a deleted process. */
export async function loadItem(db: Database, actor: MaybeActor, itemId: string) {
  const [row] = await db.select({ processId: item.processId }).from(item).where(eq(item.id, itemId));
  if (!row) throw notFound("item");
  const tree = await loadProcessTree(db, actor, row.processId).catch(() => {
    throw notFound("item");
  });
  const itemRow = tree.items.find((candidate) => candidate.id === itemId)!;
  return { tree, item: itemRow, subject: itemSubject(tree, itemRow) };
}

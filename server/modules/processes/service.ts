import { and, count, desc, eq, ilike, inArray, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { z } from "zod";
import type { Rule } from "../../../common/governance.js";
import { announceAccessChange } from "../../collab/access-changes.js";
import type { Database } from "../../db/client.js";
import { uuidv7 } from "../../db/ids.js";
import {
  grant,
  item,
  itemPrerequisite,
  process,
  processAdministrator,
  type SchemaTree,
  team,
  teamMember,
} from "../../db/schema/index.js";
import { qualified } from "../../db/sql.js";
import { decodeCursor, toPage } from "../../http/pagination.js";
import { conflict, invalid, notFound } from "../../http/problem.js";
import { type Actor, can, explainAdministratorsAfter, type MaybeActor } from "../../policies/index.js";
import { noParty } from "../../policies/rulebook.js";
import { processesTakenPartIn, teamsOfUser, visibleProcesses } from "../../policies/scopes.js";
import { getUserSummaries, type UserSummary } from "../accounts/service.js";
import { appendActivity } from "../activity/service.js";
import { findSchema } from "../catalogue/service.js";
import { likePattern } from "../organizations/service.js";
import { loadVisibleTeams } from "../teams/service.js";
import {
  governanceOf,
  type ItemRow,
  type ProcessAccess,
  type ProcessRow,
  type ProcessTree,
  rulesOfProcess,
} from "./access.js";
import { presetGates, writeGates } from "./gates.js";
import { lockProcess } from "./lock.js";
import { presetRules, writeGovernance, writeRules } from "./rulebook.js";
import type { participantsOutput, processCreate, processListQuery, processUpdate } from "./schema.js";

type ItemInsert = typeof item.$inferInsert;

/** Starts a process; the creator administers it; a schema lays out its tree at once. All or nothing. */
export async function createProcess(
  db: Database,
  options: { actor: Actor; input: z.infer<typeof processCreate> },
): Promise<ProcessAccess> {
  const { actor, input } = options;
  const tree = input.schemaId ? (await findSchema(db, input.schemaId))?.tree : undefined;
  if (input.schemaId && !tree) {
    throw invalid(
      [{ path: "body.schemaId", code: "unknown_schema", message: "There is no schema with this id." }],
      "Unknown schema.",
    );
  }
  const row = await db.transaction(async (tx) => {
    const created = await insertProcess(tx, {
      actor,
      action: "process.created",
      values: {
        name: input.name,
        description: input.description ?? "",
        aim: input.aim ?? "",
        language: input.language,
        organizationId: input.organizationId ?? null,
        governanceModel: input.governanceModel,
        visibility: input.visibility,
        tags: input.tags ?? [],
        schemaId: input.schemaId ?? null,
      },
    });
    const laidOut = tree ? await layOutSchema(tx, { processId: created.id, tree, language: input.language }) : [];
    await writeRules(tx, { processId: created.id, rules: presetRules(input.governanceModel) });
    await writeGates(tx, { processId: created.id, gates: presetGates(input.governanceModel, laidOut) });
    return created;
  });
  return administratorAccess(row, presetRules(row.governanceModel));
}

/** Inserts a process with the actor as its administrator and the first entry of its trail; inside `tx`. */
export async function insertProcess(
  tx: Database,
  options: { actor: Actor; action: string; values: Omit<typeof process.$inferInsert, "createdBy"> },
): Promise<ProcessRow> {
  const [created] = await tx
    .insert(process)
    .values({ ...options.values, createdBy: options.actor.userId })
    .returning();
  await tx.insert(processAdministrator).values({ processId: created!.id, userId: options.actor.userId });
  await appendActivity(tx, {
    processId: created!.id,
    actorId: options.actor.userId,
    action: options.action,
    targetType: "process",
    targetId: created!.id,
    summary: {
      after: {
        name: created!.name,
        visibility: created!.visibility,
        schemaId: created!.schemaId,
        clonedFrom: created!.clonedFrom,
      },
    },
  });
  return created!;
}

/** An item as it travels between processes: its place by reference, its prerequisites by reference. */
export interface PortableItem {
  ref: string;
  parentRef: string | null;
  type: ItemRow["type"];
  name: string;
  description: string;
  translations?: ItemRow["translations"];
  position: number;
  status: ItemRow["status"];
  startDate: string | null;
  endDate: string | null;
  problemProfiles: string[];
  prerequisites: string[];
  /** A phase G2C's preset signs off (absent in documents exported before it existed: false). */
  coDelivery?: boolean;
}

/**
 * What of a tree travels to a clone or an export. Not who answers for each item: those are people of the source
 * process, who are not people of the copy (and an export leaves the platform, where ids name no one).
 */
export function portableItems(tree: ProcessTree): PortableItem[] {
  return tree.items.map((row) => ({
    ref: row.id,
    parentRef: row.parentId,
    type: row.type,
    name: row.name,
    description: row.description,
    translations: row.translations,
    position: row.position,
    status: row.status,
    startDate: row.startDate,
    endDate: row.endDate,
    problemProfiles: row.problemProfiles,
    prerequisites: tree.prerequisites.get(row.id) ?? [],
    ...(row.coDelivery ? { coDelivery: true } : {}),
  }));
}

/**
 * Recreates a tree in a process; returns the new id of every reference. Items whose parent is missing or of
 * the wrong type are refused, so an imported document cannot build a tree the API would not.
 */
export async function insertItems(tx: Database, options: { processId: string; items: PortableItem[] }) {
  const ids = new Map(options.items.map((entry) => [entry.ref, uuidv7()]));
  if (ids.size !== options.items.length) {
    throw invalid([{ path: "body.items", code: "duplicate_reference", message: "Two items share one ref." }]);
  }
  const byRef = new Map(options.items.map((entry) => [entry.ref, entry]));
  const wanted = { phase: null, objective: "phase", task: "objective" } as const;
  for (const [index, entry] of options.items.entries()) {
    const parent = entry.parentRef === null ? null : byRef.get(entry.parentRef);
    if ((parent?.type ?? null) !== wanted[entry.type] || (entry.parentRef !== null && !parent)) {
      throw invalid([
        {
          path: `body.items.${index}.parentRef`,
          code: "misplaced_item",
          params: { type: entry.type },
          message: `A ${entry.type} cannot sit there.`,
        },
      ]);
    }
    for (const [position, prerequisite] of entry.prerequisites.entries()) {
      if (!ids.has(prerequisite) || prerequisite === entry.ref) {
        throw invalid([
          {
            path: `body.items.${index}.prerequisites.${position}`,
            code: "unknown_reference",
            message: "Not another item of this document.",
          },
        ]);
      }
    }
  }
  const rows = options.items.map((entry) => ({
    id: ids.get(entry.ref)!,
    processId: options.processId,
    parentId: entry.parentRef ? ids.get(entry.parentRef)! : null,
    type: entry.type,
    name: entry.name,
    description: entry.description,
    translations: entry.translations ?? {},
    position: entry.position,
    status: entry.status,
    startDate: entry.startDate,
    endDate: entry.endDate,
    problemProfiles: entry.problemProfiles,
    coDelivery: entry.type === "phase" && entry.coDelivery === true,
  }));
  const links = options.items.flatMap((entry) =>
    entry.prerequisites.map((prerequisite) => ({
      itemId: ids.get(entry.ref)!,
      prerequisiteId: ids.get(prerequisite)!,
    })),
  );
  for (let start = 0; start < rows.length; start += 500) await tx.insert(item).values(rows.slice(start, start + 500));
  for (let start = 0; start < links.length; start += 500) {
    await tx.insert(itemPrerequisite).values(links.slice(start, start + 500));
  }
  return ids;
}

/** Copies a process's grants to its clone, item by item. */
export async function copyGrants(
  tx: Database,
  options: { actor: Actor; fromProcessId: string; toProcessId: string; itemIds: Map<string, string> },
): Promise<void> {
  const rows = await tx.select().from(grant).where(eq(grant.processId, options.fromProcessId));
  if (rows.length === 0) return;
  await tx.insert(grant).values(
    rows.map((row) => ({
      processId: options.toProcessId,
      itemId: row.itemId ? (options.itemIds.get(row.itemId) ?? null) : null,
      teamId: row.teamId,
      userId: row.userId,
      rights: row.rights,
      createdBy: options.actor.userId,
    })),
  );
}

/** The creator's standing in a process just made: its administrator, with the rules it was made with. */
export function administratorAccess(row: ProcessRow, rules: Rule[]): ProcessAccess {
  return {
    process: row,
    grants: [],
    subject: {
      kind: "process",
      visibility: row.visibility,
      actorIsAdministrator: true,
      actorHasAnyGrant: false,
      processRights: new Set(),
      // The creator's teams take part through grants only, and a new process has none.
      governance: { model: row.governanceModel, rules, party: noParty },
    },
  };
}

/** Copies a schema's phases, objectives and tasks into a process, in the process's language; returns the rows. */
async function layOutSchema(
  tx: Database,
  options: { processId: string; tree: SchemaTree; language: ProcessRow["language"] },
): Promise<{ id: string; type: string; coDelivery: boolean }[]> {
  const rows: ItemInsert[] = [];
  const idsByKey = new Map<string, string>();
  const links: { itemId: string; prerequisiteId: string }[] = [];
  const pending: { key: string; prerequisites: string[] }[] = [];
  const types = ["phase", "objective", "task"] as const;
  const visit = (nodes: SchemaTree, parentId: string | null, depth: number) => {
    nodes.forEach((node, position) => {
      const id = uuidv7();
      idsByKey.set(node.key, id);
      rows.push({
        id,
        processId: options.processId,
        parentId,
        type: types[Math.min(depth, 2)]!,
        name: node.name[options.language] ?? node.name.en ?? node.key,
        description: node.description[options.language] ?? node.description.en ?? "",
        // Every language the schema has, so each reader sees the plan in their own.
        translations: { name: node.name, description: node.description },
        position,
        problemProfiles: node.problemProfiles ?? [],
        coDelivery: depth === 0 && node.coDelivery === true,
      });
      if (node.prerequisites?.length) pending.push({ key: node.key, prerequisites: node.prerequisites });
      if (node.children && depth < 2) visit(node.children, id, depth + 1);
    });
  };
  visit(options.tree, null, 0);
  for (const entry of pending) {
    for (const key of entry.prerequisites) {
      const prerequisiteId = idsByKey.get(key);
      if (prerequisiteId) links.push({ itemId: idsByKey.get(entry.key)!, prerequisiteId });
    }
  }
  if (rows.length) await tx.insert(item).values(rows);
  if (links.length) await tx.insert(itemPrerequisite).values(links);
  return rows.map((row) => ({ id: row.id!, type: row.type, coDelivery: row.coDelivery ?? false }));
}

export async function listProcesses(
  db: Database,
  actor: MaybeActor,
  query: z.infer<typeof processListQuery>,
): Promise<{ items: ProcessAccess[]; nextCursor: string | null }> {
  const cursor = decodeCursor(query.cursor);
  const selected = await db
    .select({ process, rules: rulesOfProcess(qualified(process.id)) })
    .from(process)
    .where(
      and(
        isNull(process.deletedAt),
        visibleProcesses(db, actor),
        query.mine ? processesTakenPartIn(db, actor) : undefined,
        query.governanceModel ? eq(process.governanceModel, query.governanceModel) : undefined,
        query.organizationId ? eq(process.organizationId, query.organizationId) : undefined,
        query.q ? ilike(process.name, likePattern(query.q)) : undefined,
        cursor ? lt(process.id, cursor) : undefined,
      ),
    )
    .orderBy(desc(process.id))
    .limit(query.limit + 1);
  const rulesById = new Map(selected.map((entry) => [entry.process.id, entry.rules]));
  const page = toPage(
    selected.map((entry) => entry.process),
    query.limit,
  );
  if (!actor || page.items.length === 0) {
    return {
      items: page.items.map((row) => anonymousAccess(row, rulesById.get(row.id) ?? [])),
      nextCursor: page.nextCursor,
    };
  }
  // The actor's standing in the listed processes, in two queries for the page rather than two per process.
  const ids = page.items.map((row) => row.id);
  const [administered, granted, actorTeams] = await Promise.all([
    db
      .select({ processId: processAdministrator.processId })
      .from(processAdministrator)
      .where(and(eq(processAdministrator.userId, actor.userId), inArray(processAdministrator.processId, ids))),
    db
      .select()
      .from(grant)
      .where(
        and(
          inArray(grant.processId, ids),
          or(eq(grant.userId, actor.userId), inArray(grant.teamId, teamsOfUser(db, actor.userId))),
        ),
      ),
    db
      .select({ id: team.id, type: team.type })
      .from(teamMember)
      .innerJoin(team, eq(team.id, teamMember.teamId))
      .where(and(eq(teamMember.userId, actor.userId), isNull(team.deletedAt))),
  ]);
  const administeredIds = new Set(administered.map((entry) => entry.processId));
  return {
    items: page.items.map((row) => {
      const grants = granted.filter((entry) => entry.processId === row.id);
      return {
        process: row,
        grants,
        subject: {
          kind: "process",
          visibility: row.visibility,
          actorIsAdministrator: administeredIds.has(row.id),
          actorHasAnyGrant: grants.length > 0,
          processRights: new Set(grants.filter((entry) => entry.itemId === null).flatMap((entry) => entry.rights)),
          governance: governanceOf({ process: row, rules: rulesById.get(row.id) ?? [], actorTeams }, grants),
        },
      };
    }),
    nextCursor: page.nextCursor,
  };
}

function anonymousAccess(row: ProcessRow, rules: Rule[]): ProcessAccess {
  return {
    process: row,
    grants: [],
    subject: {
      kind: "process",
      visibility: row.visibility,
      actorIsAdministrator: false,
      actorHasAnyGrant: false,
      processRights: new Set(),
      governance: { model: row.governanceModel, rules, party: noParty },
    },
  };
}

export async function updateProcess(
  db: Database,
  options: { actor: Actor; access: ProcessAccess; input: z.infer<typeof processUpdate> },
): Promise<ProcessAccess> {
  const { access, input } = options;
  const before = Object.fromEntries(Object.keys(input).map((key) => [key, access.process[key as keyof typeof input]]));
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(process)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(process.id, access.process.id))
      .returning();
    // Choosing another model here is the same change as through the governance route: its preset replaces the rules.
    if (input.governanceModel !== undefined && input.governanceModel !== access.process.governanceModel) {
      await writeGovernance(tx, {
        actor: options.actor,
        processId: access.process.id,
        before: { model: access.process.governanceModel, rules: access.subject.governance?.rules ?? [] },
        model: input.governanceModel,
        rules: presetRules(input.governanceModel),
      });
    }
    await appendActivity(tx, {
      processId: access.process.id,
      actorId: options.actor.userId,
      action: "process.updated",
      targetType: "process",
      targetId: access.process.id,
      summary: { before, after: input },
    });
    return updated!;
  });
  if (input.visibility !== undefined) announceAccessChange(db, { processId: access.process.id });
  const governance = access.subject.governance && {
    ...access.subject.governance,
    model: row.governanceModel,
    ...(row.governanceModel !== access.process.governanceModel ? { rules: presetRules(row.governanceModel) } : {}),
  };
  return { ...access, process: row, subject: { ...access.subject, visibility: row.visibility, governance } };
}

export async function deleteProcess(db: Database, options: { actor: Actor; access: ProcessAccess }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(process)
      .set({ deletedAt: new Date(), updatedAt: new Date() })
      .where(eq(process.id, options.access.process.id));
    await appendActivity(tx, {
      processId: options.access.process.id,
      actorId: options.actor.userId,
      action: "process.deleted",
      targetType: "process",
      targetId: options.access.process.id,
      summary: { before: { name: options.access.process.name } },
    });
  });
  announceAccessChange(db, { processId: options.access.process.id });
}

export async function listProcessAdministrators(db: Database, processId: string): Promise<UserSummary[]> {
  const rows = await db
    .select({ userId: processAdministrator.userId })
    .from(processAdministrator)
    .where(eq(processAdministrator.processId, processId))
    .orderBy(processAdministrator.createdAt);
  const users = await getUserSummaries(
    db,
    rows.map((row) => row.userId),
  );
  return rows.flatMap((row) => users.get(row.userId) ?? []);
}

/**
 * Makes a person (who accepted an invitation) an administrator of the process, inside the caller's transaction,
 * with the trail's entry in the name of who invited them; nothing happens (and nothing is logged) when they
 * already are one.
 */
export async function addProcessAdministrator(
  tx: Database,
  options: { processId: string; userId: string; name: string; invitedBy: string; invitationId: string },
): Promise<void> {
  const added = await tx
    .insert(processAdministrator)
    .values({ processId: options.processId, userId: options.userId })
    .onConflictDoNothing()
    .returning();
  if (added.length === 0) return;
  await appendActivity(tx, {
    processId: options.processId,
    actorId: options.invitedBy,
    action: "administrator.added",
    targetType: "user",
    targetId: options.userId,
    summary: {
      after: {
        userId: options.userId,
        name: options.name,
        invitationId: options.invitationId,
        acceptedBy: options.userId,
      },
    },
  });
}

export async function isProcessAdministrator(
  db: Database,
  options: { processId: string; userId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ userId: processAdministrator.userId })
    .from(processAdministrator)
    .where(and(eq(processAdministrator.processId, options.processId), eq(processAdministrator.userId, options.userId)));
  return row !== undefined;
}

/** Removes an administrator; a process always keeps at least one. */
export async function removeProcessAdministrator(
  db: Database,
  options: { actor: Actor; processId: string; userId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    await lockProcess(tx, options.processId);
    const [{ total } = { total: 0 }] = await tx
      .select({ total: count() })
      .from(processAdministrator)
      .where(eq(processAdministrator.processId, options.processId));
    const removed = await tx
      .delete(processAdministrator)
      .where(
        and(eq(processAdministrator.processId, options.processId), eq(processAdministrator.userId, options.userId)),
      )
      .returning();
    if (removed.length === 0) throw notFound("administrator");
    const after = explainAdministratorsAfter("process", { administrators: total - 1 });
    if (!after.allowed) throw conflict("last-administrator", after.reason);
    await appendActivity(tx, {
      processId: options.processId,
      actorId: options.actor.userId,
      action: "administrator.removed",
      targetType: "user",
      targetId: options.userId,
      summary: { before: { userId: options.userId } },
    });
  });
  announceAccessChange(db, { processId: options.processId });
}

/** The teams holding rights in a process that the actor may see, with whether the actor may ask to join each. */
export async function listParticipants(
  db: Database,
  actor: MaybeActor,
  processId: string,
): Promise<z.infer<typeof participantsOutput>> {
  const rows = await db
    .selectDistinct({ teamId: grant.teamId })
    .from(grant)
    .where(and(eq(grant.processId, processId), isNotNull(grant.teamId)));
  const teamIds = rows.flatMap((row) => (row.teamId ? [row.teamId] : []));
  const visible = await loadVisibleTeams(db, actor, teamIds);
  return {
    items: visible.map(({ team, organization }) => ({
      team: {
        id: team.row.id,
        name: team.row.name,
        type: team.row.type,
        myRole: team.subject.actorRole,
        requestPending: team.subject.actorHasPendingRequest,
        can: { request_to_join: can(actor, "request_to_join", team.subject) },
      },
      organization: { id: organization.row.id, name: organization.row.name, type: organization.row.type },
    })),
    hiddenTeams: teamIds.length - visible.length,
  };
}

/** Processes' names by id (deleted ones too: a digest may name where something happened before). */
export async function getProcessNames(db: Database, processIds: string[]): Promise<Map<string, string>> {
  if (processIds.length === 0) return new Map();
  const rows = await db
    .select({ id: process.id, name: process.name })
    .from(process)
    .where(inArray(process.id, processIds));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The names of those of these processes the actor may see (not deleted), by id: the others are left out. */
export async function getVisibleProcessNames(
  db: Database,
  actor: MaybeActor,
  processIds: string[],
): Promise<Map<string, string>> {
  if (processIds.length === 0) return new Map();
  const rows = await db
    .select({ id: process.id, name: process.name })
    .from(process)
    .where(and(inArray(process.id, processIds), isNull(process.deletedAt), visibleProcesses(db, actor)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

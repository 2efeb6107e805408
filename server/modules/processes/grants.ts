import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { z } from "zod";
import type { Right } from "../../../common/coproduction.js";
import { announceAccessChange } from "../../collab/access-changes.js";
import type { Database } from "../../db/client.js";
import { grant, item, processAdministrator } from "../../db/schema/index.js";
import { invalid, notFound } from "../../http/problem.js";
import type { Actor } from "../../policies/index.js";
import { effectiveRights } from "../../policies/process.js";
import { teamsOfUser } from "../../policies/scopes.js";
import { getUser, getUserSummaries, type UserSummary } from "../accounts/service.js";
import { appendActivity } from "../activity/service.js";
import { getTeam, membersOf } from "../teams/service.js";
import type { GrantRow, ProcessTree } from "./access.js";
import { tellRightsChanged } from "./notices.js";
import type { accessOutput, grantCreate, grantOutput } from "./schema.js";

/** Refuses a grant naming an item of another process or an unknown account, before anything is made of it. */
export async function checkGrantInput(
  db: Database,
  options: { tree: ProcessTree; input: z.infer<typeof grantCreate> },
): Promise<void> {
  const { tree, input } = options;
  if (input.itemId && !tree.items.some((entry) => entry.id === input.itemId)) {
    throw invalid([{ path: "body.itemId", code: "not_an_item_of_process", message: "Not an item of this process." }]);
  }
  if (input.userId && !(await getUser(db, input.userId))) {
    throw invalid([{ path: "body.userId", code: "no_such_account", message: "There is no such account." }]);
  }
}

export async function createGrant(
  db: Database,
  options: { actor: Actor; tree: ProcessTree; input: z.infer<typeof grantCreate> },
): Promise<GrantRow> {
  const { actor, tree, input } = options;
  await checkGrantInput(db, { tree, input });
  const saved = await db.transaction(async (tx) => {
    const created = await insertGrant(tx, {
      actorId: actor.userId,
      processId: tree.process.id,
      itemId: input.itemId ?? null,
      teamId: input.teamId ?? null,
      userId: input.userId ?? null,
      rights: input.rights,
    });
    await tellRightsChanged(tx, { actorId: actor.userId, grant: created, change: "given" });
    return created;
  });
  // Whoever gained rights gets them on their open connections too.
  announceAccessChange(db, { processId: tree.process.id });
  return saved;
}

/**
 * Writes a grant and its trail entry inside the caller's transaction: for a new grant, and for one a team's
 * administrator accepted (`invitation`: the granter, who stays the entry's actor, and who consented). Announce
 * the access change after commit.
 */
export async function insertGrant(
  tx: Database,
  options: {
    actorId: string;
    processId: string;
    itemId: string | null;
    teamId: string | null;
    userId: string | null;
    rights: readonly Right[];
    invitation?: { id: string; invitedBy: string; acceptedBy: string };
  },
): Promise<GrantRow> {
  const rights = [...new Set(options.rights)];
  const [created] = await tx
    .insert(grant)
    .values({
      processId: options.processId,
      itemId: options.itemId,
      teamId: options.teamId,
      userId: options.userId,
      rights,
      createdBy: options.actorId,
    })
    .returning();
  await appendActivity(tx, {
    processId: options.processId,
    actorId: options.actorId,
    action: "grant.created",
    targetType: "grant",
    targetId: created!.id,
    summary: {
      after: {
        teamId: created!.teamId,
        userId: created!.userId,
        itemId: created!.itemId,
        rights,
        ...(options.invitation ? { invitedBy: options.invitation.invitedBy, invitationId: options.invitation.id } : {}),
      },
    },
  });
  return created!;
}

export async function findGrant(db: Database, grantId: string): Promise<GrantRow> {
  const [row] = await db.select().from(grant).where(eq(grant.id, grantId));
  if (!row) throw notFound("grant");
  return row;
}

export async function deleteGrant(db: Database, options: { actor: Actor; grant: GrantRow }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(grant).where(eq(grant.id, options.grant.id));
    await tellRightsChanged(tx, { actorId: options.actor.userId, grant: options.grant, change: "taken_back" });
    await appendActivity(tx, {
      processId: options.grant.processId,
      actorId: options.actor.userId,
      action: "grant.deleted",
      targetType: "grant",
      targetId: options.grant.id,
      summary: {
        before: {
          teamId: options.grant.teamId,
          userId: options.grant.userId,
          itemId: options.grant.itemId,
          rights: options.grant.rights,
        },
      },
    });
  });
  announceAccessChange(db, { processId: options.grant.processId });
}

export async function listGrants(
  db: Database,
  actor: Actor,
  processId: string,
): Promise<z.infer<typeof grantOutput>[]> {
  const rows = await db.select().from(grant).where(eq(grant.processId, processId)).orderBy(asc(grant.id));
  const users = await getUserSummaries(
    db,
    rows.flatMap((row) => (row.userId ? [row.userId] : [])),
  );
  const teamIds = [...new Set(rows.flatMap((row) => (row.teamId ? [row.teamId] : [])))];
  const teams = new Map(
    await Promise.all(
      teamIds.map(async (teamId) => {
        const loaded = await getTeam(db, actor, teamId).catch(() => undefined);
        return [teamId, loaded?.row.name ?? {}] as const;
      }),
    ),
  );
  return rows.map((row) => ({
    id: row.id,
    processId: row.processId,
    itemId: row.itemId,
    team: row.teamId ? { id: row.teamId, name: teams.get(row.teamId) ?? {} } : null,
    user: row.userId ? (users.get(row.userId) ?? { id: row.userId, name: "", email: "" }) : null,
    rights: row.rights,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** What a given person may do on every item, and which grants it comes from: for administrators to check. */
export async function explainAccess(
  db: Database,
  options: { tree: ProcessTree; userId: string },
): Promise<z.infer<typeof accessOutput>> {
  const { tree, userId } = options;
  if (!(await getUser(db, userId))) {
    throw invalid([{ path: "querystring.userId", code: "no_such_account", message: "There is no such account." }]);
  }
  const [grants, administrator] = await Promise.all([
    db
      .select()
      .from(grant)
      .where(
        and(
          eq(grant.processId, tree.process.id),
          or(eq(grant.userId, userId), inArray(grant.teamId, teamsOfUser(db, userId))),
        ),
      ),
    db
      .select()
      .from(processAdministrator)
      .where(and(eq(processAdministrator.processId, tree.process.id), eq(processAdministrator.userId, userId))),
  ]);
  const rights = effectiveRights(tree.items, grants);
  const byId = new Map(tree.items.map((entry) => [entry.id, entry]));
  const sourcesOf = (itemId: string): string[] => {
    const path: (string | null)[] = [null];
    for (let current = byId.get(itemId); current; current = current.parentId ? byId.get(current.parentId) : undefined) {
      path.push(current.id);
    }
    return grants.filter((entry) => path.includes(entry.itemId)).map((entry) => entry.id);
  };
  return {
    userId,
    isAdministrator: administrator.length > 0,
    processRights: [...new Set(grants.filter((entry) => entry.itemId === null).flatMap((entry) => entry.rights))],
    items: tree.items.map((entry) => ({
      itemId: entry.id,
      name: entry.name,
      type: entry.type,
      rights: [...(rights.get(entry.id) ?? new Set<Right>())],
      grants: sourcesOf(entry.id),
    })),
  };
}

/**
 * Who stands in a process: its administrators, its grants, and the members of each (not deleted) team holding a
 * grant anywhere in it. The one read behind both "the people of a process" and "the right holders of an item".
 */
export async function readProcessPeople(db: Database, processId: string) {
  const [grants, administrators] = await Promise.all([
    db.select().from(grant).where(eq(grant.processId, processId)),
    db
      .select({ userId: processAdministrator.userId })
      .from(processAdministrator)
      .where(eq(processAdministrator.processId, processId)),
  ]);
  const teamIds = [...new Set(grants.flatMap((entry) => (entry.teamId ? [entry.teamId] : [])))];
  const teamMembers = await membersOf(db, { teamIds });
  return { grants, administrators: new Set(administrators.map((entry) => entry.userId)), teamMembers };
}

/**
 * The people of one item: each person's effective rights on it (their own grants and their teams', on the item,
 * its ancestors or the whole process, as the policies compute them), the process's administrators, and the
 * members of each team that holds a grant anywhere in the process. For tools that need "everyone who works on
 * this task", such as a decision's voters.
 */
export async function rightHoldersOf(db: Database, options: { processId: string; itemId: string }) {
  const [items, { grants, administrators, teamMembers }] = await Promise.all([
    db.select({ id: item.id, parentId: item.parentId }).from(item).where(eq(item.processId, options.processId)),
    readProcessPeople(db, options.processId),
  ]);

  // Rights each grantee's grants give on the item; a person's are the union of theirs and their teams'.
  const onItem = (granteeGrants: GrantRow[]) => effectiveRights(items, granteeGrants).get(options.itemId) ?? new Set();
  const people = new Map<string, Set<Right>>();
  const add = (userId: string, rights: Set<Right>) =>
    people.set(userId, new Set([...(people.get(userId) ?? []), ...rights]));
  for (const userId of new Set(grants.flatMap((entry) => (entry.userId ? [entry.userId] : [])))) {
    add(userId, onItem(grants.filter((entry) => entry.userId === userId)));
  }
  for (const [teamId, members] of teamMembers) {
    const rights = onItem(grants.filter((entry) => entry.teamId === teamId));
    for (const userId of members) add(userId, rights);
  }
  return { people, administrators, teamMembers };
}

/**
 * The people who take part in a process: its administrators and everyone holding a grant in it, on their own or
 * through a (not deleted) team. The same standing `loadProcessAccess` reads for one person, for all at once.
 */
export async function listProcessMembers(db: Database, processId: string): Promise<UserSummary[]> {
  const { grants, administrators, teamMembers } = await readProcessPeople(db, processId);
  const ids = new Set([
    ...administrators,
    ...grants.flatMap((entry) => (entry.userId ? [entry.userId] : [])),
    ...[...teamMembers.values()].flat(),
  ]);
  const summaries = await getUserSummaries(db, [...ids]);
  return [...summaries.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Whether a team holds a grant in the process (takes part in it). */
export async function teamTakesPart(db: Database, options: { processId: string; teamId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: grant.id })
    .from(grant)
    .where(and(eq(grant.processId, options.processId), eq(grant.teamId, options.teamId)))
    .limit(1);
  return Boolean(row);
}

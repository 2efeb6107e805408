import { and, count, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { z } from "zod";
import { announceAccessChange } from "../../collab/access-changes.js";
import type { Database } from "../../db/client.js";
import { team, teamJoinRequest, teamMember } from "../../db/schema/index.js";
import { qualified } from "../../db/sql.js";
import { cursorCondition, toPage } from "../../http/pagination.js";
import { conflict, notFound } from "../../http/problem.js";
import {
  type Actor,
  can,
  explainAdministratorsAfter,
  type MaybeActor,
  type TeamSubject,
} from "../../policies/index.js";
import { getUserSummaries } from "../accounts/service.js";
import { notify } from "../notifications/emit.js";
import {
  findOrganization,
  getOrganization,
  getOrganizationTypes,
  type LoadedOrganization,
  organizationsAdministeredBy,
} from "../organizations/service.js";
import type { joinRequestStatuses, teamCreate, teamRoles, teamUpdate } from "./schema.js";

export type TeamRow = typeof team.$inferSelect;
export type TeamRole = (typeof teamRoles)[number];
export interface LoadedTeam {
  row: TeamRow;
  subject: TeamSubject;
}

const actorRole = (actor: MaybeActor) =>
  actor
    ? sql<TeamRole | null>`(select ${qualified(teamMember.role)} from ${teamMember} where ${qualified(teamMember.teamId)} = ${qualified(team.id)} and ${qualified(teamMember.userId)} = ${actor.userId})`
    : sql<null>`null`;

const actorHasPendingRequest = (actor: MaybeActor) =>
  actor
    ? sql<boolean>`exists (select 1 from ${teamJoinRequest} where ${qualified(teamJoinRequest.teamId)} = ${qualified(team.id)} and ${qualified(teamJoinRequest.userId)} = ${actor.userId} and ${qualified(teamJoinRequest.status)} = 'pending')`.mapWith(
        Boolean,
      )
    : sql<boolean>`false`.mapWith(Boolean);

const withRelation = (actor: MaybeActor) => ({
  row: team,
  actorRole: actorRole(actor),
  actorHasPendingRequest: actorHasPendingRequest(actor),
});

function toLoaded(
  organization: LoadedOrganization,
  result: { row: TeamRow; actorRole: TeamRole | null; actorHasPendingRequest: boolean },
): LoadedTeam {
  return {
    row: result.row,
    subject: {
      kind: "team",
      organization: organization.subject,
      actorRole: result.actorRole,
      actorHasPendingRequest: result.actorHasPendingRequest,
    },
  };
}

/** A team that is not deleted, in an organization that is not deleted, with the actor's place in both. */
export async function getTeam(db: Database, actor: MaybeActor, teamId: string): Promise<LoadedTeam> {
  const [result] = await db
    .select(withRelation(actor))
    .from(team)
    .where(and(eq(team.id, teamId), isNull(team.deletedAt)));
  if (!result) throw notFound("team");
  const organization = await getOrganization(db, actor, result.row.organizationId).catch(() => {
    throw notFound("team");
  });
  return toLoaded(organization, result);
}

export async function listTeams(
  db: Database,
  actor: MaybeActor,
  options: { organization: LoadedOrganization; limit: number; cursor?: string },
): Promise<{ items: LoadedTeam[]; nextCursor: string | null }> {
  const rows = await db
    .select(withRelation(actor))
    .from(team)
    .where(
      and(
        eq(team.organizationId, options.organization.row.id),
        isNull(team.deletedAt),
        cursorCondition(team.id, options.cursor),
      ),
    )
    .orderBy(desc(team.id))
    .limit(options.limit + 1);
  const page = toPage(
    rows.map((result) => ({ id: result.row.id, result })),
    options.limit,
  );
  return {
    items: page.items.map(({ result }) => toLoaded(options.organization, result)),
    nextCursor: page.nextCursor,
  };
}

/** The teams the actor belongs to, across organizations that still exist. */
export async function listMyTeams(db: Database, actor: Actor): Promise<LoadedTeam[]> {
  const rows = await db
    .select({ teamId: teamMember.teamId })
    .from(teamMember)
    .innerJoin(team, eq(team.id, teamMember.teamId))
    .where(and(eq(teamMember.userId, actor.userId), isNull(team.deletedAt)))
    .orderBy(desc(team.id));
  const loaded = await Promise.all(rows.map((row) => getTeam(db, actor, row.teamId).catch(() => undefined)));
  return loaded.filter((item): item is LoadedTeam => item !== undefined);
}

export async function createTeam(
  db: Database,
  options: { actor: Actor; organization: LoadedOrganization; input: z.infer<typeof teamCreate> },
): Promise<LoadedTeam> {
  const { actor, organization, input } = options;
  const row = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(team)
      .values({
        organizationId: organization.row.id,
        name: input.name,
        description: input.description ?? {},
        type: input.type,
        createdBy: actor.userId,
      })
      .returning();
    await tx.insert(teamMember).values({ teamId: created!.id, userId: actor.userId, role: "administrator" });
    return created!;
  });
  const withMembership = { ...organization, subject: { ...organization.subject, actorIsMember: true } };
  return toLoaded(withMembership, { row, actorRole: "administrator", actorHasPendingRequest: false });
}

export async function updateTeam(
  db: Database,
  options: { loaded: LoadedTeam; input: z.infer<typeof teamUpdate> },
): Promise<LoadedTeam> {
  const [row] = await db
    .update(team)
    .set({ ...options.input, updatedAt: new Date() })
    .where(eq(team.id, options.loaded.row.id))
    .returning();
  return { ...options.loaded, row: row! };
}

export async function deleteTeam(db: Database, teamId: string): Promise<void> {
  await db.update(team).set({ deletedAt: new Date(), updatedAt: new Date() }).where(eq(team.id, teamId));
}

export type TeamMemberRow = Awaited<ReturnType<typeof listMembers>>[number];

export async function listMembers(db: Database, teamId: string) {
  const rows = await db.select().from(teamMember).where(eq(teamMember.teamId, teamId)).orderBy(teamMember.createdAt);
  const users = await getUserSummaries(
    db,
    rows.map((row) => row.userId),
  );
  return rows.flatMap((row) => {
    const user = users.get(row.userId);
    return user
      ? [{ userId: row.userId, name: user.name, email: user.email, role: row.role, since: row.createdAt.toISOString() }]
      : [];
  });
}

/**
 * Makes a person a member (who accepted an invitation), inside the caller's transaction; an existing member keeps
 * their place, and becomes administrator when invited as one. Announce the access change after commit.
 */
export async function addMember(tx: Database, options: { teamId: string; userId: string; role: TeamRole }) {
  await tx
    .insert(teamMember)
    .values({ teamId: options.teamId, userId: options.userId, role: options.role })
    .onConflictDoUpdate({
      target: [teamMember.teamId, teamMember.userId],
      set: { role: sql`case when excluded.role = 'administrator' then 'administrator' else ${teamMember.role} end` },
    });
  // Someone who joined by invitation no longer waits on their request.
  await closePendingRequest(tx, { teamId: options.teamId, userId: options.userId, status: "approved" });
}

export async function isTeamMember(db: Database, options: { teamId: string; userId: string }): Promise<boolean> {
  const [row] = await db
    .select({ userId: teamMember.userId })
    .from(teamMember)
    .where(and(eq(teamMember.teamId, options.teamId), eq(teamMember.userId, options.userId)));
  return row !== undefined;
}

/** Who speaks for a team: its administrators' ids. */
export async function teamAdministratorIds(db: Database, teamId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: teamMember.userId })
    .from(teamMember)
    .where(and(eq(teamMember.teamId, teamId), eq(teamMember.role, "administrator")));
  return rows.map((row) => row.userId);
}

/** The teams a person administers, as a subquery for `in (…)`. */
export function teamsAdministeredBy(db: Database, userId: string) {
  return db
    .select({ id: teamMember.teamId })
    .from(teamMember)
    .where(and(eq(teamMember.userId, userId), eq(teamMember.role, "administrator")));
}

/** The (not deleted) teams of these organizations, as a subquery for `in (…)`. */
export function teamsOfOrganizations(db: Database, organizationIds: ReturnType<typeof organizationsAdministeredBy>) {
  return db
    .select({ id: team.id })
    .from(team)
    .where(and(inArray(team.organizationId, organizationIds), isNull(team.deletedAt)));
}

export async function setMemberRole(
  db: Database,
  options: { teamId: string; userId: string; role: TeamRole },
): Promise<void> {
  await db.transaction(async (tx) => {
    const updated = await tx
      .update(teamMember)
      .set({ role: options.role })
      .where(and(eq(teamMember.teamId, options.teamId), eq(teamMember.userId, options.userId)))
      .returning();
    if (updated.length === 0) throw notFound("team member");
    await requireAnAdministrator(tx, options.teamId);
  });
  announceAccessChange(db, { userId: options.userId });
}

export async function removeMember(db: Database, options: { teamId: string; userId: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(teamMember)
      .where(and(eq(teamMember.teamId, options.teamId), eq(teamMember.userId, options.userId)))
      .returning();
    if (removed.length === 0) throw notFound("team member");
    await requireAnAdministrator(tx, options.teamId);
  });
  announceAccessChange(db, { userId: options.userId });
}

/** A team keeps at least one administrator while it has members; called inside the changing transaction. */
async function requireAnAdministrator(tx: Database, teamId: string): Promise<void> {
  const [counts] = await tx
    .select({
      members: count(),
      administrators: sql<number>`count(*) filter (where ${teamMember.role} = 'administrator')`.mapWith(Number),
    })
    .from(teamMember)
    .where(eq(teamMember.teamId, teamId));
  const after = explainAdministratorsAfter("team", counts ?? { administrators: 0, members: 0 });
  if (!after.allowed) throw conflict("last-administrator", after.reason);
}

/** Asks to join a team; whoever may decide for the team is told. */
export async function createJoinRequest(db: Database, options: { actor: Actor; team: TeamRow; message: string }) {
  const created = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(teamJoinRequest)
      .values({ teamId: options.team.id, userId: options.actor.userId, message: options.message })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict("request-pending", "You have already asked to join; wait for an answer.");
    await notify(tx, {
      type: "join_request.created",
      actorId: options.actor.userId,
      subject: { kind: "join_request", id: row.id },
      teamId: options.team.id,
      audience: { teamDeciders: options.team.id },
      url: `/teams/${options.team.id}`,
      data: { by: options.actor.name, team: options.team.name },
    });
    return row;
  });
  return presentableRequest(db, created);
}

export async function listJoinRequests(
  db: Database,
  options: { teamId: string; status?: (typeof joinRequestStatuses)[number]; limit: number; cursor?: string },
) {
  const rows = await db
    .select()
    .from(teamJoinRequest)
    .where(
      and(
        eq(teamJoinRequest.teamId, options.teamId),
        options.status ? eq(teamJoinRequest.status, options.status) : undefined,
        cursorCondition(teamJoinRequest.id, options.cursor),
      ),
    )
    .orderBy(desc(teamJoinRequest.id))
    .limit(options.limit + 1);
  const page = toPage(rows, options.limit);
  return { items: await presentableRequests(db, page.items), nextCursor: page.nextCursor };
}

export type JoinRequestRow = typeof teamJoinRequest.$inferSelect;

export async function getJoinRequest(db: Database, requestId: string): Promise<JoinRequestRow> {
  const [row] = await db.select().from(teamJoinRequest).where(eq(teamJoinRequest.id, requestId));
  if (!row) throw notFound("join request");
  return row;
}

/** Approves (adding the person as a member) or rejects a pending request, once. */
export async function decideJoinRequest(
  db: Database,
  options: { actor: Actor; request: JoinRequestRow; decision: "approved" | "rejected" },
) {
  const decided = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(teamJoinRequest)
      .set({ status: options.decision, decidedBy: options.actor.userId, decidedAt: new Date() })
      .where(and(eq(teamJoinRequest.id, options.request.id), eq(teamJoinRequest.status, "pending")))
      .returning();
    if (!row) throw conflict("already-decided", `This request was already ${options.request.status}.`);
    if (options.decision === "approved") {
      await tx.insert(teamMember).values({ teamId: row.teamId, userId: row.userId }).onConflictDoNothing();
    }
    const [decidedTeam] = await tx.select({ name: team.name }).from(team).where(eq(team.id, row.teamId));
    await notify(tx, {
      type: "join_request.decided",
      actorId: options.actor.userId,
      subject: { kind: "join_request", id: row.id },
      teamId: row.teamId,
      audience: { userIds: [row.userId] },
      url: `/teams/${row.teamId}`,
      data: { team: decidedTeam?.name ?? {}, decision: options.decision },
    });
    return row;
  });
  return presentableRequest(db, decided);
}

async function closePendingRequest(
  db: Database,
  options: { teamId: string; userId: string; status: "approved" | "rejected" },
): Promise<void> {
  await db
    .update(teamJoinRequest)
    .set({ status: options.status, decidedAt: new Date() })
    .where(
      and(
        eq(teamJoinRequest.teamId, options.teamId),
        eq(teamJoinRequest.userId, options.userId),
        eq(teamJoinRequest.status, "pending"),
      ),
    );
}

async function presentableRequests(db: Database, rows: JoinRequestRow[]) {
  const users = await getUserSummaries(
    db,
    rows.map((row) => row.userId),
  );
  return rows.map((row) => ({
    id: row.id,
    teamId: row.teamId,
    user: users.get(row.userId) ?? { id: row.userId, name: "", email: "" },
    message: row.message,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  }));
}

async function presentableRequest(db: Database, row: JoinRequestRow) {
  const [presented] = await presentableRequests(db, [row]);
  return presented!;
}

/** How many pending requests each dashboard list shows at most; the team pages list them all. */
const dashboardRequestLimit = 100;

/**
 * The pending requests that concern the actor across organizations: those they may decide (teams they
 * administer, or teams of organizations they administer) and their own. Each is checked again through the
 * team policy, so this list never shows more than the team pages would.
 */
export async function listMyPendingJoinRequests(db: Database, actor: Actor) {
  const administeredTeams = teamsAdministeredBy(db, actor.userId);
  const pendingOn = (scope: ReturnType<typeof or>) =>
    db
      .select({ request: teamJoinRequest })
      .from(teamJoinRequest)
      .innerJoin(team, eq(team.id, teamJoinRequest.teamId))
      .where(and(eq(teamJoinRequest.status, "pending"), isNull(team.deletedAt), scope))
      .orderBy(desc(teamJoinRequest.id))
      .limit(dashboardRequestLimit);
  const [toDecide, mine] = await Promise.all([
    pendingOn(
      or(
        inArray(teamJoinRequest.teamId, administeredTeams),
        inArray(team.organizationId, organizationsAdministeredBy(db, actor.userId)),
      ),
    ),
    pendingOn(eq(teamJoinRequest.userId, actor.userId)),
  ]);
  const teams = new Map<string, Promise<{ loaded: LoadedTeam; organization: LoadedOrganization } | undefined>>();
  const teamOf = (teamId: string) => {
    let found = teams.get(teamId);
    if (!found) {
      found = getTeam(db, actor, teamId)
        .then(async (loaded) => ({
          loaded,
          organization: await getOrganization(db, actor, loaded.row.organizationId),
        }))
        .catch(() => undefined);
      teams.set(teamId, found);
    }
    return found;
  };
  const present = async (rows: { request: JoinRequestRow }[], action: "manage_members" | "view") => {
    const presented = await presentableRequests(
      db,
      rows.map((row) => row.request),
    );
    const withTeams = await Promise.all(
      presented.map(async (request) => {
        const found = await teamOf(request.teamId);
        if (!found || !can(actor, action, found.loaded.subject)) return undefined;
        const { loaded, organization } = found;
        return {
          ...request,
          team: {
            id: loaded.row.id,
            name: loaded.row.name,
            organizationId: organization.row.id,
            organizationName: organization.row.name,
          },
        };
      }),
    );
    return withTeams.filter((request) => request !== undefined);
  };
  return { toDecide: await present(toDecide, "manage_members"), mine: await present(mine, "view") };
}

/** Each (not deleted) team's actor type and its organization's, by team id: two queries for any number of teams. */
export async function describeTeams(
  db: Database,
  teamIds: readonly string[],
): Promise<Map<string, { type: TeamRow["type"]; organizationId: string; organizationType: TeamRow["type"] }>> {
  if (teamIds.length === 0) return new Map();
  const rows = await db
    .select({ id: team.id, type: team.type, organizationId: team.organizationId })
    .from(team)
    .where(and(inArray(team.id, [...teamIds]), isNull(team.deletedAt)));
  const organizationTypes = await getOrganizationTypes(db, [...new Set(rows.map((row) => row.organizationId))]);
  return new Map(
    rows.flatMap((row) => {
      const organizationType = organizationTypes.get(row.organizationId);
      return organizationType ? [[row.id, { ...row, organizationType }] as const] : [];
    }),
  );
}

/**
 * The teams among `teamIds` the actor may see, each with its organization and the actor's place in both; the
 * others are left out. One query for the teams and one (prepared) read per organization.
 */
export async function loadVisibleTeams(
  db: Database,
  actor: MaybeActor,
  teamIds: readonly string[],
): Promise<{ team: LoadedTeam; organization: LoadedOrganization }[]> {
  if (teamIds.length === 0) return [];
  const rows = await db
    .select(withRelation(actor))
    .from(team)
    .where(and(inArray(team.id, [...teamIds]), isNull(team.deletedAt)))
    .orderBy(team.id);
  const organizationIds = [...new Set(rows.map((row) => row.row.organizationId))];
  const organizations = new Map(
    (await Promise.all(organizationIds.map((id) => findOrganization(db, actor, id)))).flatMap((found) =>
      found ? [[found.row.id, found] as const] : [],
    ),
  );
  return rows.flatMap((result) => {
    const found = organizations.get(result.row.organizationId);
    if (!found) return [];
    const loaded = toLoaded(found, result);
    return can(actor, "view", loaded.subject) ? [{ team: loaded, organization: found }] : [];
  });
}

/**
 * The members of each of these teams that still exists, by team id: an empty list for a team without members,
 * no entry for a deleted or unknown one. One query for any number of teams.
 */
export async function membersOf(db: Database, options: { teamIds: readonly string[] }): Promise<Map<string, string[]>> {
  if (options.teamIds.length === 0) return new Map();
  const rows = await db
    .select({ teamId: team.id, userId: teamMember.userId })
    .from(team)
    .leftJoin(teamMember, eq(teamMember.teamId, team.id))
    .where(and(inArray(team.id, [...options.teamIds]), isNull(team.deletedAt)));
  const members = new Map<string, string[]>();
  for (const row of rows) {
    const known = members.get(row.teamId) ?? [];
    if (row.userId) known.push(row.userId);
    members.set(row.teamId, known);
  }
  return members;
}

/** Team names by id, for naming teams elsewhere (the trail); a deleted team keeps its name. */
export async function getTeamNames(db: Database, teamIds: string[]): Promise<Map<string, TeamRow["name"]>> {
  if (teamIds.length === 0) return new Map();
  const rows = await db.select({ id: team.id, name: team.name }).from(team).where(inArray(team.id, teamIds));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Who administers the team now (their user ids), and its organization; null for a team that is gone. */
export async function teamAdministrators(
  db: Database,
  teamId: string,
): Promise<{ organizationId: string; userIds: string[] } | null> {
  const [row] = await db
    .select({ organizationId: team.organizationId })
    .from(team)
    .where(and(eq(team.id, teamId), isNull(team.deletedAt)));
  if (!row) return null;
  const members = await db
    .select({ userId: teamMember.userId })
    .from(teamMember)
    .where(and(eq(teamMember.teamId, teamId), eq(teamMember.role, "administrator")));
  return { organizationId: row.organizationId, userIds: members.map((member) => member.userId) };
}

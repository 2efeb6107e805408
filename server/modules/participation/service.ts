import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Right } from "../../../common/coproduction.js";
import { announceAccessChange } from "../../collab/access-changes.js";
import type { Database } from "../../db/client.js";
import { participationRequest } from "../../db/schema/index.js";
import { cursorCondition, toPage } from "../../http/pagination.js";
import { conflict, invalid, notFound } from "../../http/problem.js";
import type { Actor } from "../../policies/index.js";
import { appendActivity } from "../activity/service.js";
import { notify } from "../notifications/emit.js";
import { insertGrant, teamTakesPart } from "../processes/grants.js";
import { addMember } from "../teams/service.js";

export type ParticipationRequestRow = typeof participationRequest.$inferSelect;

const pendingConflict = () =>
  conflict(
    "participation-request-pending",
    "You already asked to take part in this process; its administrators have not answered yet.",
  );

/** Whether a database error is the one-open-request index refusing a second one (a race past the check). */
const isDuplicate = (error: unknown) =>
  typeof error === "object" && error !== null && "code" in error && (error as { code?: string }).code === "23505";

/** Asks to take part in a process, with the reason; one open request per person and process (409). */
export async function requestParticipation(
  db: Database,
  options: { actor: Actor; processId: string; processName: string; reason: string },
): Promise<ParticipationRequestRow> {
  const { actor, processId, reason } = options;
  const [open] = await db
    .select({ id: participationRequest.id })
    .from(participationRequest)
    .where(
      and(
        eq(participationRequest.processId, processId),
        eq(participationRequest.userId, actor.userId),
        eq(participationRequest.status, "pending"),
      ),
    );
  if (open) throw pendingConflict();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(participationRequest)
        .values({ processId, userId: actor.userId, reason })
        .returning();
      await appendActivity(tx, {
        processId,
        actorId: actor.userId,
        action: "participation.requested",
        targetType: "participation_request",
        targetId: row!.id,
        summary: { after: { userId: actor.userId } },
      });
      await notify(tx, {
        type: "participation_request.created",
        actorId: actor.userId,
        processId,
        subject: { kind: "participation_request", id: row!.id },
        audience: { processPeople: processId },
        url: `/processes/${processId}`,
        data: { process: options.processName },
      });
      return row!;
    });
  } catch (error) {
    if (isDuplicate(error) || isDuplicate((error as { cause?: unknown })?.cause)) throw pendingConflict();
    throw error;
  }
}

/** A process's requests, newest first: all of them, or (with `userId`) one person's own. */
export async function listParticipationRequests(
  db: Database,
  options: {
    processId: string;
    userId?: string;
    status?: ParticipationRequestRow["status"];
    limit: number;
    cursor?: string;
  },
) {
  const conditions: (SQL | undefined)[] = [
    eq(participationRequest.processId, options.processId),
    options.userId ? eq(participationRequest.userId, options.userId) : undefined,
    options.status ? eq(participationRequest.status, options.status) : undefined,
    cursorCondition(participationRequest.id, options.cursor),
  ];
  const rows = await db
    .select()
    .from(participationRequest)
    .where(and(...conditions))
    .orderBy(desc(participationRequest.id))
    .limit(options.limit + 1);
  return toPage(rows, options.limit);
}

export async function findParticipationRequest(db: Database, id: string): Promise<ParticipationRequestRow> {
  const [row] = await db.select().from(participationRequest).where(eq(participationRequest.id, id));
  if (!row) throw notFound("participation request");
  return row;
}

const alreadyAnswered = () => conflict("participation-request-answered", "This request has been answered already.");

/**
 * Accepts a request: the person asked, so they are attached at once, into a team taking part (whose members the
 * decider manages; the route checks it) or with rights of their own on the whole process.
 */
export async function acceptParticipationRequest(
  db: Database,
  options: { actor: Actor; row: ParticipationRequestRow; processName: string; teamId?: string; rights?: Right[] },
): Promise<void> {
  const { actor, row } = options;
  if (row.status !== "pending") throw alreadyAnswered();
  if (options.teamId && !(await teamTakesPart(db, { processId: row.processId, teamId: options.teamId }))) {
    throw invalid([
      { path: "body.teamId", code: "team_not_taking_part", message: "This team takes no part in this process." },
    ]);
  }
  const rights: Right[] | null = options.teamId ? null : (options.rights ?? ["view"]);
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(participationRequest)
      .set({
        status: "accepted",
        decidedBy: actor.userId,
        decidedAt: new Date(),
        teamId: options.teamId ?? null,
        rights,
      })
      .where(and(eq(participationRequest.id, row.id), eq(participationRequest.status, "pending")))
      .returning({ id: participationRequest.id });
    // Two deciders at once: the second finds it answered.
    if (!updated) throw alreadyAnswered();
    if (options.teamId) await addMember(tx, { teamId: options.teamId, userId: row.userId, role: "member" });
    else {
      await insertGrant(tx, {
        actorId: actor.userId,
        processId: row.processId,
        itemId: null,
        teamId: null,
        userId: row.userId,
        rights: rights!,
      });
    }
    await appendActivity(tx, {
      processId: row.processId,
      actorId: actor.userId,
      action: "participation.accepted",
      targetType: "participation_request",
      targetId: row.id,
      summary: { after: { userId: row.userId, teamId: options.teamId ?? null, rights } },
    });
    await tellTheAsker(tx, row, options.processName, "accepted");
  });
  announceAccessChange(db, { processId: row.processId });
}

/** Declines a request with the reason the person reads. */
export async function declineParticipationRequest(
  db: Database,
  options: { actor: Actor; row: ParticipationRequestRow; processName: string; reason: string },
): Promise<void> {
  const { actor, row, reason } = options;
  if (row.status !== "pending") throw alreadyAnswered();
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(participationRequest)
      .set({ status: "declined", decidedBy: actor.userId, decidedAt: new Date(), answer: reason })
      .where(and(eq(participationRequest.id, row.id), eq(participationRequest.status, "pending")))
      .returning({ id: participationRequest.id });
    if (!updated) throw alreadyAnswered();
    await appendActivity(tx, {
      processId: row.processId,
      actorId: actor.userId,
      action: "participation.declined",
      targetType: "participation_request",
      targetId: row.id,
      summary: { after: { userId: row.userId } },
    });
    await tellTheAsker(tx, row, options.processName, "declined");
  });
}

/** The person who asked hears the answer (the process page shows them their request and its reason). */
function tellTheAsker(
  tx: Database,
  row: ParticipationRequestRow,
  processName: string,
  decision: "accepted" | "declined",
): Promise<void> {
  return notify(tx, {
    type: "participation_request.decided",
    actorId: null,
    processId: row.processId,
    subject: { kind: "participation_request", id: row.id },
    audience: { userIds: [row.userId] },
    url: `/processes/${row.processId}`,
    data: { process: processName, decision },
  });
}

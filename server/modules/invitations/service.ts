import { and, desc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Right } from "../../../common/coproduction.js";
import { type InvitationKind, type InvitationStatus, invitationLifetimeDays } from "../../../common/invitations.js";
import { type Language, pickTranslation, type Translated } from "../../../common/languages.js";
import { announceAccessChange } from "../../collab/access-changes.js";
import type { Database } from "../../db/client.js";
import { invitation } from "../../db/schema/index.js";
import { cursorCondition, toPage } from "../../http/pagination.js";
import { conflict, notFound } from "../../http/problem.js";
import type { Actor, InvitationSubject, MaybeActor } from "../../policies/index.js";
import { findUserByEmail, getContacts, getUserSummaries, type MailContact } from "../accounts/service.js";
import type { Mailer } from "../mail/service.js";
import { invitationMail } from "../mail/templates.js";
import { notify } from "../notifications/emit.js";
import {
  addAdministrator,
  getOrganization,
  isOrganizationAdministrator,
  listAdministrators,
  organizationsAdministeredBy,
} from "../organizations/service.js";
import { loadProcessAccess, loadProcessTree } from "../processes/access.js";
import { insertGrant } from "../processes/grants.js";
import { tellRightsChanged } from "../processes/notices.js";
import { addProcessAdministrator, isProcessAdministrator } from "../processes/service.js";
import {
  addMember,
  getTeam,
  isTeamMember,
  type LoadedTeam,
  teamAdministratorIds,
  teamsAdministeredBy,
  teamsOfOrganizations,
} from "../teams/service.js";

export type InvitationRow = typeof invitation.$inferSelect;

/** An invitation with what a reader is shown of it and the subject its policy decides on. */
export interface LoadedInvitation {
  row: InvitationRow;
  status: InvitationStatus;
  subject: InvitationSubject;
  target: { type: "team" | "organization" | "process"; id: string; name: Translated };
  team: { id: string; name: Translated } | null;
  item: { id: string; name: string } | null;
  invitedBy: { id: string; name: string };
}

/** What the platform needs to write an invitation's mail. */
export interface InvitationMailing {
  mailer: Mailer;
  baseUrl: string;
}

const dayMs = 24 * 60 * 60 * 1000;

/** A pending invitation past its date is expired; the stored status is only ever pending, accepted, declined… */
export function statusOf(row: InvitationRow, now = new Date()): InvitationStatus {
  return row.status === "pending" && row.expiresAt <= now ? "expired" : row.status;
}

/** A process's name is one string in its own language; the other things' names are translated already. */
const processName = (process: { name: string; language: Language }): Translated => ({
  [process.language]: process.name,
});

type PersonTarget =
  | { kind: "team_member"; team: LoadedTeam; role: "member" | "administrator" }
  | { kind: "organization_administrator"; organizationId: string; name: Translated }
  | { kind: "process_administrator"; processId: string; name: Translated };

/**
 * Invites an address to join a team or administer an organization or a process, and answers the same whatever
 * the address is: a new pending invitation, or the pending one already waiting (never a second row). The mail
 * goes out when the invitation is new, and again when asked again at most once a day: an inviter whose invitee
 * lost the mail may send it again, but asking in a loop cannot flood a stranger's mailbox. Someone who already
 * holds the place gets no mail (there is nothing to accept), though the inviter hears the same answer.
 */
export async function invitePerson(
  db: Database,
  options: { actor: Actor; email: string; target: PersonTarget; mailing: InvitationMailing },
): Promise<InvitationRow> {
  const { actor, target } = options;
  const email = options.email.trim().toLowerCase();
  const keys =
    target.kind === "team_member"
      ? { teamId: target.team.row.id, role: target.role }
      : target.kind === "organization_administrator"
        ? { organizationId: target.organizationId }
        : { processId: target.processId };
  const sameThing =
    target.kind === "team_member"
      ? eq(invitation.teamId, target.team.row.id)
      : target.kind === "organization_administrator"
        ? eq(invitation.organizationId, target.organizationId)
        : eq(invitation.processId, target.processId);
  const row = await db.transaction(async (tx) => {
    await expireStale(tx, and(eq(invitation.kind, target.kind), eq(invitation.email, email), sameThing));
    const [created] = await tx
      .insert(invitation)
      .values({ kind: target.kind, email, ...keys, invitedBy: actor.userId, expiresAt: expiry() })
      .onConflictDoNothing()
      .returning();
    if (created) return created;
    const [waiting] = await tx
      .select()
      .from(invitation)
      .where(
        and(eq(invitation.kind, target.kind), eq(invitation.email, email), sameThing, eq(invitation.status, "pending")),
      );
    return waiting!;
  });

  const account = await findUserByEmail(db, email);
  if (account && (await holdsPlace(db, target, account.id))) return row;
  if (!(await claimMailing(db, row.id))) return row;
  const name = target.kind === "team_member" ? target.team.row.name : (target as { name: Translated }).name;
  const language = account?.language ?? actor.language;
  await sendInvitationMail(options.mailing, {
    row,
    to: email,
    language,
    facts: {
      kind: target.kind,
      inviterName: actor.name,
      targetName: pickTranslation(name, language),
      asAdministrator: target.kind === "team_member" && target.role === "administrator",
      email,
      hasAccount: account !== undefined,
    },
  });
  if (account) {
    await tellInvited(db, {
      row,
      userIds: [account.id],
      data: { kind: target.kind, target: name },
    });
  }
  return row;
}

/**
 * The invitation in the inbox of whoever answers it: the account with the invited address, or a team's
 * administrators. Its own mail has gone already (notifications mailedOnTheirOwn); delivery checks that it is
 * still waiting for them.
 */
async function tellInvited(
  db: Database,
  options: { row: InvitationRow; userIds: string[]; data: Record<string, string | Translated> },
): Promise<void> {
  await db.transaction((tx) =>
    notify(tx, {
      type: "invitation.received",
      actorId: options.row.invitedBy,
      subject: { kind: "invitation", id: options.row.id },
      audience: { userIds: options.userIds },
      url: `/invitations/${options.row.id}`,
      data: options.data,
    }),
  );
}

/** Where the inviter reads what an answered invitation was for. */
const targetUrl = (target: LoadedInvitation["target"]) =>
  ({ team: `/teams/${target.id}`, organization: `/organizations/${target.id}`, process: `/processes/${target.id}` })[
    target.type
  ];

async function holdsPlace(db: Database, target: PersonTarget, userId: string): Promise<boolean> {
  switch (target.kind) {
    case "team_member":
      return isTeamMember(db, { teamId: target.team.row.id, userId });
    case "organization_administrator":
      return isOrganizationAdministrator(db, { organizationId: target.organizationId, userId });
    case "process_administrator":
      return isProcessAdministrator(db, { processId: target.processId, userId });
  }
}

/**
 * Offers a team of another organization rights on a process. Nothing is granted, and nothing of the process is
 * shown to the team's members, until one of the team's administrators (or its organization's) accepts. Asking
 * again while one waits answers the waiting one, its mail sent again at most once a day (as for people).
 */
export async function inviteTeam(
  db: Database,
  options: {
    actor: Actor;
    process: { id: string; name: string; language: Language };
    team: LoadedTeam;
    itemId: string | null;
    rights: readonly Right[];
    mailing: InvitationMailing;
  },
): Promise<InvitationRow> {
  const { actor, team } = options;
  const sameOffer = and(
    eq(invitation.kind, "process_grant"),
    eq(invitation.processId, options.process.id),
    eq(invitation.grantTeamId, team.row.id),
    options.itemId ? eq(invitation.itemId, options.itemId) : isNull(invitation.itemId),
  );
  const row = await db.transaction(async (tx) => {
    await expireStale(tx, sameOffer);
    const [created] = await tx
      .insert(invitation)
      .values({
        kind: "process_grant",
        processId: options.process.id,
        grantTeamId: team.row.id,
        itemId: options.itemId,
        rights: [...new Set(options.rights)],
        invitedBy: actor.userId,
        expiresAt: expiry(),
      })
      .onConflictDoNothing()
      .returning();
    if (created) return created;
    const [waiting] = await tx
      .select()
      .from(invitation)
      .where(and(sameOffer, eq(invitation.status, "pending")));
    return waiting!;
  });
  if (!(await claimMailing(db, row.id))) return row;
  // The team's administrators speak for it; a team without any is run by its organization's.
  const teamAdministrators = await getContacts(db, await teamAdministratorIds(db, team.row.id));
  const recipients: MailContact[] = teamAdministrators.length
    ? teamAdministrators
    : await getContacts(
        db,
        (await listAdministrators(db, team.row.organizationId)).map((person) => person.id),
      );
  for (const recipient of recipients) {
    await sendInvitationMail(options.mailing, {
      row,
      to: recipient.email,
      language: recipient.language,
      facts: {
        kind: "process_grant",
        inviterName: actor.name,
        targetName: options.process.name,
        teamName: pickTranslation(team.row.name, recipient.language),
        rights: row.rights ?? [],
        hasAccount: true,
      },
    });
  }
  await tellInvited(db, {
    row,
    userIds: recipients.map((recipient) => recipient.id),
    data: { kind: "process_grant", target: options.process.name, team: team.row.name },
  });
  return row;
}

const expiry = () => new Date(Date.now() + invitationLifetimeDays * dayMs);

/** Marks pending invitations past their date as expired, so a new one may take their place. */
async function expireStale(tx: Database, condition: ReturnType<typeof and>): Promise<void> {
  await tx
    .update(invitation)
    .set({ status: "expired" })
    .where(and(condition, eq(invitation.status, "pending"), lte(invitation.expiresAt, new Date())));
}

/** Takes the right to mail about this invitation now: once, then again only after a day (atomic across servers). */
async function claimMailing(db: Database, invitationId: string): Promise<boolean> {
  const claimed = await db
    .update(invitation)
    .set({ mailedAt: new Date() })
    .where(
      and(
        eq(invitation.id, invitationId),
        or(isNull(invitation.mailedAt), lte(invitation.mailedAt, new Date(Date.now() - dayMs))),
      ),
    )
    .returning({ id: invitation.id });
  return claimed.length > 0;
}

async function sendInvitationMail(
  mailing: InvitationMailing,
  options: {
    row: InvitationRow;
    to: string;
    language: Language;
    facts: Omit<Parameters<typeof invitationMail>[1], "url" | "expiresOn">;
  },
): Promise<void> {
  // The web app's screen for it: it shows the invitation to its addressee, or asks to sign in or up first.
  const url = `${mailing.baseUrl}/invitations/${options.row.id}`;
  const expiresOn = options.row.expiresAt.toISOString().slice(0, 10);
  const mail = invitationMail(options.language, { ...options.facts, url, expiresOn });
  await mailing.mailer.send({
    to: options.to,
    subject: mail.subject,
    text: mail.text,
    purpose: "invitation",
    metadata: { url, invitationId: options.row.id },
  });
}

/**
 * One invitation with the actor's place in what it is for and in the team it invites, for its policy; 404 when
 * there is none or what it is for is gone.
 */
export async function loadInvitation(db: Database, actor: MaybeActor, invitationId: string): Promise<LoadedInvitation> {
  const [row] = await db.select().from(invitation).where(eq(invitation.id, invitationId));
  if (!row) throw notFound("invitation");
  const loaded = await presentable(db, actor, row);
  if (!loaded) throw notFound("invitation");
  return loaded;
}

async function presentable(db: Database, actor: MaybeActor, row: InvitationRow): Promise<LoadedInvitation | undefined> {
  const gone = () => undefined;
  const inviters = await getUserSummaries(db, [row.invitedBy]);
  const invitedBy = { id: row.invitedBy, name: inviters.get(row.invitedBy)?.name ?? "" };
  const base = { row, status: statusOf(row), invitedBy, team: null, item: null };
  const subjectOf = (target: InvitationSubject["target"], invitedTeam: InvitationSubject["invitedTeam"] = null) => ({
    kind: "invitation" as const,
    invitationKind: row.kind,
    email: row.email,
    invitedTeam,
    target,
  });
  switch (row.kind) {
    case "team_member": {
      const team = await getTeam(db, actor, row.teamId!).catch(gone);
      if (!team) return undefined;
      return {
        ...base,
        subject: subjectOf(team.subject),
        target: { type: "team", id: team.row.id, name: team.row.name },
      };
    }
    case "organization_administrator": {
      const organization = await getOrganization(db, actor, row.organizationId!).catch(gone);
      if (!organization) return undefined;
      return {
        ...base,
        subject: subjectOf(organization.subject),
        target: { type: "organization", id: organization.row.id, name: organization.row.name },
      };
    }
    case "process_administrator": {
      const access = await loadProcessAccess(db, actor, row.processId!).catch(gone);
      if (!access) return undefined;
      return {
        ...base,
        subject: subjectOf(access.subject),
        target: { type: "process", id: access.process.id, name: processName(access.process) },
      };
    }
    case "process_grant": {
      const [access, team] = await Promise.all([
        loadProcessTree(db, actor, row.processId!).catch(gone),
        getTeam(db, actor, row.grantTeamId!).catch(gone),
      ]);
      if (!access || !team) return undefined;
      const item = row.itemId ? access.items.find((entry) => entry.id === row.itemId) : undefined;
      return {
        ...base,
        subject: subjectOf(access.subject, team.subject),
        target: { type: "process", id: access.process.id, name: processName(access.process) },
        team: { id: team.row.id, name: team.row.name },
        item: item ? { id: item.id, name: item.name } : null,
      };
    }
  }
}

/**
 * The pending invitations addressed to the actor: to their address once it is verified (an unverified address
 * could be anyone's), and those offering rights to teams they speak for. Each passes the policy again.
 */
export async function listMyInvitations(db: Database, actor: Actor): Promise<LoadedInvitation[]> {
  const toMyTeams = and(
    eq(invitation.kind, "process_grant"),
    or(
      inArray(invitation.grantTeamId, teamsAdministeredBy(db, actor.userId)),
      inArray(invitation.grantTeamId, teamsOfOrganizations(db, organizationsAdministeredBy(db, actor.userId))),
    ),
  );
  const rows = await db
    .select()
    .from(invitation)
    .where(
      and(
        eq(invitation.status, "pending"),
        sql`${invitation.expiresAt} > ${new Date()}`,
        actor.emailVerified ? or(eq(invitation.email, actor.email.trim().toLowerCase()), toMyTeams) : toMyTeams,
      ),
    )
    .orderBy(desc(invitation.id))
    .limit(100);
  return describeAll(db, actor, rows);
}

async function describeAll(db: Database, actor: MaybeActor, rows: InvitationRow[]): Promise<LoadedInvitation[]> {
  const loaded = await Promise.all(rows.map((row) => presentable(db, actor, row)));
  return loaded.filter((entry) => entry !== undefined);
}

/** The pending invitations of one team, organization or process, newest first, for those who run it. */
export async function listPendingInvitations(
  db: Database,
  actor: Actor,
  options: { of: "team" | "organization" | "process"; id: string; limit: number; cursor?: string },
): Promise<{ items: LoadedInvitation[]; nextCursor: string | null }> {
  const column =
    options.of === "team"
      ? invitation.teamId
      : options.of === "organization"
        ? invitation.organizationId
        : invitation.processId;
  const rows = await db
    .select()
    .from(invitation)
    .where(
      and(
        eq(column, options.id),
        eq(invitation.status, "pending"),
        sql`${invitation.expiresAt} > ${new Date()}`,
        cursorCondition(invitation.id, options.cursor),
      ),
    )
    .orderBy(desc(invitation.id))
    .limit(options.limit + 1);
  const page = toPage(rows, options.limit);
  return { items: await describeAll(db, actor, page.items), nextCursor: page.nextCursor };
}

/**
 * Accepts or declines, once: accepting attaches the person (or grants the team its rights) in the same
 * transaction that records the answer, with the process's trail entry where a process is concerned. Giving the
 * same answer again answers the same; any other answer to an invitation that is no longer pending is a conflict.
 */
export async function answerInvitation(
  db: Database,
  options: { actor: Actor; loaded: LoadedInvitation; answer: "accepted" | "declined" },
): Promise<InvitationRow> {
  const { actor, answer } = options;
  const answered = await db.transaction(async (tx) => {
    const [row] = await tx.select().from(invitation).where(eq(invitation.id, options.loaded.row.id)).for("update");
    if (!row) throw notFound("invitation");
    const status = statusOf(row);
    if (status === answer) return row;
    if (status !== "pending") throw notPending(status);
    if (answer === "accepted") await attach(tx, { actor, row });
    const [updated] = await tx
      .update(invitation)
      .set({ status: answer, decidedBy: actor.userId, decidedAt: new Date() })
      .where(eq(invitation.id, row.id))
      .returning();
    const { target } = options.loaded;
    await notify(tx, {
      type: "invitation.answered",
      actorId: actor.userId,
      ...(target.type === "process" ? { processId: target.id } : {}),
      subject: { kind: "invitation", id: row.id },
      audience: { userIds: [row.invitedBy] },
      url: targetUrl(target),
      data: { target: target.name, decision: answer },
    });
    return updated!;
  });
  if (answer === "accepted") {
    // Whoever gained a place or rights gets them on their open connections too.
    if (answered.kind === "process_grant" || answered.kind === "process_administrator") {
      announceAccessChange(db, { processId: answered.processId! });
    } else announceAccessChange(db, { userId: actor.userId });
  }
  return answered;
}

async function attach(tx: Database, options: { actor: Actor; row: InvitationRow }): Promise<void> {
  const { actor, row } = options;
  const kind: InvitationKind = row.kind;
  switch (kind) {
    case "team_member":
      return addMember(tx, { teamId: row.teamId!, userId: actor.userId, role: row.role ?? "member" });
    case "organization_administrator":
      return addAdministrator(tx, { organizationId: row.organizationId!, userId: actor.userId });
    case "process_administrator":
      return addProcessAdministrator(tx, {
        processId: row.processId!,
        userId: actor.userId,
        name: actor.name,
        invitedBy: row.invitedBy,
        invitationId: row.id,
      });
    case "process_grant": {
      const created = await insertGrant(tx, {
        actorId: row.invitedBy,
        processId: row.processId!,
        itemId: row.itemId,
        teamId: row.grantTeamId,
        userId: null,
        rights: row.rights ?? [],
        invitation: { id: row.id, invitedBy: row.invitedBy, acceptedBy: actor.userId },
      });
      // The team's other members take part from now on; the one who accepted knows.
      await tellRightsChanged(tx, { actorId: actor.userId, grant: created, change: "given" });
    }
  }
}

/** Withdraws a pending invitation; one already answered, withdrawn or expired is a conflict. */
export async function withdrawInvitation(db: Database, options: { actor: Actor; loaded: LoadedInvitation }) {
  const [withdrawn] = await db
    .update(invitation)
    .set({ status: "withdrawn", decidedBy: options.actor.userId, decidedAt: new Date() })
    .where(
      and(
        eq(invitation.id, options.loaded.row.id),
        eq(invitation.status, "pending"),
        sql`${invitation.expiresAt} > ${new Date()}`,
      ),
    )
    .returning();
  if (!withdrawn) {
    const [row] = await db.select().from(invitation).where(eq(invitation.id, options.loaded.row.id));
    throw notPending(row ? statusOf(row) : "withdrawn");
  }
}

function notPending(status: InvitationStatus) {
  const said: Record<InvitationStatus, string> = {
    pending: "This invitation is still waiting for an answer.",
    accepted: "This invitation was already accepted.",
    declined: "This invitation was already declined.",
    withdrawn: "This invitation was withdrawn by those who sent it.",
    expired: "This invitation has expired: ask for a new one.",
  };
  return conflict(`invitation-${status}`, said[status]);
}

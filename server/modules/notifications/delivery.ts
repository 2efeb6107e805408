import { eq, inArray } from "drizzle-orm";
import { groupOfNotification, mailedOnTheirOwn } from "../../../common/notifications.js";
import { actorOf } from "../../auth/session.js";
import type { Database } from "../../db/client.js";
import { notification, user } from "../../db/schema/index.js";
import type { JobKind } from "../../jobs/runner.js";
import { type Actor, can } from "../../policies/index.js";
import { loadAssetSubject } from "../assets/platform.js";
import { loadAsset } from "../assets/service.js";
import { findClaim } from "../claims/service.js";
import { loadInvitation } from "../invitations/service.js";
import type { Mailer } from "../mail/service.js";
import { listAdministrators } from "../organizations/service.js";
import { loadItem, loadProcessAccess } from "../processes/access.js";
import { listProcessMembers, readProcessPeople } from "../processes/grants.js";
import { schedulePush } from "../push/service.js";
import { findPublishedStory, findStoryAwaitingConsent, standsForMissingSide } from "../stories/service.js";
import { getTeam, teamAdministrators } from "../teams/service.js";
import { scheduleDigest } from "./digest.js";
import { type NotificationEvent, notificationJob } from "./emit.js";
import type { LiveNotifications } from "./live.js";
import { frequencyFor, preferencesOf } from "./service.js";
import { notificationMail, notificationText } from "./texts.js";
import { unsubscribeHeaders, unsubscribeToken } from "./unsubscribe.js";

/**
 * May this person be told of this event now? Each type names what the person must be allowed to do with its
 * subject, as the policies decide it today.
 */
async function mayBeTold(db: Database, recipient: Actor, event: NotificationEvent): Promise<boolean> {
  switch (event.type) {
    case "mentioned":
    case "replied":
    case "suggestion.accepted": {
      const subject = await loadAsset(db, recipient, event.subject.id).catch(() => null);
      return subject !== null && can(recipient, "view", subject);
    }
    case "join_request.created": {
      const team = await getTeam(db, recipient, event.teamId!).catch(() => null);
      return team !== null && can(recipient, "manage_members", team.subject);
    }
    case "participation_request.created": {
      const access = await loadProcessAccess(db, recipient, event.processId!).catch(() => null);
      return access !== null && can(recipient, "manage_grants", access.subject);
    }
    case "join_request.decided":
    case "participation_request.decided":
    case "webhook.disabled":
      // The answer to the person's own request, or their own hook turned off: theirs to hear, even where the
      // answer closed the door.
      return true;
    case "invitation.received":
    case "invitation.answered": {
      const loaded = await loadInvitation(db, recipient, event.subject.id).catch(() => null);
      if (!loaded) return false;
      // Still waiting for this addressee (who may answer it now); the answer, for who still runs what it was for.
      return event.type === "invitation.received"
        ? loaded.status === "pending" && can(recipient, "accept", loaded.subject)
        : can(recipient, "withdraw", loaded.subject);
    }
    case "grant.changed": {
      // Rights taken back are theirs to hear; rights given, while they still see the process.
      if (event.data.change === "taken_back") return true;
      const access = await loadProcessAccess(db, recipient, event.subject.id).catch(() => null);
      return access !== null && can(recipient, "view", access.subject);
    }
    case "assignment.received": {
      // Still responsible for it, and still able to see it.
      const loaded = await loadItem(db, recipient, event.subject.id).catch(() => null);
      return (
        loaded !== null &&
        can(recipient, "view", loaded.subject) &&
        (loaded.tree.responsible.get(loaded.item.id) ?? []).includes(recipient.userId)
      );
    }
    case "gate.pending": {
      // Only while the gate still waits, and only for an approver who has not given a verdict on it.
      const loaded = await loadItem(db, recipient, event.subject.id).catch(() => null);
      const gate = loaded?.tree.gates.get(loaded.item.id);
      return (
        loaded !== null &&
        gate?.state === "pending" &&
        !gate.approvals.some((approval) => approval.userId === recipient.userId) &&
        can(recipient, "approve", loaded.subject)
      );
    }
    case "gate.decided": {
      const loaded = await loadItem(db, recipient, event.subject.id).catch(() => null);
      return loaded !== null && can(recipient, "view", loaded.subject);
    }
    case "claim.created":
    case "claim.decided": {
      // An open claim reaches who may answer it then (never its claimant); the answer, its claimant while they
      // still see the item.
      const claim = await findClaim(db, event.subject.id).catch(() => null);
      const loaded = claim ? await loadItem(db, recipient, claim.itemId).catch(() => null) : null;
      if (!claim || !loaded || !can(recipient, "view", loaded.subject)) return false;
      if (event.type === "claim.decided") return claim.userId === recipient.userId;
      return (
        claim.status === "pending" &&
        claim.userId !== recipient.userId &&
        can(recipient, "decide_claims", loaded.subject)
      );
    }
    case "decision.opened":
    case "decision.closing": {
      const subject = await loadAssetSubject(db, {
        actor: recipient,
        assetId: event.subject.id,
        interlinkerId: event.interlinkerId,
      }).catch(() => null);
      return subject !== null && can(recipient, "vote", subject);
    }
    case "decision.ended": {
      // The outcome still unrecorded, for whoever may close the decision.
      const subject = await loadAssetSubject(db, {
        actor: recipient,
        assetId: event.subject.id,
        interlinkerId: event.interlinkerId,
      }).catch(() => null);
      const poll = (subject?.state as { poll?: { closedAt: Date | null } } | undefined)?.poll;
      return subject !== null && poll?.closedAt === null && can(recipient, "close", subject);
    }
    case "story.published": {
      // Still published, and the recipient still among those who see the process.
      const published = await findPublishedStory(db, event.subject.id);
      const access = published ? await loadProcessAccess(db, recipient, published.processId).catch(() => null) : null;
      return access !== null && can(recipient, "view", access.subject);
    }
    case "story.awaiting_consent": {
      // While the story still waits, for those who may publish it and stand for a side that has not consented.
      const waiting = await findStoryAwaitingConsent(db, event.subject.id);
      const access = waiting ? await loadProcessAccess(db, recipient, waiting.processId).catch(() => null) : null;
      return (
        waiting !== null &&
        access !== null &&
        can(recipient, "publish", access.subject) &&
        standsForMissingSide(recipient, access, waiting)
      );
    }
    case "document.restored":
    case "decision.closed": {
      const subject = await loadAsset(db, recipient, event.subject.id).catch(() => null);
      return subject !== null && can(recipient, "view", subject);
    }
  }
}

/** Who an event's audience is when it is delivered. */
async function audienceOf(db: Database, event: NotificationEvent): Promise<string[]> {
  if ("userIds" in event.audience) return event.audience.userIds;
  if ("processPeople" in event.audience) {
    return (await listProcessMembers(db, event.audience.processPeople)).map((person) => person.id);
  }
  if ("processAdministrators" in event.audience) {
    return [...(await readProcessPeople(db, event.audience.processAdministrators)).administrators];
  }
  const team = await teamAdministrators(db, event.audience.teamDeciders);
  if (!team) return [];
  const organization = await listAdministrators(db, team.organizationId);
  return [...team.userIds, ...organization.map((person) => person.id)];
}

/**
 * The job that delivers events: inbox rows, the live stream, mail for those who want it at once, and a push
 * message to each browser where the person turned notifications on (that choice is the device's, whatever
 * their mail choices).
 */
export function createNotificationDelivery(options: {
  db: Database;
  mailer: Mailer;
  live: LiveNotifications;
  baseUrl: string;
  /** The push message's title. */
  platformName: string;
  /** Signs the one-click unsubscribe links. */
  secret: string;
}): JobKind {
  const { db } = options;
  return {
    kind: notificationJob,
    async handle(payload) {
      const eventId = String(payload.eventId);
      const event = payload.event as NotificationEvent;
      const recipients = [...new Set(await audienceOf(db, event))].filter((userId) => userId !== event.actorId);
      if (recipients.length === 0) return;
      const rows = await db.select().from(user).where(inArray(user.id, recipients));
      // Who did it, by the name they have when it is delivered (the texts say "<by> mentioned you").
      if (event.actorId && event.data.by === undefined) {
        const [actor] = await db.select({ name: user.name }).from(user).where(eq(user.id, event.actorId));
        event.data = { ...event.data, by: actor?.name ?? "" };
      }
      const preferences = await preferencesOf(db, recipients);
      const group = groupOfNotification[event.type];
      for (const row of rows) {
        const recipient = actorOf(row);
        if (!(await mayBeTold(db, recipient, event))) continue;
        const frequency = frequencyFor(preferences.get(row.id), group, event.processId);
        // One transaction per person: the inbox row, its mail and its push messages together, so a retry after a
        // crash adds none of them twice (the row is unique per event and person) and loses none.
        const added = await db.transaction(async (tx) => {
          const [inserted] = await tx
            .insert(notification)
            .values({
              userId: row.id,
              eventId,
              type: event.type,
              processId: event.processId ?? null,
              subjectKind: event.subject.kind,
              subjectId: event.subject.id,
              url: event.url,
              data: event.data,
            })
            .onConflictDoNothing()
            .returning();
          if (inserted && frequency === "immediately" && !mailedOnTheirOwn.has(event.type)) {
            const mail = notificationMail(event.type, event.data, recipient.language, {
              url: `${options.baseUrl}${event.url}`,
              settingsUrl: `${options.baseUrl}/profile#mail-notifications`,
            });
            const token = unsubscribeToken(options.secret, { userId: row.id, group });
            await options.mailer.send(
              {
                to: row.email,
                ...mail,
                purpose: "notification",
                headers: unsubscribeHeaders(options.baseUrl, token),
              },
              tx,
            );
          } else if (inserted && (frequency === "daily" || frequency === "weekly")) {
            await scheduleDigest(tx, { userId: row.id, frequency });
          }
          if (inserted) {
            await schedulePush(tx, {
              userId: row.id,
              message: {
                id: inserted.id,
                title: options.platformName,
                body: notificationText(event.type, event.data, recipient.language),
                url: event.url,
              },
            });
          }
          return inserted;
        });
        if (added) options.live.publish(row.id, added);
      }
    },
  };
}

import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import {
  defaultMailFrequency,
  type MailFrequency,
  type NotificationGroup,
  notificationGroups,
} from "../../../common/notifications.js";
import type { Database } from "../../db/client.js";
import { notification, notificationPreference, user } from "../../db/schema/index.js";
import { cursorCondition, toPage } from "../../http/pagination.js";
import type { UnsubscribeClaims } from "./unsubscribe.js";

export type NotificationRow = typeof notification.$inferSelect;

type Choices = Partial<Record<NotificationGroup, MailFrequency>>;
export interface Preferences {
  events: Choices;
  processes: Record<string, Choices>;
}

export async function preferencesOf(db: Database, userIds: string[]): Promise<Map<string, Preferences>> {
  const rows = await db.select().from(notificationPreference).where(inArray(notificationPreference.userId, userIds));
  return new Map(rows.map((row) => [row.userId, { events: row.events, processes: row.processes }]));
}

/** The process's own choice first, then the person's choice for the group, then the platform's default. */
export function frequencyFor(
  preferences: Preferences | undefined,
  group: NotificationGroup,
  processId: string | undefined,
): MailFrequency {
  return (
    (processId ? preferences?.processes[processId]?.[group] : undefined) ??
    preferences?.events[group] ??
    defaultMailFrequency[group]
  );
}

/** A person's preferences with every group filled in (the defaults where they chose nothing). */
export async function getPreferences(db: Database, userId: string): Promise<Preferences> {
  const stored = (await preferencesOf(db, [userId])).get(userId);
  return {
    events: { ...defaultMailFrequency, ...stored?.events },
    processes: stored?.processes ?? {},
  };
}

export async function putPreferences(db: Database, userId: string, preferences: Preferences): Promise<Preferences> {
  await db
    .insert(notificationPreference)
    .values({ userId, events: preferences.events, processes: preferences.processes })
    .onConflictDoUpdate({
      target: notificationPreference.userId,
      set: { events: preferences.events, processes: preferences.processes, updatedAt: new Date() },
    });
  return getPreferences(db, userId);
}

export async function listNotifications(
  db: Database,
  options: { userId: string; unread?: boolean; archived?: boolean; processId?: string; limit: number; cursor?: string },
) {
  const rows = await db
    .select()
    .from(notification)
    .where(
      and(
        eq(notification.userId, options.userId),
        options.unread ? isNull(notification.readAt) : undefined,
        options.archived ? isNotNull(notification.archivedAt) : isNull(notification.archivedAt),
        options.processId ? eq(notification.processId, options.processId) : undefined,
        cursorCondition(notification.id, options.cursor),
      ),
    )
    .orderBy(desc(notification.id))
    .limit(options.limit + 1);
  return toPage(rows, options.limit);
}

export async function countUnread(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(notification)
    .where(and(eq(notification.userId, userId), isNull(notification.readAt)));
  return row?.unread ?? 0;
}

/** Marks the person's own notifications read: these ids (others' ids change nothing), or all of them. */
export async function markRead(db: Database, options: { userId: string; ids?: string[]; all?: boolean }) {
  if (!options.all && (!options.ids || options.ids.length === 0)) return;
  await db
    .update(notification)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notification.userId, options.userId),
        isNull(notification.readAt),
        options.all ? undefined : inArray(notification.id, options.ids!),
      ),
    );
}

/**
 * Puts the person's own notifications away (read, since nobody archives what they still mean to read) or back in
 * the inbox; others' ids change nothing.
 */
export async function archiveNotifications(
  db: Database,
  options: { userId: string; ids: string[]; archived: boolean },
) {
  const now = new Date();
  await db
    .update(notification)
    .set(
      options.archived
        ? { archivedAt: now, readAt: sql`coalesce(${notification.readAt}, now())` }
        : { archivedAt: null },
    )
    .where(and(eq(notification.userId, options.userId), inArray(notification.id, options.ids)));
}

/** What came after a notification the live stream last sent (ids are UUIDv7: in order), oldest first. */
export async function listNotificationsAfter(db: Database, options: { userId: string; afterId: string }) {
  return db
    .select()
    .from(notification)
    .where(and(eq(notification.userId, options.userId), gt(notification.id, options.afterId)))
    .orderBy(asc(notification.id))
    .limit(100);
}

/**
 * What a one-click unsubscribe link turns off: its group, or every group going to its digest; for that person
 * only, and only that. A person whose account is gone changes nothing.
 */
export async function unsubscribe(db: Database, claims: UnsubscribeClaims): Promise<Preferences> {
  const current = await getPreferences(db, claims.u);
  const events = { ...current.events };
  for (const group of notificationGroups) {
    if (claims.g ? group === claims.g : events[group] === claims.f) events[group] = "off";
  }
  const [person] = await db.select({ id: user.id }).from(user).where(eq(user.id, claims.u));
  if (!person) return current;
  return putPreferences(db, claims.u, { events, processes: current.processes });
}

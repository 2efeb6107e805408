import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Language } from "../../../common/languages.js";
import { groupOfNotification } from "../../../common/notifications.js";
import { actorOf } from "../../auth/session.js";
import type { Database } from "../../db/client.js";
import { notification, user } from "../../db/schema/index.js";
import { enqueueJob } from "../../jobs/queue.js";
import type { JobKind } from "../../jobs/runner.js";
import { type Actor, can } from "../../policies/index.js";
import { mailHtml } from "../mail/html.js";
import type { Mailer } from "../mail/service.js";
import { loadProcessAccess } from "../processes/access.js";
import { getProcessNames } from "../processes/service.js";
import { frequencyFor, preferencesOf } from "./service.js";
import { notificationText } from "./texts.js";
import { unsubscribeHeaders, unsubscribeToken } from "./unsubscribe.js";

export const digestJob = "notifications.digest";
export type DigestFrequency = "daily" | "weekly";

/** Digests go at 07:00 UTC: the daily one the next morning, the weekly one on Monday. */
export function nextDigestAt(frequency: DigestFrequency, now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 7));
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  if (frequency === "weekly") while (next.getUTCDay() !== 1) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/**
 * Makes sure the person's next digest of this frequency is waiting; inside the transaction that wrote what it
 * will carry. One waiting digest per person and frequency (the job's singleton key).
 */
export async function scheduleDigest(
  tx: Database,
  options: { userId: string; frequency: DigestFrequency; now?: Date },
): Promise<void> {
  await enqueueJob(tx, {
    kind: digestJob,
    payload: { userId: options.userId, frequency: options.frequency },
    runAt: nextDigestAt(options.frequency, options.now ?? new Date()),
    singletonKey: `${options.userId}:${options.frequency}`,
  });
}

const digestWords: Record<
  Language,
  {
    subject: (frequency: DigestFrequency, count: number) => string;
    opening: (name: string) => string;
    elsewhere: string;
    /** The labels of the links that close the mail: the inbox, and the person's mail choices. */
    inbox: string;
    choose: string;
  }
> = {
  en: {
    subject: (frequency, count) => `Your ${frequency} INTERLINK summary: ${count} new`,
    opening: (name) => `Hello ${name},\n\nhere is what happened since your last summary.`,
    elsewhere: "Teams and other places",
    inbox: "All of it in your inbox",
    choose: "Choose which mails you get",
  },
  es: {
    subject: (frequency, count) =>
      `Tu resumen ${frequency === "daily" ? "diario" : "semanal"} de INTERLINK: ${count} ${count === 1 ? "novedad" : "novedades"}`,
    opening: (name) => `Hola, ${name}:\n\nesto es lo que ha pasado desde tu último resumen.`,
    elsewhere: "Equipos y otros lugares",
    inbox: "Todo está en tu bandeja",
    choose: "Elige qué correos recibes",
  },
  it: {
    subject: (frequency, count) =>
      `Il tuo riepilogo ${frequency === "daily" ? "giornaliero" : "settimanale"} di INTERLINK: ${count} novità`,
    opening: (name) => `Ciao ${name},\n\necco cosa è successo dal tuo ultimo riepilogo.`,
    elsewhere: "Team e altri luoghi",
    inbox: "Trovi tutto nella tua casella",
    choose: "Scegli quali e-mail ricevere",
  },
  lv: {
    subject: (frequency, count) =>
      `Jūsu ${frequency === "daily" ? "dienas" : "nedēļas"} INTERLINK kopsavilkums: ${count} ${count % 10 === 1 && count % 100 !== 11 ? "jaunums" : "jaunumi"}`,
    opening: (name) => `Labdien, ${name}!\n\nLūk, kas noticis kopš jūsu pēdējā kopsavilkuma.`,
    elsewhere: "Komandas un citas vietas",
    inbox: "Viss ir jūsu paziņojumos",
    choose: "Izvēlieties, kādas vēstules saņemt",
  },
};

/**
 * The job that mails a person's digest: what reached their inbox since the last one, in the groups (and
 * processes) they chose this frequency for, not read yet, grouped by process. Marked digested in the same
 * transaction as the mail is stored, so a retry neither repeats nor loses it. Nothing to say, no mail.
 */
/**
 * May a digest still carry this inbox row to its person? The row passed its type's check when it was delivered;
 * a digest mails it hours or days later, so a row about a process is left out once the person may no longer see
 * the process, except what is theirs to hear whatever their place now (their rights taken back, an answer to
 * their own request). The inbox keeps the row either way.
 */
async function mayStillBeMailed(
  db: Database,
  recipient: Actor,
  row: Pick<typeof notification.$inferSelect, "type" | "processId" | "data">,
  seen: Map<string, boolean>,
): Promise<boolean> {
  if (!row.processId) return true;
  if (row.type === "participation_request.decided" || row.type === "webhook.disabled") return true;
  if (row.type === "grant.changed" && row.data.change === "taken_back") return true;
  let visible = seen.get(row.processId);
  if (visible === undefined) {
    const access = await loadProcessAccess(db, recipient, row.processId).catch(() => null);
    visible = access !== null && can(recipient, "view", access.subject);
    seen.set(row.processId, visible);
  }
  return visible;
}

export function createDigestDelivery(options: {
  db: Database;
  mailer: Mailer;
  baseUrl: string;
  /** Signs the one-click unsubscribe links. */
  secret: string;
}): JobKind {
  const { db } = options;
  return {
    kind: digestJob,
    async handle(payload) {
      const userId = String(payload.userId);
      const frequency = payload.frequency as DigestFrequency;
      const [person] = await db.select().from(user).where(eq(user.id, userId));
      if (!person) return;
      const preferences = (await preferencesOf(db, [userId])).get(userId);
      const waiting = await db
        .select()
        .from(notification)
        .where(and(eq(notification.userId, userId), isNull(notification.digestedAt), isNull(notification.readAt)))
        .orderBy(asc(notification.id))
        .limit(500);
      const due = waiting.filter(
        (row) => frequencyFor(preferences, groupOfNotification[row.type], row.processId ?? undefined) === frequency,
      );
      const recipient = actorOf(person);
      const seen = new Map<string, boolean>();
      const carried: typeof due = [];
      for (const row of due) if (await mayStillBeMailed(db, recipient, row, seen)) carried.push(row);
      // What may no longer be mailed is done with too: a later digest does not look at it again.
      const withheld = due.filter((row) => !carried.includes(row)).map((row) => row.id);
      if (withheld.length > 0) {
        await db.update(notification).set({ digestedAt: new Date() }).where(inArray(notification.id, withheld));
      }
      if (carried.length === 0) return;
      const language = person.language as Language;
      const words = digestWords[language];
      const names = await getProcessNames(db, [
        ...new Set(carried.flatMap((row) => (row.processId ? [row.processId] : []))),
      ]);
      const sections = new Map<string, { text: string; url: string }[]>();
      for (const row of carried) {
        const heading = row.processId ? (names.get(row.processId) ?? words.elsewhere) : words.elsewhere;
        const entries = sections.get(heading) ?? [];
        entries.push({ text: notificationText(row.type, row.data, language), url: `${options.baseUrl}${row.url}` });
        sections.set(heading, entries);
      }
      const inboxUrl = `${options.baseUrl}/notifications`;
      const settingsUrl = `${options.baseUrl}/profile#mail-notifications`;
      const body = [...sections]
        .map(
          ([heading, entries]) => `${heading}\n${entries.map((entry) => `- ${entry.text}\n  ${entry.url}`).join("\n")}`,
        )
        .join("\n\n");
      const subject = words.subject(frequency, carried.length);
      await db.transaction(async (tx) => {
        await options.mailer.send(
          {
            to: person.email,
            subject,
            text: `${words.opening(person.name)}\n\n${body}\n\n${words.inbox}: ${inboxUrl}\n\n${words.choose}: ${settingsUrl}`,
            html: mailHtml(language, subject, [
              { paragraph: words.opening(person.name) },
              ...[...sections].flatMap(([heading, entries]) => [{ heading }, { list: entries }]),
              { link: { label: words.inbox, url: inboxUrl } },
              { link: { label: words.choose, url: settingsUrl } },
            ]),
            purpose: "notification-digest",
            headers: unsubscribeHeaders(options.baseUrl, unsubscribeToken(options.secret, { userId, frequency })),
          },
          tx,
        );
        await tx
          .update(notification)
          .set({ digestedAt: new Date() })
          .where(
            inArray(
              notification.id,
              carried.map((row) => row.id),
            ),
          );
      });
    },
  };
}

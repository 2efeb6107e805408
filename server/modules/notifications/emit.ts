import type { NotificationSubjectKind, NotificationType } from "../../../common/notifications.js";
import type { Database } from "../../db/client.js";
import { uuidv7 } from "../../db/ids.js";
import { cancelQueuedJob, enqueueJob } from "../../jobs/queue.js";
import type { NotificationData } from "./texts.js";

/**
 * Something happened that people should hear of. Emitted inside the change's transaction (`notify`), delivered
 * by a job: who is told is settled then, and each recipient is checked against the policies at that moment, so
 * someone removed from a process between the change and the delivery is not told.
 */
export interface NotificationEvent {
  type: NotificationType;
  /** Who did it: never told of their own doing. */
  actorId: string | null;
  processId?: string;
  subject: { kind: NotificationSubjectKind; id: string };
  /** The team a team's event belongs to (join requests). */
  teamId?: string;
  /** The interlinker whose asset the subject is, when its own actions decide who is told (a decision's `vote`). */
  interlinkerId?: string;
  /**
   * Who is told: these people; or whoever may decide for the team (its and its organization's administrators);
   * or the process's people (administrators and right holders), or its administrators alone; always narrowed by
   * the type's policy check when the job runs.
   */
  audience:
    | { userIds: string[] }
    | { teamDeciders: string }
    | { processPeople: string }
    | { processAdministrators: string };
  /** The web app's path the notification opens. */
  url: string;
  /** What the texts name (texts.ts): who, which team, which discussion. */
  data: NotificationData;
}

export const notificationJob = "notifications.deliver";

/**
 * Webhooks (server/modules/webhooks) hear of every event too, and this is the one place they join: a job of their
 * own beside the people's, so neither waits for, retries with or fails with the other, and the event reaches them
 * only if the change committed. The kind is named here rather than imported because the webhooks module imports
 * this one (to tell a hook's creator it was turned off) and imports point one way.
 */
export const webhookDispatchJob = "webhooks.dispatch";

/**
 * Tells people (and webhooks) of an event once the caller's transaction commits; pass the transaction. `at`
 * delays it (a reminder); `key` names it, so that the same notice is not queued twice and a reminder can be
 * called off.
 */
export async function notify(
  tx: Database,
  event: NotificationEvent,
  options: { at?: Date; key?: string } = {},
): Promise<void> {
  const eventId = uuidv7();
  const when = { runAt: options.at, singletonKey: options.key };
  await enqueueJob(tx, { kind: notificationJob, payload: { eventId, event }, ...when });
  await enqueueJob(tx, {
    kind: webhookDispatchJob,
    payload: { eventId, event, createdAt: (options.at ?? new Date()).toISOString() },
    ...when,
  });
}

/** Calls off a notice named `key` that has not gone yet (a reminder for a decision closed early). */
export async function callOffNotice(tx: Database, key: string): Promise<void> {
  for (const kind of [notificationJob, webhookDispatchJob]) await cancelQueuedJob(tx, { kind, singletonKey: key });
}

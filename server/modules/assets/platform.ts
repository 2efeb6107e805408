import { eq } from "drizzle-orm";
import { busOf } from "../../bus/index.js";
import { onAccessChange } from "../../collab/access-changes.js";
import type { Database } from "../../db/client.js";
import { asset, process } from "../../db/schema/index.js";
import { notFound } from "../../http/problem.js";
import { type AssetSubject, findBuiltinInterlinker, type Platform } from "../../interlinkers/registry.js";
import { authorize, can, canAll, explain, explainAll, type MaybeActor } from "../../policies/index.js";
import { consentSides, rightsReadAssets } from "../../policies/process.js";
import { getUserSummaries } from "../accounts/service.js";
import { appendActivity } from "../activity/service.js";
import { callOffNotice, notify } from "../notifications/emit.js";
import { loadItem } from "../processes/access.js";
import { listProcessMembers, rightHoldersOf } from "../processes/grants.js";
import { readerLanguage } from "../processes/translations.js";
import { getTeam } from "../teams/service.js";

/**
 * An asset as policies see it: 404 when there is no such asset or its task is unknown. Asked for an interlinker's
 * asset (`interlinkerId`), also 404 when it is another's, and the subject carries what that interlinker's policy
 * loads. Only loads: the caller authorizes.
 */
export async function loadAssetSubject(
  db: Database,
  options: { actor: MaybeActor; assetId: string; interlinkerId?: string },
): Promise<AssetSubject> {
  const [row] = await db.select().from(asset).where(eq(asset.id, options.assetId));
  if (!row) throw notFound("asset");
  const { interlinkerId } = options;
  if (interlinkerId !== undefined && (row.kind !== "interlinker" || row.interlinkerId !== interlinkerId)) {
    throw notFound("asset");
  }
  const task = await loadItem(db, options.actor, row.taskId).catch(() => {
    throw notFound("asset");
  });
  const policy = interlinkerId ? findBuiltinInterlinker(interlinkerId)?.policy : undefined;
  const state = policy ? await policy.load({ db, platform, asset: row }) : undefined;
  return { kind: "asset", interlinkerId: row.interlinkerId ?? "", asset: row, task: task.subject, state };
}

type AssetRow = typeof asset.$inferSelect;
const dayMs = 24 * 3_600_000;
const assetUrl = (asset: Pick<AssetRow, "id" | "processId">) => `/processes/${asset.processId}/assets/${asset.id}`;
/** The reminder a day before a decision closes, by name, so closing the decision early calls it off. */
const closingReminder = (asset: Pick<AssetRow, "id">) => `decision.closing:${asset.id}`;
/** The notice at the closing time that the outcome waits to be recorded, called off when it is recorded first. */
const endedNotice = (asset: Pick<AssetRow, "id">) => `decision.ended:${asset.id}`;

async function processName(db: Database, processId: string): Promise<string> {
  const [row] = await db.select({ name: process.name }).from(process).where(eq(process.id, processId));
  return row?.name ?? "";
}

/** A post on an asset, told to these people (never its author). */
async function tellAboutPost(
  tx: Database,
  type: "mentioned" | "replied",
  options: { asset: AssetRow; actorId: string; userIds: string[]; title: string },
): Promise<void> {
  const userIds = [...new Set(options.userIds)].filter((userId) => userId !== options.actorId);
  if (userIds.length === 0) return;
  await notify(tx, {
    type,
    actorId: options.actorId,
    processId: options.asset.processId,
    subject: { kind: "asset", id: options.asset.id },
    audience: { userIds },
    url: assetUrl(options.asset),
    data: { title: options.title },
  });
}

/**
 * The public-services module's part (server/modules/public-services/platform.ts), handed over when the app is built:
 * that module reads processes, whose services read assets, which read this file, so it cannot be imported here.
 */
let publicServices: Platform["publicServices"] | undefined;
export function providePublicServices(part: Platform["publicServices"]): void {
  publicServices = part;
}
function publicServicesPart(): Platform["publicServices"] {
  if (!publicServices) throw new Error("The public services' part of the platform was not provided (server/app.ts).");
  return publicServices;
}

/** What the core hands every interlinker (interlinkers/sdk/platform.ts says what each part promises). */
export const platform: Platform = {
  activity: { append: appendActivity },
  people: { summaries: (db, userIds) => getUserSummaries(db, [...new Set(userIds)]) },
  processes: {
    members: listProcessMembers,
    rightHolders: rightHoldersOf,
    async assetReaders(db, options) {
      const holders = await rightHoldersOf(db, options);
      const readers = new Set(holders.administrators);
      for (const [userId, rights] of holders.people) if (rightsReadAssets(rights)) readers.add(userId);
      return readers;
    },
  },
  notifications: {
    mentioned: (tx, options) => tellAboutPost(tx, "mentioned", options),
    replied: (tx, options) => tellAboutPost(tx, "replied", options),
    async decisionOpened(tx, { asset, actorId, title, closesAt }) {
      const event = {
        actorId,
        processId: asset.processId,
        interlinkerId: asset.interlinkerId ?? undefined,
        subject: { kind: "asset", id: asset.id },
        audience: { processPeople: asset.processId },
        url: assetUrl(asset),
        data: { title, process: await processName(tx, asset.processId) },
      } as const;
      await notify(tx, { type: "decision.opened", ...event });
      const remindAt = closesAt ? new Date(closesAt.getTime() - dayMs) : null;
      if (remindAt && remindAt.getTime() > Date.now()) {
        await notify(tx, { type: "decision.closing", ...event }, { at: remindAt, key: closingReminder(asset) });
      }
      // Voting stops by itself at the closing time; the outcome is for a person to record, so they are told then.
      if (closesAt) {
        await notify(
          tx,
          { type: "decision.ended", ...event, actorId: null },
          { at: closesAt, key: endedNotice(asset) },
        );
      }
    },
    async decisionClosed(tx, { asset, actorId, title, outcome }) {
      await callOffNotice(tx, closingReminder(asset));
      await callOffNotice(tx, endedNotice(asset));
      await notify(tx, {
        type: "decision.closed",
        actorId,
        processId: asset.processId,
        subject: { kind: "asset", id: asset.id },
        audience: { processPeople: asset.processId },
        url: assetUrl(asset),
        data: { title, outcome, process: await processName(tx, asset.processId) },
      });
    },
    async versionRestored(tx, { asset, actorId, title, version }) {
      await notify(tx, {
        type: "document.restored",
        actorId,
        processId: asset.processId,
        subject: { kind: "asset", id: asset.id },
        audience: { processPeople: asset.processId },
        url: assetUrl(asset),
        data: { title, version, process: await processName(tx, asset.processId) },
      });
    },
    async suggestionAccepted(tx, { asset, actorId, userIds, title, service }) {
      const authors = [...new Set(userIds)].filter((userId) => userId !== actorId);
      if (authors.length === 0) return;
      await notify(tx, {
        type: "suggestion.accepted",
        actorId,
        processId: asset.processId,
        subject: { kind: "asset", id: asset.id },
        audience: { userIds: authors },
        url: assetUrl(asset),
        data: { title, service, process: await processName(tx, asset.processId) },
      });
    },
  },
  publicServices: {
    read: (db, options) => publicServicesPart().read(db, options),
    changeText: (tx, options) => publicServicesPart().changeText(tx, options),
  },
  teams: {
    async visibleNames(db, actor, teamIds) {
      const names = new Map<string, Record<string, string>>();
      for (const teamId of new Set(teamIds)) {
        const loaded = await getTeam(db, actor, teamId).catch(() => null);
        if (loaded && can(actor, "view", loaded.subject)) names.set(teamId, loaded.row.name);
      }
      return names;
    },
  },
  policies: {
    explain: (actor, action, subject) => explain(actor, action, subject),
    can: (actor, action, subject) => can(actor, action, subject),
    canAll: (actor, actions, subject) => canAll(actor, actions, subject),
    explainAll: (actor, actions, subject) => explainAll(actor, actions, subject),
    authorize: (actor, action, subject) => authorize(actor, action, subject, "asset"),
    consentSides: (actor, action, subject) => consentSides(actor, action, subject.task),
  },
  assets: {
    async authorized(db, options) {
      const subject = await loadAssetSubject(db, options);
      authorize(options.actor, options.action, subject, "asset");
      return { asset: subject.asset, subject };
    },
  },
  accessChanges: { subscribe: onAccessChange },
  collab: {
    publish(db, message) {
      void busOf(db)?.publish("collab", message);
    },
    subscribe(db, handler) {
      const bus = busOf(db);
      if (!bus) throw new Error("Live collaboration needs the app's bus: no app runs on this database handle.");
      return bus.subscribe("collab", handler);
    },
    onResumed(db, listener) {
      const bus = busOf(db);
      if (!bus) throw new Error("Live collaboration needs the app's bus: no app runs on this database handle.");
      return bus.onResumed(listener);
    },
  },
  readerLanguage,
};

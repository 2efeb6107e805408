import { and, count, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { type Language, languageNames, languages, pickTranslation } from "../../../common/languages.js";
import type { Database } from "../../db/client.js";
import { asset } from "../../db/schema/index.js";
import { cursorCondition, toPage } from "../../http/pagination.js";
import { conflict, fieldErrorsFromZod, invalid, notFound } from "../../http/problem.js";
import {
  type AssetRow,
  type AssetSubject,
  findBuiltinInterlinker,
  type InterlinkerDefinition,
} from "../../interlinkers/registry.js";
import { type Actor, authorize, type ItemSubject, type MaybeActor } from "../../policies/index.js";
import { appendActivity } from "../activity/service.js";
import { findInterlinker, findInterlinkerTemplate, templateLanguageFor } from "../catalogue/service.js";
import { loadItem } from "../processes/access.js";
import {
  cloneRemoteAsset,
  deleteRemoteAsset,
  externalId as externalIdSchema,
  fetchRemoteAsset,
  remoteAssetMissing,
  viewUrl,
} from "../remote-interlinkers/protocol.js";
import { remoteAssetInput } from "../remote-interlinkers/schema.js";
import {
  asService,
  findRemoteInterlinker,
  findRemoteInterlinkerByServiceUrl,
  RemoteCopies,
  type RemoteInterlinkerRow,
} from "../remote-interlinkers/service.js";
import { loadAssetSubject, platform } from "./platform.js";
import type { assetCreate } from "./schema.js";

export type { AssetRow };

/** A task with the actor's subject for it; 404 when the id is not a task. Only loads: the route authorizes. */
export async function loadTask(db: Database, actor: MaybeActor, taskId: string) {
  const loaded = await loadItem(db, actor, taskId).catch(() => {
    throw notFound("task");
  });
  if (loaded.item.type !== "task") throw notFound("task");
  return loaded;
}

/** An asset as policies see it (its task's rights); 404 when there is none. Only loads: the route authorizes. */
export function loadAsset(db: Database, actor: MaybeActor, assetId: string): Promise<AssetSubject> {
  return loadAssetSubject(db, { actor, assetId });
}

const inputProblem = (issues: z.core.$ZodIssue[]) => invalid(fieldErrorsFromZod(issues, ["body", "input"]));

function softwareFor(id: string | null): InterlinkerDefinition {
  const server = id ? findBuiltinInterlinker(id) : undefined;
  if (!server)
    throw invalid([
      {
        path: "body.interlinkerId",
        code: "interlinker_cannot_create",
        message: "This interlinker cannot create assets here.",
      },
    ]);
  return server;
}

export async function createAsset(
  db: Database,
  options: {
    actor: Actor;
    task: { item: { id: string; processId: string }; subject: ItemSubject; tree: { process: { language: Language } } };
    input: z.infer<typeof assetCreate>;
  },
): Promise<AssetRow> {
  const { actor, task, input } = options;
  const base = { processId: task.item.processId, taskId: task.item.id, createdBy: actor.userId };

  if (input.kind === "external") {
    return insertAsset(db, actor, { ...base, kind: "external", name: input.name, url: input.url });
  }
  const entry = (await findInterlinker(db, input.interlinkerId))?.row;
  if (!entry)
    throw invalid([
      { path: "body.interlinkerId", code: "unknown_interlinker", message: "There is no interlinker with this id." },
    ]);
  // Named in the process's language (a template: in the language it is copied in), else English.
  let name = input.name ?? (pickTranslation(entry.name, task.tree.process.language) || entry.id);
  if (input.language !== undefined && entry.nature !== "knowledge") {
    throw invalid([
      {
        path: "body.language",
        code: "language_not_for_tool",
        message: "Only a knowledge template is copied in a language.",
      },
    ]);
  }

  if (entry.nature === "external_software" || entry.nature === "external_knowledge") {
    return insertAsset(db, actor, {
      ...base,
      kind: "external",
      name,
      url: entry.url,
      knowledgeInterlinkerId: entry.id,
    });
  }
  if (entry.nature === "software" && !findBuiltinInterlinker(entry.id)) {
    const remote = await findRemoteInterlinker(db, entry.id);
    if (remote) return createRemoteAsset(db, { actor, base, remote, name: input.name, input: input.input });
  }
  const server = softwareFor(entry.nature === "knowledge" ? entry.softwareInterlinkerId : entry.id);
  // Asked only now: which step of the rulebook this is depends on the software that makes it (a decision).
  if (server.policy?.startedAs) authorize(actor, server.policy.startedAs, task.subject, "task");
  const parsed = server.input.safeParse(input.input ?? {});
  if (!parsed.success) throw inputProblem(parsed.error.issues);
  const copy = entry.nature === "knowledge" ? await templateIn(db, entry.id, input.language, task) : undefined;
  if (copy && input.name === undefined) name = pickTranslation(entry.name, copy.language) || entry.id;
  return db.transaction(async (tx) => {
    const created = await insertAsset(tx, actor, {
      ...base,
      kind: "interlinker",
      name,
      interlinkerId: server.manifest.id,
      knowledgeInterlinkerId: entry.nature === "knowledge" ? entry.id : null,
    });
    await server.hooks.instantiate({
      platform,
      tx: tx,
      asset: created,
      actor,
      input: parsed.data,
      template: copy?.markdown,
    });
    return created;
  });
}

/**
 * A knowledge template's Markdown in the language asked for (refused when the template lacks it), else in the
 * process's language when it has one, else in English.
 */
async function templateIn(
  db: Database,
  interlinkerId: string,
  wanted: Language | undefined,
  task: { tree: { process: { language: Language } } },
): Promise<{ markdown: string; language: Language }> {
  const template = (await findInterlinkerTemplate(db, interlinkerId)) ?? {};
  if (wanted !== undefined && !template[wanted]?.trim()) {
    const available = languages.filter((language) => template[language]?.trim());
    throw invalid([
      {
        path: "body.language",
        code: "template_language_missing",
        params: { language: wanted, available },
        message: `This template is not available in ${languageNames[wanted]}; it is in ${available.map((language) => languageNames[language]).join(", ") || "no language yet"}.`,
      },
    ]);
  }
  const language = templateLanguageFor(template, { wanted, processLanguage: task.tree.process.language });
  return { markdown: template[language] ?? "", language };
}

/**
 * Stores an asset a remote service made (the browser got its id from the service's creation page), once the
 * service confirms it has it. One service asset belongs to one task: deleting it here deletes it there.
 */
async function createRemoteAsset(
  db: Database,
  options: {
    actor: Actor;
    base: { processId: string; taskId: string; createdBy: string };
    remote: RemoteInterlinkerRow;
    name: string | undefined;
    input: unknown;
  },
): Promise<AssetRow> {
  if (options.input === undefined) {
    throw invalid([
      {
        path: "body.input",
        code: "remote_asset_first",
        message:
          "A remote tool's asset is made in the tool's own page first; then send the id it gives as input.externalId.",
      },
    ]);
  }
  const parsed = remoteAssetInput.safeParse(options.input);
  if (!parsed.success) throw inputProblem(parsed.error.issues);
  const { externalId } = parsed.data;
  const found = await fetchRemoteAsset(asService(options.remote), externalId);
  if (!found) {
    throw invalid([
      {
        path: "body.input.externalId",
        code: "remote_asset_not_found",
        message: "The service has no asset with this id.",
      },
    ]);
  }
  const [taken] = await db
    .select({ id: asset.id })
    .from(asset)
    .where(and(eq(asset.interlinkerId, options.remote.id), eq(asset.externalId, externalId)))
    .limit(1);
  if (taken) {
    throw conflict(
      "remote-asset-taken",
      "This asset of the service is already in a task. Copy that asset instead, so each task keeps its own.",
    );
  }
  return insertAsset(db, options.actor, {
    ...options.base,
    kind: "interlinker",
    name: options.name ?? found.name ?? options.remote.name.en ?? Object.values(options.remote.name)[0] ?? externalId,
    interlinkerId: options.remote.id,
    externalId,
  });
}

/** The remote service an asset lives in, or undefined for links and built-in interlinkers' assets. */
async function remoteServiceOf(db: Database, row: Pick<AssetRow, "interlinkerId" | "externalId">) {
  if (!row.interlinkerId || !row.externalId) return undefined;
  const remote = await findRemoteInterlinker(db, row.interlinkerId);
  return remote ? { remote, service: asService(remote), externalId: row.externalId } : undefined;
}

async function insertAsset(db: Database, actor: Actor, values: typeof asset.$inferInsert): Promise<AssetRow> {
  const write = async (tx: Database) => {
    const [created] = await tx.insert(asset).values(values).returning();
    await appendActivity(tx, {
      processId: created!.processId,
      actorId: actor.userId,
      action: values.clonedFrom ? "asset.cloned" : "asset.created",
      targetType: "asset",
      targetId: created!.id,
      summary: {
        after: {
          taskId: created!.taskId,
          name: created!.name,
          kind: created!.kind,
          url: created!.url,
          interlinkerId: created!.interlinkerId,
          knowledgeInterlinkerId: created!.knowledgeInterlinkerId,
          clonedFrom: created!.clonedFrom,
          ...(created!.externalId ? { externalId: created!.externalId } : {}),
        },
      },
    });
    return created!;
  };
  // Asset and activity land together; inside a caller's transaction this is a savepoint.
  return db.transaction((tx) => write(tx));
}

export async function listAssets(db: Database, options: { taskId: string; limit: number; cursor?: string }) {
  const rows = await db
    .select()
    .from(asset)
    .where(and(eq(asset.taskId, options.taskId), cursorCondition(asset.id, options.cursor)))
    .orderBy(desc(asset.id))
    .limit(options.limit + 1);
  return toPage(rows, options.limit);
}

export async function renameAsset(db: Database, options: { actor: Actor; asset: AssetRow; name: string }) {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(asset)
      .set({ name: options.name, updatedAt: new Date() })
      .where(eq(asset.id, options.asset.id))
      .returning();
    await appendActivity(tx, {
      processId: options.asset.processId,
      actorId: options.actor.userId,
      action: "asset.renamed",
      targetType: "asset",
      targetId: options.asset.id,
      summary: { before: { name: options.asset.name }, after: { name: options.name } },
    });
    return updated!;
  });
}

/**
 * Deletes an asset and its content. A remote asset is deleted in its service first: when the service refuses or
 * cannot be reached, the asset stays here untouched and the person is told to try again.
 */
export async function deleteAsset(db: Database, options: { actor: Actor; asset: AssetRow }): Promise<void> {
  const remote = await remoteServiceOf(db, options.asset);
  if (remote) await deleteRemoteAsset(remote.service, remote.externalId);
  await db.transaction(async (tx) => {
    const server = options.asset.interlinkerId ? findBuiltinInterlinker(options.asset.interlinkerId) : undefined;
    if (options.asset.kind === "interlinker" && server)
      await server.hooks.delete({ tx, platform, asset: options.asset });
    await tx.delete(asset).where(eq(asset.id, options.asset.id));
    await appendActivity(tx, {
      processId: options.asset.processId,
      actorId: options.actor.userId,
      action: "asset.deleted",
      targetType: "asset",
      targetId: options.asset.id,
      summary: { before: { taskId: options.asset.taskId, name: options.asset.name, kind: options.asset.kind } },
    });
  });
}

/**
 * Copies an asset to another task, its content through its interlinker's clone (a remote one's service copies
 * it). A caller copying several in one change passes `copies`, so a later failure deletes the remote copies.
 */
export async function cloneAsset(
  db: Database,
  options: { actor: Actor; source: AssetRow; target: { id: string; processId: string }; copies?: RemoteCopies },
): Promise<AssetRow> {
  const { actor, source, target } = options;
  // Alone, the copy is its own change and deletes its remote copy if storing it fails; inside a caller's change
  // (a process clone), the caller does that for all of them.
  const copies = options.copies ?? new RemoteCopies();
  const remote = await remoteServiceOf(db, source);
  let externalId: string | null = null;
  if (remote) {
    const copy = await cloneRemoteAsset(remote.service, remote.externalId);
    if (!copy) throw remoteAssetMissing(remote.service);
    copies.record(remote.service, copy.id);
    externalId = copy.id;
  }
  const writing = db.transaction(async (tx) => {
    const created = await insertAsset(tx, actor, {
      processId: target.processId,
      taskId: target.id,
      kind: source.kind,
      name: source.name,
      url: source.url,
      interlinkerId: source.interlinkerId,
      knowledgeInterlinkerId: source.knowledgeInterlinkerId,
      externalId,
      clonedFrom: source.id,
      createdBy: actor.userId,
    });
    const server = source.interlinkerId ? findBuiltinInterlinker(source.interlinkerId) : undefined;
    if (source.kind === "interlinker" && server) await server.hooks.clone({ tx, platform, source, target: created });
    return created;
  });
  return options.copies ? writing : writing.catch(copies.discardAndRethrow);
}

/**
 * Whether an asset's decision is settled (closed with a winner), through its interlinker's `settled` hook; an
 * asset whose interlinker does not decide never is.
 */
export async function assetDecisionSettled(db: Database, row: AssetRow): Promise<boolean> {
  const server =
    row.kind === "interlinker" && row.interlinkerId ? findBuiltinInterlinker(row.interlinkerId) : undefined;
  return server?.hooks.settled ? server.hooks.settled({ db, asset: row }) : false;
}

/** The assets of a process that may settle a gate: those whose interlinker decides (has a `settled` hook). */
export function decidesThings(row: AssetRow): boolean {
  const server =
    row.kind === "interlinker" && row.interlinkerId ? findBuiltinInterlinker(row.interlinkerId) : undefined;
  return Boolean(server?.hooks.settled);
}

export async function findAsset(db: Database, assetId: string): Promise<AssetRow | undefined> {
  const [row] = await db.select().from(asset).where(eq(asset.id, assetId));
  return row;
}

export async function listProcessAssets(db: Database, processId: string): Promise<AssetRow[]> {
  return db.select().from(asset).where(eq(asset.processId, processId)).orderBy(asset.id);
}

/** How an exported remote asset says where it lives: its content stays in the service. */
export const remoteAssetMediaType = "application/vnd.interlink.remote-asset+json";
const remoteAssetReference = z.object({ serviceUrl: z.string().max(500), externalId: externalIdSchema });

/**
 * An asset's content in its interlinker's open format; null for links and for interlinkers that keep none. A
 * remote asset is exported as a reference (service address, id, view address), without calling the service.
 */
export async function exportAssetContent(db: Database, row: AssetRow) {
  const remote = await remoteServiceOf(db, row);
  if (remote) {
    const reference = {
      serviceUrl: remote.remote.serviceUrl,
      externalId: remote.externalId,
      viewUrl: viewUrl(remote.remote, remote.externalId),
    };
    return { mediaType: remoteAssetMediaType, content: JSON.stringify(reference) };
  }
  const server =
    row.kind === "interlinker" && row.interlinkerId ? findBuiltinInterlinker(row.interlinkerId) : undefined;
  return server ? server.hooks.export({ db, platform, asset: row }) : null;
}

/** Recreates an exported asset in a task, its content through its interlinker's import. */
export async function importAsset(
  tx: Database,
  options: {
    actor: Actor;
    processId: string;
    taskId: string;
    entry: {
      kind: AssetRow["kind"];
      name: string;
      url: string | null;
      interlinkerId: string | null;
      knowledgeInterlinkerId: string | null;
      content: { mediaType: string; content: string } | null;
    };
    copies: RemoteCopies;
  },
): Promise<void> {
  const { entry } = options;
  if (entry.kind === "interlinker" && entry.content?.mediaType === remoteAssetMediaType) {
    return importRemoteAsset(tx, { ...options, content: entry.content.content });
  }
  const server =
    entry.kind === "interlinker" && entry.interlinkerId ? findBuiltinInterlinker(entry.interlinkerId) : undefined;
  if (entry.kind === "interlinker" && !server) {
    throw invalid([
      {
        path: "body.assets",
        code: "unknown_interlinker",
        params: { id: entry.interlinkerId ?? "" },
        message: `This platform has no interlinker "${entry.interlinkerId}".`,
      },
    ]);
  }
  if (entry.kind === "external" && !entry.url) {
    throw invalid([
      { path: "body.assets", code: "external_url_required", message: "An external asset needs its url." },
    ]);
  }
  const created = await insertAsset(tx, options.actor, {
    processId: options.processId,
    taskId: options.taskId,
    kind: entry.kind,
    name: entry.name,
    url: entry.kind === "external" ? entry.url : null,
    interlinkerId: server ? server.manifest.id : null,
    knowledgeInterlinkerId: null,
    createdBy: options.actor.userId,
  });
  if (server) await server.hooks.import({ tx, platform, asset: created, content: entry.content?.content ?? "" });
}

/**
 * Recreates an exported remote asset: only when this platform registered the same service (same address),
 * which then copies the asset, so the import has its own. Otherwise a clear refusal: nothing is imported.
 */
async function importRemoteAsset(
  tx: Database,
  options: {
    actor: Actor;
    processId: string;
    taskId: string;
    entry: { name: string };
    content: string;
    copies: RemoteCopies;
  },
): Promise<void> {
  let reference: z.infer<typeof remoteAssetReference>;
  try {
    reference = remoteAssetReference.parse(JSON.parse(options.content));
  } catch {
    throw invalid([
      { path: "body.assets", code: "invalid_remote_reference", message: "A remote asset's reference is not valid." },
    ]);
  }
  const remote = await findRemoteInterlinkerByServiceUrl(tx, reference.serviceUrl);
  if (!remote) {
    throw invalid([
      {
        path: "body.assets",
        code: "unregistered_service",
        params: { name: options.entry.name, serviceUrl: reference.serviceUrl },
        message: `The asset "${options.entry.name}" lives in ${reference.serviceUrl}, which is not registered on this platform. A platform administrator can register it; then import again.`,
      },
    ]);
  }
  const service = asService(remote);
  const copy = await cloneRemoteAsset(service, reference.externalId);
  if (!copy) throw remoteAssetMissing(service);
  options.copies.record(service, copy.id);
  await insertAsset(tx, options.actor, {
    processId: options.processId,
    taskId: options.taskId,
    kind: "interlinker",
    name: options.entry.name,
    interlinkerId: remote.id,
    externalId: copy.id,
    createdBy: options.actor.userId,
  });
}

/** How many assets each of these interlinkers holds, for registrations that must not vanish under them. */
export async function countAssetsByInterlinker(db: Database, interlinkerIds: string[]): Promise<Map<string, number>> {
  if (interlinkerIds.length === 0) return new Map();
  const rows = await db
    .select({ interlinkerId: asset.interlinkerId, count: count() })
    .from(asset)
    .where(inArray(asset.interlinkerId, interlinkerIds))
    .groupBy(asset.interlinkerId);
  return new Map(rows.map((row) => [row.interlinkerId!, Number(row.count)]));
}

/** Names and tasks of assets by id (for the trail, which names what it refers to); deleted ones are absent. */
export async function getAssetSummaries(
  db: Database,
  assetIds: string[],
): Promise<Map<string, { id: string; name: string; taskId: string; processId: string }>> {
  if (assetIds.length === 0) return new Map();
  const rows = await db
    .select({ id: asset.id, name: asset.name, taskId: asset.taskId, processId: asset.processId })
    .from(asset)
    .where(inArray(asset.id, assetIds));
  return new Map(rows.map((row) => [row.id, row]));
}

import { and, desc, eq } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { z } from "zod";
import type { AssetRow, InterlinkerServer } from "../../../interlinkers/contract.js";
import { findBuiltinInterlinker } from "../../../interlinkers/registry.js";
import type { Database } from "../../db/client.js";
import { asset } from "../../db/schema/index.js";
import { optionalActor } from "../../http/actor.js";
import { cursorCondition, toPage } from "../../http/pagination.js";
import { invalid, notFound } from "../../http/problem.js";
import { type Actor, authorize, type ItemSubject, type MaybeActor } from "../../policies/index.js";
import type { ItemAction } from "../../policies/process.js";
import { appendActivity } from "../activity/service.js";
import { findInterlinker, findInterlinkerTemplate } from "../catalogue/service.js";
import { loadItem } from "../processes/access.js";
import type { assetCreate } from "./schema.js";

export type { AssetRow };

/** A task with the actor's subject for it; 404 when the id is not a task the actor may know of. */
export async function loadTask(db: Database, actor: MaybeActor, taskId: string) {
  const loaded = await loadItem(db, actor, taskId).catch(() => {
    throw notFound("task");
  });
  if (loaded.item.type !== "task") throw notFound("task");
  authorize(actor, "view", loaded.subject, "task");
  return loaded;
}

/** An asset with its task's subject, authorized for `action` on the task; 404 when the actor may not see it. */
export async function loadAsset(db: Database, actor: MaybeActor, assetId: string, action: ItemAction) {
  const [row] = await db.select().from(asset).where(eq(asset.id, assetId));
  if (!row) throw notFound("asset");
  const task = await loadItem(db, actor, row.taskId).catch(() => {
    throw notFound("asset");
  });
  // Whoever may not see the task's assets learns nothing of this one.
  authorize(actor, "view_assets", task.subject, "asset");
  authorize(actor, action, task.subject, "asset");
  return { asset: row, task };
}

/** For interlinkers' own routes: the asset behind `:assetId`, authorized for `action` through its task. */
export async function assetForRequest(request: FastifyRequest, action: ItemAction, interlinkerId: string) {
  const actor = await optionalActor(request);
  const { assetId } = request.params as { assetId: string };
  const loaded = await loadAsset(request.server.db, actor, assetId, action);
  if (loaded.asset.interlinkerId !== interlinkerId) throw notFound("asset");
  return { ...loaded, actor };
}

function softwareFor(id: string | null): InterlinkerServer {
  const server = id ? findBuiltinInterlinker(id) : undefined;
  if (!server) throw invalid([{ path: "body.interlinkerId", message: "This interlinker cannot create assets here." }]);
  return server;
}

export async function createAsset(
  db: Database,
  options: {
    actor: Actor;
    task: { item: { id: string; processId: string }; subject: ItemSubject };
    input: z.infer<typeof assetCreate>;
  },
): Promise<AssetRow> {
  const { actor, task, input } = options;
  authorize(actor, "create_assets", task.subject, "task");
  const base = { processId: task.item.processId, taskId: task.item.id, createdBy: actor.userId };

  if (input.kind === "external") {
    return insertAsset(db, actor, { ...base, kind: "external", name: input.name, url: input.url });
  }
  const entry = (await findInterlinker(db, input.interlinkerId))?.row;
  if (!entry) throw invalid([{ path: "body.interlinkerId", message: "There is no interlinker with this id." }]);
  const name = input.name ?? entry.name.en ?? Object.values(entry.name)[0] ?? entry.id;

  if (entry.nature === "external_software" || entry.nature === "external_knowledge") {
    return insertAsset(db, actor, {
      ...base,
      kind: "external",
      name,
      url: entry.url,
      knowledgeInterlinkerId: entry.id,
    });
  }
  const server = softwareFor(entry.nature === "knowledge" ? entry.softwareInterlinkerId : entry.id);
  const parsed = server.inputSchema.safeParse(input.input ?? {});
  if (!parsed.success) {
    throw invalid(
      parsed.error.issues.map((issue) => ({
        path: ["body", "input", ...issue.path].join("."),
        message: issue.message,
      })),
    );
  }
  return db.transaction(async (tx) => {
    const created = await insertAsset(tx, actor, {
      ...base,
      kind: "interlinker",
      name,
      interlinkerId: server.manifest.id,
      knowledgeInterlinkerId: entry.nature === "knowledge" ? entry.id : null,
    });
    await server.instantiate({
      tx: tx,
      asset: created,
      actor,
      input: parsed.data,
      template: entry.nature === "knowledge" ? ((await findInterlinkerTemplate(tx, entry.id)) ?? "") : undefined,
    });
    return created;
  });
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

export async function deleteAsset(db: Database, options: { actor: Actor; asset: AssetRow }): Promise<void> {
  await db.transaction(async (tx) => {
    const server = options.asset.interlinkerId ? findBuiltinInterlinker(options.asset.interlinkerId) : undefined;
    if (options.asset.kind === "interlinker" && server) await server.delete({ tx: tx, asset: options.asset });
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

/** Copies an asset to another task, its content through its interlinker's clone. */
export async function cloneAsset(
  db: Database,
  options: { actor: Actor; source: AssetRow; target: { id: string; processId: string } },
): Promise<AssetRow> {
  const { actor, source, target } = options;
  return db.transaction(async (tx) => {
    const created = await insertAsset(tx, actor, {
      processId: target.processId,
      taskId: target.id,
      kind: source.kind,
      name: source.name,
      url: source.url,
      interlinkerId: source.interlinkerId,
      knowledgeInterlinkerId: source.knowledgeInterlinkerId,
      clonedFrom: source.id,
      createdBy: actor.userId,
    });
    const server = source.interlinkerId ? findBuiltinInterlinker(source.interlinkerId) : undefined;
    if (source.kind === "interlinker" && server) await server.clone({ tx: tx, source, target: created });
    return created;
  });
}

export async function listProcessAssets(db: Database, processId: string): Promise<AssetRow[]> {
  return db.select().from(asset).where(eq(asset.processId, processId)).orderBy(asset.id);
}

/** An asset's content in its interlinker's open format; null for links and for interlinkers that keep none. */
export async function exportAssetContent(db: Database, row: AssetRow) {
  const server =
    row.kind === "interlinker" && row.interlinkerId ? findBuiltinInterlinker(row.interlinkerId) : undefined;
  return server ? server.export({ db, asset: row }) : null;
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
  },
): Promise<void> {
  const { entry } = options;
  const server =
    entry.kind === "interlinker" && entry.interlinkerId ? findBuiltinInterlinker(entry.interlinkerId) : undefined;
  if (entry.kind === "interlinker" && !server) {
    throw invalid([{ path: "body.assets", message: `This platform has no interlinker "${entry.interlinkerId}".` }]);
  }
  if (entry.kind === "external" && !entry.url) {
    throw invalid([{ path: "body.assets", message: "An external asset needs its url." }]);
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
  if (server) await server.import({ tx, asset: created, content: entry.content?.content ?? "" });
}

import { and, desc, eq } from "drizzle-orm";
import * as Y from "yjs";
import {
  type AssetRow,
  assetTable,
  cursorCondition,
  type Database,
  type MaybeActor,
  notFound,
  type Platform,
  toPage,
} from "../sdk/server.js";
import { documentFromState, emptyDocument, replaceContent, stateFromDocument, stateFromMarkdown } from "./content.js";
import { documentState, documentVersion } from "./tables.js";

export type VersionRow = typeof documentVersion.$inferSelect;

/** The documents open for live editing in this app: the collaboration (collab.ts) is the one implementation. */
export interface LiveDocuments {
  /** The state of the document as people are editing it, or null when nobody has it open here. */
  liveState(assetId: string): Uint8Array | null;
  /** Runs `change` on the document as one server-side edit that every connected client receives, then stores it. */
  change(assetId: string, change: (ydoc: Y.Doc) => void): Promise<Uint8Array>;
}

export async function readStoredState({ db, assetId }: { db: Database; assetId: string }): Promise<Uint8Array | null> {
  const [row] = await db
    .select({ state: documentState.state })
    .from(documentState)
    .where(eq(documentState.assetId, assetId));
  return row?.state ?? null;
}

/** The newest state: the live document's when it is open here, else the stored one. */
export async function readCurrentState(options: {
  db: Database;
  live: LiveDocuments | undefined;
  assetId: string;
}): Promise<Uint8Array | null> {
  return options.live?.liveState(options.assetId) ?? readStoredState(options);
}

/** A new document: from Markdown (the creator's, or a knowledge template's), else empty. */
export async function createDocument({
  tx,
  assetId,
  markdown,
}: {
  tx: Database;
  assetId: string;
  markdown: string | undefined;
}): Promise<void> {
  const state = markdown ? stateFromMarkdown(markdown) : stateFromDocument(emptyDocument());
  await createDocumentState({ tx, assetId, state });
}

/** A new document's first state, as it was elsewhere (a clone, an import). */
export async function createDocumentState({
  tx,
  assetId,
  state,
}: {
  tx: Database;
  assetId: string;
  state: Uint8Array;
}): Promise<void> {
  await tx.insert(documentState).values({ assetId, state });
}

export async function deleteDocumentState({ tx, assetId }: { tx: Database; assetId: string }): Promise<void> {
  await tx.delete(documentState).where(eq(documentState.assetId, assetId));
}

/** One state holding everything either state holds (Yjs merges are commutative and idempotent). */
export function mergeStates(a: Uint8Array, b: Uint8Array): Uint8Array {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, a);
  Y.applyUpdate(ydoc, b);
  const merged = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return merged;
}

/**
 * Stores a document's state, and who edited it since the last store, together. False when the asset is gone
 * (deleted while people were still connected): nothing is written, so the document does not come back. The state
 * is merged into the stored one, not written over it: several server processes hold and store the same document,
 * and one that missed an edit (a message lost while its bus reconnected) must not erase it from the database.
 */
export async function storeDocumentState(options: {
  db: Database;
  platform: Platform;
  assetId: string;
  state: Uint8Array;
  editorIds: string[];
}): Promise<boolean> {
  const { db, platform, assetId, editorIds } = options;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ processId: assetTable.processId })
      .from(assetTable)
      .where(eq(assetTable.id, assetId));
    if (!row) return false;
    const [stored] = await tx
      .select({ state: documentState.state })
      .from(documentState)
      .where(eq(documentState.assetId, assetId))
      .for("update");
    const state = stored?.state.length ? mergeStates(stored.state, options.state) : options.state;
    const updatedAt = new Date();
    await tx
      .insert(documentState)
      .values({ assetId, state, updatedAt })
      .onConflictDoUpdate({ target: documentState.assetId, set: { state, updatedAt } });
    if (editorIds.length) {
      await platform.activity.append(tx, {
        processId: row.processId,
        actorId: editorIds[0]!,
        action: "document.edited",
        targetType: "asset",
        targetId: assetId,
        summary: { after: { editorIds, bytes: state.byteLength } },
      });
    }
    return true;
  });
}

export async function listVersions(options: {
  db: Database;
  assetId: string;
  cursor: string | undefined;
  limit: number;
}): Promise<{ items: VersionRow[]; nextCursor: string | null }> {
  const { db, assetId, cursor, limit } = options;
  const rows = await db
    .select()
    .from(documentVersion)
    .where(and(eq(documentVersion.assetId, assetId), cursorCondition(documentVersion.id, cursor)))
    .orderBy(desc(documentVersion.id))
    .limit(limit + 1);
  return toPage(rows, limit);
}

/** Keeps the document's current content (live, else stored) under a name, and logs it. */
export async function saveVersion(options: {
  db: Database;
  platform: Platform;
  live: LiveDocuments | undefined;
  asset: AssetRow;
  actor: MaybeActor;
  name: string;
}): Promise<VersionRow> {
  const { db, platform, live, asset, actor, name } = options;
  const state = (await readCurrentState({ db, live, assetId: asset.id })) ?? stateFromDocument(emptyDocument());
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(documentVersion)
      .values({ assetId: asset.id, name, state, createdBy: actor?.userId ?? null })
      .returning();
    await platform.activity.append(tx, {
      processId: asset.processId,
      actorId: actor?.userId ?? null,
      action: "document.version_saved",
      targetType: "asset",
      targetId: asset.id,
      summary: { after: { versionId: row!.id, name: row!.name } },
    });
    return row!;
  });
}

/**
 * Brings back a version's content as a new change, which everyone connected receives, and logs it. 404 when the
 * version is not one of this document's.
 */
export async function restoreVersion(options: {
  db: Database;
  platform: Platform;
  live: LiveDocuments;
  asset: AssetRow;
  actor: MaybeActor;
  versionId: string;
}): Promise<VersionRow> {
  const { db, platform, live, asset, actor, versionId } = options;
  const [version] = await db
    .select()
    .from(documentVersion)
    .where(and(eq(documentVersion.id, versionId), eq(documentVersion.assetId, asset.id)));
  if (!version) throw notFound("version");
  const content = documentFromState(version.state);
  const state = await live.change(asset.id, (ydoc) => replaceContent(ydoc, content));
  await db.transaction(async (tx) => {
    // The change is already stored by the collaboration; this records it in the same step as the activity.
    await tx
      .insert(documentState)
      .values({ assetId: asset.id, state, updatedAt: new Date() })
      .onConflictDoUpdate({ target: documentState.assetId, set: { state, updatedAt: new Date() } });
    await platform.activity.append(tx, {
      processId: asset.processId,
      actorId: actor?.userId ?? null,
      action: "document.version_restored",
      targetType: "asset",
      targetId: asset.id,
      summary: { after: { versionId: version.id, name: version.name } },
    });
    await platform.notifications.versionRestored(tx, {
      asset,
      actorId: actor?.userId ?? null,
      title: asset.name,
      version: version.name,
    });
  });
  return version;
}

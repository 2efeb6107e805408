import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hocuspocus } from "@hocuspocus/server";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { type WebSocket, WebSocketServer } from "ws";
import * as Y from "yjs";
import { onAccessChange } from "../../server/collab/access-changes.js";
import type { Database } from "../../server/db/client.js";
import { asset } from "../../server/db/schema/processes.js";
import { refuseUpgrade, type UpgradeHandler } from "../../server/http/upgrades.js";
import { appendActivity } from "../../server/modules/activity/service.js";
import { loadAuthorizedAsset } from "../../server/modules/assets/service.js";
import { type Actor, can } from "../../server/policies/index.js";
import { documentState } from "./tables.js";

export const collabPath = "/collab";
/** One collaboration message at most; a bigger one closes the socket (code 1009) before it is read. */
export const maxCollabMessageBytes = 1024 * 1024;
/** How often open sockets check that their session still exists (sign-out elsewhere, expiry). */
const sessionCheckMs = 60_000;
/** Close code telling the client its rights may have changed: it reconnects and is authorized afresh. */
export const accessChangedCloseCode = 4403;

const documentPrefix = "asset:";
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const documentNameOf = (assetId: string) => `${documentPrefix}${assetId}`;

function assetIdOf(documentName: string): string | null {
  const id = documentName.startsWith(documentPrefix) ? documentName.slice(documentPrefix.length) : "";
  return uuidPattern.test(id) ? id.toLowerCase() : null;
}

/** One browser's socket: whose it is and which processes its open documents belong to. */
interface LiveSocket {
  socket: WebSocket;
  actor: Actor;
  cookie: string | undefined;
  processIds: Set<string>;
}

interface ConnectionContext {
  live: LiveSocket;
  assetId?: string;
}

export interface DocumentCollab {
  hocuspocus: Hocuspocus;
  /** Runs `change` on the document as one server-side edit that every connected client receives, then stores it. */
  change(assetId: string, change: (ydoc: Y.Doc) => void): Promise<Uint8Array>;
  /** The newest state: the live document's when it is open here, else the stored one. */
  currentState(assetId: string): Promise<Uint8Array | null>;
  /** Disconnects everyone from this document (it was deleted). */
  closeDocument(assetId: string): void;
}

// The collaboration of each app, found by its database handle from the interlinker's routes.
const collabs = new WeakMap<Database, DocumentCollab>();

export function collabFor(db: Database): DocumentCollab | undefined {
  return collabs.get(db);
}

export async function storedState(db: Database, assetId: string): Promise<Uint8Array | null> {
  const [row] = await db
    .select({ state: documentState.state })
    .from(documentState)
    .where(eq(documentState.assetId, assetId));
  return row?.state ?? null;
}

/**
 * Live editing over Yjs: a Hocuspocus instance behind `/collab` on the API's port. The session cookie
 * authenticates the socket, each document is authorized through its asset's task (viewers read only), and the
 * state is kept in the database, stored a moment after the last edit and whenever the last person leaves.
 */
export function createDocumentCollab(app: FastifyInstance): { collab: DocumentCollab; upgrade: UpgradeHandler } {
  const db = app.db;
  const sockets = new Set<LiveSocket>();
  // Who changed each open document since it was last stored, for the activity log.
  const editors = new Map<string, Set<string>>();

  const hocuspocus = new Hocuspocus({
    quiet: true,
    async onAuthenticate({ documentName, context, connectionConfig }) {
      const { live } = context as ConnectionContext;
      const assetId = assetIdOf(documentName);
      if (!assetId) throw new Error("permission-denied");
      const loaded = await loadAuthorizedAsset(db, live.actor, assetId, "view_assets").catch(() => null);
      if (loaded?.asset.interlinkerId !== "document") throw new Error("permission-denied");
      connectionConfig.readOnly = !can(live.actor, "edit_assets", loaded.task.subject);
      live.processIds.add(loaded.asset.processId);
      return { assetId };
    },
    async onLoadDocument({ documentName, document }) {
      const assetId = assetIdOf(documentName);
      const state = assetId ? await storedState(db, assetId) : null;
      if (state?.length) Y.applyUpdate(document, state);
    },
    async onChange({ documentName, context }) {
      const userId = (context as Partial<ConnectionContext>).live?.actor.userId;
      if (!userId) return;
      const set = editors.get(documentName) ?? new Set<string>();
      set.add(userId);
      editors.set(documentName, set);
    },
    async onStoreDocument({ documentName, document }) {
      const assetId = assetIdOf(documentName);
      if (!assetId) return;
      const edited = [...(editors.get(documentName) ?? [])];
      editors.delete(documentName);
      const kept = await writeState(db, assetId, Y.encodeStateAsUpdate(document), edited);
      // The asset was deleted while people were still connected: send them away.
      if (!kept) hocuspocus.closeConnections(documentName);
    },
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxCollabMessageBytes });

  const upgrade: UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    app
      .readSession(request.headers.cookie)
      .then((resolved) => {
        if (!resolved) return refuseUpgrade(socket, 401, "Unauthorized");
        wss.handleUpgrade(request, socket, head, (ws) => {
          const live: LiveSocket = {
            socket: ws,
            actor: resolved.actor,
            cookie: request.headers.cookie,
            processIds: new Set(),
          };
          sockets.add(live);
          // ws reports an oversize or malformed frame as an error and then closes the socket; without a listener
          // the error would bring the process down.
          ws.on("error", (error) => app.log.debug({ err: error }, "collab: socket error"));
          ws.once("close", () => sockets.delete(live));
          hocuspocus.handleConnection(ws, request, { live } satisfies ConnectionContext);
        });
      })
      .catch((error: unknown) => {
        app.log.error({ err: error }, "collab: upgrade failed");
        refuseUpgrade(socket, 500, "Internal Server Error");
      });
  };

  const closeWhere = (affected: (live: LiveSocket) => boolean) => {
    for (const live of sockets) {
      if (affected(live)) live.socket.close(accessChangedCloseCode, "Access changed");
    }
  };
  const stopListening = onAccessChange(db, (change) => {
    if ("processId" in change) closeWhere((live) => live.processIds.has(change.processId));
    else closeWhere((live) => live.actor.userId === change.userId);
  });
  const sessionCheck = setInterval(() => {
    for (const live of sockets) {
      app.readSession(live.cookie).then(
        (resolved) => {
          if (!resolved) live.socket.close(accessChangedCloseCode, "Session ended");
        },
        () => {},
      );
    }
  }, sessionCheckMs);
  sessionCheck.unref();

  // Before the HTTP server stops: store every open document, then hang up, while the database is still open.
  app.addHook("preClose", async () => {
    stopListening();
    clearInterval(sessionCheck);
    await Promise.all(
      [...hocuspocus.documents.keys()].map((name) => hocuspocus.debouncer.executeNow(`onStoreDocument-${name}`)),
    );
    for (const live of sockets) live.socket.terminate();
    await settled(hocuspocus);
    wss.close();
    collabs.delete(db);
  });

  const collab: DocumentCollab = {
    hocuspocus,
    async change(assetId, change) {
      const connection = await hocuspocus.openDirectConnection(documentNameOf(assetId), {});
      let state: Uint8Array = new Uint8Array();
      try {
        await connection.transact((ydoc) => {
          change(ydoc);
          state = Y.encodeStateAsUpdate(ydoc);
        });
      } finally {
        await connection.disconnect();
      }
      return state;
    },
    async currentState(assetId) {
      const live = hocuspocus.documents.get(documentNameOf(assetId));
      return live ? Y.encodeStateAsUpdate(live) : storedState(db, assetId);
    },
    closeDocument(assetId) {
      hocuspocus.closeConnections(documentNameOf(assetId));
    },
  };
  collabs.set(db, collab);
  return { collab, upgrade };
}

/** Waits for stores already running (a last person leaving starts one). */
async function settled(hocuspocus: Hocuspocus): Promise<void> {
  for (let round = 0; round < 500; round++) {
    const busy = [...hocuspocus.documents.values()].some(
      (document) =>
        hocuspocus.debouncer.isCurrentlyExecuting(`onStoreDocument-${document.name}`) ||
        hocuspocus.debouncer.isDebounced(`onStoreDocument-${document.name}`) ||
        document.saveMutex.isLocked(),
    );
    if (!busy) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Stores a document's state, and who edited it since the last store, together. */
async function writeState(db: Database, assetId: string, state: Uint8Array, editorIds: string[]): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ processId: asset.processId }).from(asset).where(eq(asset.id, assetId));
    if (!row) return false;
    const updatedAt = new Date();
    await tx
      .insert(documentState)
      .values({ assetId, state, updatedAt })
      .onConflictDoUpdate({ target: documentState.assetId, set: { state, updatedAt } });
    if (editorIds.length) {
      await appendActivity(tx, {
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

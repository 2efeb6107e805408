import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hocuspocus } from "@hocuspocus/server";
import { type WebSocket, WebSocketServer } from "ws";
import * as Y from "yjs";
import { type Actor, type Database, refuseUpgrade, type UpgradeHandler, type UpgradeSetup } from "../sdk/server.js";
import { documentFanOut } from "./fan-out.js";
import { type LiveDocuments, readStoredState, storeDocumentState } from "./service.js";

export const collabPath = "/collab";
/** One collaboration message at most; a bigger one closes the socket (code 1009) before it is read. */
export const maxCollabMessageBytes = 1024 * 1024;
/** How often open sockets check that their session still exists (sign-out elsewhere, expiry). */
const sessionCheckMs = 60_000;
/** Close code telling the client its rights may have changed: it reconnects and is authorized afresh. */
export const accessChangedCloseCode = 4403;

const documentPrefix = "asset:";
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const documentNameOf = (assetId: string) => `${documentPrefix}${assetId}`;

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

// The live documents of each app, found by its database handle from the interlinker's routes and hooks.
const collabs = new WeakMap<Database, LiveDocuments>();

/** The app's live documents; undefined when `db` is not an app's handle (a transaction) or nothing runs. */
export function liveDocumentsOf(db: Database): LiveDocuments | undefined {
  return collabs.get(db);
}

/** The app's live documents, for what must reach everyone connected (a restore). */
export function runningLiveDocuments(db: Database): LiveDocuments {
  const found = collabs.get(db);
  if (!found) throw new Error("The document collaboration is not running.");
  return found;
}

/**
 * Live editing over Yjs: a Hocuspocus instance behind `/collab` on the API's port. The session cookie
 * authenticates the socket, each document is authorized through its asset's task (viewers read only), and the
 * state is kept in the database, stored a moment after the last edit and whenever the last person leaves. Other
 * server processes on the database holding the same document stay in step through `fan-out.ts`.
 */
export function createDocumentCollab(setup: UpgradeSetup): UpgradeHandler {
  const { db, platform, log, actorFromCookie } = setup;
  const sockets = new Set<LiveSocket>();
  // Who changed each open document since it was last stored, for the activity log.
  const editors = new Map<string, Set<string>>();
  // Other server processes on the database holding the same documents: their edits arrive here and ours go there.
  const fanOut = documentFanOut({ db, platform });

  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: [fanOut],
    async onAuthenticate({ documentName, context, connectionConfig }) {
      const { live } = context as ConnectionContext;
      const assetId = assetIdOf(documentName);
      if (!assetId) throw new Error("permission-denied");
      const loaded = await platform.assets
        .authorized(db, { actor: live.actor, assetId, interlinkerId: "document", action: "view_assets" })
        .catch(() => null);
      if (!loaded) throw new Error("permission-denied");
      connectionConfig.readOnly = !platform.policies.can(live.actor, "edit_assets", loaded.subject);
      live.processIds.add(loaded.asset.processId);
      return { assetId };
    },
    async onLoadDocument({ documentName, document }) {
      const assetId = assetIdOf(documentName);
      const state = assetId ? await readStoredState({ db, assetId }) : null;
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
      const kept = await storeDocumentState({
        db,
        platform,
        assetId,
        state: Y.encodeStateAsUpdate(document),
        editorIds: edited,
      });
      // The asset was deleted while people were still connected: send them away.
      if (!kept) hocuspocus.closeConnections(documentName);
    },
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: maxCollabMessageBytes });

  const upgrade: UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    actorFromCookie(request.headers.cookie)
      .then((actor) => {
        if (!actor) return refuseUpgrade(socket, 401, "Unauthorized");
        wss.handleUpgrade(request, socket, head, (ws) => {
          const live: LiveSocket = {
            socket: ws,
            actor,
            cookie: request.headers.cookie,
            processIds: new Set(),
          };
          sockets.add(live);
          // ws reports an oversize or malformed frame as an error and then closes the socket; without a listener
          // the error would bring the process down.
          ws.on("error", (error) => log.debug({ err: error }, "collab: socket error"));
          ws.once("close", () => sockets.delete(live));
          hocuspocus.handleConnection(ws, request, { live } satisfies ConnectionContext);
        });
      })
      .catch((error: unknown) => {
        log.error({ err: error }, "collab: upgrade failed");
        refuseUpgrade(socket, 500, "Internal Server Error");
      });
  };

  const closeWhere = (affected: (live: LiveSocket) => boolean) => {
    for (const live of sockets) {
      if (affected(live)) live.socket.close(accessChangedCloseCode, "Access changed");
    }
  };
  const stopListening = platform.accessChanges.subscribe(db, (change) => {
    if ("processId" in change) closeWhere((live) => live.processIds.has(change.processId));
    else if ("userId" in change) closeWhere((live) => live.actor.userId === change.userId);
    else closeWhere(() => true);
  });
  const sessionCheck = setInterval(() => {
    for (const live of sockets) {
      actorFromCookie(live.cookie).then(
        (actor) => {
          if (!actor) live.socket.close(accessChangedCloseCode, "Session ended");
        },
        () => {},
      );
    }
  }, sessionCheckMs);
  sessionCheck.unref();

  // Before the HTTP server stops: store every open document, then hang up, while the database is still open.
  setup.onClose(async () => {
    stopListening();
    fanOut.stop();
    clearInterval(sessionCheck);
    await Promise.all(
      [...hocuspocus.documents.keys()].map((name) => hocuspocus.debouncer.executeNow(`onStoreDocument-${name}`)),
    );
    for (const live of sockets) live.socket.terminate();
    await settled(hocuspocus);
    wss.close();
    collabs.delete(db);
  });

  collabs.set(db, {
    liveState(assetId) {
      const live = hocuspocus.documents.get(documentNameOf(assetId));
      return live ? Y.encodeStateAsUpdate(live) : null;
    },
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
  });
  return upgrade;
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

import { randomBytes } from "node:crypto";
import {
  type Connection,
  type Document,
  type Extension,
  IncomingMessage,
  MessageReceiver,
  OutgoingMessage,
} from "@hocuspocus/server";
import * as Y from "yjs";
import type { Database, Platform } from "../sdk/server.js";

/**
 * What one process's collaboration tells the others about a document it holds (`platform.collab`):
 * - `update`: a Yjs update made here (by a socket, or a restore);
 * - `awareness`: who is here and where their cursor is, as Hocuspocus's own awareness message (its classes encode
 *   and apply it, as its Redis extension does);
 * - `sync`: "this is my state vector: send me what I lack", sent when a process loads a document, since what
 *   another process holds may not be stored yet. A holder answers with an `update` of what the asker lacks and,
 *   unless the sync was itself an answer, with a sync of its own so the asker sends back what the holder lacks.
 * Binary is base64 in the JSON; the bus cuts what is larger than a NOTIFY carries.
 */
type FanOutBody =
  | { document: string; kind: "update"; update: string }
  | { document: string; kind: "awareness"; message: string }
  | { document: string; kind: "sync"; vector: string; answer: boolean };
type FanOutMessage = FanOutBody & { interlinker: "document"; from: string };

/** The transaction origin of updates applied from other processes, so they are not sent back out. */
const fromElsewhere = Symbol("document: from another process");
/**
 * What Hocuspocus applies an awareness message for: its socket is the awareness update's origin, so the extension
 * knows not to send those states back out.
 */
const elsewhere = { webSocket: fromElsewhere } as unknown as Connection;

const encode = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const decode = (text: string) => new Uint8Array(Buffer.from(text, "base64"));

/** An update that carries nothing: no structs and an empty delete set. */
const isEmptyUpdate = (update: Uint8Array) => update.length <= 2;

/**
 * A Hocuspocus extension that keeps the documents this process holds, and who is in them (awareness), in step with
 * the same documents in other server processes on the database.
 */
export function documentFanOut(options: { db: Database; platform: Platform }): Extension & { stop(): void } {
  const { db, platform } = options;
  // Tells this instance's messages from others' (another app on the same bus, as in tests, is another instance).
  const instance = randomBytes(8).toString("hex");
  const held = new Map<string, Document>();

  const send = (body: FanOutBody) =>
    platform.collab.publish(db, { interlinker: "document", from: instance, ...body } satisfies FanOutMessage);

  const sendAwareness = (document: Document, clients?: number[]) =>
    send({
      document: document.name,
      kind: "awareness",
      message: encode(
        new OutgoingMessage(document.name).createAwarenessUpdateMessage(document.awareness, clients).toUint8Array(),
      ),
    });

  const stop = platform.collab.subscribe(db, (received) => {
    const message = received as Partial<FanOutMessage>;
    if (message.interlinker !== "document" || message.from === instance || typeof message.document !== "string") {
      return;
    }
    const document = held.get(message.document);
    if (!document) return;
    if (message.kind === "update" && typeof message.update === "string") {
      Y.applyUpdate(document, decode(message.update), fromElsewhere);
    } else if (message.kind === "awareness" && typeof message.message === "string") {
      const incoming = new IncomingMessage(decode(message.message));
      if (incoming.readVarString() !== document.name) return;
      new MessageReceiver(incoming).apply(document, elsewhere);
    } else if (message.kind === "sync" && typeof message.vector === "string") {
      const missing = Y.encodeStateAsUpdate(document, decode(message.vector));
      if (!isEmptyUpdate(missing)) send({ document: document.name, kind: "update", update: encode(missing) });
      if (!message.answer) {
        send({ document: document.name, kind: "sync", vector: encode(Y.encodeStateVector(document)), answer: true });
        // Who is here, for the process that just opened the document (states otherwise come as they change).
        if (document.awareness.getStates().size > 0) sendAwareness(document);
      }
    }
  });

  // What others sent while this process could not hear them: ask again for every document held, as on loading.
  const stopResumed = platform.collab.onResumed(db, () => {
    for (const document of held.values()) {
      send({ document: document.name, kind: "sync", vector: encode(Y.encodeStateVector(document)), answer: false });
      if (document.awareness.getStates().size > 0) sendAwareness(document);
    }
  });

  return {
    extensionName: "document-fan-out",
    async afterLoadDocument({ document, documentName }) {
      held.set(documentName, document);
      document.on("update", (update: Uint8Array, origin: unknown) => {
        if (origin !== fromElsewhere) send({ document: documentName, kind: "update", update: encode(update) });
      });
      document.awareness.on(
        "update",
        (changed: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
          // Another process's states, and states this process drops as outdated (each process does that itself).
          if (origin === fromElsewhere || origin === "timeout") return;
          sendAwareness(document, [...changed.added, ...changed.updated, ...changed.removed]);
        },
      );
      send({ document: documentName, kind: "sync", vector: encode(Y.encodeStateVector(document)), answer: false });
    },
    async afterUnloadDocument({ documentName }) {
      held.delete(documentName);
    },
    stop() {
      stop();
      stopResumed();
      held.clear();
    },
  };
}

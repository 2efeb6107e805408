import type { AssetRow, Database } from "../sdk/server.js";
import { liveDocumentsOf } from "./collab.js";
import {
  documentFromState,
  documentToMarkdown,
  emptyDocument,
  stateFromDocument,
  stateFromMarkdown,
} from "./content.js";
import { maxMarkdownLength } from "./input.js";
import { createDocumentState, readCurrentState, readStoredState } from "./service.js";

// A clone keeps the Yjs state as it is; process export and import go through Markdown, the open format people
// take with them.

export async function cloneDocument({ tx, source, target }: { tx: Database; source: AssetRow; target: AssetRow }) {
  const state = (await readStoredState({ db: tx, assetId: source.id })) ?? stateFromDocument(emptyDocument());
  await createDocumentState({ tx, assetId: target.id, state });
}

export async function exportDocument({ db, asset }: { db: Database; asset: AssetRow }) {
  const state = await readCurrentState({ db, live: liveDocumentsOf(db), assetId: asset.id });
  return { mediaType: "text/markdown", content: documentToMarkdown(documentFromState(state)) };
}

export async function importDocument({ tx, asset, content }: { tx: Database; asset: AssetRow; content: string }) {
  await createDocumentState({
    tx,
    assetId: asset.id,
    state: stateFromMarkdown(content.slice(0, maxMarkdownLength)),
  });
}

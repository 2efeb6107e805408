import { eq } from "drizzle-orm";
import { z } from "zod";
import { refusalResponses } from "../../server/http/problem.js";
import type { ApiApp } from "../../server/http/types.js";
import { appendActivity } from "../../server/modules/activity/service.js";
import { assetForRequest } from "../../server/modules/assets/service.js";
import type { InterlinkerServer } from "../contract.js";
import { noteManifest } from "./manifest.js";
import { note } from "./schema.js";

export const maxNoteLength = 100_000;
const noteText = z.string().max(maxNoteLength, `A note holds at most ${maxNoteLength} characters.`);
const noteOutput = z.object({ assetId: z.uuid(), text: z.string(), updatedAt: z.iso.datetime() }).meta({ id: "Note" });
const assetParams = z.strictObject({ assetId: z.uuid() });

export const noteInterlinker: InterlinkerServer<{ text?: string }> = {
  manifest: noteManifest,
  inputSchema: z.strictObject({ text: noteText.optional() }),

  async instantiate({ tx, asset, input, template }) {
    await tx.insert(note).values({ assetId: asset.id, text: input.text ?? template ?? "" });
  },
  async clone({ tx, source, target }) {
    const [row] = await tx.select().from(note).where(eq(note.assetId, source.id));
    await tx.insert(note).values({ assetId: target.id, text: row?.text ?? "" });
  },
  async delete({ tx, asset }) {
    await tx.delete(note).where(eq(note.assetId, asset.id));
  },
  async export({ db, asset }) {
    const [row] = await db.select().from(note).where(eq(note.assetId, asset.id));
    return { mediaType: "text/plain", content: row?.text ?? "" };
  },
  async import({ tx, asset, content }) {
    await tx.insert(note).values({ assetId: asset.id, text: content.slice(0, maxNoteLength) });
  },

  async routes(app) {
    const api = app as unknown as ApiApp;
    api.get(
      "/api/v1/assets/:assetId/note",
      {
        schema: {
          tags: ["interlinker: note"],
          summary: "A note's text",
          params: assetParams,
          response: { 200: noteOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const { asset } = await assetForRequest(request, "view_assets", "note");
        const [row] = await api.db.select().from(note).where(eq(note.assetId, asset.id));
        return {
          assetId: asset.id,
          text: row?.text ?? "",
          updatedAt: (row?.updatedAt ?? asset.updatedAt).toISOString(),
        };
      },
    );
    api.put(
      "/api/v1/assets/:assetId/note",
      {
        schema: {
          tags: ["interlinker: note"],
          summary: "Replace a note's text",
          params: assetParams,
          body: z.strictObject({ text: noteText }),
          response: { 200: noteOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const { asset, actor } = await assetForRequest(request, "edit_assets", "note");
        const updatedAt = new Date();
        await api.db.transaction(async (tx) => {
          await tx
            .insert(note)
            .values({ assetId: asset.id, text: request.body.text, updatedAt })
            .onConflictDoUpdate({ target: note.assetId, set: { text: request.body.text, updatedAt } });
          await appendActivity(tx, {
            processId: asset.processId,
            actorId: actor?.userId ?? null,
            action: "note.edited",
            targetType: "asset",
            targetId: asset.id,
            summary: { after: { length: request.body.text.length } },
          });
        });
        return { assetId: asset.id, text: request.body.text, updatedAt: updatedAt.toISOString() };
      },
    );
  },
};

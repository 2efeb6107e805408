import { eq } from "drizzle-orm";
import { z } from "zod";
import { defineInterlinker } from "../sdk/server.js";
import { noteManifest } from "./manifest.js";
import { note } from "./tables.js";

export const maxNoteLength = 100_000;
const noteText = z.string().max(maxNoteLength, `A note holds at most ${maxNoteLength} characters.`);
const noteOutput = z.object({ assetId: z.uuid(), text: z.string(), updatedAt: z.iso.datetime() }).meta({ id: "Note" });

export default defineInterlinker({
  manifest: noteManifest,
  input: z.strictObject({ text: noteText.optional() }),

  hooks: {
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
  },

  routes(route, platform) {
    route.get("", { summary: "A note's text", response: { 200: noteOutput } }, async ({ db, asset }) => {
      const [row] = await db.select().from(note).where(eq(note.assetId, asset.id));
      return {
        assetId: asset.id,
        text: row?.text ?? "",
        updatedAt: (row?.updatedAt ?? asset.updatedAt).toISOString(),
      };
    });

    route.put(
      "",
      {
        summary: "Replace a note's text",
        action: "edit_assets",
        body: z.strictObject({ text: noteText }),
        response: { 200: noteOutput },
      },
      async ({ db, asset, actor, body }) => {
        const updatedAt = new Date();
        await db.transaction(async (tx) => {
          await tx
            .insert(note)
            .values({ assetId: asset.id, text: body.text, updatedAt })
            .onConflictDoUpdate({ target: note.assetId, set: { text: body.text, updatedAt } });
          await platform.activity.append(tx, {
            processId: asset.processId,
            actorId: actor?.userId ?? null,
            action: "note.edited",
            targetType: "asset",
            targetId: asset.id,
            summary: { after: { length: body.text.length } },
          });
        });
        return { assetId: asset.id, text: body.text, updatedAt: updatedAt.toISOString() };
      },
    );
  },
});

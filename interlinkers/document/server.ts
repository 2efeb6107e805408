import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { cursorCondition, pageOf, pageQuery, toPage } from "../../server/http/pagination.js";
import { notFound, refusalResponses } from "../../server/http/problem.js";
import type { ApiApp } from "../../server/http/types.js";
import { getUserSummaries } from "../../server/modules/accounts/service.js";
import { appendActivity } from "../../server/modules/activity/service.js";
import { assetForRequest } from "../../server/modules/assets/service.js";
import type { InterlinkerServer } from "../contract.js";
import { collabFor, collabPath, createDocumentCollab, storedState } from "./collab.js";
import {
  documentFromState,
  documentToHtml,
  documentToMarkdown,
  emptyDocument,
  replaceContent,
  stateFromDocument,
  stateFromMarkdown,
} from "./content.js";
import { documentManifest } from "./manifest.js";
import { documentState, documentVersion } from "./tables.js";

export const maxMarkdownLength = 200_000;
const markdownText = z
  .string()
  .max(maxMarkdownLength, `A document starts from at most ${maxMarkdownLength} characters.`);
const assetParams = z.strictObject({ assetId: z.uuid({ message: "Not a valid id." }) });
const versionParams = z.strictObject({
  assetId: z.uuid({ message: "Not a valid id." }),
  versionId: z.uuid({ message: "Not a valid id." }),
});
const versionOutput = z
  .object({
    id: z.uuid(),
    assetId: z.uuid(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: "DocumentVersion" });
const versionCreate = z.strictObject({
  name: z.string().trim().min(1, "Give the version a name.").max(200, "A version name has at most 200 characters."),
});
const exportQuery = z.strictObject({
  format: z.enum(["html", "markdown"], { message: "Choose html or markdown." }),
});
const readOutput = z
  .object({
    html: z.string().describe("Rendered from the stored document: only the schema's own elements, no script."),
  })
  .meta({ id: "DocumentContent" });
const tags = ["interlinker: document"];

type VersionRow = typeof documentVersion.$inferSelect;

async function presentVersions(db: ApiApp["db"], rows: VersionRow[]): Promise<z.infer<typeof versionOutput>[]> {
  const users = await getUserSummaries(db, [...new Set(rows.flatMap((row) => (row.createdBy ? [row.createdBy] : [])))]);
  return rows.map((row) => {
    const author = row.createdBy ? users.get(row.createdBy) : undefined;
    return {
      id: row.id,
      assetId: row.assetId,
      name: row.name,
      createdAt: row.createdAt.toISOString(),
      createdBy: author ? { id: author.id, name: author.name } : null,
    };
  });
}

export const documentInterlinker: InterlinkerServer<{ markdown?: string }> = {
  manifest: documentManifest,
  inputSchema: z.strictObject({ markdown: markdownText.optional() }),

  async instantiate({ tx, asset, input, template }) {
    const source = input.markdown ?? template;
    const state = source ? stateFromMarkdown(source) : stateFromDocument(emptyDocument());
    await tx.insert(documentState).values({ assetId: asset.id, state });
  },
  async clone({ tx, source, target }) {
    const state = (await storedState(tx, source.id)) ?? stateFromDocument(emptyDocument());
    await tx.insert(documentState).values({ assetId: target.id, state });
  },
  async delete({ tx, asset }) {
    await tx.delete(documentState).where(eq(documentState.assetId, asset.id));
  },
  async export({ db, asset }) {
    const state = (await collabFor(db)?.currentState(asset.id)) ?? (await storedState(db, asset.id));
    return { mediaType: "text/markdown", content: documentToMarkdown(documentFromState(state)) };
  },
  async import({ tx, asset, content }) {
    await tx
      .insert(documentState)
      .values({ assetId: asset.id, state: stateFromMarkdown(content.slice(0, maxMarkdownLength)) });
  },

  async upgrades(app) {
    const { upgrade } = createDocumentCollab(app);
    return { [collabPath]: upgrade };
  },

  async routes(app) {
    const api = app as unknown as ApiApp;
    const collab = () => {
      const found = collabFor(api.db);
      if (!found) throw new Error("The document collaboration is not running.");
      return found;
    };

    api.get(
      "/api/v1/assets/:assetId/document/versions",
      {
        schema: {
          tags,
          summary: "A document's named versions, newest first",
          params: assetParams,
          querystring: z.strictObject(pageQuery),
          response: { 200: pageOf(versionOutput), ...refusalResponses },
        },
      },
      async (request) => {
        const { asset } = await assetForRequest(request, "view_assets", "document");
        const rows = await api.db
          .select()
          .from(documentVersion)
          .where(and(eq(documentVersion.assetId, asset.id), cursorCondition(documentVersion.id, request.query.cursor)))
          .orderBy(desc(documentVersion.id))
          .limit(request.query.limit + 1);
        const page = toPage(rows, request.query.limit);
        return { items: await presentVersions(api.db, page.items), nextCursor: page.nextCursor };
      },
    );

    api.post(
      "/api/v1/assets/:assetId/document/versions",
      {
        schema: {
          tags,
          summary: "Save the document's current content as a named version",
          params: assetParams,
          body: versionCreate,
          response: { 201: versionOutput, ...refusalResponses },
        },
      },
      async (request, reply) => {
        const { asset, actor } = await assetForRequest(request, "edit_assets", "document");
        const state = (await collab().currentState(asset.id)) ?? stateFromDocument(emptyDocument());
        const created = await api.db.transaction(async (tx) => {
          const [row] = await tx
            .insert(documentVersion)
            .values({ assetId: asset.id, name: request.body.name, state, createdBy: actor?.userId ?? null })
            .returning();
          await appendActivity(tx, {
            processId: asset.processId,
            actorId: actor?.userId ?? null,
            action: "document.version_saved",
            targetType: "asset",
            targetId: asset.id,
            summary: { after: { versionId: row!.id, name: row!.name } },
          });
          return row!;
        });
        const [presented] = await presentVersions(api.db, [created]);
        return reply.code(201).send(presented!);
      },
    );

    api.post(
      "/api/v1/assets/:assetId/document/versions/:versionId/restore",
      {
        schema: {
          tags,
          summary: "Bring back a version's content as a new change, which everyone connected sees",
          params: versionParams,
          response: { 200: versionOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const { asset, actor } = await assetForRequest(request, "edit_assets", "document");
        const [version] = await api.db
          .select()
          .from(documentVersion)
          .where(and(eq(documentVersion.id, request.params.versionId), eq(documentVersion.assetId, asset.id)));
        if (!version) throw notFound("version");
        const content = documentFromState(version.state);
        const state = await collab().change(asset.id, (ydoc) => replaceContent(ydoc, content));
        await api.db.transaction(async (tx) => {
          // The change is already stored by the collaboration; this records it in the same step as the activity.
          await tx
            .insert(documentState)
            .values({ assetId: asset.id, state, updatedAt: new Date() })
            .onConflictDoUpdate({ target: documentState.assetId, set: { state, updatedAt: new Date() } });
          await appendActivity(tx, {
            processId: asset.processId,
            actorId: actor?.userId ?? null,
            action: "document.version_restored",
            targetType: "asset",
            targetId: asset.id,
            summary: { after: { versionId: version.id, name: version.name } },
          });
        });
        const [presented] = await presentVersions(api.db, [version]);
        return presented!;
      },
    );

    api.get(
      "/api/v1/assets/:assetId/document/content",
      {
        schema: {
          tags,
          summary: "The document's current text as safe HTML, for reading without a live connection",
          params: assetParams,
          response: { 200: readOutput, ...refusalResponses },
        },
      },
      async (request, reply) => {
        const { asset } = await assetForRequest(request, "view_assets", "document");
        const state = (await collabFor(api.db)?.currentState(asset.id)) ?? (await storedState(api.db, asset.id));
        reply.header("cache-control", "private, no-cache");
        return { html: documentToHtml(documentFromState(state)) };
      },
    );

    api.get(
      "/api/v1/assets/:assetId/document/export",
      {
        schema: {
          tags,
          summary: "The document as HTML (without scripts) or Markdown",
          params: assetParams,
          querystring: exportQuery,
          response: { 200: z.string(), ...refusalResponses },
        },
      },
      async (request, reply) => {
        const { asset } = await assetForRequest(request, "view_assets", "document");
        const content = documentFromState(await collab().currentState(asset.id));
        const markdown = request.query.format === "markdown";
        const filename = `${asset.name.replace(/[^\p{L}\p{N} _-]+/gu, "").trim() || "document"}.${markdown ? "md" : "html"}`;
        const body = markdown
          ? documentToMarkdown(content)
          : `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(asset.name)}</title></head><body>${documentToHtml(content)}</body></html>\n`;
        return reply
          .type(markdown ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8")
          .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
          .send(body);
      },
    );
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

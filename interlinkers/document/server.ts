import { z } from "zod";
import { defineInterlinker, pageOf, pageQuery } from "../sdk/server.js";
import { collabPath, createDocumentCollab, liveDocumentsOf, runningLiveDocuments } from "./collab.js";
import { documentFromState, documentToHtml, documentToMarkdown } from "./content.js";
import { documentInput, exportQuery, readOutput, versionCreate, versionOutput, versionParams } from "./input.js";
import { documentManifest } from "./manifest.js";
import { cloneDocument, exportDocument, importDocument } from "./portable.js";
import { exportFilename, htmlPage, presentVersion, presentVersions } from "./presenter.js";
import {
  createDocument,
  deleteDocumentState,
  listVersions,
  readCurrentState,
  restoreVersion,
  saveVersion,
} from "./service.js";

export default defineInterlinker({
  manifest: documentManifest,
  input: documentInput,

  hooks: {
    instantiate: ({ tx, asset, input, template }) =>
      createDocument({ tx, assetId: asset.id, markdown: input.markdown ?? template }),
    clone: cloneDocument,
    delete: ({ tx, asset }) => deleteDocumentState({ tx, assetId: asset.id }),
    export: exportDocument,
    import: importDocument,
  },

  async upgrades(setup) {
    return { [collabPath]: createDocumentCollab(setup) };
  },

  routes(route, platform) {
    route.get(
      "/versions",
      {
        summary: "A document's named versions, newest first",
        querystring: z.strictObject(pageQuery),
        response: { 200: pageOf(versionOutput) },
      },
      async ({ db, asset, query }) => {
        const page = await listVersions({ db, assetId: asset.id, cursor: query.cursor, limit: query.limit });
        return { items: await presentVersions({ db, platform, rows: page.items }), nextCursor: page.nextCursor };
      },
    );

    route.post(
      "/versions",
      {
        summary: "Save the document's current content as a named version",
        action: "edit_assets",
        body: versionCreate,
        response: { 201: versionOutput },
      },
      async ({ db, asset, actor, body, reply }) => {
        const live = liveDocumentsOf(db);
        const row = await saveVersion({ db, platform, live, asset, actor, name: body.name });
        reply.code(201);
        return presentVersion({ db, platform, row });
      },
    );

    route.post(
      "/versions/:versionId/restore",
      {
        summary: "Bring back a version's content as a new change, which everyone connected sees",
        action: "edit_assets",
        params: versionParams,
        response: { 200: versionOutput },
      },
      async ({ db, asset, actor, params }) => {
        const live = runningLiveDocuments(db);
        const row = await restoreVersion({ db, platform, live, asset, actor, versionId: params.versionId });
        return presentVersion({ db, platform, row });
      },
    );

    route.get(
      "/content",
      {
        summary: "The document's current text as safe HTML, for reading without a live connection",
        response: { 200: readOutput },
      },
      async ({ db, asset, reply }) => {
        const state = await readCurrentState({ db, live: liveDocumentsOf(db), assetId: asset.id });
        reply.header("cache-control", "private, no-cache");
        return { html: documentToHtml(documentFromState(state)) };
      },
    );

    route.get(
      "/export",
      {
        summary: "The document as HTML (without scripts) or Markdown",
        querystring: exportQuery,
        response: { 200: z.string() },
      },
      async ({ db, asset, query, reply }) => {
        const content = documentFromState(await readCurrentState({ db, live: liveDocumentsOf(db), assetId: asset.id }));
        const markdown = query.format === "markdown";
        const filename = exportFilename(asset.name, query.format);
        reply
          .type(markdown ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8")
          .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
        return markdown ? documentToMarkdown(content) : htmlPage(asset.name, documentToHtml(content));
      },
    );
  },
});

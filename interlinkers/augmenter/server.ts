import { z } from "zod";
import { defineInterlinker, emptyBody } from "../sdk/server.js";
import { toCsv } from "./csv.js";
import {
  augmenterOutput,
  creationInput,
  exportQuery,
  listQuery,
  mergeBody,
  mergeOutput,
  rejectBody,
  suggestBody,
  suggestionOutput,
  suggestionPage,
  suggestionParams,
} from "./input.js";
import { augmenterManifest } from "./manifest.js";
import { augmenterPolicy } from "./policy.js";
import { cloneEnhancement, exportEnhancement, importEnhancement } from "./portable.js";
import { filterSuggestions, presentEnhancement, presentSuggestions, readEnhancement } from "./presenter.js";
import { accept, createEnhancement, merge, reject, suggest } from "./service.js";

// The original INTERLINK's "Augmenter" (issue #14): suggestions anchored on passages of a public service's name or
// description, moderated into the service. Everything people write is stored and answered as plain text.

export default defineInterlinker({
  manifest: augmenterManifest,
  input: creationInput,
  policy: augmenterPolicy,

  hooks: {
    async instantiate({ tx, platform, asset, actor, input }) {
      await createEnhancement({ tx, platform, asset, actor, serviceId: input.publicServiceId });
    },
    clone: cloneEnhancement,
    // The cascade from the asset removes the row and the suggestions; the service is not the asset's to delete.
    async delete() {},
    export: exportEnhancement,
    import: importEnhancement,
  },

  routes(route, platform) {
    const one = async (
      db: Parameters<typeof readEnhancement>[0],
      actor: Parameters<typeof readEnhancement>[2],
      assetId: string,
      id: string,
    ) => {
      const reading = await readEnhancement(db, platform, actor, assetId);
      const [presented] = await presentSuggestions(
        db,
        platform,
        reading,
        reading.rows.filter((row) => row.id === id),
      );
      return presented!;
    };

    route.get(
      "",
      {
        summary: "The service's texts, how many open suggestions cover each passage, and the counts",
        response: { 200: augmenterOutput },
      },
      async ({ db, actor, asset, subject }) =>
        presentEnhancement(platform, actor, subject, await readEnhancement(db, platform, actor, asset.id)),
    );

    route.get(
      "/suggestions",
      {
        summary:
          "Suggestions, newest first, by status (an open one whose passage is gone is orphaned), field and language",
        querystring: listQuery,
        response: { 200: suggestionPage },
      },
      async ({ db, actor, asset, query }) => {
        const reading = await readEnhancement(db, platform, actor, asset.id);
        const page = filterSuggestions(reading, query);
        return { items: await presentSuggestions(db, platform, reading, page.items), nextCursor: page.nextCursor };
      },
    );

    route.post(
      "/suggestions",
      {
        summary: "Suggest a replacement for a passage, or comment on it",
        description:
          "The anchor is the passage as selected (quote with context, and position); when the text changed since, the passage is found again by its quote.",
        action: "take_part",
        body: suggestBody,
        response: { 201: suggestionOutput },
      },
      async ({ db, actor, asset, body, reply }) => {
        const row = await db.transaction((tx) => suggest({ tx, platform, asset, actor: actor!, ...body }));
        reply.code(201);
        return one(db, actor, asset.id, row.id);
      },
    );

    route.post(
      "/suggestions/:suggestionId/accept",
      {
        summary: "Accept a suggestion: its replacement goes into the service's text where the passage is now",
        description:
          "Needs the rulebook's moderate on the task, and (for a replacement) the right to change the public service.",
        action: "moderate",
        params: suggestionParams,
        body: emptyBody,
        response: { 200: suggestionOutput },
      },
      async ({ db, actor, asset, params }) => {
        await db.transaction((tx) => accept({ tx, platform, asset, actor: actor!, suggestionId: params.suggestionId }));
        return one(db, actor, asset.id, params.suggestionId);
      },
    );

    route.post(
      "/suggestions/:suggestionId/reject",
      {
        summary: "Reject a suggestion, saying why",
        action: "moderate",
        params: suggestionParams,
        body: rejectBody,
        response: { 200: suggestionOutput },
      },
      async ({ db, actor, asset, params, body }) => {
        await db.transaction((tx) =>
          reject({ tx, platform, asset, actor: actor!, suggestionId: params.suggestionId, reason: body.reason }),
        );
        return one(db, actor, asset.id, params.suggestionId);
      },
    );

    route.post(
      "/merge",
      {
        summary: "Merge overlapping suggestions into one text, which replaces everything their passages cover",
        action: "moderate",
        body: mergeBody,
        response: { 200: mergeOutput },
      },
      async ({ db, actor, asset, body }) => {
        const ids = await db.transaction((tx) => merge({ tx, platform, asset, actor: actor!, ...body }));
        const reading = await readEnhancement(db, platform, actor, asset.id);
        const rows = reading.rows.filter((row) => ids.includes(row.id));
        return { items: await presentSuggestions(db, platform, reading, rows) };
      },
    );

    route.get(
      "/export",
      {
        summary: "Every suggestion, as JSON or as CSV (cells a spreadsheet would run as formulas are neutralised)",
        querystring: exportQuery,
        response: { 200: z.union([mergeOutput, z.string()]) },
      },
      async ({ db, actor, asset, query, reply }) => {
        const reading = await readEnhancement(db, platform, actor, asset.id);
        const items = await presentSuggestions(db, platform, reading, reading.rows);
        if (query.format === "json") return { items };
        reply
          .type("text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="suggestions-${asset.id}.csv"`);
        return toCsv(
          [
            "id",
            "status",
            "field",
            "language",
            "passage",
            "start",
            "end",
            "kind",
            "text",
            "reason",
            "applied_text",
            "author",
            "decided_by",
            "decided_at",
            "created_at",
          ],
          items.map((item) => [
            item.id,
            item.status,
            item.field,
            item.language,
            item.anchor.exact,
            item.located?.start ?? item.anchor.start,
            item.located?.end ?? item.anchor.end,
            item.kind,
            item.text,
            item.reason,
            item.appliedText,
            item.author?.name ?? null,
            item.decidedBy?.name ?? null,
            item.decidedAt,
            item.createdAt,
          ]),
        );
      },
    );
  },
});

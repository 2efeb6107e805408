import { z } from "zod";
import { keptAnswers } from "../../db/changes.js";
import { optionalActor, requireActor } from "../../http/actor.js";
import { pageOf } from "../../http/pagination.js";
import { problemSchema, refusalResponses } from "../../http/problem.js";
import { emptyBody } from "../../http/schemas.js";
import { sharedAnswer } from "../../http/serializer.js";
import type { ApiApp } from "../../http/types.js";
import { authorize, platform } from "../../policies/index.js";
import {
  presentInterlinker,
  presentInterlinkerDetail,
  presentProblemProfile,
  presentRating,
  presentSchema,
  presentSchemaSummary,
} from "./presenter.js";
import {
  interlinker,
  interlinkerDetail,
  interlinkerListQuery,
  interlinkerParams,
  problemProfile,
  processSchema,
  processSchemaSummary,
  rating,
  ratingListQuery,
  ratingPut,
  schemaParams,
} from "./schema.js";
import {
  deleteRating,
  findRating,
  getInterlinker,
  getSchema,
  listInterlinkers,
  listProblemProfiles,
  listRatings,
  listSchemas,
  rateInterlinker,
} from "./service.js";

const tags = ["catalogue"];

/** How many anonymous catalogue pages (query → answer) are kept; the longest unused go first. */
export const anonymousPageCacheSize = 500;

export async function catalogueRoutes(app: ApiApp): Promise<void> {
  const anonymousPages = keptAnswers<{ items: z.infer<typeof interlinker>[]; nextCursor: string | null }>(
    app.db,
    app.changeNotices,
    { size: anonymousPageCacheSize, tables: ["interlinker", "interlinker_rating"] },
  );
  app.get(
    "/api/v1/interlinkers",
    {
      schema: {
        tags,
        summary: "Search and filter the catalogue: by relevance with `q`, else by name",
        querystring: interlinkerListQuery,
        response: { 200: pageOf(interlinker), 422: problemSchema },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const answer = async () => {
        const page = await listInterlinkers(app.db, request.query);
        return { items: page.items.map((loaded) => presentInterlinker(loaded, actor)), nextCursor: page.nextCursor };
      };
      // Everyone who is not signed in gets the same page for the same query: kept until the catalogue changes.
      // Kept pages are never changed again: each is written to JSON once (sharedAnswer).
      return !actor
        ? anonymousPages.read(JSON.stringify(request.query), async () => sharedAnswer(await answer()))
        : answer();
    },
  );

  app.get(
    "/api/v1/interlinkers/:id",
    {
      schema: {
        tags,
        summary: "One interlinker, with its instructions and your rating",
        params: interlinkerParams,
        response: { 200: interlinkerDetail, 404: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const loaded = await getInterlinker(app.db, request.params.id);
      const mine = actor ? await findRating(app.db, { interlinkerId: loaded.row.id, userId: actor.userId }) : undefined;
      return presentInterlinkerDetail(loaded, mine, actor);
    },
  );

  app.get(
    "/api/v1/interlinkers/:id/ratings",
    {
      schema: {
        tags,
        summary: "What people said of an interlinker, newest first",
        params: interlinkerParams,
        querystring: ratingListQuery,
        response: { 200: pageOf(rating), 404: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const loaded = await getInterlinker(app.db, request.params.id);
      const page = await listRatings(app.db, { interlinkerId: loaded.row.id, ...request.query });
      return { items: page.items.map(presentRating), nextCursor: page.nextCursor };
    },
  );

  app.put(
    "/api/v1/interlinkers/:id/rating",
    {
      schema: {
        tags,
        summary: "Rate an interlinker, or change your rating (one per person)",
        params: interlinkerParams,
        body: ratingPut,
        response: { 200: interlinkerDetail, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await getInterlinker(app.db, request.params.id);
      authorize(actor, "rate_interlinker", platform, "interlinker");
      const rated = { interlinkerId: loaded.row.id, userId: actor.userId };
      await rateInterlinker(app.db, { ...rated, ...request.body });
      const [updated, mine] = await Promise.all([getInterlinker(app.db, loaded.row.id), findRating(app.db, rated)]);
      return presentInterlinkerDetail(updated, mine, actor);
    },
  );

  app.delete(
    "/api/v1/interlinkers/:id/rating",
    {
      schema: {
        tags,
        summary: "Withdraw your rating",
        params: interlinkerParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await getInterlinker(app.db, request.params.id);
      authorize(actor, "rate_interlinker", platform, "interlinker");
      await deleteRating(app.db, { interlinkerId: loaded.row.id, userId: actor.userId });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/v1/problem-profiles",
    {
      schema: {
        tags,
        summary: "Every problem profile, the kinds of problems tasks face",
        response: { 200: z.object({ items: z.array(problemProfile) }) },
      },
    },
    async () => ({ items: (await listProblemProfiles(app.db)).map(presentProblemProfile) }),
  );

  app.get(
    "/api/v1/schemas",
    {
      schema: {
        tags,
        summary: "Every schema a process can start from, without trees; the default first",
        response: { 200: z.object({ items: z.array(processSchemaSummary) }) },
      },
    },
    async () => ({ items: (await listSchemas(app.db)).map(presentSchemaSummary) }),
  );

  app.get(
    "/api/v1/schemas/:id",
    {
      schema: {
        tags,
        summary: "One schema with its tree of phases, objectives and tasks",
        params: schemaParams,
        response: { 200: processSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (request) => presentSchema(await getSchema(app.db, request.params.id)),
  );
}

import { z } from "zod";
import { optionalActor, requireActor } from "../../http/actor.js";
import { pageOf } from "../../http/pagination.js";
import { invalid, notFound, Problem, problemSchema, refusalResponses } from "../../http/problem.js";
import { emptyBody, idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import type { MaybeActor } from "../../policies/index.js";
import { authorize, can, platform } from "../../policies/index.js";
import { findOrganization } from "../organizations/service.js";
import { loadProcessTree } from "../processes/access.js";
import { maxImageBytes } from "../processes/image.js";
import { acceptImageUploads, imageUploadErrors, sendCover, uploadedImage } from "../processes/image-routes.js";
import { presentProcess } from "../processes/presenter.js";
import { imageQuery, imageReadQuery, processImageOutput, processOutput } from "../processes/schema.js";
import { presentStory, presentStoryList, storyImageUrl } from "./presenter.js";
import {
  storyCreditOutput,
  storyDraft,
  storyListItem,
  storyListQuery,
  storyOutput,
  storyPublish,
  storyRatingPut,
  storyReuse,
  storyUpdate,
} from "./schema.js";
import {
  draftStory,
  findStoryImage,
  type LoadedStory,
  listStories,
  loadStory,
  publishStory,
  rateStory,
  removeStoryImage,
  reuseStory,
  setCredit,
  setStoryImage,
  unpublishStory,
  updateStory,
} from "./service.js";

const tags = ["stories"];
const storyRefusals = { ...refusalResponses, 410: problemSchema };

const gone = () =>
  new Problem(
    410,
    "story-unpublished",
    "This story was unpublished. Its address stays, but it no longer tells the story.",
  );

/**
 * The story as the actor may read it: 404 for an id that never was (or a story never published, to those who may
 * not publish it), 410 for one that was public and was unpublished or lost its process, for everyone but its
 * publishers: a public address, once given out, keeps saying that it is gone.
 */
async function loadReadable(app: ApiApp, actor: MaybeActor, storyId: string): Promise<LoadedStory> {
  const loaded = await loadStory(app.db, actor, storyId);
  if (can(actor, "view", loaded.subject)) return loaded;
  if (loaded.row.publishedAt !== null) throw gone();
  throw notFound("story");
}

export async function storyRoutes(app: ApiApp): Promise<void> {
  app.post(
    "/api/v1/processes/:id/story",
    {
      schema: {
        tags,
        summary: "Publish (or republish) the story of a process: one story per process",
        description:
          "Who may publish is the process's rulebook's `publish`. A second publish replaces the story's content. " +
          "Where the rulebook asks two keys (G+G), a story not yet public waits for the other side: 202 with " +
          "`status: awaiting_consent` and the sides missing; the other side's publish of the same content makes it " +
          "public (201).",
        params: idParams,
        body: storyPublish,
        response: { 201: storyOutput, 202: storyOutput, ...storyRefusals },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const tree = await loadProcessTree(app.db, actor, request.params.id);
      authorize(actor, "publish", tree.subject, "process");
      const { row } = await publishStory(app.db, { actor, tree, input: request.body });
      const loaded = await loadStory(app.db, actor, row.id);
      return reply.code(row.status === "published" ? 201 : 202).send(await presentStory(app.db, actor, loaded));
    },
  );

  app.get(
    "/api/v1/processes/:id/story/draft",
    {
      schema: {
        tags,
        summary: "A draft of the process's story from its tree and trail, for who may publish it (nobody named)",
        params: idParams,
        response: { 200: storyDraft, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const tree = await loadProcessTree(app.db, actor, request.params.id);
      authorize(actor, "publish", tree.subject, "process");
      return draftStory(app.db, { actor, tree });
    },
  );

  app.get(
    "/api/v1/stories",
    {
      schema: {
        tags,
        summary: "Published stories, newest first, or searched in any of the four languages",
        querystring: storyListQuery,
        response: { 200: pageOf(storyListItem), 422: problemSchema },
      },
    },
    async (request) => {
      const page = await listStories(app.db, request.query);
      return { items: await presentStoryList(app.db, page.items), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/v1/stories/:id",
    {
      schema: {
        tags,
        summary: "A story: public once published; 410 once unpublished",
        params: idParams,
        response: { 200: storyOutput, ...storyRefusals },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      return presentStory(app.db, actor, await loadReadable(app, actor, request.params.id));
    },
  );

  app.patch(
    "/api/v1/stories/:id",
    {
      schema: {
        tags,
        summary: "Change the story (who may publish it); `null` clears problem, outcomes or lessons",
        params: idParams,
        body: storyUpdate,
        response: { 200: storyOutput, ...storyRefusals },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await loadReadable(app, actor, request.params.id);
      authorize(actor, "update", loaded.subject, "story");
      const tree = await loadProcessTree(app.db, actor, loaded.row.processId);
      await updateStory(app.db, { actor, tree, row: loaded.row, input: request.body });
      return presentStory(app.db, actor, await loadStory(app.db, actor, loaded.row.id));
    },
  );

  app.delete(
    "/api/v1/stories/:id",
    {
      schema: {
        tags,
        summary: "Unpublish the story: it leaves the lists and its address answers 410",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...storyRefusals },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await loadReadable(app, actor, request.params.id);
      authorize(actor, "unpublish", loaded.subject, "story");
      if (loaded.row.status !== "unpublished") await unpublishStory(app.db, { actor, row: loaded.row });
      return reply.code(204).send(null);
    },
  );

  for (const method of ["POST", "DELETE"] as const) {
    app.route({
      method,
      url: "/api/v1/stories/:id/credit",
      schema: {
        tags,
        summary:
          method === "POST"
            ? "Name me in this story (for people who took part in the process)"
            : "Stop naming me in this story",
        params: idParams,
        body: emptyBody,
        response: { 200: storyCreditOutput, ...storyRefusals },
      },
      handler: async (request) => {
        const actor = await requireActor(request);
        const loaded = await loadReadable(app, actor, request.params.id);
        // Withdrawing is always one's own to do; asking to be named, only for who took part.
        if (method === "POST") authorize(actor, "credit", loaded.subject, "story");
        await setCredit(app.db, { actor, storyId: loaded.row.id, named: method === "POST" });
        return { named: method === "POST" };
      },
    });
  }

  app.put(
    "/api/v1/stories/:id/rating",
    {
      schema: {
        tags,
        summary: "Rate the story, or change your rating (one per person)",
        params: idParams,
        body: storyRatingPut,
        response: { 200: storyOutput, ...storyRefusals },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await loadReadable(app, actor, request.params.id);
      authorize(actor, "rate", loaded.subject, "story");
      await rateStory(app.db, { actor, storyId: loaded.row.id, stars: request.body.stars });
      return presentStory(app.db, actor, loaded);
    },
  );

  app.post(
    "/api/v1/stories/:id/reuse",
    {
      schema: {
        tags,
        summary: "Start a private process of your own (or your organization's) from what the story shows",
        params: idParams,
        body: storyReuse,
        response: { 201: processOutput, ...storyRefusals },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await loadReadable(app, actor, request.params.id);
      authorize(actor, "reuse", loaded.subject, "story");
      authorize(actor, "create_process", platform, "platform");
      const body = request.body ?? {};
      if (body.organizationId) {
        const organization = await findOrganization(app.db, actor, body.organizationId);
        // One answer for a missing, a hidden and a foreign organization, as when starting a process.
        if (!organization || !can(actor, "start_process", organization.subject)) {
          throw invalid(
            [
              {
                path: "body.organizationId",
                code: "not_organization_member",
                message: "You may only start processes for organizations you belong to.",
              },
            ],
            "This organization does not exist or you do not belong to it.",
          );
        }
      }
      const created = await reuseStory(app.db, {
        actor,
        loaded,
        organizationId: body.organizationId ?? null,
        includeAssets: body.includeAssets ?? false,
        ...(body.name ? { name: body.name } : {}),
      });
      return reply.code(201).send(presentProcess(created, actor));
    },
  );

  await app.register(storyImageRoutes);
}

/** The story's cover: upload (raw bytes), read (cached; public while the story is), remove. */
async function storyImageRoutes(app: ApiApp): Promise<void> {
  acceptImageUploads(app);

  app.put(
    "/api/v1/stories/:id/image",
    {
      bodyLimit: maxImageBytes,
      errorHandler: imageUploadErrors,
      schema: {
        tags,
        summary: "Set the story's cover: the raw PNG, JPEG or WebP file as the body, its description as `alt`",
        params: idParams,
        querystring: imageQuery,
        response: { 200: processImageOutput, 413: problemSchema, 415: problemSchema, ...storyRefusals },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await loadReadable(app, actor, request.params.id);
      authorize(actor, "update", loaded.subject, "story");
      const upload = uploadedImage(request);
      const saved = await setStoryImage(app.db, { actor, row: loaded.row, upload, alt: request.query.alt });
      return { url: storyImageUrl(saved.storyId, saved.etag), alt: saved.alt };
    },
  );

  app.get(
    "/api/v1/stories/:id/image",
    {
      schema: {
        tags,
        summary: "The story's cover (WebP); public while the story is published",
        params: idParams,
        querystring: imageReadQuery,
        response: { 200: z.any().describe("image/webp"), 304: z.null(), ...storyRefusals },
      },
    },
    async (request, reply) => {
      const actor = await optionalActor(request);
      const loaded = await loadReadable(app, actor, request.params.id);
      const row = await findStoryImage(app.db, loaded.row.id);
      if (!row) throw notFound("image");
      // Always revalidated (a story may be unpublished).
      return sendCover(request, reply, row, loaded.row.status === "published");
    },
  );

  app.delete(
    "/api/v1/stories/:id/image",
    {
      schema: {
        tags,
        summary: "Remove the story's cover",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...storyRefusals },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await loadReadable(app, actor, request.params.id);
      authorize(actor, "update", loaded.subject, "story");
      if (!(await removeStoryImage(app.db, { actor, row: loaded.row }))) throw notFound("image");
      return reply.code(204).send(null);
    },
  );
}

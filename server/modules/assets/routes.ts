import { z } from "zod";
import { optionalActor, requireActor } from "../../http/actor.js";
import { pageOf } from "../../http/pagination.js";
import { refusalResponses } from "../../http/problem.js";
import { emptyBody, idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { findBuiltinInterlinker } from "../../interlinkers/registry.js";
import { authorize } from "../../policies/index.js";
import { presentInterlinker } from "../catalogue/presenter.js";
import { interlinker as interlinkerOutput } from "../catalogue/schema.js";
import { recommendInterlinkers } from "../catalogue/service.js";
import { mountInterlinkers } from "./mount.js";
import { presentAsset } from "./presenter.js";
import { assetClone, assetCreate, assetListQuery, assetOutput, assetUpdate } from "./schema.js";
import { cloneAsset, createAsset, deleteAsset, listAssets, loadAsset, loadTask, renameAsset } from "./service.js";

const tags = ["assets"];

export async function assetRoutes(app: ApiApp): Promise<void> {
  app.get(
    "/api/v1/tasks/:id/assets",
    {
      schema: {
        tags,
        summary: "What a team works on in a task",
        params: idParams,
        querystring: assetListQuery,
        response: { 200: pageOf(assetOutput), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const task = await loadTask(app.db, actor, request.params.id);
      authorize(actor, "view_assets", task.subject, "task");
      const page = await listAssets(app.db, { taskId: task.item.id, ...request.query });
      return { items: page.items.map((row) => presentAsset(row, task.subject, actor)), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/api/v1/tasks/:id/assets",
    {
      schema: {
        tags,
        summary: "Add an external link, or an asset made by an interlinker (a knowledge one copies its template)",
        params: idParams,
        body: assetCreate,
        response: { 201: assetOutput, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const task = await loadTask(app.db, actor, request.params.id);
      authorize(actor, "add_assets", task.subject, "task");
      const created = await createAsset(app.db, { actor, task, input: request.body });
      return reply.code(201).send(presentAsset(created, task.subject, actor));
    },
  );

  app.get(
    "/api/v1/assets/:id",
    { schema: { tags, summary: "One asset", params: idParams, response: { 200: assetOutput, ...refusalResponses } } },
    async (request) => {
      const actor = await optionalActor(request);
      const loaded = await loadAsset(app.db, actor, request.params.id);
      authorize(actor, "view", loaded, "asset");
      return presentAsset(loaded.asset, loaded.task, actor);
    },
  );

  app.patch(
    "/api/v1/assets/:id",
    {
      schema: {
        tags,
        summary: "Rename an asset",
        params: idParams,
        body: assetUpdate,
        response: { 200: assetOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await loadAsset(app.db, actor, request.params.id);
      authorize(actor, "edit_assets", loaded, "asset");
      const renamed = await renameAsset(app.db, { actor, asset: loaded.asset, name: request.body.name });
      return presentAsset(renamed, loaded.task, actor);
    },
  );

  app.delete(
    "/api/v1/assets/:id",
    {
      schema: {
        tags,
        summary: "Delete an asset and its content",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await loadAsset(app.db, actor, request.params.id);
      authorize(actor, "delete_assets", loaded, "asset");
      await deleteAsset(app.db, { actor, asset: loaded.asset });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/v1/assets/:id/clone",
    {
      schema: {
        tags,
        summary: "Copy an asset to another task you may add to",
        params: idParams,
        body: assetClone,
        response: { 201: assetOutput, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const source = await loadAsset(app.db, actor, request.params.id);
      authorize(actor, "view", source, "asset");
      const target = await loadTask(app.db, actor, request.body.taskId);
      authorize(actor, "add_assets", target.subject, "task");
      // A copied decision is a decision started in the target task.
      const startedAs = findBuiltinInterlinker(source.asset.interlinkerId ?? "")?.policy?.startedAs;
      if (startedAs) authorize(actor, startedAs, target.subject, "task");
      const created = await cloneAsset(app.db, { actor, source: source.asset, target: target.item });
      return reply.code(201).send(presentAsset(created, target.subject, actor));
    },
  );

  app.get(
    "/api/v1/tasks/:id/recommendations",
    {
      schema: {
        tags,
        summary: "Interlinkers for the task's problem profiles, best first",
        params: idParams,
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10) }),
        response: { 200: z.object({ items: z.array(interlinkerOutput) }), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const task = await loadTask(app.db, actor, request.params.id);
      authorize(actor, "view", task.subject, "task");
      const recommended = await recommendInterlinkers(app.db, {
        problemProfiles: task.item.problemProfiles,
        limit: request.query.limit,
      });
      return { items: recommended.map((loaded) => presentInterlinker(loaded, actor)) };
    },
  );

  await mountInterlinkers(app);
}

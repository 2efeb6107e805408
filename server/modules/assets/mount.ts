import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { optionalActor } from "../../http/actor.js";
import { notFound, refusalResponses } from "../../http/problem.js";
import { idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import type { UpgradeHandler } from "../../http/upgrades.js";
import {
  type AssetRoute,
  type AssetSubject,
  type InterlinkerDefinition,
  interlinkers,
  type ProcessRoute,
  type RouteBuilder,
} from "../../interlinkers/registry.js";
import { authorize, can } from "../../policies/index.js";
import { itemSubject, loadProcessTree } from "../processes/access.js";
import { itemText, readerLanguage } from "../processes/translations.js";
import { loadAssetSubject, platform } from "./platform.js";

const assetParams = z.strictObject({ assetId: z.uuid({ message: "Not a valid id." }) });
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The routes an interlinker declares, collected by the builder it is handed. */
function collectRoutes(definition: InterlinkerDefinition) {
  const assetRoutes: AssetRoute[] = [];
  const processRoutes: ProcessRoute[] = [];
  const add =
    (method: AssetRoute["method"]) =>
    (path: string, options: AssetRoute["options"], handler: AssetRoute["handler"]) => {
      assetRoutes.push({ method, path, options, handler });
    };
  const builder = {
    get: add("GET"),
    put: add("PUT"),
    post: add("POST"),
    patch: add("PATCH"),
    delete: add("DELETE"),
    process: (path: string, options: ProcessRoute["options"], handler: ProcessRoute["handler"]) => {
      processRoutes.push({ path, options, handler });
    },
  };
  // The builder's methods are generic over each route's schemas; collected, they are all alike.
  definition.routes(builder as unknown as RouteBuilder<string, unknown>, platform);
  return { assetRoutes, processRoutes };
}

function checkPath(definition: InterlinkerDefinition, path: string): void {
  if (path !== "" && !/^(\/(:?[a-z][a-zA-Z0-9-]*))+$/.test(path)) {
    throw new Error(`Interlinker "${definition.manifest.id}": route path "${path}" must be "" or start with "/".`);
  }
}

/**
 * Mounts an interlinker's routes: each under /api/v1/assets/:assetId/<id>, behind one hook that loads the asset,
 * checks it is this interlinker's, and authorizes the route's action before the handler runs, so no plugin route
 * can be reached without that check. Process-wide reads go under /api/v1/processes/:id/<id>, behind `view`.
 */
export async function mountInterlinker(app: ApiApp, definition: InterlinkerDefinition): Promise<void> {
  const id = definition.manifest.id;
  const tags = [`interlinker: ${id}`];
  const { assetRoutes, processRoutes } = collectRoutes(definition);
  const subjects = new WeakMap<FastifyRequest, AssetSubject>();

  await app.register(async (scope) => {
    // Before validation: whoever may not act on the asset is refused the same way whatever they send, and learns
    // nothing from the validation of a body they may not send. An id that is not one is left to validation (422).
    scope.addHook("preValidation", async (request) => {
      const { assetId } = request.params as { assetId: string };
      if (!uuidPattern.test(assetId)) return;
      const actor = await optionalActor(request);
      const subject = await loadAssetSubject(app.db, { actor, assetId, interlinkerId: id });
      const declared = (request.routeOptions.config as { action?: string }).action;
      const action =
        declared ?? (request.method === "GET" || request.method === "HEAD" ? "view_assets" : "edit_assets");
      authorize(actor, action, subject, "asset");
      subjects.set(request, subject);
    });

    for (const route of assetRoutes) {
      checkPath(definition, route.path);
      const { options } = route;
      const params = options.params ? assetParams.extend((options.params as z.ZodObject).shape) : assetParams;
      scope.route({
        method: route.method,
        url: `/api/v1/assets/:assetId/${id}${route.path}`,
        config: { action: options.action },
        schema: {
          tags,
          summary: options.summary,
          ...(options.description ? { description: options.description } : {}),
          params,
          ...(options.querystring ? { querystring: options.querystring } : {}),
          ...(options.body ? { body: options.body } : {}),
          response: { ...options.response, ...refusalResponses },
        },
        handler: async (request, reply) => {
          const subject = subjects.get(request);
          // The hook ran for every request that got this far (validation refuses an id that is not a uuid).
          if (!subject) throw notFound("asset");
          return route.handler({
            db: app.db,
            actor: await optionalActor(request),
            asset: subject.asset,
            subject,
            params: request.params,
            query: request.query,
            body: request.body,
            request,
            reply,
          });
        },
      });
    }
  });

  for (const route of processRoutes) {
    checkPath(definition, route.path);
    const { options } = route;
    app.route({
      method: "GET",
      url: `/api/v1/processes/:id/${id}${route.path}`,
      schema: {
        tags,
        summary: options.summary,
        ...(options.description ? { description: options.description } : {}),
        params: idParams,
        ...(options.querystring ? { querystring: options.querystring } : {}),
        response: { ...options.response, ...refusalResponses },
      },
      handler: async (request, reply) => {
        const actor = await optionalActor(request);
        const { id: processId } = request.params as { id: string };
        const tree = await loadProcessTree(app.db, actor, processId);
        authorize(actor, "view", tree.subject, "process");
        const language = readerLanguage(request, actor);
        const readableTasks = tree.items
          .filter((item) => item.type === "task" && can(actor, "view_assets", itemSubject(tree, item)))
          .map((task) => ({ id: task.id, name: itemText(task, "name", language) }));
        // Each route's own response schema checks what it returns; the collected handlers are typed alike.
        return route.handler({
          db: app.db,
          actor,
          processId,
          readableTasks,
          query: request.query,
          request,
          reply,
        }) as Promise<never>;
      },
    });
  }
}

/** Every built-in interlinker's routes. */
export async function mountInterlinkers(app: ApiApp): Promise<void> {
  for (const definition of interlinkers) {
    await mountInterlinker(app, definition);
  }
}

/** Every built-in interlinker's WebSocket endpoints, by path; whatever they start stops when the app closes. */
export async function interlinkerUpgrades(app: ApiApp): Promise<Map<string, UpgradeHandler>> {
  const handlers = new Map<string, UpgradeHandler>();
  for (const definition of interlinkers) {
    const endpoints = definition.upgrades
      ? await definition.upgrades({
          db: app.db,
          platform,
          log: app.log,
          actorFromCookie: async (cookie) => (await app.readSession(cookie))?.actor ?? null,
          onClose: (stop) => app.addHook("preClose", stop),
        })
      : {};
    for (const [path, handler] of Object.entries(endpoints)) handlers.set(path, handler);
  }
  return handlers;
}

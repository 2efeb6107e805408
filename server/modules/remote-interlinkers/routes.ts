import { z } from "zod";
import { optionalActor, requireActor } from "../../http/actor.js";
import { decodeCursor, pageOf, toPage } from "../../http/pagination.js";
import { notFound, problemSchema, refusalResponses } from "../../http/problem.js";
import { emptyBody, idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { type Actor, authorize, type MaybeActor, platform } from "../../policies/index.js";
import { countAssetsByInterlinker, loadAsset } from "../assets/service.js";
import { fetchRemoteAsset, instantiateUrl, remoteAssetMissing, serviceOrigin, viewUrl } from "./protocol.js";
import {
  remoteAssetView,
  remoteInterlinker,
  remoteInterlinkerCreate,
  remoteInterlinkerListQuery,
  remoteInterlinkerUpdate,
  remoteTool,
} from "./schema.js";
import {
  asService,
  deleteRemoteInterlinker,
  findRemoteInterlinker,
  getRemoteInterlinker,
  type Health,
  listRemoteInterlinkers,
  type RemoteInterlinkerRow,
  registerRemoteInterlinker,
  serviceHealth,
  updateRemoteInterlinker,
} from "./service.js";

const tags = ["remote interlinkers"];

/** The remote-service failures a route that calls a service may answer with. */
const serviceResponses = { 502: problemSchema, 503: problemSchema, 504: problemSchema };

function present(
  row: RemoteInterlinkerRow,
  extra: { health: Health; assetCount: number },
): z.infer<typeof remoteInterlinker> {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    instructions: row.instructions,
    functions: row.functions,
    problemProfiles: row.problemProfiles,
    tags: row.tags,
    licence: row.licence as z.infer<typeof remoteInterlinker>["licence"],
    difficulty: row.difficulty as z.infer<typeof remoteInterlinker>["difficulty"],
    administrativeScopes: row.administrativeScopes as z.infer<typeof remoteInterlinker>["administrativeScopes"],
    languages: row.languages,
    serviceUrl: row.serviceUrl,
    serviceOrigin: serviceOrigin(row),
    assetCount: extra.assetCount,
    health: { ...extra.health, checkedAt: extra.health.checkedAt.toISOString() },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    // Only administrators reach these routes; a registration assets still use cannot be removed.
    can: { update: true, delete: extra.assetCount === 0 },
  };
}

export async function remoteInterlinkerRoutes(app: ApiApp): Promise<void> {
  const platformOrigin = new URL(app.config.baseUrl).origin;

  const requireAdministrator = async (actor: MaybeActor): Promise<Actor> => {
    authorize(actor, "administer", platform, "platform");
    return actor!;
  };

  /** Each row with its live health (asked in parallel, each call with its own deadline) and its asset count. */
  const presentAll = async (rows: RemoteInterlinkerRow[]) => {
    const [healths, counts] = await Promise.all([
      Promise.all(rows.map((row) => serviceHealth(asService(row)))),
      countAssetsByInterlinker(
        app.db,
        rows.map((row) => row.id),
      ),
    ]);
    return rows.map((row, index) => present(row, { health: healths[index]!, assetCount: counts.get(row.id) ?? 0 }));
  };

  app.get(
    "/api/v1/remote-interlinkers",
    {
      schema: {
        tags,
        summary: "Registered remote services with their live health (platform administrators)",
        querystring: remoteInterlinkerListQuery,
        response: { 200: pageOf(remoteInterlinker), ...refusalResponses },
      },
    },
    async (request) => {
      await requireAdministrator(await optionalActor(request));
      const { limit, cursor } = request.query;
      const rows = await listRemoteInterlinkers(app.db, { limit: limit + 1, after: decodeCursor(cursor) });
      const page = toPage(rows, limit);
      return { items: await presentAll(page.items), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/api/v1/remote-interlinkers",
    {
      schema: {
        tags,
        summary: "Register a service speaking the INTERLINK asset protocol (its /healthcheck must answer)",
        body: remoteInterlinkerCreate,
        response: { 201: remoteInterlinker, ...refusalResponses, ...serviceResponses },
      },
    },
    async (request, reply) => {
      await requireAdministrator(await requireActor(request));
      const row = await registerRemoteInterlinker(app.db, { input: request.body, platformOrigin });
      await app.remoteFrameSources.refresh();
      request.log.info({ interlinkerId: row.id, serviceUrl: row.serviceUrl }, "remote interlinker registered");
      const [presented] = await presentAll([row]);
      return reply.code(201).send(presented!);
    },
  );

  app.get(
    "/api/v1/remote-interlinkers/:id",
    {
      schema: {
        tags,
        summary: "One registered remote service with its live health (platform administrators)",
        params: idParams,
        response: { 200: remoteInterlinker, ...refusalResponses },
      },
    },
    async (request) => {
      await requireAdministrator(await optionalActor(request));
      const [presented] = await presentAll([await getRemoteInterlinker(app.db, request.params.id)]);
      return presented!;
    },
  );

  app.patch(
    "/api/v1/remote-interlinkers/:id",
    {
      schema: {
        tags,
        summary: "Change a registration; a new address must pass /healthcheck (platform administrators)",
        params: idParams,
        body: remoteInterlinkerUpdate,
        response: { 200: remoteInterlinker, ...refusalResponses, ...serviceResponses },
      },
    },
    async (request) => {
      await requireAdministrator(await requireActor(request));
      const row = await getRemoteInterlinker(app.db, request.params.id);
      const updated = await updateRemoteInterlinker(app.db, { row, input: request.body, platformOrigin });
      await app.remoteFrameSources.refresh();
      request.log.info({ interlinkerId: row.id, serviceUrl: updated.serviceUrl }, "remote interlinker changed");
      const [presented] = await presentAll([updated]);
      return presented!;
    },
  );

  app.delete(
    "/api/v1/remote-interlinkers/:id",
    {
      schema: {
        tags,
        summary: "Remove a registration no asset uses; refused (409) while assets live in the service",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      await requireAdministrator(await requireActor(request));
      const row = await getRemoteInterlinker(app.db, request.params.id);
      const counts = await countAssetsByInterlinker(app.db, [row.id]);
      await deleteRemoteInterlinker(app.db, { row, assetCount: counts.get(row.id) ?? 0 });
      await app.remoteFrameSources.refresh();
      request.log.info({ interlinkerId: row.id, serviceUrl: row.serviceUrl }, "remote interlinker removed");
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/v1/remote-tools",
    {
      schema: {
        tags,
        summary: "The remote tools a task can add an asset with, and where their creation page is",
        security: [],
        response: { 200: z.object({ items: z.array(remoteTool) }) },
      },
    },
    async () => {
      const rows = await listRemoteInterlinkers(app.db, { limit: 100 });
      return {
        items: rows.map((row) => ({
          id: row.id,
          name: row.name,
          description: row.description,
          functions: row.functions,
          serviceOrigin: serviceOrigin(row),
          instantiateUrl: instantiateUrl(row),
        })),
      };
    },
  );

  app.get(
    "/api/v1/assets/:id/remote",
    {
      schema: {
        tags,
        summary: "Open a remote asset: the service confirms it still has it, and says where its view is",
        params: idParams,
        response: { 200: remoteAssetView, ...refusalResponses, ...serviceResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const loaded = await loadAsset(app.db, actor, request.params.id);
      authorize(actor, "view", loaded, "asset");
      const { asset } = loaded;
      const row = asset.interlinkerId ? await findRemoteInterlinker(app.db, asset.interlinkerId) : undefined;
      if (!row || !asset.externalId) throw notFound("remote asset");
      const service = asService(row);
      const remote = await fetchRemoteAsset(service, asset.externalId);
      if (!remote) throw remoteAssetMissing(service);
      return {
        assetId: asset.id,
        interlinkerId: row.id,
        serviceName: row.name,
        serviceOrigin: serviceOrigin(row),
        externalId: asset.externalId,
        viewUrl: viewUrl(row, asset.externalId),
        remoteName: remote.name ?? null,
      };
    },
  );
}

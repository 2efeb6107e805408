import { z } from "zod";
import { optionalActor, requireActor } from "../../http/actor.js";
import { pageOf } from "../../http/pagination.js";
import { refusalResponses } from "../../http/problem.js";
import { emptyBody, idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { authorize } from "../../policies/index.js";
import { getOrganization } from "../organizations/service.js";
import { presentRevision, presentServices } from "./presenter.js";
import {
  publicService,
  publicServiceCreate,
  publicServiceListQuery,
  publicServiceRevision,
  publicServiceUpdate,
} from "./schema.js";
import { createService, deleteService, listRevisions, listServices, loadService, updateService } from "./service.js";

const tags = ["public services"];

// Public services (issue #14): a public administration describes the services it is the competent authority of,
// in CPSV-AP's terms; processes that improved a service are linked to it; every change keeps the version before.
// Reading one (JSON or, by `Accept`, CPSV-AP), the CPSV-AP exports and the import are in rdf-routes.ts.

export async function publicServiceRoutes(app: ApiApp): Promise<void> {
  const presentOne = async (actor: Parameters<typeof presentServices>[1], id: string) => {
    const [presented] = await presentServices(app.db, actor, [await loadService(app.db, actor, id)]);
    return presented!;
  };

  app.get(
    "/api/v1/public-services",
    {
      schema: {
        tags,
        summary: "Public services the reader may see: newest first, or the best matches for `q`",
        querystring: publicServiceListQuery,
        response: { 200: pageOf(publicService), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const page = await listServices(app.db, actor, request.query);
      return { items: await presentServices(app.db, actor, page.items), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/api/v1/public-services",
    {
      schema: {
        tags,
        summary: "Describe a public service of a public administration (its competent authority)",
        body: publicServiceCreate,
        response: { 201: publicService, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const { organizationId, ...fields } = request.body;
      const authority = await getOrganization(app.db, actor, organizationId);
      authorize(actor, "describe_service", authority.subject, "organization");
      const id = await createService(app.db, { actor, authorityId: authority.row.id, fields });
      return reply.code(201).send(await presentOne(actor, id));
    },
  );

  app.patch(
    "/api/v1/public-services/:id",
    {
      schema: {
        tags,
        summary: "Change a public service's description; the version before is kept in its history",
        params: idParams,
        body: publicServiceUpdate,
        response: { 200: publicService, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await loadService(app.db, actor, request.params.id);
      authorize(actor, "update", loaded.subject, "public service");
      await updateService(app.db, { actor, loaded, patch: request.body });
      return presentOne(actor, loaded.row.id);
    },
  );

  app.delete(
    "/api/v1/public-services/:id",
    {
      schema: {
        tags,
        summary: "Delete a public service (its address then answers 404)",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await loadService(app.db, actor, request.params.id);
      authorize(actor, "delete", loaded.subject, "public service");
      await deleteService(app.db, loaded.row.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/v1/public-services/:id/history",
    {
      schema: {
        tags,
        summary: "A public service's versions, newest first: when, by whom, which fields",
        params: idParams,
        response: { 200: z.object({ items: z.array(publicServiceRevision) }), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const loaded = await loadService(app.db, actor, request.params.id);
      authorize(actor, "view", loaded.subject, "public service");
      return { items: (await listRevisions(app.db, loaded.row.id)).map(presentRevision) };
    },
  );

  app.get(
    "/api/v1/organizations/:id/public-services",
    {
      schema: {
        tags,
        summary: "The public services of an organization the reader may see, newest first",
        params: idParams,
        querystring: publicServiceListQuery.omit({ organizationId: true }),
        response: { 200: pageOf(publicService), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const authority = await getOrganization(app.db, actor, request.params.id);
      authorize(actor, "view", authority.subject, "organization");
      const page = await listServices(app.db, actor, { ...request.query, organizationId: authority.row.id });
      return { items: await presentServices(app.db, actor, page.items), nextCursor: page.nextCursor };
    },
  );
}

import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { requireActor } from "../../http/actor.js";
import { refusalResponses } from "../../http/problem.js";
import { emptyBody, idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { authorize, platform } from "../../policies/index.js";
import { getUserSummaries } from "../accounts/service.js";
import { loadProcessAccess } from "../processes/access.js";
import { presentDelivery, presentWebhook } from "./presenter.js";
import {
  processWebhookParams,
  webhookCreate,
  webhookCreated,
  webhookDeliveryOutput,
  webhookDetail,
  webhookList,
  webhookOutput,
  webhookUpdate,
} from "./schema.js";
import {
  checkWebhookAddress,
  createWebhook,
  deleteWebhook,
  findWebhook,
  listDeliveries,
  listWebhooks,
  pingWebhook,
  updateWebhook,
  type WebhookRow,
} from "./service.js";

const tags = ["webhooks"];

/**
 * Webhooks (issue #13): HTTPS endpoints that receive the platform's events, signed with a secret shown once. A
 * process's administrators manage its hooks under /processes/:id/webhooks; platform administrators manage the
 * platform's under /platform/webhooks, which hear of every process's events. Both sets of routes are the same
 * but for who is asked: `manage_webhooks` on the process (404 to whoever may not see a private process, 403 to its
 * other people), `administer` on the platform.
 */
export async function webhookRoutes(app: ApiApp): Promise<void> {
  const present = async (rows: WebhookRow[]) => {
    const people = await getUserSummaries(app.db, [
      ...new Set(rows.flatMap((row) => (row.createdBy ? [row.createdBy] : []))),
    ]);
    return rows.map((row) => presentWebhook(row, { people, mayManage: true }));
  };

  /** The owner the request names (a process id, or null for the platform), once the actor may manage its hooks. */
  type OwnerOf = (request: FastifyRequest) => Promise<{ owner: string | null; actorId: string }>;

  const processOwner: OwnerOf = async (request) => {
    const actor = await requireActor(request);
    const { id } = request.params as { id: string };
    const access = await loadProcessAccess(app.db, actor, id);
    authorize(actor, "manage_webhooks", access.subject, "process");
    return { owner: access.process.id, actorId: actor.userId };
  };
  const platformOwner: OwnerOf = async (request) => {
    const actor = await requireActor(request);
    authorize(actor, "administer", platform, "platform");
    return { owner: null, actorId: actor.userId };
  };

  const sets = [
    {
      base: "/api/v1/processes/:id/webhooks",
      one: "/api/v1/processes/:id/webhooks/:webhookId",
      params: idParams,
      oneParams: processWebhookParams,
      webhookId: (request: FastifyRequest) => (request.params as { webhookId: string }).webhookId,
      ownerOf: processOwner,
      whose: "the process's",
    },
    {
      base: "/api/v1/platform/webhooks",
      one: "/api/v1/platform/webhooks/:id",
      params: undefined,
      oneParams: idParams,
      webhookId: (request: FastifyRequest) => (request.params as { id: string }).id,
      ownerOf: platformOwner,
      whose: "the platform's (they hear of every process's events)",
    },
  ];

  for (const set of sets) {
    app.post(
      set.base,
      {
        schema: {
          tags,
          summary: `Register one of ${set.whose} webhooks; the answer carries its secret, shown only this once`,
          ...(set.params ? { params: set.params } : {}),
          body: webhookCreate,
          response: { 201: webhookCreated, ...refusalResponses },
        },
      },
      async (request, reply) => {
        const { owner, actorId } = await set.ownerOf(request);
        const body = request.body as z.infer<typeof webhookCreate>;
        await checkWebhookAddress(body.url, app.config.webhooks.allowPrivate);
        const { row, secret } = await createWebhook(app.db, {
          owner,
          url: body.url,
          events: body.events,
          createdBy: actorId,
        });
        const [presented] = await present([row]);
        return reply.code(201).send({ ...presented!, secret });
      },
    );

    app.get(
      set.base,
      {
        schema: {
          tags,
          summary: `List ${set.whose} webhooks (without their secrets)`,
          ...(set.params ? { params: set.params } : {}),
          response: { 200: webhookList, ...refusalResponses },
        },
      },
      async (request) => {
        const { owner } = await set.ownerOf(request);
        return { items: await present(await listWebhooks(app.db, owner)) };
      },
    );

    app.get(
      set.one,
      {
        schema: {
          tags,
          summary: "One webhook with its latest deliveries",
          params: set.oneParams,
          response: { 200: webhookDetail, ...refusalResponses },
        },
      },
      async (request) => {
        const { owner } = await set.ownerOf(request);
        const row = await findWebhook(app.db, owner, set.webhookId(request));
        const [presented] = await present([row]);
        return { ...presented!, deliveries: (await listDeliveries(app.db, row.id)).map(presentDelivery) };
      },
    );

    app.patch(
      set.one,
      {
        schema: {
          tags,
          summary: "Change a webhook's address or events, pause it, or turn it on again (which forgets its failures)",
          params: set.oneParams,
          body: webhookUpdate,
          response: { 200: webhookOutput, ...refusalResponses },
        },
      },
      async (request) => {
        const { owner } = await set.ownerOf(request);
        const row = await findWebhook(app.db, owner, set.webhookId(request));
        const body = request.body as z.infer<typeof webhookUpdate>;
        if (body.url !== undefined) await checkWebhookAddress(body.url, app.config.webhooks.allowPrivate);
        const [presented] = await present([await updateWebhook(app.db, row, body)]);
        return presented!;
      },
    );

    app.delete(
      set.one,
      {
        schema: {
          tags,
          summary: "Delete a webhook and its deliveries",
          params: set.oneParams,
          response: { 204: z.null(), ...refusalResponses },
        },
      },
      async (request, reply) => {
        const { owner } = await set.ownerOf(request);
        await deleteWebhook(app.db, await findWebhook(app.db, owner, set.webhookId(request)));
        return reply.code(204).send(null);
      },
    );

    app.post(
      `${set.one}/test`,
      {
        schema: {
          tags,
          summary: "Send the webhook a `ping` delivery now (one try; it counts neither for nor against the hook)",
          params: set.oneParams,
          body: emptyBody,
          response: { 202: webhookDeliveryOutput, ...refusalResponses },
        },
      },
      async (request, reply) => {
        const { owner } = await set.ownerOf(request);
        const row = await findWebhook(app.db, owner, set.webhookId(request));
        const delivery = await pingWebhook(app.db, { hook: row, baseUrl: app.config.baseUrl });
        app.jobs.wake();
        return reply.code(202).send(presentDelivery(delivery));
      },
    );
  }
}

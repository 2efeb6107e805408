import { z } from "zod";
import { requireActor } from "../../http/actor.js";
import { invalid, notFound, refusalResponses } from "../../http/problem.js";
import type { ApiApp } from "../../http/types.js";
import { presentPushSubscription } from "./presenter.js";
import { pushPublicKey, pushSubscriptionInput, pushSubscriptionItem, pushSubscriptionRemoval } from "./schema.js";
import { deletePushSubscription, isPushServiceEndpoint, savePushSubscription } from "./service.js";

const tags = ["notifications"];

/** Enough of the User-Agent to tell a person's devices apart; the rest is fingerprinting material. */
const userAgentLength = 120;

export function pushRoutes(options: { publicKey: string; pushServiceHosts: readonly string[] }) {
  const { publicKey, pushServiceHosts } = options;
  return async (app: ApiApp): Promise<void> => {
    app.get(
      "/api/v1/push/public-key",
      {
        schema: {
          tags,
          summary: "The key browsers subscribe to this platform's push messages with (VAPID, RFC 8292)",
          security: [],
          response: { 200: pushPublicKey },
        },
      },
      async () => ({ publicKey }),
    );

    app.post(
      "/api/v1/me/push-subscriptions",
      {
        schema: {
          tags,
          summary:
            "Turn notifications on in this browser: its push subscription, from `pushManager.subscribe`. " +
            "Subscribing the same endpoint again replaces its keys, and gives the browser to you if it was another's",
          body: pushSubscriptionInput,
          response: { 200: pushSubscriptionItem, 201: pushSubscriptionItem, ...refusalResponses },
        },
      },
      async (request, reply) => {
        const actor = await requireActor(request);
        const { endpoint, keys } = request.body;
        if (!isPushServiceEndpoint(endpoint, pushServiceHosts)) {
          throw invalid(
            [
              {
                path: "body.endpoint",
                code: "unknown_push_service",
                message: "This address is not one of a browser push service this platform sends to.",
              },
            ],
            "This platform sends notifications only to the browsers' push services.",
          );
        }
        const { subscription, created } = await savePushSubscription(app.db, {
          userId: actor.userId,
          endpoint,
          p256dh: keys.p256dh,
          auth: keys.auth,
          userAgent: request.headers["user-agent"]?.slice(0, userAgentLength) ?? null,
        });
        return reply.code(created ? 201 : 200).send(presentPushSubscription(subscription));
      },
    );

    app.delete(
      "/api/v1/me/push-subscriptions",
      {
        schema: {
          tags,
          summary: "Turn notifications off in this browser: forget its push subscription",
          body: pushSubscriptionRemoval,
          response: { 204: z.null(), ...refusalResponses },
        },
      },
      async (request, reply) => {
        const actor = await requireActor(request);
        const deleted = await deletePushSubscription(app.db, { userId: actor.userId, endpoint: request.body.endpoint });
        if (!deleted) throw notFound("push subscription");
        return reply.code(204).send(null);
      },
    );
  };
}

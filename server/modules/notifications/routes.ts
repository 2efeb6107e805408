import type { ServerResponse } from "node:http";
import { z } from "zod";
import { requireActor } from "../../http/actor.js";
import { invalid, problemSchema, refusalResponses } from "../../http/problem.js";
import { emptyBody } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { readerLanguage } from "../processes/translations.js";
import type { LiveNotifications } from "./live.js";
import { presentNotification } from "./presenter.js";
import {
  archiveInput,
  markReadInput,
  notificationListQuery,
  notificationPage,
  notificationPreferences,
  unreadCount,
} from "./schema.js";
import {
  archiveNotifications,
  countUnread,
  getPreferences,
  listNotifications,
  listNotificationsAfter,
  markRead,
  putPreferences,
  unsubscribe,
} from "./service.js";
import { readUnsubscribeToken } from "./unsubscribe.js";

const tags = ["notifications"];

/** A comment line on an idle stream, so proxies and browsers keep it open. */
const heartbeatMs = 25_000;

export function notificationRoutes(options: { live: LiveNotifications; secret: string }) {
  const { live, secret } = options;
  return async (app: ApiApp): Promise<void> => {
    // Open streams end when the server stops, or its close would wait on every open tab (EventSource reconnects
    // to whichever server answers next).
    const openStreams = new Set<ServerResponse>();
    app.addHook("preClose", async () => {
      for (const stream of openStreams) stream.end();
    });

    app.get(
      "/api/v1/me/notifications",
      {
        schema: {
          tags,
          summary: "Your notifications, newest first, and how many are unread",
          querystring: notificationListQuery,
          response: { 200: notificationPage, 401: problemSchema, 422: problemSchema },
        },
      },
      async (request) => {
        const actor = await requireActor(request);
        // The language the app is shown in (the web client says it), else the account's.
        const language = readerLanguage(request, actor) ?? actor.language;
        const [page, unread] = await Promise.all([
          listNotifications(app.db, { userId: actor.userId, ...request.query }),
          countUnread(app.db, actor.userId),
        ]);
        return {
          items: page.items.map((row) => presentNotification(row, language)),
          nextCursor: page.nextCursor,
          unread,
        };
      },
    );

    app.post(
      "/api/v1/me/notifications/read",
      {
        schema: {
          tags,
          summary: "Mark some of your notifications read, or all of them",
          body: markReadInput,
          response: { 200: unreadCount, ...refusalResponses },
        },
      },
      async (request) => {
        const actor = await requireActor(request);
        await markRead(app.db, { userId: actor.userId, ...request.body });
        return { unread: await countUnread(app.db, actor.userId) };
      },
    );

    app.post(
      "/api/v1/me/notifications/archive",
      {
        schema: {
          tags,
          summary: "Archive some of your notifications (they are marked read), or put them back in the inbox",
          body: archiveInput,
          response: { 200: unreadCount, ...refusalResponses },
        },
      },
      async (request) => {
        const actor = await requireActor(request);
        await archiveNotifications(app.db, { userId: actor.userId, ...request.body });
        return { unread: await countUnread(app.db, actor.userId) };
      },
    );

    app.get(
      "/api/v1/me/notifications/stream",
      {
        schema: {
          tags,
          summary:
            "New notifications as they come: `text/event-stream`, one `notification` event (a list item, worded in " +
            "your account's language: an EventSource cannot choose) each; with `Last-Event-ID` the ones missed " +
            "since that id first",
          headers: z.object({ "last-event-id": z.string().max(100).optional() }),
          response: { 401: problemSchema },
        },
      },
      async (request, reply) => {
        const actor = await requireActor(request);
        reply.hijack();
        const stream = reply.raw;
        stream.writeHead(200, {
          "content-type": "text/event-stream; charset=utf-8",
          "cache-control": "no-store",
          connection: "keep-alive",
          "x-accel-buffering": "no",
        });
        const send = (row: Parameters<typeof presentNotification>[0]) => {
          stream.write(
            `id: ${row.id}\nevent: notification\ndata: ${JSON.stringify(presentNotification(row, actor.language))}\n\n`,
          );
        };
        // Subscribed before the missed ones are read, so nothing falls between the two.
        const stop = live.subscribe(actor.userId, send);
        const heartbeat = setInterval(() => stream.write(": still here\n\n"), heartbeatMs);
        openStreams.add(stream);
        request.raw.on("close", () => {
          clearInterval(heartbeat);
          stop();
          openStreams.delete(stream);
        });
        stream.write(": connected\n\n");
        const lastId = request.headers["last-event-id"];
        if (lastId && z.uuid().safeParse(lastId).success) {
          for (const row of await listNotificationsAfter(app.db, { userId: actor.userId, afterId: lastId })) send(row);
        }
      },
    );

    // RFC 8058: a mail program posts `List-Unsubscribe=One-Click` as a form, without a session or an Origin.
    app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_request, body, done) =>
      done(null, body === "List-Unsubscribe=One-Click" ? {} : body),
    );
    app.post(
      "/api/v1/unsubscribe",
      {
        schema: {
          tags,
          summary:
            "One-click unsubscribe from a notification mail's link (RFC 8058): turns off what sent it, for the " +
            "person it was sent to, without signing in",
          security: [],
          querystring: z.strictObject({ token: z.string().min(1).max(1000) }),
          body: emptyBody,
          response: { 200: notificationPreferences, ...refusalResponses },
        },
      },
      async (request) => {
        const claims = readUnsubscribeToken(secret, request.query.token);
        if (!claims) {
          throw invalid(
            [
              {
                path: "querystring.token",
                code: "invalid_unsubscribe_token",
                message: "This link is not valid any more.",
              },
            ],
            "This unsubscribe link is not valid: it was changed, or it expired. Choose your mails on your profile.",
          );
        }
        return unsubscribe(app.db, claims);
      },
    );

    app.get(
      "/api/v1/me/notification-preferences",
      {
        schema: {
          tags,
          summary: "How each group of notifications reaches you by mail, overall and per process",
          response: { 200: notificationPreferences, 401: problemSchema },
        },
      },
      async (request) => {
        const actor = await requireActor(request);
        return getPreferences(app.db, actor.userId);
      },
    );

    app.put(
      "/api/v1/me/notification-preferences",
      {
        schema: {
          tags,
          summary: "Choose how each group of notifications reaches you by mail, overall and per process",
          body: notificationPreferences,
          response: { 200: notificationPreferences, ...refusalResponses },
        },
      },
      async (request) => {
        const actor = await requireActor(request);
        return putPreferences(app.db, actor.userId, request.body);
      },
    );
  };
}

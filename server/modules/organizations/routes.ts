import { z } from "zod";
import { keptAnswers } from "../../db/changes.js";
import { optionalActor, requireActor } from "../../http/actor.js";
import { pageOf } from "../../http/pagination.js";
import { problemSchema, refusalResponses } from "../../http/problem.js";
import { limitRate } from "../../http/rate-limit.js";
import { emptyBody, idParams } from "../../http/schemas.js";
import { sharedAnswer } from "../../http/serializer.js";
import type { ApiApp } from "../../http/types.js";
import { authorize, explain, platform } from "../../policies/index.js";
import { presentAdministrators } from "../accounts/presenter.js";
import { administrator } from "../accounts/schema.js";
import { presentReceipt } from "../invitations/presenter.js";
import { administratorInvite, invitationReceipt } from "../invitations/schema.js";
import { invitePerson } from "../invitations/service.js";
import { presentOrganization } from "./presenter.js";
import {
  administratorParams,
  organization,
  organizationCreate,
  organizationListQuery,
  organizationUpdate,
} from "./schema.js";
import {
  createOrganization,
  deleteOrganization,
  getOrganization,
  listAdministrators,
  listOrganizations,
  removeAdministrator,
  updateOrganization,
} from "./service.js";

const tags = ["organizations"];

/** How many organization list pages (reader and query → answer) are kept; the longest unused go first. */
export const listPageCacheSize = 500;

export async function organizationRoutes(app: ApiApp): Promise<void> {
  // What a reader's list depends on: the organizations, who administers them, their teams and who is in them,
  // and of the reader's own account what policies read (kept in the key on PostgreSQL, dropped by notice on
  // PGlite).
  const listPages = keptAnswers<{
    readerId: string | null;
    page: { items: z.infer<typeof organization>[]; nextCursor: string | null };
  }>(app.db, app.changeNotices, {
    size: listPageCacheSize,
    tables: ["organization", "organization_administrator", "team", "team_member"],
    drops: (notice, kept) => notice.kind === "account" && notice.userId === kept.readerId,
  });
  app.get(
    "/api/v1/organizations",
    {
      schema: {
        tags,
        summary: "Organizations you may see, newest first",
        querystring: organizationListQuery,
        response: { 200: pageOf(organization), 422: problemSchema },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const answer = async () => {
        const page = await listOrganizations(app.db, actor, request.query);
        return {
          readerId: actor?.userId ?? null,
          page: { items: page.items.map((loaded) => presentOrganization(loaded, actor)), nextCursor: page.nextCursor },
        };
      };
      // The page is the reader's: who they are decides what they see and may do.
      const reader = actor ? `${actor.userId}:${actor.isPlatformAdmin}:${actor.emailVerified}` : "-";
      const key = `${reader}:${JSON.stringify(request.query)}`;
      // Kept pages are never changed again: each is written to JSON once (sharedAnswer).
      const kept = await listPages.read(key, async () => {
        const fresh = await answer();
        return { ...fresh, page: sharedAnswer(fresh.page) };
      });
      return kept.page;
    },
  );

  app.post(
    "/api/v1/organizations",
    {
      schema: {
        tags,
        summary: "Create an organization; you become its administrator",
        body: organizationCreate,
        response: { 201: organization, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      authorize(actor, "create_organization", platform, "platform");
      const created = await createOrganization(app.db, { actor, input: request.body });
      return reply.code(201).send(presentOrganization(created, actor));
    },
  );

  app.get(
    "/api/v1/organizations/:id",
    {
      schema: {
        tags,
        summary: "One organization",
        params: idParams,
        response: { 200: organization, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const loaded = await getOrganization(app.db, actor, request.params.id);
      authorize(actor, "view", loaded.subject, "organization");
      return presentOrganization(loaded, actor);
    },
  );

  app.patch(
    "/api/v1/organizations/:id",
    {
      schema: {
        tags,
        summary: "Change an organization",
        params: idParams,
        body: organizationUpdate,
        response: { 200: organization, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await getOrganization(app.db, actor, request.params.id);
      authorize(actor, "update", loaded.subject, "organization");
      return presentOrganization(await updateOrganization(app.db, { loaded, input: request.body }), actor);
    },
  );

  app.delete(
    "/api/v1/organizations/:id",
    {
      schema: {
        tags,
        summary: "Delete an organization (and hide its teams)",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await getOrganization(app.db, actor, request.params.id);
      authorize(actor, "delete", loaded.subject, "organization");
      await deleteOrganization(app.db, loaded.row.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/v1/organizations/:id/administrators",
    {
      schema: {
        tags,
        summary: "Who administers an organization",
        params: idParams,
        response: { 200: z.object({ items: z.array(administrator) }), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const loaded = await getOrganization(app.db, actor, request.params.id);
      authorize(actor, "view", loaded.subject, "organization");
      const administrators = await listAdministrators(app.db, loaded.row.id);
      const manage = explain(actor, "manage_administrators", loaded.subject);
      return { items: presentAdministrators("organization", administrators, { manage, actorId: actor?.userId }) };
    },
  );

  app.post(
    "/api/v1/organizations/:id/administrators",
    {
      schema: {
        tags,
        summary: "Invite a person by e-mail to administer the organization: they do when they accept",
        description:
          "Answers 202 with the pending invitation, the same whether or not the address has an account; the " +
          "address gets a mail (an unknown one is invited to sign up with it).",
        params: idParams,
        body: administratorInvite,
        response: { 202: invitationReceipt, 429: problemSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await getOrganization(app.db, actor, request.params.id);
      authorize(actor, "manage_administrators", loaded.subject, "organization");
      await limitRate(request, actor, "invitations");
      const invited = await invitePerson(app.db, {
        actor,
        email: request.body.email,
        target: { kind: "organization_administrator", organizationId: loaded.row.id, name: loaded.row.name },
        mailing: { mailer: app.mailer, baseUrl: app.config.baseUrl },
      });
      return reply.code(202).send(presentReceipt(invited));
    },
  );

  app.delete(
    "/api/v1/organizations/:id/administrators/:userId",
    {
      schema: {
        tags,
        summary: "Remove an administrator (never the last one)",
        params: administratorParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await getOrganization(app.db, actor, request.params.id);
      authorize(actor, "manage_administrators", loaded.subject, "organization");
      await removeAdministrator(app.db, { organizationId: loaded.row.id, userId: request.params.userId });
      return reply.code(204).send(null);
    },
  );
}

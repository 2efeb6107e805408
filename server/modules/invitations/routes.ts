import { z } from "zod";
import { requireActor } from "../../http/actor.js";
import { pageOf } from "../../http/pagination.js";
import { problemSchema, refusalResponses } from "../../http/problem.js";
import { emptyBody, idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { authorize } from "../../policies/index.js";
import { getOrganization } from "../organizations/service.js";
import { loadProcessAccess } from "../processes/access.js";
import { getTeam } from "../teams/service.js";
import { presentInvitation } from "./presenter.js";
import { invitation, invitationListQuery, myInvitationsQuery } from "./schema.js";
import {
  answerInvitation,
  listMyInvitations,
  listPendingInvitations,
  loadInvitation,
  withdrawInvitation,
} from "./service.js";

const tags = ["invitations"];

export async function invitationRoutes(app: ApiApp): Promise<void> {
  app.get(
    "/api/v1/me/invitations",
    {
      schema: {
        tags,
        summary: "Invitations waiting for your answer: to your verified address, and for teams you administer",
        querystring: myInvitationsQuery,
        response: { 200: z.object({ items: z.array(invitation) }), 401: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const items = await listMyInvitations(app.db, actor);
      return { items: items.map((loaded) => presentInvitation(loaded, actor)) };
    },
  );

  app.get(
    "/api/v1/invitations/:id",
    {
      schema: {
        tags,
        summary: "One invitation, for the one it is addressed to",
        params: idParams,
        response: { 200: invitation, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await loadInvitation(app.db, actor, request.params.id);
      authorize(actor, "view", loaded.subject, "invitation");
      return presentInvitation(loaded, actor);
    },
  );

  for (const [verb, answer] of [
    ["accept", "accepted"],
    ["decline", "declined"],
  ] as const) {
    app.post(
      `/api/v1/invitations/:id/${verb}`,
      {
        schema: {
          tags,
          summary:
            verb === "accept"
              ? "Accept an invitation: you join (or your team gets the rights) at once"
              : "Decline an invitation",
          params: idParams,
          body: emptyBody,
          response: { 200: invitation, ...refusalResponses },
        },
      },
      async (request) => {
        const actor = await requireActor(request);
        const loaded = await loadInvitation(app.db, actor, request.params.id);
        authorize(actor, verb, loaded.subject, "invitation");
        await answerInvitation(app.db, { actor, loaded, answer });
        return presentInvitation(await loadInvitation(app.db, actor, loaded.row.id), actor);
      },
    );
  }

  app.delete(
    "/api/v1/invitations/:id",
    {
      schema: {
        tags,
        summary: "Withdraw a pending invitation (those who run what it is for)",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await loadInvitation(app.db, actor, request.params.id);
      authorize(actor, "withdraw", loaded.subject, "invitation");
      await withdrawInvitation(app.db, { actor, loaded });
      return reply.code(204).send(null);
    },
  );

  const pending = pageOf(invitation);
  app.get(
    "/api/v1/teams/:id/invitations",
    {
      schema: {
        tags,
        summary: "People invited to a team who have not answered yet",
        params: idParams,
        querystring: invitationListQuery,
        response: { 200: pending, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const team = await getTeam(app.db, actor, request.params.id);
      authorize(actor, "manage_members", team.subject, "team");
      const page = await listPendingInvitations(app.db, actor, { of: "team", id: team.row.id, ...request.query });
      return { items: page.items.map((loaded) => presentInvitation(loaded, actor)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/v1/organizations/:id/invitations",
    {
      schema: {
        tags,
        summary: "People invited to administer an organization who have not answered yet",
        params: idParams,
        querystring: invitationListQuery,
        response: { 200: pending, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const organization = await getOrganization(app.db, actor, request.params.id);
      authorize(actor, "manage_administrators", organization.subject, "organization");
      const page = await listPendingInvitations(app.db, actor, {
        of: "organization",
        id: organization.row.id,
        ...request.query,
      });
      return { items: page.items.map((loaded) => presentInvitation(loaded, actor)), nextCursor: page.nextCursor };
    },
  );

  app.get(
    "/api/v1/processes/:id/invitations",
    {
      schema: {
        tags,
        summary: "Pending invitations of a process: people invited to administer it, teams offered rights",
        params: idParams,
        querystring: invitationListQuery,
        response: { 200: pending, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "manage_administrators", access.subject, "process");
      const page = await listPendingInvitations(app.db, actor, {
        of: "process",
        id: access.process.id,
        ...request.query,
      });
      return { items: page.items.map((loaded) => presentInvitation(loaded, actor)), nextCursor: page.nextCursor };
    },
  );
}

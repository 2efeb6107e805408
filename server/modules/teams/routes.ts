import { z } from "zod";
import { optionalActor, requireActor } from "../../http/actor.js";
import { pageOf } from "../../http/pagination.js";
import { problemSchema, refusalResponses } from "../../http/problem.js";
import { limitRate } from "../../http/rate-limit.js";
import { emptyBody, idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { authorize } from "../../policies/index.js";
import { presentReceipt } from "../invitations/presenter.js";
import { invitationReceipt } from "../invitations/schema.js";
import { invitePerson } from "../invitations/service.js";
import { getOrganization } from "../organizations/service.js";
import { presentMembers, presentTeam } from "./presenter.js";
import {
  joinRequest,
  joinRequestCreate,
  joinRequestListQuery,
  memberAdd,
  memberParams,
  memberUpdate,
  myJoinRequests,
  myJoinRequestsQuery,
  team,
  teamCreate,
  teamListQuery,
  teamMember,
  teamUpdate,
} from "./schema.js";
import {
  createJoinRequest,
  createTeam,
  decideJoinRequest,
  deleteTeam,
  getJoinRequest,
  getTeam,
  listJoinRequests,
  listMembers,
  listMyPendingJoinRequests,
  listMyTeams,
  listTeams,
  removeMember,
  setMemberRole,
  updateTeam,
} from "./service.js";

const tags = ["teams"];
const members = z.object({ items: z.array(teamMember) });

export async function teamRoutes(app: ApiApp): Promise<void> {
  app.get(
    "/api/v1/organizations/:id/teams",
    {
      schema: {
        tags,
        summary: "Teams of an organization",
        params: idParams,
        querystring: teamListQuery,
        response: { 200: pageOf(team), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const organization = await getOrganization(app.db, actor, request.params.id);
      authorize(actor, "view", organization.subject, "organization");
      const page = await listTeams(app.db, actor, { organization, ...request.query });
      return { items: page.items.map((loaded) => presentTeam(loaded, actor)), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/api/v1/organizations/:id/teams",
    {
      schema: {
        tags,
        summary: "Create a team; you become its administrator",
        params: idParams,
        body: teamCreate,
        response: { 201: team, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const organization = await getOrganization(app.db, actor, request.params.id);
      authorize(actor, "create_team", organization.subject, "organization");
      const created = await createTeam(app.db, { actor, organization, input: request.body });
      return reply.code(201).send(presentTeam(created, actor));
    },
  );

  app.get(
    "/api/v1/me/teams",
    {
      schema: {
        tags,
        summary: "Teams you belong to",
        response: { 200: z.object({ items: z.array(team) }), 401: problemSchema },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const teams = await listMyTeams(app.db, actor);
      return { items: teams.map((loaded) => presentTeam(loaded, actor)) };
    },
  );

  app.get(
    "/api/v1/me/join-requests",
    {
      schema: {
        tags,
        summary: "Pending requests to join teams: those you may decide and your own",
        querystring: myJoinRequestsQuery,
        response: { 200: myJoinRequests, 401: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      return listMyPendingJoinRequests(app.db, actor);
    },
  );

  app.get(
    "/api/v1/teams/:id",
    { schema: { tags, summary: "One team", params: idParams, response: { 200: team, ...refusalResponses } } },
    async (request) => {
      const actor = await optionalActor(request);
      const loaded = await getTeam(app.db, actor, request.params.id);
      authorize(actor, "view", loaded.subject, "team");
      return presentTeam(loaded, actor);
    },
  );

  app.patch(
    "/api/v1/teams/:id",
    {
      schema: {
        tags,
        summary: "Change a team",
        params: idParams,
        body: teamUpdate,
        response: { 200: team, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await getTeam(app.db, actor, request.params.id);
      authorize(actor, "update", loaded.subject, "team");
      return presentTeam(await updateTeam(app.db, { loaded, input: request.body }), actor);
    },
  );

  app.delete(
    "/api/v1/teams/:id",
    {
      schema: {
        tags,
        summary: "Delete a team",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await getTeam(app.db, actor, request.params.id);
      authorize(actor, "delete", loaded.subject, "team");
      await deleteTeam(app.db, loaded.row.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/v1/teams/:id/members",
    {
      schema: { tags, summary: "Who is in a team", params: idParams, response: { 200: members, ...refusalResponses } },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const loaded = await getTeam(app.db, actor, request.params.id);
      authorize(actor, "view_members", loaded.subject, "team");
      return { items: presentMembers(await listMembers(app.db, loaded.row.id), loaded, actor) };
    },
  );

  app.post(
    "/api/v1/teams/:id/members",
    {
      schema: {
        tags,
        summary: "Invite a person by e-mail to join the team: they become a member when they accept",
        description:
          "Answers 202 with the pending invitation, the same whether or not the address has an account; the " +
          "address gets a mail (an unknown one is invited to sign up with it).",
        params: idParams,
        body: memberAdd,
        response: { 202: invitationReceipt, 429: problemSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await getTeam(app.db, actor, request.params.id);
      authorize(actor, "manage_members", loaded.subject, "team");
      await limitRate(request, actor, "invitations");
      const invited = await invitePerson(app.db, {
        actor,
        email: request.body.email,
        target: { kind: "team_member", team: loaded, role: request.body.role },
        mailing: { mailer: app.mailer, baseUrl: app.config.baseUrl },
      });
      return reply.code(202).send(presentReceipt(invited));
    },
  );

  app.patch(
    "/api/v1/teams/:id/members/:userId",
    {
      schema: {
        tags,
        summary: "Make a member an administrator of the team, or not",
        params: memberParams,
        body: memberUpdate,
        response: { 200: members, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await getTeam(app.db, actor, request.params.id);
      authorize(actor, "manage_members", loaded.subject, "team");
      await setMemberRole(app.db, { teamId: loaded.row.id, userId: request.params.userId, role: request.body.role });
      return { items: presentMembers(await listMembers(app.db, loaded.row.id), loaded, actor) };
    },
  );

  app.delete(
    "/api/v1/teams/:id/members/:userId",
    {
      schema: {
        tags,
        summary: "Remove a member, or leave the team yourself",
        params: memberParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await getTeam(app.db, actor, request.params.id);
      const leaving = request.params.userId === actor.userId;
      authorize(actor, leaving ? "leave" : "manage_members", loaded.subject, "team");
      await removeMember(app.db, { teamId: loaded.row.id, userId: request.params.userId });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/v1/teams/:id/join-requests",
    {
      schema: {
        tags,
        summary: "Requests to join a team",
        params: idParams,
        querystring: joinRequestListQuery,
        response: { 200: pageOf(joinRequest), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await getTeam(app.db, actor, request.params.id);
      authorize(actor, "manage_members", loaded.subject, "team");
      return listJoinRequests(app.db, { teamId: loaded.row.id, ...request.query });
    },
  );

  app.post(
    "/api/v1/teams/:id/join-requests",
    {
      schema: {
        tags,
        summary: "Ask to join a team, with a message",
        params: idParams,
        body: joinRequestCreate,
        response: { 201: joinRequest, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await getTeam(app.db, actor, request.params.id);
      authorize(actor, "request_to_join", loaded.subject, "team");
      const created = await createJoinRequest(app.db, {
        actor,
        team: loaded.row,
        message: request.body.message,
      });
      return reply.code(201).send(created);
    },
  );

  for (const [verb, decision] of [
    ["approve", "approved"],
    ["reject", "rejected"],
  ] as const) {
    app.post(
      `/api/v1/join-requests/:id/${verb}`,
      {
        schema: {
          tags,
          summary: verb === "approve" ? "Approve a request: the person joins the team" : "Reject a request",
          params: idParams,
          body: emptyBody,
          response: { 200: joinRequest, ...refusalResponses },
        },
      },
      async (request) => {
        const actor = await requireActor(request);
        const joinRequestRow = await getJoinRequest(app.db, request.params.id);
        const loaded = await getTeam(app.db, actor, joinRequestRow.teamId);
        authorize(actor, "manage_members", loaded.subject, "join request");
        return decideJoinRequest(app.db, { actor, request: joinRequestRow, decision });
      },
    );
  }
}

import { requireActor } from "../../http/actor.js";
import { pageOf } from "../../http/pagination.js";
import { refusalResponses } from "../../http/problem.js";
import { limitRate } from "../../http/rate-limit.js";
import { idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { type Actor, authorize, can } from "../../policies/index.js";
import { getUserSummaries } from "../accounts/service.js";
import { loadProcessAccess } from "../processes/access.js";
import { getTeam } from "../teams/service.js";
import { presentParticipationRequest } from "./presenter.js";
import {
  participationRequestAccept,
  participationRequestCreate,
  participationRequestDecline,
  participationRequestOutput,
  participationRequestQuery,
} from "./schema.js";
import {
  acceptParticipationRequest,
  declineParticipationRequest,
  findParticipationRequest,
  listParticipationRequests,
  type ParticipationRequestRow,
  requestParticipation,
} from "./service.js";

const tags = ["participation"];

// Participation requests (issue #12): someone signed in asks to take part in a public process; the process's
// administrators (those who manage its grants) accept, into a team taking part or with rights of their own, or
// decline with a reason. The person sees their own requests and the answer.

export async function participationRoutes(app: ApiApp): Promise<void> {
  const present = async (rows: ParticipationRequestRow[], mayDecide: boolean) => {
    const people = await getUserSummaries(app.db, [...new Set(rows.map((row) => row.userId))]);
    return rows.map((row) => presentParticipationRequest(row, { people, mayDecide }));
  };

  /** The request and its process, for one who may answer it: 404 to who may not see the process, else 403. */
  const forDecider = async (actor: Actor, id: string) => {
    const row = await findParticipationRequest(app.db, id);
    const access = await loadProcessAccess(app.db, actor, row.processId);
    authorize(actor, "manage_grants", access.subject, "participation request");
    return { row, access };
  };

  app.post(
    "/api/v1/processes/:id/participation-requests",
    {
      schema: {
        tags,
        summary: "Ask to take part in a public process, saying why (one open request per person and process)",
        params: idParams,
        body: participationRequestCreate,
        response: { 201: participationRequestOutput, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "request_participation", access.subject, "process");
      await limitRate(request, actor, "participationRequests");
      const row = await requestParticipation(app.db, {
        actor,
        processId: access.process.id,
        processName: access.process.name,
        reason: request.body.reason,
      });
      const [presented] = await present([row], false);
      return reply.code(201).send(presented!);
    },
  );

  app.get(
    "/api/v1/processes/:id/participation-requests",
    {
      schema: {
        tags,
        summary: "Requests to take part: all of them for the process's administrators, one's own for anyone else",
        params: idParams,
        querystring: participationRequestQuery,
        response: { 200: pageOf(participationRequestOutput), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "view", access.subject, "process");
      const mayDecide = can(actor, "manage_grants", access.subject);
      const page = await listParticipationRequests(app.db, {
        processId: access.process.id,
        ...(mayDecide ? {} : { userId: actor.userId }),
        ...request.query,
      });
      return { items: await present(page.items, mayDecide), nextCursor: page.nextCursor };
    },
  );

  app.post(
    "/api/v1/participation-requests/:id/accept",
    {
      schema: {
        tags,
        summary: "Accept a request: the person joins a team taking part, or gets rights of their own, at once",
        params: idParams,
        body: participationRequestAccept,
        response: { 200: participationRequestOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const { row, access } = await forDecider(actor, request.params.id);
      const { teamId, rights } = request.body ?? {};
      if (teamId) {
        // Putting someone in a team is for who runs the team's members, as it is everywhere else.
        const team = await getTeam(app.db, actor, teamId);
        authorize(actor, "manage_members", team.subject, "team");
      }
      await acceptParticipationRequest(app.db, { actor, row, processName: access.process.name, teamId, rights });
      const [presented] = await present([await findParticipationRequest(app.db, row.id)], true);
      return presented!;
    },
  );

  app.post(
    "/api/v1/participation-requests/:id/decline",
    {
      schema: {
        tags,
        summary: "Decline a request, with the reason the person reads",
        params: idParams,
        body: participationRequestDecline,
        response: { 200: participationRequestOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const { row, access } = await forDecider(actor, request.params.id);
      await declineParticipationRequest(app.db, {
        actor,
        row,
        processName: access.process.name,
        reason: request.body.reason,
      });
      const [presented] = await present([await findParticipationRequest(app.db, row.id)], true);
      return presented!;
    },
  );
}

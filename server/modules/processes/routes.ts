import { z } from "zod";
import { optionalActor, requireActor } from "../../http/actor.js";
import { pageOf } from "../../http/pagination.js";
import { invalid, problemSchema, refusalResponses } from "../../http/problem.js";
import { limitRate } from "../../http/rate-limit.js";
import { emptyBody, idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { authorize, can, explain, explainGrantWithoutConsent, platform } from "../../policies/index.js";
import { presentAdministrators } from "../accounts/presenter.js";
import { administrator } from "../accounts/schema.js";
import { listActivity, listActivityActors, verifyActivity } from "../activity/service.js";
import { presentInvitation, presentReceipt } from "../invitations/presenter.js";
import { administratorInvite, invitation, invitationReceipt } from "../invitations/schema.js";
import { invitePerson, inviteTeam, listPendingInvitations } from "../invitations/service.js";
import { findOrganization } from "../organizations/service.js";
import { getTeam } from "../teams/service.js";
import { loadItem, loadProcessAccess, loadProcessTree } from "./access.js";
import { askForSignOff, giveVerdict, presentGate, removeGate, setGate, withdrawVerdict } from "./gates.js";
import { checkGrantInput, createGrant, deleteGrant, explainAccess, findGrant, listGrants } from "./grants.js";
import { processImageRoutes } from "./image-routes.js";
import { createItem, deleteItem, findItemIn, updateItem } from "./items.js";
import { presentGovernance, presentItem, presentProcess, presentTreeFor } from "./presenter.js";
import { listMyResponsibilities, listProcessPeople, responsibleFor } from "./responsible.js";
import { replaceGovernance } from "./rulebook.js";
import {
  accessOutput,
  accessQuery,
  activityPage,
  activityQuery,
  administratorParams,
  gateInput,
  gateOutput,
  governanceOutput,
  governanceUpdate,
  grantCreate,
  grantOutput,
  itemCreate,
  itemOutput,
  itemUpdate,
  participantsOutput,
  peopleOutput,
  processCreate,
  processListQuery,
  processOutput,
  processUpdate,
  responsibilitiesOutput,
  treeOutput,
  verdictInput,
  verifyOutput,
} from "./schema.js";
import {
  createProcess,
  deleteProcess,
  listParticipants,
  listProcessAdministrators,
  listProcesses,
  removeProcessAdministrator,
  updateProcess,
} from "./service.js";
import { summarizeProcess, summarizeProcesses } from "./summary.js";
import { presentTrail, presentTrailPeople } from "./trail.js";
import { readerLanguage } from "./translations.js";

const tags = ["processes"];

export async function processRoutes(app: ApiApp): Promise<void> {
  await app.register(processImageRoutes);

  app.get(
    "/api/v1/processes",
    {
      schema: {
        tags,
        summary: "Processes you may see: public ones and those you take part in",
        querystring: processListQuery,
        response: { 200: pageOf(processOutput), 422: problemSchema },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const page = await listProcesses(app.db, actor, request.query);
      const summaries = await summarizeProcesses(
        app.db,
        page.items.map((access) => access.process.id),
        readerLanguage(request, actor),
      );
      return {
        items: page.items.map((access) => presentProcess(access, actor, summaries.get(access.process.id))),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.post(
    "/api/v1/processes",
    {
      schema: {
        tags,
        summary: "Start a co-production process, optionally laid out from a schema",
        body: processCreate,
        response: { 201: processOutput, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      authorize(actor, "create_process", platform, "platform");
      if (request.body.organizationId) {
        const organization = await findOrganization(app.db, actor, request.body.organizationId);
        // One answer for a missing, a hidden and a foreign organization: a refusal never tells them apart.
        if (!organization || !can(actor, "start_process", organization.subject)) {
          throw invalid(
            [
              {
                path: "body.organizationId",
                code: "not_organization_member",
                message: "You may only start processes for organizations you belong to.",
              },
            ],
            "This organization does not exist or you do not belong to it.",
          );
        }
      }
      const created = await createProcess(app.db, { actor, input: request.body });
      return reply
        .code(201)
        .send(
          presentProcess(
            created,
            actor,
            await summarizeProcess(app.db, created.process.id, readerLanguage(request, actor)),
          ),
        );
    },
  );

  app.get(
    "/api/v1/processes/:id",
    {
      schema: { tags, summary: "One process", params: idParams, response: { 200: processOutput, ...refusalResponses } },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "view", access.subject, "process");
      return presentProcess(
        access,
        actor,
        await summarizeProcess(app.db, access.process.id, readerLanguage(request, actor)),
      );
    },
  );

  app.patch(
    "/api/v1/processes/:id",
    {
      schema: {
        tags,
        summary: "Change a process",
        params: idParams,
        body: processUpdate,
        response: { 200: processOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "update", access.subject, "process");
      // Another model replaces the rules with its preset: that is the rulebook's to allow.
      if (
        request.body.governanceModel !== undefined &&
        request.body.governanceModel !== access.process.governanceModel
      ) {
        authorize(actor, "change_rules", access.subject, "process");
      }
      const updated = await updateProcess(app.db, { actor, access, input: request.body });
      return presentProcess(
        updated,
        actor,
        await summarizeProcess(app.db, access.process.id, readerLanguage(request, actor)),
      );
    },
  );

  app.delete(
    "/api/v1/processes/:id",
    {
      schema: {
        tags,
        summary: "Delete a process",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "delete", access.subject, "process");
      await deleteProcess(app.db, { actor, access });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/v1/processes/:id/governance",
    {
      schema: {
        tags,
        summary: "How the process is governed: its model, its rules (who may do what), its sign-off gates",
        params: idParams,
        response: { 200: governanceOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const tree = await loadProcessTree(app.db, actor, request.params.id);
      authorize(actor, "view", tree.subject, "process");
      return presentGovernance(tree, actor);
    },
  );

  app.put(
    "/api/v1/processes/:id/governance",
    {
      schema: {
        tags,
        summary: "Change how the process is governed: a model (resets the rules to its preset) or the rules, whole",
        params: idParams,
        body: governanceUpdate,
        response: { 200: governanceOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const tree = await loadProcessTree(app.db, actor, request.params.id);
      authorize(actor, "change_rules", tree.subject, "process");
      await replaceGovernance(app.db, { actor, tree, input: request.body });
      return presentGovernance(await loadProcessTree(app.db, actor, tree.process.id), actor);
    },
  );

  app.get(
    "/api/v1/processes/:id/participants",
    {
      schema: {
        tags,
        summary: "The teams taking part (those with rights in the process) that you may see, with how to join them",
        params: idParams,
        response: { 200: participantsOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "view", access.subject, "process");
      return listParticipants(app.db, actor, access.process.id);
    },
  );

  app.get(
    "/api/v1/processes/:id/administrators",
    {
      schema: {
        tags,
        summary: "Who administers a process",
        params: idParams,
        response: { 200: z.object({ items: z.array(administrator) }), ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "view", access.subject, "process");
      const administrators = await listProcessAdministrators(app.db, access.process.id);
      const manage = explain(actor, "manage_administrators", access.subject);
      return { items: presentAdministrators("process", administrators, { manage, actorId: actor?.userId }) };
    },
  );

  app.post(
    "/api/v1/processes/:id/administrators",
    {
      schema: {
        tags,
        summary: "Invite a person by e-mail to administer the process: they do when they accept",
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
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "manage_administrators", access.subject, "process");
      await limitRate(request, actor, "invitations");
      const invited = await invitePerson(app.db, {
        actor,
        email: request.body.email,
        target: {
          kind: "process_administrator",
          processId: access.process.id,
          name: { [access.process.language]: access.process.name },
        },
        mailing: { mailer: app.mailer, baseUrl: app.config.baseUrl },
      });
      return reply.code(202).send(presentReceipt(invited));
    },
  );

  app.delete(
    "/api/v1/processes/:id/administrators/:userId",
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
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "manage_administrators", access.subject, "process");
      await removeProcessAdministrator(app.db, {
        actor,
        processId: access.process.id,
        userId: request.params.userId,
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/v1/processes/:id/tree",
    {
      schema: {
        tags,
        summary: "The whole tree: phases, objectives, tasks, each with what you may do",
        params: idParams,
        response: { 200: treeOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const tree = await loadProcessTree(app.db, actor, request.params.id);
      authorize(actor, "view", tree.subject, "process");
      const responsible = await responsibleFor(app.db, tree, actor);
      return presentTreeFor(tree, actor, readerLanguage(request, actor), responsible);
    },
  );

  app.get(
    "/api/v1/me/responsibilities",
    {
      schema: {
        tags,
        summary:
          "The phases, objectives and tasks you answer for that are not finished, in the processes you take part in",
        response: { 200: responsibilitiesOutput, 401: problemSchema },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      return { items: await listMyResponsibilities(app.db, actor, readerLanguage(request, actor)) };
    },
  );

  app.get(
    "/api/v1/processes/:id/people",
    {
      schema: {
        tags,
        summary: "The process's people (administrators, holders of rights): whom an item can be given to",
        description: "Empty for readers who may not see the process's people, such as visitors of a public process.",
        params: idParams,
        response: { 200: peopleOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "view", access.subject, "process");
      return { items: await listProcessPeople(app.db, access, actor) };
    },
  );

  app.post(
    "/api/v1/processes/:id/items",
    {
      schema: {
        tags,
        summary: "Add a phase, an objective or a task",
        params: idParams,
        body: itemCreate,
        response: { 201: itemOutput, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const tree = await loadProcessTree(app.db, actor, request.params.id);
      authorize(actor, "view", tree.subject, "process");
      const id = await createItem(app.db, { actor, tree, input: request.body });
      const fresh = await loadProcessTree(app.db, actor, tree.process.id);
      const responsible = await responsibleFor(app.db, fresh, actor);
      return reply
        .code(201)
        .send(presentItem(fresh, findItemIn(fresh, id), actor, readerLanguage(request, actor), responsible));
    },
  );

  app.get(
    "/api/v1/items/:id",
    { schema: { tags, summary: "One item", params: idParams, response: { 200: itemOutput, ...refusalResponses } } },
    async (request) => {
      const actor = await optionalActor(request);
      const loaded = await loadItem(app.db, actor, request.params.id);
      authorize(actor, "view", loaded.subject, "item");
      const responsible = await responsibleFor(app.db, loaded.tree, actor);
      return presentItem(loaded.tree, loaded.item, actor, readerLanguage(request, actor), responsible);
    },
  );

  app.patch(
    "/api/v1/items/:id",
    {
      schema: {
        tags,
        summary: "Rename, reorder, move, date, start or finish an item, or say who answers for it",
        params: idParams,
        body: itemUpdate,
        response: { 200: itemOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await loadItem(app.db, actor, request.params.id);
      authorize(actor, "view", loaded.subject, "item");
      const language = readerLanguage(request, actor);
      await updateItem(app.db, { actor, tree: loaded.tree, item: loaded.item, input: request.body, language });
      const fresh = await loadItem(app.db, actor, request.params.id);
      return presentItem(fresh.tree, fresh.item, actor, language, await responsibleFor(app.db, fresh.tree, actor));
    },
  );

  app.delete(
    "/api/v1/items/:id",
    {
      schema: {
        tags,
        summary: "Delete an item and everything below it",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await loadItem(app.db, actor, request.params.id);
      authorize(actor, "view", loaded.subject, "item");
      await deleteItem(app.db, { actor, tree: loaded.tree, item: loaded.item });
      return reply.code(204).send(null);
    },
  );

  app.put(
    "/api/v1/items/:id/gate",
    {
      schema: {
        tags,
        summary: "Put a sign-off gate on an item, or change its gate (whoever the rulebook lets change the rules)",
        description: "A changed gate asks anew: the verdicts given on it are cleared (the trail keeps them).",
        params: idParams,
        body: gateInput,
        response: { 200: gateOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await loadItem(app.db, actor, request.params.id);
      authorize(actor, "view", loaded.subject, "item");
      await setGate(app.db, { actor, tree: loaded.tree, item: loaded.item, input: request.body });
      const fresh = await loadItem(app.db, actor, request.params.id);
      return presentGate(fresh.tree.gates.get(fresh.item.id)!, { actor, tree: fresh.tree });
    },
  );

  app.delete(
    "/api/v1/items/:id/gate",
    {
      schema: {
        tags,
        summary: "Take an item's sign-off gate away",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await loadItem(app.db, actor, request.params.id);
      authorize(actor, "view", loaded.subject, "item");
      await removeGate(app.db, { actor, tree: loaded.tree, item: loaded.item });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/v1/items/:id/gate/approvals",
    {
      schema: {
        tags,
        summary: "Approve or reject an item at its sign-off gate (its approvers only), with a comment",
        description:
          "One live verdict per person: a new one replaces yours. A rejection reopens the item. A phase or " +
          "objective is signed off once its work is finished (409 gate-not-ready); a gate bound to a decision " +
          "waits for it to close with a winner (409 gate-decision-open).",
        params: idParams,
        body: verdictInput,
        response: { 200: gateOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await loadItem(app.db, actor, request.params.id);
      authorize(actor, "view", loaded.subject, "item");
      await giveVerdict(app.db, { actor, tree: loaded.tree, item: loaded.item, input: request.body });
      const fresh = await loadItem(app.db, actor, request.params.id);
      return presentGate(fresh.tree.gates.get(fresh.item.id)!, { actor, tree: fresh.tree });
    },
  );

  app.post(
    "/api/v1/items/:id/gate/requests",
    {
      schema: {
        tags,
        summary: "Ask an item's approvers to sign it off (whoever may finish it); they are notified",
        description:
          "At most once an hour per item: asking again within the hour changes nothing. Refused when the gate is " +
          "already approved (409 gate-approved) or rejected (409 gate-rejected), and for a phase or objective " +
          "whose work is not finished (409 gate-not-ready).",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await loadItem(app.db, actor, request.params.id);
      authorize(actor, "view", loaded.subject, "item");
      await askForSignOff(app.db, { actor, tree: loaded.tree, item: loaded.item });
      return reply.code(204).send(null);
    },
  );

  app.delete(
    "/api/v1/items/:id/gate/approvals",
    {
      schema: {
        tags,
        summary: "Withdraw your own verdict on an item's sign-off gate",
        params: idParams,
        body: emptyBody,
        response: { 200: gateOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await loadItem(app.db, actor, request.params.id);
      authorize(actor, "view", loaded.subject, "item");
      await withdrawVerdict(app.db, { actor, tree: loaded.tree, item: loaded.item });
      const fresh = await loadItem(app.db, actor, request.params.id);
      return presentGate(fresh.tree.gates.get(fresh.item.id)!, { actor, tree: fresh.tree });
    },
  );

  app.get(
    "/api/v1/processes/:id/grants",
    {
      schema: {
        tags,
        summary: "Who has which rights where, and the rights offered to teams that have not answered yet",
        params: idParams,
        response: {
          200: z.object({
            items: z.array(grantOutput),
            pending: z
              .array(invitation)
              .describe("Rights offered to other organizations' teams, waiting for their administrators."),
          }),
          ...refusalResponses,
        },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "manage_grants", access.subject, "process");
      const [items, pending] = await Promise.all([
        listGrants(app.db, actor, access.process.id),
        listPendingInvitations(app.db, actor, { of: "process", id: access.process.id, limit: 100 }),
      ]);
      return {
        items,
        pending: pending.items
          .filter((loaded) => loaded.row.kind === "process_grant")
          .map((loaded) => presentInvitation(loaded, actor)),
      };
    },
  );

  app.post(
    "/api/v1/processes/:id/grants",
    {
      schema: {
        tags,
        summary: "Give a team or a person rights on the process or on one item",
        description:
          "201 with the grant for a person, or a team you administer (or whose organization you do). A team of " +
          "another organization is offered the rights instead: 202 with the pending invitation its " +
          "administrators accept or decline, and until then it has no rights and sees nothing of the process.",
        params: idParams,
        body: grantCreate,
        response: { 201: grantOutput, 202: invitationReceipt, 429: problemSchema, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const tree = await loadProcessTree(app.db, actor, request.params.id);
      authorize(actor, "manage_grants", tree.subject, "process");
      if (request.body.teamId) {
        const team = await getTeam(app.db, actor, request.body.teamId).catch(() => null);
        // A team the actor may not see is answered as one that does not exist: nothing of it is revealed.
        if (!team || !can(actor, "view", team.subject)) {
          throw invalid([
            { path: "body.teamId", code: "no_such_team", message: "There is no such team, or you may not see it." },
          ]);
        }
        if (!explainGrantWithoutConsent(actor, team.subject).allowed) {
          await checkGrantInput(app.db, { tree, input: request.body });
          await limitRate(request, actor, "invitations");
          const invited = await inviteTeam(app.db, {
            actor,
            process: tree.process,
            team,
            itemId: request.body.itemId ?? null,
            rights: request.body.rights,
            mailing: { mailer: app.mailer, baseUrl: app.config.baseUrl },
          });
          return reply.code(202).send(presentReceipt(invited));
        }
      }
      const created = await createGrant(app.db, { actor, tree, input: request.body });
      const [presented] = (await listGrants(app.db, actor, tree.process.id)).filter((entry) => entry.id === created.id);
      return reply.code(201).send(presented!);
    },
  );

  app.delete(
    "/api/v1/grants/:id",
    {
      schema: {
        tags,
        summary: "Take back a grant",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const found = await findGrant(app.db, request.params.id);
      const access = await loadProcessAccess(app.db, actor, found.processId);
      authorize(actor, "manage_grants", access.subject, "grant");
      await deleteGrant(app.db, { actor, grant: found });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/v1/processes/:id/access",
    {
      schema: {
        tags,
        summary: "A person's effective rights on every item, and where they come from",
        params: idParams,
        querystring: accessQuery,
        response: { 200: accessOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const tree = await loadProcessTree(app.db, actor, request.params.id);
      authorize(actor, "manage_grants", tree.subject, "process");
      return explainAccess(app.db, { tree, userId: request.query.userId });
    },
  );

  app.get(
    "/api/v1/processes/:id/activity",
    {
      schema: {
        tags,
        summary: "Everything done in the process, newest first: who did what, where, named for the reader",
        params: idParams,
        querystring: activityQuery,
        response: { 200: activityPage, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const tree = await loadProcessTree(app.db, actor, request.params.id);
      authorize(actor, "view", tree.subject, "process");
      const { person, ...query } = request.query;
      if (person !== undefined) authorize(actor, "see_people", tree.subject, "process");
      const [page, actorIds] = await Promise.all([
        listActivity(app.db, { processId: tree.process.id, ...query, actorId: person }),
        listActivityActors(app.db, tree.process.id),
      ]);
      const [items, people] = await Promise.all([
        presentTrail(app.db, { tree, actor, rows: page.items, language: readerLanguage(request, actor) }),
        presentTrailPeople(app.db, { tree, actor, actorIds }),
      ]);
      return { items, nextCursor: page.nextCursor, people };
    },
  );

  app.get(
    "/api/v1/processes/:id/activity/verify",
    {
      schema: {
        tags,
        summary: "Recompute the activity's hash chain",
        params: idParams,
        response: { 200: verifyOutput, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await optionalActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "view", access.subject, "process");
      return verifyActivity(app.db, access.process.id);
    },
  );
}

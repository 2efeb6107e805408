import { z } from "zod";
import { requireActor } from "../../http/actor.js";
import { notFound, refusalResponses } from "../../http/problem.js";
import { limitRate } from "../../http/rate-limit.js";
import { emptyBody, idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { type Actor, authorize, can, explainAll, whyUnder } from "../../policies/index.js";
import { getUserSummaries } from "../accounts/service.js";
import { loadItem } from "../processes/access.js";
import { presentClaim } from "./presenter.js";
import { claimCreate, claimList, claimOutput, claimReject } from "./schema.js";
import { type ClaimRow, createClaim, decideClaim, findClaim, listClaims, withdrawClaim } from "./service.js";

const tags = ["claims"];

// Contribution claims (issue #13): on an item, someone taking part says what they did; someone else who may finish
// the item approves it (credited to them) or rejects it with a reason. Each side is told (claim.created,
// claim.decided). Only the people taking part see claims: they name who did what.

export async function claimRoutes(app: ApiApp): Promise<void> {
  const present = async (actor: Actor, rows: ClaimRow[], mayDecide: boolean) => {
    const ids = rows.flatMap((row) => (row.decidedBy ? [row.userId, row.decidedBy] : [row.userId]));
    const people = await getUserSummaries(app.db, [...new Set(ids)]);
    return rows.map((row) => presentClaim(row, { actor, people, mayDecide }));
  };

  /** The item a claim is on, for a reader who may see the people of its process: 404 to who may not see it. */
  const itemFor = async (actor: Actor, itemId: string) => {
    const loaded = await loadItem(app.db, actor, itemId);
    authorize(actor, "view", loaded.subject, "item");
    authorize(actor, "see_people", loaded.tree.subject, "process");
    return loaded;
  };

  /** A claim with its item, for a reader who may see it (404 otherwise, the claim's existence included). */
  const claimFor = async (actor: Actor, claimId: string) => {
    const row = await findClaim(app.db, claimId);
    const loaded = await loadItem(app.db, actor, row.itemId).catch(() => null);
    if (!loaded || !can(actor, "view", loaded.subject) || !can(actor, "see_people", loaded.tree.subject)) {
      throw notFound("claim");
    }
    return { row, ...loaded };
  };

  app.get(
    "/api/v1/items/:id/claims",
    {
      schema: {
        tags,
        summary: "The claims of work done on an item, newest first, with whether the reader may claim or answer",
        params: idParams,
        response: { 200: claimList, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const loaded = await itemFor(actor, request.params.id);
      const decided = explainAll(actor, ["claim_contribution", "decide_claims"], loaded.subject);
      const items = await present(actor, await listClaims(app.db, loaded.item.id), decided.can.decide_claims);
      return {
        items,
        can: { claim: decided.can.claim_contribution, decide: decided.can.decide_claims },
        why: whyUnder(decided.why, { claim: "claim_contribution", decide: "decide_claims" }),
      };
    },
  );

  app.post(
    "/api/v1/items/:id/claims",
    {
      schema: {
        tags,
        summary: "Claim work done on an item (one open claim per person and item); those who may answer are told",
        params: idParams,
        body: claimCreate,
        response: { 201: claimOutput, ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const loaded = await itemFor(actor, request.params.id);
      authorize(actor, "claim_contribution", loaded.subject, "item");
      await limitRate(request, actor, "claims");
      const row = await createClaim(app.db, { actor, tree: loaded.tree, item: loaded.item, ...request.body });
      const [presented] = await present(actor, [row], can(actor, "decide_claims", loaded.subject));
      return reply.code(201).send(presented!);
    },
  );

  const answer = (decision: "approved" | "rejected") => async (actor: Actor, claimId: string, reason?: string) => {
    const { row, tree, item, subject } = await claimFor(actor, claimId);
    authorize(actor, "decide_claims", subject, "claim");
    const updated = await decideClaim(app.db, { actor, tree, item, row, decision, reason });
    const [presented] = await present(actor, [updated], true);
    return presented!;
  };
  const approve = answer("approved");
  const reject = answer("rejected");

  app.post(
    "/api/v1/claims/:id/approve",
    {
      schema: {
        tags,
        summary: "Approve someone else's claim: the work is credited to them, and they are told",
        params: idParams,
        body: emptyBody,
        response: { 200: claimOutput, ...refusalResponses },
      },
    },
    async (request) => approve(await requireActor(request), request.params.id),
  );

  app.post(
    "/api/v1/claims/:id/reject",
    {
      schema: {
        tags,
        summary: "Reject someone else's claim, with the reason the claimant reads",
        params: idParams,
        body: claimReject,
        response: { 200: claimOutput, ...refusalResponses },
      },
    },
    async (request) => reject(await requireActor(request), request.params.id, request.body.reason),
  );

  app.delete(
    "/api/v1/claims/:id",
    {
      schema: {
        tags,
        summary: "Withdraw one's own claim while nobody has answered it",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const { row } = await claimFor(actor, request.params.id);
      await withdrawClaim(app.db, { actor, row });
      return reply.code(204).send(null);
    },
  );
}

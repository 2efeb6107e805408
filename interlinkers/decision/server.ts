import { eq } from "drizzle-orm";
import {
  type Actor,
  type AssetRow,
  type Database,
  defineInterlinker,
  emptyBody,
  type MaybeActor,
  type Platform,
  Problem,
} from "../sdk/server.js";
import {
  awaitingConsentOutput,
  ballotBody,
  closeBody,
  closedDecisionsOutput,
  closedDecisionsShown,
  decisionInput,
  decisionOutput,
  resultsOutput,
} from "./input.js";
import { decisionManifest } from "./manifest.js";
import { type DecisionSubject, policy } from "./policy.js";
import { clonePoll, exportPoll, importPoll } from "./portable.js";
import { presentClosedDecisions, presentDecision, presentResults } from "./presenter.js";
import {
  castBallot,
  closePoll,
  createPoll,
  frozenResult,
  listClosedDecisions,
  readDecision,
  readPoll,
  readResults,
  withdrawBallot,
} from "./service.js";
import { decisionPoll } from "./tables.js";

async function present(options: { db: Database; platform: Platform; actor: MaybeActor; subject: DecisionSubject }) {
  return presentDecision({ ...options, view: await readDecision(options) });
}

/** After a change the poll and its voters are read again, so what is presented (and `can`) is what now holds. */
async function presentChanged(options: {
  db: Database;
  platform: Platform;
  actor: MaybeActor;
  subject: DecisionSubject;
  asset: AssetRow;
}) {
  const { db, platform, asset, subject } = options;
  const state = await policy.load({ db, platform, asset });
  return present({ ...options, subject: { ...subject, state } });
}

/** The route's action ("vote", "withdraw", "close") refuses anonymous visitors before the handler runs. */
const signedIn = (actor: MaybeActor): Actor => actor!;

export default defineInterlinker({
  manifest: decisionManifest,
  input: decisionInput,
  policy,

  hooks: {
    async instantiate({ tx, platform, asset, actor, input }) {
      await createPoll({ tx, platform, asset, input });
      await platform.notifications.decisionOpened(tx, {
        asset,
        actorId: actor.userId,
        title: asset.name,
        closesAt: input.closesAt ? new Date(input.closesAt) : null,
      });
    },
    clone: ({ tx, source, target }) => clonePoll({ tx, source, target }),
    async delete({ tx, asset }) {
      await tx.delete(decisionPoll).where(eq(decisionPoll.assetId, asset.id));
    },
    export: ({ db, asset }) => exportPoll({ db, asset }),
    import: ({ tx, asset, content }) => importPoll({ tx, asset, content }),
    // A gate bound to this decision waits until it is closed and its frozen result names a winner.
    async settled({ db, asset }) {
      const { poll } = await readPoll({ db, assetId: asset.id });
      return Boolean(frozenResult(poll)?.winner);
    },
  },

  routes(route, platform) {
    route.get(
      "",
      {
        summary: "A decision: its poll, options, status, my ballot and what I may do",
        response: { 200: decisionOutput },
      },
      ({ db, actor, subject }) => present({ db, platform, actor, subject }),
    );

    route.put(
      "/ballot",
      {
        summary: "Cast or replace my ballot (one per voter, changeable until the poll closes)",
        action: "vote",
        body: ballotBody,
        response: { 200: decisionOutput },
      },
      async ({ db, actor, asset, subject, body }) => {
        await castBallot({ db, platform, asset, voter: signedIn(actor), ballot: body });
        return presentChanged({ db, platform, actor, subject, asset });
      },
    );

    route.delete(
      "/ballot",
      {
        summary: "Withdraw my ballot while the poll is open",
        action: "withdraw",
        body: emptyBody,
        response: { 200: decisionOutput },
      },
      async ({ db, actor, asset, subject }) => {
        await withdrawBallot({ db, platform, asset, voter: signedIn(actor) });
        return presentChanged({ db, platform, actor, subject, asset });
      },
    );

    route.post(
      "/close",
      {
        summary: "Close the poll: count it, record the outcome and add it to the process activity",
        description:
          "Where the process's rules ask for two keys (G+G), the first side's call records its consent and answers " +
          "202 with the sides still missing; the other side's call closes the poll.",
        action: "close",
        body: closeBody,
        response: { 200: decisionOutput, 202: awaitingConsentOutput },
      },
      async ({ db, actor, asset, subject, body, reply }) => {
        const { missing } = await closePoll({
          db,
          platform,
          asset,
          closer: signedIn(actor),
          outcome: body.outcome,
          publicProcess: subject.task.process.visibility === "public",
          consent: platform.policies.consentSides(actor, "close_decision", subject),
        });
        if (missing.length > 0) {
          // Two keys: this side's consent is recorded; the poll closes when the other side closes it too.
          reply.code(202);
          return { status: "awaiting_consent", missing } as unknown as Awaited<ReturnType<typeof presentChanged>>;
        }
        return presentChanged({ db, platform, actor, subject, asset });
      },
    );

    route.get(
      "/results",
      {
        summary:
          "The count: per option, the winner and each instant-runoff round; 403 (results-hidden) before the poll " +
          "closes when its results are hidden until then",
        response: { 200: resultsOutput },
      },
      async ({ db, actor, subject }) => {
        // Checked here rather than as the route's action: the web tells "hidden until closing" apart from any
        // other refusal by its own problem type, which the core's generic 403 would not carry.
        const seeResults = platform.policies.explain(actor, "see_results", subject);
        if (!seeResults.allowed) throw new Problem(403, "results-hidden", seeResults.reason);
        return presentResults(await readResults({ db, platform, subject }));
      },
    );

    // The process's public page lists what came out of its decisions: the polls closed with an outcome, on the
    // tasks whose assets the reader may see. Their frozen counts are public to those readers, anonymous or hidden
    // until closing or not: a count never says who voted what.
    route.process(
      "/closed",
      {
        summary: `Closed decisions of a process the reader may see: the latest ${closedDecisionsShown}, and how many`,
        response: { 200: closedDecisionsOutput },
      },
      async ({ db, processId, readableTasks }) => {
        const listed = await listClosedDecisions({
          db,
          processId,
          taskIds: readableTasks.map((task) => task.id),
          limit: closedDecisionsShown,
        });
        return presentClosedDecisions(listed, new Map(readableTasks.map((task) => [task.id, task.name])));
      },
    );
  },
});

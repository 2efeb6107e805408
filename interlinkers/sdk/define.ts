import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { administrativeScopes, difficulties, InterlinkerFunction, licences } from "../../common/coproduction.js";
import type { GovernedAction } from "../../common/governance.js";
import type { Language, Translated } from "../../common/languages.js";
import type { Database } from "../../server/db/client.js";
import type { UpgradeHandler } from "../../server/http/upgrades.js";
import type { Actor, MaybeActor } from "../../server/policies/actor.js";
import type { ItemAction, ProcessAction } from "../../server/policies/process.js";
import type { Decision } from "../../server/policies/verdict.js";
import type { Platform } from "./platform.js";
import type { AssetRow, AssetSubject } from "./subject.js";

export type { AssetRow, AssetSubject };

// The contract between the core and a built-in software interlinker. An interlinker's `server.ts` default-exports
// `defineInterlinker({...})`; the core registers it (interlinkers/registry.ts), mounts its routes under
// /api/v1/assets/:assetId/<id> behind one hook that loads and authorizes the asset, dispatches its policy actions
// from server/policies, and hands it the platform object instead of letting it import core modules.

/** What a built-in software interlinker declares about itself; its catalogue entry is made from this. */
export interface InterlinkerManifest {
  id: string;
  nature: "software";
  name: Translated;
  description: Translated;
  instructions: Translated;
  functions: InterlinkerFunction[];
  problemProfiles: string[];
  tags: string[];
  licence: (typeof licences)[number];
  difficulty: (typeof difficulties)[number];
  administrativeScopes: (typeof administrativeScopes)[number][];
  languages: Language[];
}

/** What an interlinker's `explain` receives: the question, and the core's answer for the task's own rights. */
export interface PolicyQuestion<Action extends string, State> {
  actor: MaybeActor;
  action: Action;
  subject: AssetSubject<State>;
  /** The core's decision for a right on the asset's task (view_assets, edit_assets, …), for rules built on it. */
  task(action: ItemAction): Decision;
  /** The core's decision for an action on the asset's process (update: its administrators). */
  process(action: ProcessAction): Decision;
}

/**
 * An interlinker's own actions (decision: vote, close, see_results) and why each is allowed or not. Routes name
 * them as their `action`; `server/policies` dispatches `can`/`explain`/`authorize` on an asset subject here.
 */
export interface InterlinkerPolicy<Action extends string, State> {
  actions: readonly Action[];
  /**
   * The process rulebook's step that making one of these assets is (a decision: `start_decision`): asked, on top
   * of adding assets to the task, when one is created or copied into a task.
   */
  startedAs?: GovernedAction;
  /**
   * Loads what `explain` decides on, once per request (inside the core's hook, before the handler runs). The
   * platform is there for what the decision rests on beyond the interlinker's own tables (a task's right holders).
   */
  load(options: { db: Database; platform: Platform; asset: AssetRow }): Promise<State>;
  explain(question: PolicyQuestion<Action, State>): Decision;
}

/**
 * The lifecycle hooks. Each runs inside the core's transaction (`tx`): use it, never the global handle, so a
 * refused step leaves nothing half-written.
 */
export interface InterlinkerHooks<Input> {
  /** Makes a new asset's content; `template` is a knowledge interlinker's template when one is being copied. */
  instantiate(options: {
    tx: Database;
    platform: Platform;
    asset: AssetRow;
    actor: Actor;
    input: Input;
    template?: string;
  }): Promise<void>;
  clone(options: { tx: Database; platform: Platform; source: AssetRow; target: AssetRow }): Promise<void>;
  delete(options: { tx: Database; platform: Platform; asset: AssetRow }): Promise<void>;
  /** The content in an open format, for process export and for people who leave. */
  export(options: {
    db: Database;
    platform: Platform;
    asset: AssetRow;
  }): Promise<{ mediaType: string; content: string }>;
  /** Recreates content from `export`'s output, for process import. */
  import(options: { tx: Database; platform: Platform; asset: AssetRow; content: string }): Promise<void>;
  /**
   * For interlinkers that decide: whether the asset's decision is closed with a winner. A sign-off gate bound to
   * the asset waits for it; without this hook an asset never settles a gate.
   */
  settled?(options: { db: Database; asset: AssetRow }): Promise<boolean>;
}

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;
/** The body a handler returns: what its first 2xx response schema describes. */
type Reply<R> = R extends { 200: infer S } ? Infer<S> : R extends { 201: infer S } ? Infer<S> : unknown;

/** What a plugin route declares. The path is relative to /api/v1/assets/:assetId/<id> ("" or "/ballot"). */
export interface AssetRouteOptions<
  Action extends string,
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
  R extends Record<number, Schema>,
> {
  summary: string;
  description?: string;
  /**
   * Who may call it, checked by the core before the handler runs: a right on the asset's task or one of this
   * interlinker's policy actions. Without it: view_assets for reads, edit_assets for writes.
   */
  action?: ItemAction | Action;
  /** Path parameters besides `assetId`, e.g. `z.strictObject({ threadId: z.uuid() })`. */
  params?: P;
  querystring?: Q;
  body?: B;
  /** Success responses; the refusals (401/403/404/409/422/429) are added by the core. */
  response: R;
}

/** What a plugin route's handler receives: its parsed input and the asset the core loaded and authorized. */
export interface AssetRouteContext<State, P, Q, B> {
  db: Database;
  actor: MaybeActor;
  asset: AssetRow;
  subject: AssetSubject<State>;
  params: P;
  query: Q;
  body: B;
  request: FastifyRequest;
  reply: FastifyReply;
}

export type AssetRouteHandler<State, P, Q, B, R> = (
  context: AssetRouteContext<State, Infer<P>, Infer<Q>, Infer<B>>,
) => Promise<Reply<R>>;

export type RouteMethod = "GET" | "PUT" | "POST" | "PATCH" | "DELETE";

/** A plugin route as the core mounts it. */
export interface AssetRoute {
  method: RouteMethod;
  path: string;
  options: AssetRouteOptions<
    string,
    Schema | undefined,
    Schema | undefined,
    Schema | undefined,
    Record<number, Schema>
  >;
  handler: (context: AssetRouteContext<unknown, unknown, unknown, unknown>) => Promise<unknown>;
}

/** A read across one process's assets of this interlinker, under /api/v1/processes/:processId/<id>. */
export interface ProcessRouteContext<Q> {
  db: Database;
  actor: MaybeActor;
  processId: string;
  /** The process's tasks whose assets the actor may view, named in the reader's language: read only from these. */
  readableTasks: { id: string; name: string }[];
  query: Q;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface ProcessRoute {
  path: string;
  options: { summary: string; description?: string; querystring?: Schema; response: Record<number, Schema> };
  handler: (context: ProcessRouteContext<unknown>) => Promise<unknown>;
}

/** How an interlinker declares its routes: `route.get("/ballot", {...}, handler)`. */
export interface RouteBuilder<Action extends string, State> {
  get<P extends Schema | undefined, Q extends Schema | undefined, R extends Record<number, Schema>>(
    path: string,
    options: AssetRouteOptions<Action, P, Q, undefined, R>,
    handler: AssetRouteHandler<State, P, Q, undefined, R>,
  ): void;
  put: BodyRoute<Action, State>;
  post: BodyRoute<Action, State>;
  patch: BodyRoute<Action, State>;
  delete: BodyRoute<Action, State>;
  /** A read across the process (e.g. its closed decisions on the public page); the core checks `view`. */
  process<Q extends Schema | undefined, R extends Record<number, Schema>>(
    path: string,
    options: { summary: string; description?: string; querystring?: Q; response: R },
    handler: (context: ProcessRouteContext<Infer<Q>>) => Promise<Reply<R>>,
  ): void;
}

type BodyRoute<Action extends string, State> = <
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
  R extends Record<number, Schema>,
>(
  path: string,
  options: AssetRouteOptions<Action, P, Q, B, R>,
  handler: AssetRouteHandler<State, P, Q, B, R>,
) => void;

export type { UpgradeHandler };

/** What `upgrades` receives: the app's database and logger, the platform, and where to stop what it starts. */
export interface UpgradeSetup {
  db: Database;
  platform: Platform;
  log: FastifyBaseLogger;
  /** The person behind a session cookie (null when there is none or it ended), checked afresh on each call. */
  actorFromCookie(cookieHeader: string | undefined): Promise<Actor | null>;
  /** Called when the app closes, before the database does. */
  onClose(stop: () => Promise<void>): void;
}

export interface InterlinkerSpec<Input, Action extends string, State> {
  manifest: InterlinkerManifest;
  /** Validates `input` of `POST /tasks/:id/assets` for this interlinker. */
  input: z.ZodType<Input>;
  policy?: InterlinkerPolicy<Action, State>;
  hooks: InterlinkerHooks<Input>;
  /** Declares the routes; called once per app with a builder bound to this interlinker and the platform. */
  routes?(route: RouteBuilder<Action, State>, platform: Platform): void;
  /**
   * WebSocket endpoints on the platform's own port, by path (e.g. "/collab"); called once per app, before it
   * listens. The core has already checked the upgrade's Origin; the handler authorizes through the platform.
   */
  upgrades?(setup: UpgradeSetup): Promise<Record<string, UpgradeHandler>>;
}

const definitionMark = Symbol.for("interlink.interlinker-definition");

/** A registered interlinker: the spec, typed as the core reads it. */
export interface InterlinkerDefinition {
  readonly [definitionMark]: true;
  manifest: InterlinkerManifest;
  input: z.ZodType;
  policy: InterlinkerPolicy<string, unknown> | undefined;
  hooks: InterlinkerHooks<unknown>;
  routes: (route: RouteBuilder<string, unknown>, platform: Platform) => void;
  upgrades: ((setup: UpgradeSetup) => Promise<Record<string, UpgradeHandler>>) | undefined;
}

/**
 * Declares a built-in software interlinker. The type parameters follow from the spec (the input schema, the
 * policy's actions and what it loads), so routes and hooks are checked against them.
 */
export function defineInterlinker<Input, Action extends string = never, State = undefined>(
  spec: InterlinkerSpec<Input, Action, State>,
): InterlinkerDefinition {
  // The only widening in the contract, in one place: the core treats every interlinker alike.
  const widened = spec as unknown as InterlinkerSpec<unknown, string, unknown>;
  return {
    [definitionMark]: true,
    manifest: widened.manifest,
    input: widened.input,
    policy: widened.policy,
    hooks: widened.hooks,
    routes: widened.routes ?? (() => {}),
    upgrades: widened.upgrades,
  };
}

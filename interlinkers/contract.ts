import type { FastifyInstance } from "fastify";
import type { z } from "zod";
import type { administrativeScopes, difficulties, InterlinkerFunction, licences } from "../common/coproduction.js";
import type { Language, Translated } from "../common/languages.js";
import type { Database } from "../server/db/client.js";
import type { asset } from "../server/db/schema/processes.js";
import type { UpgradeHandler } from "../server/http/upgrades.js";
import type { Actor } from "../server/policies/actor.js";
import { defineInterlinker, type InterlinkerDefinition } from "./sdk/define.js";

export type { InterlinkerManifest } from "./sdk/define.js";

import type { InterlinkerManifest } from "./sdk/define.js";

export type AssetRow = typeof asset.$inferSelect;

/**
 * The hooks the core calls. Each runs inside the core's transaction (`tx`): use it, never the global handle,
 * so a refused step leaves nothing half-written.
 */
export interface InterlinkerServer<Input = unknown> {
  manifest: InterlinkerManifest;
  /** Validates `input` of `POST /tasks/:id/assets` for this interlinker. */
  inputSchema: z.ZodType<Input>;
  /** Makes the new asset's content; `template` is a knowledge interlinker's template when one is being copied. */
  instantiate(options: { tx: Database; asset: AssetRow; actor: Actor; input: Input; template?: string }): Promise<void>;
  clone(options: { tx: Database; source: AssetRow; target: AssetRow }): Promise<void>;
  delete(options: { tx: Database; asset: AssetRow }): Promise<void>;
  /** The content in an open format, for process export and for people who leave. */
  export(options: { db: Database; asset: AssetRow }): Promise<{ mediaType: string; content: string }>;
  /** Recreates content from `export`'s output, for process import. */
  import(options: { tx: Database; asset: AssetRow; content: string }): Promise<void>;
  /**
   * Routes under /api/v1/assets/:assetId/<id>/…; the core authorizes them through the asset's task. A read across
   * a process's assets (the decisions' outcomes on its public page) may sit under /api/v1/processes/:id/, limited
   * to the tasks whose assets the reader may view.
   */
  routes?(app: FastifyInstance): Promise<void>;
  /**
   * WebSocket endpoints on the platform's own port, by path (e.g. "/collab"); called once per app, before it
   * listens. The core has already checked the upgrade's Origin. Whatever it starts it stops in the app's close hooks.
   */
  upgrades?(app: FastifyInstance): Promise<Record<string, UpgradeHandler>>;
}

/**
 * TEMPORARY (issue #10, while the interlinkers move onto interlinkers/sdk one by one): wraps an interlinker written
 * against this old contract as an SDK definition. Its routes still mount themselves on the app.
 */
export function legacyInterlinker(server: InterlinkerServer): InterlinkerDefinition {
  return {
    ...defineInterlinker({
      manifest: server.manifest,
      input: server.inputSchema,
      hooks: {
        instantiate: ({ platform: _, ...options }) => server.instantiate(options),
        clone: ({ platform: _, ...options }) => server.clone(options),
        delete: ({ platform: _, ...options }) => server.delete(options),
        export: ({ platform: _, ...options }) => server.export(options),
        import: ({ platform: _, ...options }) => server.import(options),
      },
    }),
    legacyRoutes: server.routes,
    legacyUpgrades: server.upgrades,
  };
}

// The one place the server reaches into interlinkers/: the registry of built-in interlinkers and the SDK's
// contract types. Everything else in server/ imports them from here (server/architecture.test.ts checks it).

import { builtinInterlinkers } from "../../interlinkers/registry.js";
import type { InterlinkerDefinition } from "../../interlinkers/sdk/define.js";

export type {
  AssetRoute,
  AssetRow,
  AssetSubject,
  InterlinkerDefinition,
  InterlinkerManifest,
  ProcessRoute,
  RouteBuilder,
} from "../../interlinkers/sdk/define.js";
export type { Platform } from "../../interlinkers/sdk/platform.js";

export const interlinkers: readonly InterlinkerDefinition[] = builtinInterlinkers;

export function findBuiltinInterlinker(id: string): InterlinkerDefinition | undefined {
  return interlinkers.find((candidate) => candidate.manifest.id === id);
}

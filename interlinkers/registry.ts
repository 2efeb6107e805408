import type { InterlinkerServer } from "./contract.js";
import { decisionInterlinker } from "./decision/server.js";
import { discussionInterlinker } from "./discussion/server.js";
import { documentInterlinker } from "./document/server.js";
import { noteInterlinker } from "./note/server.js";

/** The built-in software interlinkers. Adding one is a folder in interlinkers/ and a line here. */
export const builtinInterlinkers: InterlinkerServer[] = [
  noteInterlinker as InterlinkerServer,
  decisionInterlinker as InterlinkerServer,
  discussionInterlinker as InterlinkerServer,
  documentInterlinker as InterlinkerServer,
];

export function findBuiltinInterlinker(id: string): InterlinkerServer | undefined {
  return builtinInterlinkers.find((candidate) => candidate.manifest.id === id);
}

import augmenter from "./augmenter/server.js";
import checklist from "./checklist/server.js";
import decision from "./decision/server.js";
import discussion from "./discussion/server.js";
import document from "./document/server.js";
import note from "./note/server.js";
import type { InterlinkerDefinition } from "./sdk/define.js";

/**
 * The built-in software interlinkers: the one list the server reads (through server/interlinkers/registry.ts).
 * Adding one is a folder in interlinkers/ and a line here; the web app finds its web part in the same folder.
 */
export const builtinInterlinkers: readonly InterlinkerDefinition[] = [
  note,
  decision,
  discussion,
  document,
  checklist,
  augmenter,
];

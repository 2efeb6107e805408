// The server half of the interlinker SDK: the only thing outside its own folder that an interlinker's server code
// imports. Types, the contract (`defineInterlinker`), pure helpers and problem constructors; everything that
// touches the platform's data comes through the platform object the core hands over (see ./platform.ts).

export type { Language, Translated } from "../../common/languages.js";
export { languages } from "../../common/languages.js";
export type { Database } from "../../server/db/client.js";
export { uuidv7 } from "../../server/db/ids.js";
export { user as userTable } from "../../server/db/schema/auth.js";
export { asset as assetTable } from "../../server/db/schema/processes.js";
export { cursorCondition, decodeCursor, pageOf, pageQuery, toPage } from "../../server/http/pagination.js";
export {
  conflict,
  type FieldError,
  forbidden,
  invalid,
  notFound,
  notSignedIn,
  Problem,
  refusalResponses,
} from "../../server/http/problem.js";
export {
  canMap,
  emptyBody,
  idParams,
  timestamp,
  translatedOutput,
  translatedText,
  whyMap,
} from "../../server/http/schemas.js";
export { refuseUpgrade } from "../../server/http/upgrades.js";
export type { Actor, MaybeActor } from "../../server/policies/actor.js";
export type { ItemAction, ItemSubject, ProcessAction } from "../../server/policies/process.js";
export { allow, type Decision, deny, type Why, whyUnder } from "../../server/policies/verdict.js";
export * from "./define.js";
export type * from "./platform.js";

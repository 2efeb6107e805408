// The test half of the SDK: an interlinker's *.test.ts imports the real app, its factories and the standard
// co-production world from here, never from server/ directly, so a test exercises the interlinker exactly as the
// platform mounts it.

export type { TreeNode } from "../../server/modules/processes/schema.js";
export { testActor } from "../../server/test/actors.js";
export {
  call,
  createSecondApp,
  createTestApp,
  problemOf,
  type Session,
  signUp,
  type TestContext,
  testOrigin,
} from "../../server/test/app.js";
export {
  addTeamMember,
  createAsset,
  createGrant,
  createOrganization,
  createProcess,
  createTeam,
  processItems,
} from "../../server/test/factories.js";
export { type CoproductionWorld, coproductionWorld } from "../../server/test/world.js";

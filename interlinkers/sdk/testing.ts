// The test half of the SDK: an interlinker's *.test.ts imports the real app and its factories from here, never
// from server/ directly, so a test exercises the interlinker exactly as the platform mounts it.

export type { TreeNode } from "../../server/modules/processes/schema.js";
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
export { createOrganization, createTeam } from "../../server/test/factories.js";

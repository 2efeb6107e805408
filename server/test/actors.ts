import type { Actor } from "../policies/actor.js";

/** An actor as a policy sees it, for tests that ask policies directly: `testActor("ana", { isPlatformAdmin: true })`. */
export const testActor = (userId = "u", overrides: Partial<Actor> = {}): Actor => ({
  userId,
  name: userId,
  email: `${userId}@example.org`,
  emailVerified: true,
  language: "en",
  isPlatformAdmin: false,
  ...overrides,
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { job } from "../../db/schema/index.js";
import { enqueueJob } from "../../jobs/queue.js";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";

// A job that ran out of tries is not lost: the platform's administrators see it, with why, and can try it again.

let context: TestContext;
let admin: Session;
let member: Session;
let deadId: string;
beforeAll(async () => {
  context = await createTestApp();
  admin = await signUp(context.app, { name: "Platform Admin" });
  member = await signUp(context.app, { name: "Member" });
  // A kind no runner of this server knows, so nothing takes it while the test looks at it.
  deadId = (await enqueueJob(context.database.db, { kind: "test.unknown", payload: { secret: "kept inside" } }))!;
  await context.database.db
    .update(job)
    .set({ state: "dead", attempts: 8, lastError: "SMTP said no" })
    .where(eq(job.id, deadId));
});
afterAll(async () => {
  await context.close();
});

describe("background jobs, for the platform's administrators", () => {
  it("lists the dead ones with their last error, and never their payload", async () => {
    const listed = await call(context.app, admin, "GET", "/api/v1/platform/jobs");
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([
      expect.objectContaining({
        id: deadId,
        kind: "test.unknown",
        state: "dead",
        attempts: 8,
        lastError: "SMTP said no",
      }),
    ]);
    expect(listed.body).not.toContain("kept inside");
    const ready = await call(context.app, admin, "GET", "/api/v1/platform/jobs?state=ready");
    expect(ready.json().items.map((item: { id: string }) => item.id)).not.toContain(deadId);
  });

  it("refuses everyone else, and a state that does not exist", async () => {
    problemOf(await call(context.app, member, "GET", "/api/v1/platform/jobs"), 403);
    problemOf(await call(context.app, null, "GET", "/api/v1/platform/jobs"), 401);
    problemOf(await call(context.app, member, "POST", `/api/v1/platform/jobs/${deadId}/retry`), 403);
    problemOf(await call(context.app, admin, "GET", "/api/v1/platform/jobs?state=finished"), 422);
    const [unchanged] = await context.database.db.select().from(job).where(eq(job.id, deadId));
    expect(unchanged?.state).toBe("dead");
  });

  it("gives a dead job a fresh set of tries; a job that is not dead, or unknown, is 404", async () => {
    const retried = await call(context.app, admin, "POST", `/api/v1/platform/jobs/${deadId}/retry`);
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ id: deadId, state: "ready", attempts: 0, lastError: null });
    problemOf(await call(context.app, admin, "POST", `/api/v1/platform/jobs/${deadId}/retry`), 404);
    problemOf(
      await call(context.app, admin, "POST", "/api/v1/platform/jobs/01900000-0000-7000-8000-000000000000/retry"),
      404,
    );
  });
});

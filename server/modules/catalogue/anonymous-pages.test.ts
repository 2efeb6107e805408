import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interlinker } from "../../db/schema/index.js";
import { call, createSecondApp, createTestApp, type Session, signUp, type TestContext } from "../../test/app.js";

// Anonymous catalogue pages may be kept in memory (PGlite): whatever changes an entry or its ratings, through the
// API or past it, must show on the very next anonymous read; signed-in readers get answers of their own.

let context: TestContext;
let ana: Session;
beforeAll(async () => {
  context = await createTestApp();
  await signUp(context.app, { name: "Platform Admin" });
  ana = await signUp(context.app, { name: "Ana" });
});
afterAll(async () => {
  await context.close();
});

type Page = { items: { id: string; name: { en?: string }; rating: { count: number }; can: Record<string, boolean> }[] };
const anonymousPage = async (query = "?limit=20") => {
  const response = await call(context.app, null, "GET", `/api/v1/interlinkers${query}`);
  expect(response.statusCode).toBe(200);
  return response.json() as Page;
};
const entry = (page: Page, id: string) => page.items.find((item) => item.id === id);

describe("the anonymous catalogue page", () => {
  it("shows a new rating, and its removal, on the next anonymous read", async () => {
    const first = (await anonymousPage()).items[0]!;
    await anonymousPage();
    const rated = await call(context.app, ana, "PUT", `/api/v1/interlinkers/${first.id}/rating`, { stars: 5 });
    expect(rated.statusCode).toBe(200);
    expect(entry(await anonymousPage(), first.id)?.rating.count).toBe(first.rating.count + 1);
    expect((await call(context.app, ana, "DELETE", `/api/v1/interlinkers/${first.id}/rating`)).statusCode).toBe(204);
    expect(entry(await anonymousPage(), first.id)?.rating.count).toBe(first.rating.count);
  });

  it("shows a rating given through another server on the same database on this server's next anonymous read", async () => {
    const second = await createSecondApp(context);
    try {
      const first = (await anonymousPage()).items[0]!;
      await anonymousPage();
      const rated = await call(second.app, ana, "PUT", `/api/v1/interlinkers/${first.id}/rating`, { stars: 4 });
      expect(rated.statusCode).toBe(200);
      expect(entry(await anonymousPage(), first.id)?.rating.count).toBe(first.rating.count + 1);
      expect((await call(second.app, ana, "DELETE", `/api/v1/interlinkers/${first.id}/rating`)).statusCode).toBe(204);
      expect(entry(await anonymousPage(), first.id)?.rating.count).toBe(first.rating.count);
    } finally {
      await second.close();
    }
  });

  it("shows an entry changed, added or removed past the API on the next anonymous read", async () => {
    const page = await anonymousPage("?limit=100");
    const first = page.items[0]!;
    await context.database.db
      .update(interlinker)
      .set({ name: { en: "Aaa renamed by an operator" } })
      .where(eq(interlinker.id, first.id));
    expect(entry(await anonymousPage("?limit=100"), first.id)?.name.en).toBe("Aaa renamed by an operator");
    await context.database.db.execute(sql`delete from interlinker_rating where interlinker_id = ${first.id}`);
    await context.database.db.delete(interlinker).where(eq(interlinker.id, first.id));
    expect(entry(await anonymousPage("?limit=100"), first.id)).toBeUndefined();
  });

  it("is not what a signed-in reader gets: their own rights come with it", async () => {
    await anonymousPage();
    const anonymous = (await anonymousPage()).items[0]!;
    const signedIn = (await call(context.app, ana, "GET", "/api/v1/interlinkers?limit=20")).json() as Page;
    expect(Object.values(anonymous.can).some(Boolean)).toBe(false);
    expect(signedIn.items[0]!.can).not.toEqual(anonymous.can);
  });

  it("keeps queries apart: another filter or page is its own answer", async () => {
    const software = await anonymousPage("?limit=20&nature=software");
    const knowledge = await anonymousPage("?limit=20&nature=knowledge");
    expect(software.items.length).toBeGreaterThan(0);
    expect(software.items.map((item) => item.id)).not.toEqual(knowledge.items.map((item) => item.id));
  });
});

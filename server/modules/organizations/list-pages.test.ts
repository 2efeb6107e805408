import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationAdministrator, team, teamMember } from "../../db/schema/index.js";
import { call, createSecondApp, createTestApp, type Session, signUp, type TestContext } from "../../test/app.js";
import { setPlatformRole } from "../accounts/service.js";

// A reader's organization list may be kept in memory (PGlite): every change to what it shows or to the reader's
// standing, through the API or past it, must show on the very next read of the same page.

let context: TestContext;
let owner: Session;
let reader: Session;
let privateId: string;
let teamId: string;
beforeAll(async () => {
  context = await createTestApp();
  await signUp(context.app, { name: "Platform Admin" });
  owner = await signUp(context.app, { name: "Owner" });
  reader = await signUp(context.app, { name: "Reader" });
  const created = await call(context.app, owner, "POST", "/api/v1/organizations", {
    name: { en: "Private one" },
    type: "nonprofit_organization",
    visibility: "private",
  });
  expect(created.statusCode).toBe(201);
  privateId = created.json().id;
  const made = await call(context.app, owner, "POST", `/api/v1/organizations/${privateId}/teams`, {
    name: { en: "Its team" },
    type: "citizen",
  });
  expect(made.statusCode).toBe(201);
  teamId = made.json().id;
});
afterAll(async () => {
  await context.close();
});

type Page = { items: { id: string; name: { en?: string }; visibility: string; can: Record<string, boolean> }[] };
const list = async (session: Session | null) => {
  const first = await call(context.app, session, "GET", "/api/v1/organizations?limit=50");
  expect(first.statusCode).toBe(200);
  return first.json() as Page;
};
const listTwice = async (session: Session | null) => {
  await list(session);
  return list(session);
};
const ids = (page: Page) => page.items.map((item) => item.id);

describe("the organization list", () => {
  it("shows an organization made public, renamed or made private again on the next read", async () => {
    expect(ids(await listTwice(reader))).not.toContain(privateId);
    expect(ids(await listTwice(null))).not.toContain(privateId);
    const patch = (body: Record<string, unknown>) =>
      call(context.app, owner, "PATCH", `/api/v1/organizations/${privateId}`, body);
    expect((await patch({ visibility: "public", name: { en: "Now public" } })).statusCode).toBe(200);
    expect((await list(reader)).items.find((item) => item.id === privateId)?.name.en).toBe("Now public");
    expect(ids(await list(null))).toContain(privateId);
    expect((await patch({ visibility: "private" })).statusCode).toBe(200);
    expect(ids(await list(reader))).not.toContain(privateId);
    expect(ids(await list(null))).not.toContain(privateId);
  });

  it("shows a new organization of someone else on the next read", async () => {
    await listTwice(reader);
    const created = await call(context.app, owner, "POST", "/api/v1/organizations", {
      name: { en: "Brand new" },
      type: "citizen",
      visibility: "public",
    });
    expect(ids(await list(reader))).toContain(created.json().id);
  });

  it("shows a change made through another server on the same database on this server's next read", async () => {
    // On PostgreSQL the other server's notice reaches this one only after its commit: the change count does not wait.
    const second = await createSecondApp(context);
    try {
      await listTwice(reader);
      const created = await call(second.app, owner, "POST", "/api/v1/organizations", {
        name: { en: "Made elsewhere" },
        type: "citizen",
        visibility: "public",
      });
      expect(created.statusCode).toBe(201);
      expect(ids(await list(reader))).toContain(created.json().id);
      expect((await call(second.app, owner, "DELETE", `/api/v1/organizations/${created.json().id}`)).statusCode).toBe(
        204,
      );
      expect(ids(await list(reader))).not.toContain(created.json().id);
    } finally {
      await second.close();
    }
  });

  it("shows a private organization once the reader joins one of its teams, and hides it once they leave", async () => {
    expect(ids(await listTwice(reader))).not.toContain(privateId);
    await context.database.db.insert(teamMember).values({ teamId, userId: reader.userId });
    expect(ids(await list(reader))).toContain(privateId);
    await context.database.db
      .delete(teamMember)
      .where(and(eq(teamMember.teamId, teamId), eq(teamMember.userId, reader.userId)));
    expect(ids(await list(reader))).not.toContain(privateId);
    await context.database.db.insert(teamMember).values({ teamId, userId: reader.userId });
    expect(ids(await list(reader))).toContain(privateId);
    await context.database.db.update(team).set({ deletedAt: new Date() }).where(eq(team.id, teamId));
    expect(ids(await list(reader))).not.toContain(privateId);
  });

  it("shows what the reader may do as it changes: administrator added, platform role given", async () => {
    await listTwice(reader);
    await context.database.db
      .insert(organizationAdministrator)
      .values({ organizationId: privateId, userId: reader.userId });
    expect((await list(reader)).items.find((item) => item.id === privateId)?.can.update).toBe(true);
    await context.database.db
      .delete(organizationAdministrator)
      .where(
        and(
          eq(organizationAdministrator.organizationId, privateId),
          eq(organizationAdministrator.userId, reader.userId),
        ),
      );
    expect(ids(await list(reader))).not.toContain(privateId);
    await setPlatformRole(context.database.db, { userId: reader.userId, role: "admin" });
    expect(ids(await list(reader))).toContain(privateId);
    await setPlatformRole(context.database.db, { userId: reader.userId, role: "member" });
    expect(ids(await list(reader))).not.toContain(privateId);
  });

  it("is each reader's own", async () => {
    const ownerPage = await listTwice(owner);
    const readerPage = await listTwice(reader);
    expect(ids(ownerPage)).toContain(privateId);
    expect(ids(readerPage)).not.toContain(privateId);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";
import { addAdministrator, addTeamMember, createOrganization, createTeam } from "../../test/factories.js";

let context: TestContext;
let admin: Session; // the first account: platform administrator
let ana: Session;
let outsider: Session;

beforeAll(async () => {
  context = await createTestApp();
  admin = await signUp(context.app, { name: "Platform Admin" });
  ana = await signUp(context.app, { name: "Ana" });
  outsider = await signUp(context.app, { name: "Oskars" });
});
afterAll(() => context.close());

const unknownId = "01900000-0000-7000-8000-000000000000";

describe("creating an organization", () => {
  it("makes the creator its administrator and returns what they may do", async () => {
    const response = await call(context.app, ana, "POST", "/api/v1/organizations", {
      name: { en: "Riga City Council", lv: "Rīgas dome" },
      description: { en: "The capital's council" },
      type: "public_administration",
      visibility: "public",
      logoUrl: "https://example.org/logo.png",
      teamCreation: "members",
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      name: { en: "Riga City Council", lv: "Rīgas dome" },
      type: "public_administration",
      visibility: "public",
      teamCreation: "members",
      can: { view: true, update: true, delete: true, manage_administrators: true, create_team: true },
    });
    const administrators = await call(context.app, null, "GET", `/api/v1/organizations/${body.id}/administrators`);
    expect(administrators.json().items).toEqual([{ id: ana.userId, name: "Ana", email: null, canRemove: false }]);
    const asAdministrator = await call(context.app, ana, "GET", `/api/v1/organizations/${body.id}/administrators`);
    expect(asAdministrator.json().items).toEqual([{ id: ana.userId, name: "Ana", email: ana.email, canRemove: false }]);
  });

  it("keeps quotes, angle brackets, emoji and right-to-left text exactly", async () => {
    const name = { en: `"Citizens' <b>Forum</b>" 🌍 مرحبا` };
    const created = await createOrganization(context.app, { by: ana, name });
    const read = await call(context.app, ana, "GET", `/api/v1/organizations/${created.id}`);
    expect(read.json().name).toEqual(name);
  });

  it("needs a signed-in person", async () => {
    const response = await call(context.app, null, "POST", "/api/v1/organizations", {
      name: { en: "x" },
      type: "citizen",
      visibility: "public",
    });
    problemOf(response, 401);
  });

  const valid = { name: { en: "Valid" }, type: "citizen", visibility: "public" };
  it.each([
    ["a missing name", { type: "citizen", visibility: "public" }, "body.name"],
    ["a name in no language", { ...valid, name: {} }, "body.name"],
    ["an unknown language", { ...valid, name: { en: "x", de: "y" } }, "body.name"],
    ["a blank name", { ...valid, name: { en: "   " } }, "body.name.en"],
    ["a name too long", { ...valid, name: { en: "x".repeat(201) } }, "body.name.en"],
    ["a wrong type", { ...valid, type: "government" }, "body.type"],
    ["a number for visibility", { ...valid, visibility: 1 }, "body.visibility"],
    ["an unknown field", { ...valid, owner: "me" }, "body"],
    ["a javascript: logo", { ...valid, logoUrl: "javascript:alert(1)" }, "body.logoUrl"],
    ["an unknown team creation mode", { ...valid, teamCreation: "everybody" }, "body.teamCreation"],
  ])("refuses %s with 422 naming the field, and creates nothing", async (_label, payload, path) => {
    const before = (await call(context.app, ana, "GET", "/api/v1/organizations?mine=true&limit=100")).json().items
      .length;
    const problem = problemOf(await call(context.app, ana, "POST", "/api/v1/organizations", payload), 422);
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    const after = (await call(context.app, ana, "GET", "/api/v1/organizations?mine=true&limit=100")).json().items
      .length;
    expect(after).toBe(before);
  });

  it("refuses a body that is not JSON with 400", async () => {
    const response = await call(context.app, ana, "POST", "/api/v1/organizations", "{not json", {
      headers: { "content-type": "application/json", cookie: ana.cookie, origin: "http://localhost:3000" },
    });
    problemOf(response, 400);
  });
});

describe("reading and listing", () => {
  let privateOrganization: { id: string };
  let publicOrganization: { id: string };

  beforeAll(async () => {
    privateOrganization = await createOrganization(context.app, {
      by: ana,
      name: { en: "Hidden Works" },
      visibility: "private",
    });
    publicOrganization = await createOrganization(context.app, { by: ana, name: { en: "Open Valmiera" } });
  });

  it("shows a public organization to anyone, signed in or not", async () => {
    const response = await call(context.app, null, "GET", `/api/v1/organizations/${publicOrganization.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json().can).toEqual({
      view: true,
      update: false,
      delete: false,
      manage_administrators: false,
      create_team: false,
      start_process: false,
      describe_service: false,
    });
  });

  it("hides a private organization from outsiders with 404, as if it did not exist", async () => {
    for (const viewer of [null, outsider]) {
      const read = problemOf(
        await call(context.app, viewer, "GET", `/api/v1/organizations/${privateOrganization.id}`),
        404,
      );
      const missing = problemOf(await call(context.app, viewer, "GET", `/api/v1/organizations/${unknownId}`), 404);
      expect(read.detail).toBe(missing.detail);
      problemOf(await call(context.app, viewer, "GET", `/api/v1/organizations/${privateOrganization.id}/teams`), 404);
    }
    const list = await call(context.app, outsider, "GET", "/api/v1/organizations?limit=100");
    expect(list.json().items.map((item: { id: string }) => item.id)).not.toContain(privateOrganization.id);
  });

  it("shows a private organization to members of its teams and to platform administrators", async () => {
    const team = await createTeam(context.app, { by: ana, organizationId: privateOrganization.id });
    await addTeamMember(context.app, { by: ana, teamId: team.id, member: outsider });
    const asMember = await call(context.app, outsider, "GET", `/api/v1/organizations/${privateOrganization.id}`);
    expect(asMember.statusCode).toBe(200);
    expect(asMember.json().can.update).toBe(false);
    const asAdmin = await call(context.app, admin, "GET", `/api/v1/organizations/${privateOrganization.id}`);
    expect(asAdmin.json().can.update).toBe(true);
    await call(context.app, ana, "DELETE", `/api/v1/teams/${team.id}/members/${outsider.userId}`);
    problemOf(await call(context.app, outsider, "GET", `/api/v1/organizations/${privateOrganization.id}`), 404);
  });

  it("searches names in any language, filters by type and pages with a cursor", async () => {
    const searcher = await signUp(context.app);
    for (let index = 0; index < 5; index++) {
      await createOrganization(context.app, {
        by: searcher,
        name: { lv: `Ciema biedrība ${index}`, en: `Village society ${index}` },
        type: "nonprofit_organization",
      });
    }
    const byLatvian = await call(context.app, null, "GET", "/api/v1/organizations?q=biedr%C4%ABba&limit=2");
    const first = byLatvian.json();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (
      await call(context.app, null, "GET", `/api/v1/organizations?q=biedr%C4%ABba&limit=2&cursor=${first.nextCursor}`)
    ).json();
    const third = (
      await call(context.app, null, "GET", `/api/v1/organizations?q=biedr%C4%ABba&limit=2&cursor=${second.nextCursor}`)
    ).json();
    const names = [...first.items, ...second.items, ...third.items].map((item) => item.name.lv);
    expect(names).toEqual([4, 3, 2, 1, 0].map((index) => `Ciema biedrība ${index}`));
    expect(third.nextCursor).toBeNull();

    const byType = await call(context.app, null, "GET", "/api/v1/organizations?type=nonprofit_organization&limit=100");
    expect(byType.json().items.every((item: { type: string }) => item.type === "nonprofit_organization")).toBe(true);

    const wildcard = await call(context.app, null, "GET", "/api/v1/organizations?q=%25&limit=100");
    expect(wildcard.json().items).toEqual([]);
  });

  it.each([
    ["limit=0", "querystring.limit"],
    ["limit=101", "querystring.limit"],
    ["limit=ten", "querystring.limit"],
    ["cursor=bm90LWEtdXVpZA", "querystring.cursor"],
    ["type=martian", "querystring.type"],
    ["mine=yes", "querystring.mine"],
    ["sort=name", "querystring"],
  ])("refuses the list query %s with 422", async (query, path) => {
    const problem = problemOf(await call(context.app, null, "GET", `/api/v1/organizations?${query}`), 422);
    expect(problem.errors?.map((error) => error.path)).toContain(path);
  });

  it("answers 422 for an id that is not a UUID and 404 for one that does not exist", async () => {
    problemOf(await call(context.app, null, "GET", "/api/v1/organizations/42"), 422);
    problemOf(await call(context.app, null, "GET", `/api/v1/organizations/${unknownId}`), 404);
  });
});

describe("changing and deleting", () => {
  it("lets administrators change fields and refuses others with 403 when they can see it", async () => {
    const organization = await createOrganization(context.app, { by: ana });
    const changed = await call(context.app, ana, "PATCH", `/api/v1/organizations/${organization.id}`, {
      description: { it: "Comune" },
      visibility: "private",
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ description: { it: "Comune" }, visibility: "private" });

    const publicOne = await createOrganization(context.app, { by: ana });
    const refused = problemOf(
      await call(context.app, outsider, "PATCH", `/api/v1/organizations/${publicOne.id}`, { visibility: "private" }),
      403,
    );
    expect(refused.detail).toMatch(/administrators/);
    problemOf(
      await call(context.app, outsider, "PATCH", `/api/v1/organizations/${organization.id}`, { visibility: "public" }),
      404,
    );
    const unchanged = await call(context.app, ana, "GET", `/api/v1/organizations/${publicOne.id}`);
    expect(unchanged.json().visibility).toBe("public");
  });

  it("refuses bad updates with 422 and changes nothing", async () => {
    const organization = await createOrganization(context.app, { by: ana });
    for (const payload of [{ visibility: "secret" }, { name: { en: "" } }, { colour: "red" }, { logoUrl: "ftp://x" }]) {
      problemOf(await call(context.app, ana, "PATCH", `/api/v1/organizations/${organization.id}`, payload), 422);
    }
    const read = await call(context.app, ana, "GET", `/api/v1/organizations/${organization.id}`);
    expect(read.json().updatedAt).toBe(organization.updatedAt);
  });

  it("soft-deletes: the organization and its teams disappear", async () => {
    const organization = await createOrganization(context.app, { by: ana });
    const team = await createTeam(context.app, { by: ana, organizationId: organization.id });
    problemOf(await call(context.app, outsider, "DELETE", `/api/v1/organizations/${organization.id}`), 403);
    const deleted = await call(context.app, ana, "DELETE", `/api/v1/organizations/${organization.id}`);
    expect(deleted.statusCode).toBe(204);
    problemOf(await call(context.app, ana, "GET", `/api/v1/organizations/${organization.id}`), 404);
    problemOf(await call(context.app, ana, "GET", `/api/v1/teams/${team.id}`), 404);
    problemOf(await call(context.app, ana, "DELETE", `/api/v1/organizations/${organization.id}`), 404);
  });
});

describe("administrators", () => {
  it("adds by invitation, lists, and never removes the last one", async () => {
    const organization = await createOrganization(context.app, { by: ana });
    const base = `/api/v1/organizations/${organization.id}/administrators`;
    await addAdministrator(context.app, { by: ana, organizationId: organization.id, person: outsider });
    // Inviting an administrator again answers as any invitation does, and adds nobody.
    const again = await call(context.app, ana, "POST", base, { email: outsider.email.toUpperCase() });
    expect(again.statusCode).toBe(202);
    expect((await call(context.app, null, "GET", base)).json().items).toHaveLength(2);

    const removable = async (session: Session | null) =>
      Object.fromEntries(
        (await call(context.app, session, "GET", base))
          .json()
          .items.map((person: { id: string; canRemove: boolean }) => [person.id, person.canRemove]),
      );
    expect(await removable(ana)).toEqual({ [ana.userId]: true, [outsider.userId]: true });
    expect(await removable(null)).toEqual({ [ana.userId]: false, [outsider.userId]: false });

    expect((await call(context.app, outsider, "DELETE", `${base}/${ana.userId}`)).statusCode).toBe(204);
    // The one left is offered no removal, and the server refuses it with the same reason.
    expect(await removable(outsider)).toEqual({ [outsider.userId]: false });
    const last = problemOf(await call(context.app, outsider, "DELETE", `${base}/${outsider.userId}`), 409);
    expect(last.type).toBe("/problems/last-administrator");
    expect(last.detail).toBe("An organization needs at least one administrator: add another first.");
    expect((await call(context.app, null, "GET", base)).json().items).toHaveLength(1);
  });

  it("refuses bad bodies and non-administrators, and adds nobody before an answer", async () => {
    const organization = await createOrganization(context.app, { by: ana });
    const base = `/api/v1/organizations/${organization.id}/administrators`;
    expect((await call(context.app, ana, "POST", base, { email: "nobody@example.org" })).statusCode).toBe(202);
    problemOf(await call(context.app, ana, "POST", base, { email: outsider.email, userId: outsider.userId }), 422);
    problemOf(await call(context.app, ana, "POST", base, {}), 422);
    problemOf(await call(context.app, ana, "POST", base, { email: "not-an-address" }), 422);
    problemOf(await call(context.app, outsider, "POST", base, { email: outsider.email }), 403);
    problemOf(await call(context.app, ana, "DELETE", `${base}/${outsider.userId}`), 404);
    expect((await call(context.app, null, "GET", base)).json().items).toHaveLength(1);
  });
});

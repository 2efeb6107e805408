import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";
import { addTeamMember, createOrganization, createTeam } from "../../test/factories.js";

let context: TestContext;
let orgAdmin: Session;
let teamAdmin: Session;
let member: Session;
let applicant: Session;
let outsider: Session;

beforeAll(async () => {
  context = await createTestApp();
  await signUp(context.app, { name: "Platform Admin" });
  orgAdmin = await signUp(context.app, { name: "Organization Admin" });
  teamAdmin = await signUp(context.app, { name: "Team Admin" });
  member = await signUp(context.app, { name: "Member" });
  applicant = await signUp(context.app, { name: "Applicant" });
  outsider = await signUp(context.app, { name: "Outsider" });
});
afterAll(() => context.close());

const unknownId = "01900000-0000-7000-8000-000000000000";

describe("creating teams", () => {
  it("follows the organization's team creation rule", async () => {
    const administratorsOnly = await createOrganization(context.app, { by: orgAdmin, teamCreation: "administrators" });
    const anyone = await createOrganization(context.app, { by: orgAdmin, teamCreation: "anyone" });
    const membersOnly = await createOrganization(context.app, { by: orgAdmin, teamCreation: "members" });
    const payload = { name: { en: "Youth council" }, type: "citizen" };

    problemOf(
      await call(context.app, outsider, "POST", `/api/v1/organizations/${administratorsOnly.id}/teams`, payload),
      403,
    );
    const created = await call(context.app, outsider, "POST", `/api/v1/organizations/${anyone.id}/teams`, payload);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ myRole: "administrator", organizationId: anyone.id, type: "citizen" });

    problemOf(await call(context.app, outsider, "POST", `/api/v1/organizations/${membersOnly.id}/teams`, payload), 403);
    const team = await createTeam(context.app, { by: orgAdmin, organizationId: membersOnly.id });
    await addTeamMember(context.app, { by: orgAdmin, teamId: team.id, member: outsider });
    const asMember = await call(
      context.app,
      outsider,
      "POST",
      `/api/v1/organizations/${membersOnly.id}/teams`,
      payload,
    );
    expect(asMember.statusCode).toBe(201);
    problemOf(await call(context.app, null, "POST", `/api/v1/organizations/${anyone.id}/teams`, payload), 401);
  });

  it.each([
    ["no name", { type: "citizen" }, "body.name"],
    ["a wrong actor type", { name: { en: "x" }, type: "robot" }, "body.type"],
    ["an unknown field", { name: { en: "x" }, type: "citizen", members: [] }, "body"],
    [
      "a description too long",
      { name: { en: "x" }, type: "citizen", description: { en: "x".repeat(5001) } },
      "body.description.en",
    ],
  ])("refuses %s with 422", async (_label, payload, path) => {
    const organization = await createOrganization(context.app, { by: orgAdmin });
    const problem = problemOf(
      await call(context.app, orgAdmin, "POST", `/api/v1/organizations/${organization.id}/teams`, payload),
      422,
    );
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    const teams = await call(context.app, orgAdmin, "GET", `/api/v1/organizations/${organization.id}/teams`);
    expect(teams.json().items).toEqual([]);
  });

  it("answers 404 for an unknown organization", async () => {
    problemOf(
      await call(context.app, orgAdmin, "POST", `/api/v1/organizations/${unknownId}/teams`, {
        name: { en: "x" },
        type: "citizen",
      }),
      404,
    );
  });
});

describe("members and roles", () => {
  let team: { id: string };
  beforeAll(async () => {
    const organization = await createOrganization(context.app, { by: orgAdmin });
    team = await createTeam(context.app, { by: teamAdmin, organizationId: organization.id }).catch(async () => {
      // teamAdmin may not create teams here; the organization administrator creates it and hands it over.
      const created = await createTeam(context.app, { by: orgAdmin, organizationId: organization.id });
      await addTeamMember(context.app, { by: orgAdmin, teamId: created.id, member: teamAdmin, role: "administrator" });
      await call(context.app, orgAdmin, "DELETE", `/api/v1/teams/${created.id}/members/${orgAdmin.userId}`);
      return created;
    });
  });

  it("lets a team administrator invite people by e-mail, change roles and remove them", async () => {
    await addTeamMember(context.app, { by: teamAdmin, teamId: team.id, member });
    const members = await call(context.app, teamAdmin, "GET", `/api/v1/teams/${team.id}/members`);
    expect(members.json().items.map((item: { userId: string; role: string }) => [item.userId, item.role])).toEqual([
      [teamAdmin.userId, "administrator"],
      [member.userId, "member"],
    ]);
    // Inviting a member again, or an address without an account, answers as any invitation does.
    for (const email of [member.email, "ghost@example.org"]) {
      const again = await call(context.app, teamAdmin, "POST", `/api/v1/teams/${team.id}/members`, { email });
      expect(again.statusCode).toBe(202);
    }
    problemOf(
      await call(context.app, member, "POST", `/api/v1/teams/${team.id}/members`, { email: outsider.email }),
      403,
    );

    const promoted = await call(context.app, teamAdmin, "PATCH", `/api/v1/teams/${team.id}/members/${member.userId}`, {
      role: "administrator",
    });
    expect(promoted.statusCode).toBe(200);
    problemOf(
      await call(context.app, teamAdmin, "PATCH", `/api/v1/teams/${team.id}/members/${member.userId}`, {
        role: "owner",
      }),
      422,
    );
    const demoted = await call(context.app, member, "PATCH", `/api/v1/teams/${team.id}/members/${member.userId}`, {
      role: "member",
    });
    expect(demoted.statusCode).toBe(200);
    const lastAdmin = problemOf(
      await call(context.app, teamAdmin, "PATCH", `/api/v1/teams/${team.id}/members/${teamAdmin.userId}`, {
        role: "member",
      }),
      409,
    );
    expect(lastAdmin.type).toBe("/problems/last-administrator");
    problemOf(
      await call(context.app, teamAdmin, "DELETE", `/api/v1/teams/${team.id}/members/${teamAdmin.userId}`),
      409,
    );
    problemOf(await call(context.app, teamAdmin, "DELETE", `/api/v1/teams/${team.id}/members/${outsider.userId}`), 404);
  });

  it("says whom the reader may remove: never the sole administrator while others remain", async () => {
    const removable = async (session: Session) => {
      const response = await call(context.app, session, "GET", `/api/v1/teams/${team.id}/members`);
      expect(response.statusCode).toBe(200);
      return Object.fromEntries(
        response.json().items.map((item: { userId: string; canRemove: boolean }) => [item.userId, item.canRemove]),
      );
    };
    // The sole administrator cannot leave (the server answered 409 above); a member may, and may remove no one else.
    expect(await removable(teamAdmin)).toEqual({ [teamAdmin.userId]: false, [member.userId]: true });
    expect(await removable(member)).toEqual({ [teamAdmin.userId]: false, [member.userId]: true });
    // The sole administrator's role is not offered for change (demoting them is refused); a member's may be raised.
    const roles = Object.fromEntries(
      (await call(context.app, teamAdmin, "GET", `/api/v1/teams/${team.id}/members`))
        .json()
        .items.map((item: { userId: string; canChangeRole: boolean }) => [item.userId, item.canChangeRole]),
    );
    expect(roles).toEqual({ [teamAdmin.userId]: false, [member.userId]: true });
    const promoted = await call(context.app, teamAdmin, "PATCH", `/api/v1/teams/${team.id}/members/${member.userId}`, {
      role: "administrator",
    });
    expect(promoted.json().items.every((item: { canRemove: boolean }) => item.canRemove)).toBe(true);
    expect(promoted.json().items.every((item: { canChangeRole: boolean }) => item.canChangeRole)).toBe(true);
    await call(context.app, teamAdmin, "PATCH", `/api/v1/teams/${team.id}/members/${member.userId}`, {
      role: "member",
    });
  });

  it("lets a member leave and lists a person's teams", async () => {
    const mine = await call(context.app, member, "GET", "/api/v1/me/teams");
    expect(mine.json().items.map((item: { id: string }) => item.id)).toContain(team.id);
    expect(
      (await call(context.app, member, "DELETE", `/api/v1/teams/${team.id}/members/${member.userId}`)).statusCode,
    ).toBe(204);
    const after = await call(context.app, member, "GET", "/api/v1/me/teams");
    expect(after.json().items.map((item: { id: string }) => item.id)).not.toContain(team.id);
    problemOf(await call(context.app, null, "GET", "/api/v1/me/teams"), 401);
  });
});

describe("join requests", () => {
  it("goes from asking to approval, once", async () => {
    const organization = await createOrganization(context.app, { by: orgAdmin });
    const team = await createTeam(context.app, { by: orgAdmin, organizationId: organization.id });
    const asked = await call(context.app, applicant, "POST", `/api/v1/teams/${team.id}/join-requests`, {
      message: "I live in the district and can help with surveys.",
    });
    expect(asked.statusCode).toBe(201);
    expect(asked.json()).toMatchObject({ status: "pending", user: { id: applicant.userId } });
    const seenByApplicant = await call(context.app, applicant, "GET", `/api/v1/teams/${team.id}`);
    expect(seenByApplicant.json().can.request_to_join).toBe(false);
    problemOf(await call(context.app, applicant, "POST", `/api/v1/teams/${team.id}/join-requests`, {}), 403);

    problemOf(await call(context.app, applicant, "GET", `/api/v1/teams/${team.id}/join-requests`), 403);
    const pending = await call(context.app, orgAdmin, "GET", `/api/v1/teams/${team.id}/join-requests?status=pending`);
    expect(pending.json().items).toHaveLength(1);

    problemOf(await call(context.app, applicant, "POST", `/api/v1/join-requests/${asked.json().id}/approve`), 403);
    const approved = await call(context.app, orgAdmin, "POST", `/api/v1/join-requests/${asked.json().id}/approve`);
    expect(approved.json().status).toBe("approved");
    problemOf(await call(context.app, orgAdmin, "POST", `/api/v1/join-requests/${asked.json().id}/reject`), 409);
    const members = await call(context.app, applicant, "GET", `/api/v1/teams/${team.id}/members`);
    expect(members.json().items.map((item: { userId: string }) => item.userId)).toContain(applicant.userId);
    // A member sees their own address, not the others'; an administrator sees all of them.
    const seen = members.json().items as { userId: string; email: string | null }[];
    expect(seen.find((item) => item.userId === applicant.userId)?.email).toBe(applicant.email);
    expect(seen.find((item) => item.userId === orgAdmin.userId)?.email).toBeNull();
    const managed = await call(context.app, orgAdmin, "GET", `/api/v1/teams/${team.id}/members`);
    expect(managed.json().items.every((item: { email: string | null }) => item.email !== null)).toBe(true);
    problemOf(await call(context.app, applicant, "POST", `/api/v1/teams/${team.id}/join-requests`, {}), 403);
  });

  it("can be rejected, and refuses bad input", async () => {
    const organization = await createOrganization(context.app, { by: orgAdmin });
    const team = await createTeam(context.app, { by: orgAdmin, organizationId: organization.id });
    problemOf(
      await call(context.app, applicant, "POST", `/api/v1/teams/${team.id}/join-requests`, {
        message: "x".repeat(2001),
      }),
      422,
    );
    problemOf(
      await call(context.app, applicant, "POST", `/api/v1/teams/${team.id}/join-requests`, { message: 5 }),
      422,
    );
    problemOf(
      await call(context.app, applicant, "POST", `/api/v1/teams/${team.id}/join-requests`, { note: "hi" }),
      422,
    );
    const asked = await call(context.app, applicant, "POST", `/api/v1/teams/${team.id}/join-requests`, {});
    problemOf(
      await call(context.app, orgAdmin, "POST", `/api/v1/join-requests/${asked.json().id}/reject`, { why: 1 }),
      422,
    );
    const rejected = await call(context.app, orgAdmin, "POST", `/api/v1/join-requests/${asked.json().id}/reject`);
    expect(rejected.json().status).toBe("rejected");
    problemOf(await call(context.app, orgAdmin, "POST", `/api/v1/join-requests/${unknownId}/approve`), 404);
    problemOf(await call(context.app, orgAdmin, "GET", `/api/v1/teams/${team.id}/join-requests?status=maybe`), 422);
  });
});

describe("pending requests across organizations (GET /api/v1/me/join-requests)", () => {
  it("shows each person the requests they may decide and their own, nobody else's", async () => {
    const [cityBoss, clubBoss, clubTeamBoss, asker, plainMember, stranger] = await Promise.all(
      ["City Boss", "Club Boss", "Club Team Boss", "Asker", "Plain Member", "Stranger"].map((name) =>
        signUp(context.app, { name }),
      ),
    );
    const city = await createOrganization(context.app, { by: cityBoss! });
    const cityTeam = await createTeam(context.app, {
      by: cityBoss!,
      organizationId: city.id,
      name: { en: "Street lights" },
    });
    const club = await createOrganization(context.app, {
      by: clubBoss!,
      name: { en: "Chess club" },
      type: "citizen",
      teamCreation: "anyone",
    });
    const clubTeam = await createTeam(context.app, {
      by: clubTeamBoss!,
      organizationId: club.id,
      name: { en: "Tournaments" },
    });
    await addTeamMember(context.app, { by: clubTeamBoss!, teamId: clubTeam.id, member: plainMember! });
    const toCity = await call(context.app, asker!, "POST", `/api/v1/teams/${cityTeam.id}/join-requests`, {
      message: "I fix lamps.",
    });
    const toClub = await call(context.app, asker!, "POST", `/api/v1/teams/${clubTeam.id}/join-requests`, {});

    const listed = async (session: Session) => {
      const response = await call(context.app, session, "GET", "/api/v1/me/join-requests");
      expect(response.statusCode).toBe(200);
      const body = response.json() as { toDecide: { id: string }[]; mine: { id: string }[] };
      return { toDecide: body.toDecide.map((item) => item.id), mine: body.mine.map((item) => item.id) };
    };
    const askerSees = await call(context.app, asker!, "GET", "/api/v1/me/join-requests");
    expect(askerSees.json().toDecide).toEqual([]);
    expect(askerSees.json().mine).toHaveLength(2);
    expect(askerSees.json().mine).toContainEqual(
      expect.objectContaining({
        id: toCity.json().id,
        message: "I fix lamps.",
        status: "pending",
        team: {
          id: cityTeam.id,
          name: { en: "Street lights" },
          organizationId: city.id,
          organizationName: { en: "Riga City Council", lv: "Rīgas dome" },
        },
      }),
    );
    expect(await listed(cityBoss!)).toEqual({ toDecide: [toCity.json().id], mine: [] });
    expect(await listed(clubBoss!)).toEqual({ toDecide: [toClub.json().id], mine: [] });
    expect(await listed(clubTeamBoss!)).toEqual({ toDecide: [toClub.json().id], mine: [] });
    expect(await listed(plainMember!)).toEqual({ toDecide: [], mine: [] });
    expect(await listed(stranger!)).toEqual({ toDecide: [], mine: [] });

    // Decided requests leave both lists; so do requests to a deleted team.
    await call(context.app, clubTeamBoss!, "POST", `/api/v1/join-requests/${toClub.json().id}/approve`);
    expect(await listed(clubTeamBoss!)).toEqual({ toDecide: [], mine: [] });
    expect(await listed(asker!)).toEqual({ toDecide: [], mine: [toCity.json().id] });
    await call(context.app, cityBoss!, "DELETE", `/api/v1/teams/${cityTeam.id}`);
    expect(await listed(asker!)).toEqual({ toDecide: [], mine: [] });
    expect(await listed(cityBoss!)).toEqual({ toDecide: [], mine: [] });
  });

  it("needs a session and refuses unknown query parameters", async () => {
    problemOf(await call(context.app, null, "GET", "/api/v1/me/join-requests"), 401);
    const refused = problemOf(await call(context.app, member, "GET", "/api/v1/me/join-requests?status=pending"), 422);
    expect(refused.errors?.[0]?.path).toMatch(/^querystring/);
  });
});

describe("private organizations", () => {
  it("keep their teams and members invisible to outsiders (404)", async () => {
    const organization = await createOrganization(context.app, { by: orgAdmin, visibility: "private" });
    const team = await createTeam(context.app, { by: orgAdmin, organizationId: organization.id });
    for (const viewer of [null, outsider]) {
      problemOf(await call(context.app, viewer, "GET", `/api/v1/teams/${team.id}`), 404);
      problemOf(await call(context.app, viewer, "GET", `/api/v1/teams/${team.id}/members`), 404);
    }
    problemOf(await call(context.app, outsider, "POST", `/api/v1/teams/${team.id}/join-requests`, {}), 404);
    problemOf(await call(context.app, outsider, "PATCH", `/api/v1/teams/${team.id}`, { name: { en: "Mine" } }), 404);
    problemOf(await call(context.app, outsider, "DELETE", `/api/v1/teams/${team.id}`), 404);
  });
});

describe("changing and deleting teams", () => {
  it("lets team and organization administrators change and delete, nobody else", async () => {
    const organization = await createOrganization(context.app, { by: orgAdmin, teamCreation: "anyone" });
    const team = await createTeam(context.app, { by: teamAdmin, organizationId: organization.id });
    const renamed = await call(context.app, orgAdmin, "PATCH", `/api/v1/teams/${team.id}`, { name: { it: "Squadra" } });
    expect(renamed.json().name).toEqual({ it: "Squadra" });
    problemOf(await call(context.app, outsider, "PATCH", `/api/v1/teams/${team.id}`, { name: { en: "x" } }), 403);
    problemOf(await call(context.app, teamAdmin, "PATCH", `/api/v1/teams/${team.id}`, { type: "alien" }), 422);
    problemOf(await call(context.app, outsider, "DELETE", `/api/v1/teams/${team.id}`), 403);
    expect((await call(context.app, teamAdmin, "DELETE", `/api/v1/teams/${team.id}`)).statusCode).toBe(204);
    problemOf(await call(context.app, teamAdmin, "GET", `/api/v1/teams/${team.id}`), 404);
    problemOf(await call(context.app, teamAdmin, "GET", "/api/v1/teams/not-a-uuid"), 422);
  });
});

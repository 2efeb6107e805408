import { and, desc, eq } from "drizzle-orm";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitation, mailOutbox, user } from "../../db/schema/index.js";
import {
  call,
  confirmEmail,
  createSecondApp,
  createTestApp,
  problemOf,
  type Session,
  signUp,
  type TestContext,
} from "../../test/app.js";
import {
  acceptInvitation,
  createGrant,
  createOrganization,
  createProcess,
  createTeam,
  type Team,
} from "../../test/factories.js";
import { type CoproductionWorld, coproductionWorld } from "../../test/world.js";

let context: TestContext;
let world: CoproductionWorld;
/** A second team of the residents' association, with the world's member in it: offered rights below. */
let gardeners: Team;

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context);
  gardeners = await createTeam(context.app, {
    by: world.citizen,
    organizationId: world.citizenOrganization.id,
    name: { en: "Gardeners", lv: "Dārznieki" },
  });
});
afterAll(() => context.close());

const unknownId = "01900000-0000-7000-8000-000000000000";
let counter = 0;
/** A fresh address of a fixed length, so two answers about two addresses have the same length too. */
const freshEmail = () => `guest${String(++counter).padStart(4, "0")}@example.org`;

const invitationMails = (recipient: string) =>
  context.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.recipient, recipient), eq(mailOutbox.purpose, "invitation")))
    .orderBy(desc(mailOutbox.createdAt));

const rowsOf = (email: string) => context.database.db.select().from(invitation).where(eq(invitation.email, email));

/** An answer with what differs between any two invitations (ids, dates) blanked out. */
function comparable(response: LightMyRequestResponse) {
  const { date: _date, ...headers } = response.headers;
  const body = response.json();
  return {
    status: response.statusCode,
    headers,
    body: { invitation: { ...body.invitation, id: "<id>", email: "<email>", expiresAt: "<date>" } },
  };
}

const person = {
  team: () => `/api/v1/teams/${world.citizenTeam.id}/members`,
  organization: () => `/api/v1/organizations/${world.organization.id}/administrators`,
  process: () => `/api/v1/processes/${world.process.id}/administrators`,
};
const inviterOf = { team: () => world.citizen, organization: () => world.admin, process: () => world.admin };

describe("inviting a person by e-mail", () => {
  it.each(Object.keys(person) as (keyof typeof person)[])(
    "answers the same for an address with an account and one without (%s)",
    async (kind) => {
      const known = await signUp(context.app, { email: freshEmail() });
      const unknown = freshEmail();
      const first = await call(context.app, inviterOf[kind](), "POST", person[kind](), { email: known.email });
      const second = await call(context.app, inviterOf[kind](), "POST", person[kind](), { email: unknown });
      expect(first.statusCode).toBe(202);
      expect(comparable(first)).toEqual(comparable(second));
      expect(first.json().invitation).toMatchObject({ email: known.email, status: "pending", teamId: null });
      expect(Object.keys(first.json().invitation).sort()).toEqual([
        "email",
        "expiresAt",
        "id",
        "kind",
        "status",
        "teamId",
      ]);
      // Fourteen days to answer.
      const days = (Date.parse(first.json().invitation.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(13.9);
      expect(days).toBeLessThanOrEqual(14);
    },
  );

  it("mails the address: in its owner's language, else the inviter's, and asks an unknown one to sign up", async () => {
    const latvian = await signUp(context.app, { email: freshEmail(), language: "lv" });
    const known = await call(context.app, world.citizen, "POST", person.team(), { email: latvian.email });
    const [mail] = await invitationMails(latvian.email);
    expect(mail?.subject).toContain("aicina");
    expect(mail?.text).toContain("Residents");
    expect(mail?.text).toContain(`http://localhost:3000/invitations/${known.json().invitation.id}`);
    expect(mail?.text).not.toContain("izveidojiet INTERLINK kontu");

    const stranger = freshEmail();
    const unknown = await call(context.app, world.citizen, "POST", person.team(), { email: stranger.toUpperCase() });
    expect(unknown.json().invitation.email).toBe(stranger);
    const [invite] = await invitationMails(stranger);
    expect(invite?.subject).toBe("Bruno Citizen invites you to Residents on INTERLINK");
    expect(invite?.text).toContain(`create an INTERLINK account with the address ${stranger}`);
    expect(invite?.metadata.url).toBe(`http://localhost:3000/invitations/${unknown.json().invitation.id}`);
  });

  it("attaches nobody before an answer, and the addressee alone sees and accepts it", async () => {
    // An account from before sign-up asked for confirmation first: signed in, its address not confirmed.
    const invitee = await signUp(context.app, { email: freshEmail() });
    await context.app.db.update(user).set({ emailVerified: false }).where(eq(user.id, invitee.userId));
    const invited = await call(context.app, world.citizen, "POST", person.team(), { email: invitee.email });
    const id = invited.json().invitation.id as string;
    const members = async () =>
      (await call(context.app, world.citizen, "GET", `/api/v1/teams/${world.citizenTeam.id}/members`))
        .json()
        .items.map((member: { userId: string }) => member.userId);
    expect(await members()).not.toContain(invitee.userId);
    expect((await call(context.app, invitee, "GET", "/api/v1/me/teams")).json().items).toEqual([]);

    // Nobody else sees or answers it: not the inviter, not a stranger, not the team's member.
    for (const other of [world.citizen, world.outsider, world.member, world.platformAdmin]) {
      problemOf(await call(context.app, other, "GET", `/api/v1/invitations/${id}`), 404);
      problemOf(await call(context.app, other, "POST", `/api/v1/invitations/${id}/accept`), 404);
      problemOf(await call(context.app, other, "POST", `/api/v1/invitations/${id}/decline`), 404);
    }
    problemOf(await call(context.app, null, "GET", `/api/v1/invitations/${id}`), 401);
    problemOf(await call(context.app, null, "POST", `/api/v1/invitations/${id}/accept`), 401);

    // An address not yet confirmed sees why it cannot answer, and cannot.
    const seen = await call(context.app, invitee, "GET", `/api/v1/invitations/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      kind: "team_member",
      status: "pending",
      target: { type: "team", id: world.citizenTeam.id, name: { en: "Residents" } },
      invitedBy: { id: world.citizen.userId, name: "Bruno Citizen" },
      role: "member",
      can: { accept: false, decline: false, withdraw: false },
      why: { accept: { code: "email_not_verified" } },
    });
    const unverified = problemOf(await call(context.app, invitee, "POST", `/api/v1/invitations/${id}/accept`), 403);
    expect(unverified.type).toBe("/problems/email-not-verified");
    expect((await call(context.app, invitee, "GET", "/api/v1/me/invitations")).json().items).toEqual([]);
    expect(await members()).not.toContain(invitee.userId);

    await confirmEmail(context.app, invitee.email);
    const mine = (await call(context.app, invitee, "GET", "/api/v1/me/invitations")).json().items;
    expect(mine).toEqual([expect.objectContaining({ id, can: { accept: true, decline: true, withdraw: false } })]);
    const accepted = await call(context.app, invitee, "POST", `/api/v1/invitations/${id}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "accepted", can: { accept: false } });
    expect(await members()).toContain(invitee.userId);
    // Accepting again answers the same; declining what was accepted is a conflict.
    expect((await call(context.app, invitee, "POST", `/api/v1/invitations/${id}/accept`)).statusCode).toBe(200);
    const late = problemOf(await call(context.app, invitee, "POST", `/api/v1/invitations/${id}/decline`), 409);
    expect(late.type).toBe("/problems/invitation-accepted");
    expect((await call(context.app, invitee, "GET", "/api/v1/me/invitations")).json().items).toEqual([]);
  });

  it("makes a process administrator on acceptance, in the process's trail", async () => {
    const invitee = await signUp(context.app, { email: freshEmail(), name: "Ieva Invited" });
    const invited = await call(context.app, world.admin, "POST", person.process(), { email: invitee.email });
    problemOf(await call(context.app, invitee, "GET", `/api/v1/processes/${world.process.id}`), 404);
    const seen = await call(context.app, invitee, "GET", `/api/v1/invitations/${invited.json().invitation.id}`);
    // The addressee reads what it is for: that is the point of the invitation.
    expect(seen.json().target).toEqual({
      type: "process",
      id: world.process.id,
      name: { en: "Library opening hours" },
    });
    await acceptInvitation(context.app, { by: invitee, invitationId: invited.json().invitation.id });
    const read = await call(context.app, invitee, "GET", `/api/v1/processes/${world.process.id}`);
    expect(read.json().can.manage_administrators).toBe(true);
    const trail = await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/activity`);
    expect(trail.json().items[0]).toMatchObject({ action: "administrator.added" });
    const verified = await call(
      context.app,
      world.admin,
      "GET",
      `/api/v1/processes/${world.process.id}/activity/verify`,
    );
    expect(verified.json().valid).toBe(true);
  });

  it("makes an organization administrator on acceptance, and a declined one attaches nobody", async () => {
    const yes = await signUp(context.app, { email: freshEmail() });
    const no = await signUp(context.app, { email: freshEmail() });
    const organization = await createOrganization(context.app, { by: world.admin, name: { en: "Cēsis" } });
    const base = `/api/v1/organizations/${organization.id}/administrators`;
    const toYes = await call(context.app, world.admin, "POST", base, { email: yes.email });
    const toNo = await call(context.app, world.admin, "POST", base, { email: no.email });
    const declined = await call(context.app, no, "POST", `/api/v1/invitations/${toNo.json().invitation.id}/decline`);
    expect(declined.json().status).toBe("declined");
    problemOf(await call(context.app, no, "POST", `/api/v1/invitations/${toNo.json().invitation.id}/accept`), 409);
    await acceptInvitation(context.app, { by: yes, invitationId: toYes.json().invitation.id });
    const administrators = (await call(context.app, null, "GET", base)).json().items.map((p: { id: string }) => p.id);
    expect(administrators.sort()).toEqual([world.admin.userId, yes.userId].sort());
  });

  it("asks again without a second row, and mails again at most once a day; a member gets no mail", async () => {
    const email = freshEmail();
    const first = await call(context.app, world.citizen, "POST", person.team(), { email });
    const again = await call(context.app, world.citizen, "POST", person.team(), { email });
    expect(again.json().invitation.id).toBe(first.json().invitation.id);
    expect(await rowsOf(email)).toHaveLength(1);
    expect(await invitationMails(email)).toHaveLength(1);
    // A day later the same request mails again (the invitee may have lost the first), still with one row.
    await context.database.db
      .update(invitation)
      .set({ mailedAt: new Date(Date.now() - 25 * 60 * 60 * 1000) })
      .where(eq(invitation.email, email));
    await call(context.app, world.citizen, "POST", person.team(), { email });
    expect(await invitationMails(email)).toHaveLength(2);
    expect(await rowsOf(email)).toHaveLength(1);

    const mailsBefore = (await invitationMails(world.member.email)).length;
    const answer = await call(context.app, world.citizen, "POST", person.team(), { email: world.member.email });
    expect(answer.statusCode).toBe(202);
    expect(await invitationMails(world.member.email)).toHaveLength(mailsBefore);
  });

  it("refuses bad input and those who may not invite, and changes nothing", async () => {
    const before = await context.database.db.$count(invitation);
    const bad: [unknown, string][] = [
      [{ email: "not-an-address" }, "invalid_email"],
      [{}, "required"],
      [{ email: freshEmail(), surprise: 1 }, "unknown_fields"],
      [{ email: `${"x".repeat(320)}@example.org` }, "too_long"],
      [{ email: freshEmail(), role: "owner" }, "not_one_of"],
    ];
    for (const [body, code] of bad) {
      const problem = problemOf(await call(context.app, world.citizen, "POST", person.team(), body), 422);
      expect(problem.errors?.map((error) => error.code)).toContain(code);
    }
    problemOf(await call(context.app, world.admin, "POST", person.process(), { email: "x", userId: "y" }), 422);
    problemOf(await call(context.app, world.member, "POST", person.team(), { email: freshEmail() }), 403);
    problemOf(await call(context.app, world.editor, "POST", person.process(), { email: freshEmail() }), 403);
    problemOf(await call(context.app, world.outsider, "POST", person.process(), { email: freshEmail() }), 404);
    problemOf(await call(context.app, world.outsider, "POST", person.organization(), { email: freshEmail() }), 403);
    problemOf(await call(context.app, null, "POST", person.team(), { email: freshEmail() }), 401);
    problemOf(
      await call(context.app, world.admin, "POST", `/api/v1/teams/${unknownId}/members`, { email: "a@b.org" }),
      404,
    );
    for (const path of ["x", unknownId]) {
      const status = path === "x" ? 422 : 404;
      problemOf(await call(context.app, world.admin, "GET", `/api/v1/invitations/${path}`), status);
      problemOf(await call(context.app, world.admin, "POST", `/api/v1/invitations/${path}/accept`), status);
      problemOf(await call(context.app, world.admin, "DELETE", `/api/v1/invitations/${path}`), status);
    }
    expect(await context.database.db.$count(invitation)).toBe(before);
    problemOf(await call(context.app, world.admin, "GET", "/api/v1/me/invitations?x=1"), 422);
  });
});

describe("pending invitations: listing, withdrawing, expiring", () => {
  it("lists a thing's pending invitations to those who run it only", async () => {
    const email = freshEmail();
    await call(context.app, world.citizen, "POST", person.team(), { email });
    const url = `/api/v1/teams/${world.citizenTeam.id}/invitations`;
    const listed = await call(context.app, world.citizen, "GET", url);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((item: { email: string }) => item.email)).toContain(email);
    expect(listed.json().items[0].can.withdraw).toBe(true);
    problemOf(await call(context.app, world.member, "GET", url), 403);
    problemOf(await call(context.app, null, "GET", url), 401);
    problemOf(await call(context.app, world.citizen, "GET", `${url}?limit=0`), 422);

    await call(context.app, world.admin, "POST", person.organization(), { email });
    const organization = `/api/v1/organizations/${world.organization.id}/invitations`;
    expect((await call(context.app, world.admin, "GET", organization)).json().items[0]).toMatchObject({
      email,
      kind: "organization_administrator",
    });
    problemOf(await call(context.app, world.citizen, "GET", organization), 403);
    const processUrl = `/api/v1/processes/${world.process.id}/invitations`;
    expect((await call(context.app, world.admin, "GET", processUrl)).statusCode).toBe(200);
    problemOf(await call(context.app, world.outsider, "GET", processUrl), 404);
    problemOf(await call(context.app, world.editor, "GET", processUrl), 403);
  });

  it("withdraws: only those who run the thing, and then nobody can accept", async () => {
    const invitee = await signUp(context.app, { email: freshEmail() });
    const invited = await call(context.app, world.citizen, "POST", person.team(), { email: invitee.email });
    const id = invited.json().invitation.id as string;
    problemOf(await call(context.app, invitee, "DELETE", `/api/v1/invitations/${id}`), 403);
    problemOf(await call(context.app, world.outsider, "DELETE", `/api/v1/invitations/${id}`), 404);
    problemOf(await call(context.app, world.admin, "DELETE", `/api/v1/invitations/${id}`, { surprise: 1 }), 422);
    expect((await call(context.app, world.citizen, "DELETE", `/api/v1/invitations/${id}`)).statusCode).toBe(204);
    const withdrawn = problemOf(await call(context.app, invitee, "POST", `/api/v1/invitations/${id}/accept`), 409);
    expect(withdrawn.type).toBe("/problems/invitation-withdrawn");
    problemOf(await call(context.app, world.citizen, "DELETE", `/api/v1/invitations/${id}`), 409);
    const listed = await call(context.app, world.citizen, "GET", `/api/v1/teams/${world.citizenTeam.id}/invitations`);
    expect(listed.json().items.map((item: { id: string }) => item.id)).not.toContain(id);
    expect((await call(context.app, invitee, "GET", "/api/v1/me/teams")).json().items).toEqual([]);
  });

  it("expires after fourteen days: no answer, no list, and asking again makes a new one", async () => {
    const invitee = await signUp(context.app, { email: freshEmail() });
    const invited = await call(context.app, world.citizen, "POST", person.team(), { email: invitee.email });
    const id = invited.json().invitation.id as string;
    await context.database.db
      .update(invitation)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitation.id, id));
    const expired = problemOf(await call(context.app, invitee, "POST", `/api/v1/invitations/${id}/accept`), 409);
    expect(expired.type).toBe("/problems/invitation-expired");
    expect((await call(context.app, invitee, "GET", `/api/v1/invitations/${id}`)).json().status).toBe("expired");
    expect((await call(context.app, invitee, "GET", "/api/v1/me/invitations")).json().items).toEqual([]);
    const listed = await call(context.app, world.citizen, "GET", `/api/v1/teams/${world.citizenTeam.id}/invitations`);
    expect(listed.json().items.map((item: { id: string }) => item.id)).not.toContain(id);
    problemOf(await call(context.app, world.citizen, "DELETE", `/api/v1/invitations/${id}`), 409);

    const renewed = await call(context.app, world.citizen, "POST", person.team(), { email: invitee.email });
    expect(renewed.json().invitation.id).not.toBe(id);
    await acceptInvitation(context.app, { by: invitee, invitationId: renewed.json().invitation.id });
  });
});

describe("rights for another organization's team", () => {
  const grants = () => `/api/v1/processes/${world.process.id}/grants`;

  it("waits for the team's administrators: until then the team has nothing and sees nothing", async () => {
    await call(context.app, world.citizen, "POST", `/api/v1/teams/${gardeners.id}/members`, {
      email: world.member.email,
    });
    const gardenerInvite = (await call(context.app, world.member, "GET", "/api/v1/me/invitations"))
      .json()
      .items.find((item: { target: { id: string } }) => item.target.id === gardeners.id);
    await acceptInvitation(context.app, { by: world.member, invitationId: gardenerInvite.id });

    const offered = await call(context.app, world.admin, "POST", grants(), {
      teamId: gardeners.id,
      itemId: world.tasks.design.id,
      rights: ["view", "edit_assets"],
    });
    expect(offered.statusCode).toBe(202);
    expect(offered.json().invitation).toMatchObject({ kind: "process_grant", teamId: gardeners.id, email: null });
    const id = offered.json().invitation.id as string;
    // Asking again answers the waiting one.
    const again = await call(context.app, world.admin, "POST", grants(), {
      teamId: gardeners.id,
      itemId: world.tasks.design.id,
      rights: ["view"],
    });
    expect(again.json().invitation.id).toBe(id);

    const listed = (await call(context.app, world.admin, "GET", grants())).json();
    expect(listed.items.some((grant: { team: { id: string } | null }) => grant.team?.id === gardeners.id)).toBe(false);
    expect(listed.pending).toEqual([
      expect.objectContaining({
        id,
        team: { id: gardeners.id, name: gardeners.name },
        rights: ["view", "edit_assets"],
      }),
    ]);

    // The team's members (the member belongs to the residents too, who hold rights on Build only) see no more.
    const gardenerOnly = await signUp(context.app, { email: freshEmail() });
    await call(context.app, world.citizen, "POST", `/api/v1/teams/${gardeners.id}/members`, {
      email: gardenerOnly.email,
    });
    const joined = (await call(context.app, gardenerOnly, "GET", "/api/v1/me/invitations")).json().items[0];
    await acceptInvitation(context.app, { by: gardenerOnly, invitationId: joined.id });
    problemOf(await call(context.app, gardenerOnly, "GET", `/api/v1/processes/${world.process.id}`), 404);
    const mine = await call(context.app, gardenerOnly, "GET", "/api/v1/processes?mine=true");
    expect(mine.json().items).toEqual([]);
    // A member who does not run the team neither sees nor answers the offer.
    problemOf(await call(context.app, gardenerOnly, "GET", `/api/v1/invitations/${id}`), 404);
    problemOf(await call(context.app, gardenerOnly, "POST", `/api/v1/invitations/${id}/accept`), 404);
    expect((await call(context.app, gardenerOnly, "GET", "/api/v1/me/invitations")).json().items).toEqual([]);

    // The team's administrator reads what is offered, by whom, and accepts.
    const [mail] = await invitationMails(world.citizen.email);
    expect(mail?.text).toContain("Gardeners");
    expect(mail?.text).toContain("Library opening hours");
    const forCitizen = (await call(context.app, world.citizen, "GET", "/api/v1/me/invitations")).json().items;
    expect(forCitizen).toContainEqual(
      expect.objectContaining({
        id,
        kind: "process_grant",
        target: { type: "process", id: world.process.id, name: { en: "Library opening hours" } },
        item: { id: world.tasks.design.id, name: world.tasks.design.name },
        invitedBy: { id: world.admin.userId, name: "Ana Admin" },
        can: { accept: true, decline: true, withdraw: false },
      }),
    );
    await acceptInvitation(context.app, { by: world.citizen, invitationId: id });
    const read = await call(context.app, gardenerOnly, "GET", `/api/v1/processes/${world.process.id}`);
    expect(read.statusCode).toBe(200);
    const after = (await call(context.app, world.admin, "GET", grants())).json();
    expect(after.pending).toEqual([]);
    expect(after.items).toContainEqual(
      expect.objectContaining({ team: { id: gardeners.id, name: gardeners.name }, rights: ["view", "edit_assets"] }),
    );
    const trail = await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/activity`);
    expect(trail.json().items[0]).toMatchObject({ action: "grant.created" });
  });

  it("grants at once to a team the granter runs, and refuses what is not an item of the process", async () => {
    const own = await createTeam(context.app, { by: world.admin, organizationId: world.organization.id });
    const granted = await call(context.app, world.admin, "POST", grants(), { teamId: own.id, rights: ["view"] });
    expect(granted.statusCode).toBe(201);
    // A platform administrator may do everything, but does not speak for a team: it is asked like anyone's.
    const byPlatform = await call(context.app, world.platformAdmin, "POST", grants(), {
      teamId: gardeners.id,
      itemId: world.tasks.build.id,
      rights: ["view"],
    });
    expect(byPlatform.statusCode).toBe(202);
    const offered = byPlatform.json().invitation.id as string;
    problemOf(await call(context.app, world.platformAdmin, "POST", `/api/v1/invitations/${offered}/accept`), 404);
    expect((await call(context.app, world.platformAdmin, "DELETE", `/api/v1/invitations/${offered}`)).statusCode).toBe(
      204,
    );
    const otherProcess = await createProcess(context.app, { by: world.admin });
    const before = await context.database.db.$count(invitation);
    const problem = problemOf(
      await call(context.app, world.admin, "POST", `/api/v1/processes/${otherProcess.id}/grants`, {
        teamId: gardeners.id,
        itemId: world.tasks.design.id,
        rights: ["view"],
      }),
      422,
    );
    expect(problem.errors?.[0]?.code).toBe("not_an_item_of_process");
    expect(await context.database.db.$count(invitation)).toBe(before);
  });

  it("can be withdrawn by the process's administrators and declined by the team's", async () => {
    const first = await createGrant(context.app, {
      by: world.admin,
      processId: world.process.id,
      teamId: gardeners.id,
      itemId: world.tasks.sustain.id,
      rights: ["view"],
      acceptedBy: world.citizen,
    });
    expect(first.team?.id).toBe(gardeners.id);
    const offer = async () =>
      (
        await call(context.app, world.admin, "POST", grants(), {
          teamId: gardeners.id,
          itemId: world.tasks.engage.id,
          rights: ["view"],
        })
      ).json().invitation.id as string;
    const withdrawnId = await offer();
    problemOf(await call(context.app, world.citizen, "DELETE", `/api/v1/invitations/${withdrawnId}`), 403);
    expect((await call(context.app, world.admin, "DELETE", `/api/v1/invitations/${withdrawnId}`)).statusCode).toBe(204);
    const declinedId = await offer();
    expect(declinedId).not.toBe(withdrawnId);
    const declined = await call(context.app, world.citizen, "POST", `/api/v1/invitations/${declinedId}/decline`);
    expect(declined.json().status).toBe("declined");
    const listed = (await call(context.app, world.admin, "GET", grants())).json();
    expect(listed.items.filter((grant: { itemId: string }) => grant.itemId === world.tasks.engage.id)).toEqual([]);
    expect(listed.pending).toEqual([]);
  });
});

describe("rate limit", () => {
  it("refuses an actor's invitations past the hour's budget with 429, across routes and servers", async () => {
    const limited = await createTestApp({ RATE_LIMIT_INVITATIONS_PER_HOUR: "3" });
    const second = await createSecondApp(limited);
    try {
      const boss = await signUp(limited.app, { name: "Boss" });
      const other = await signUp(limited.app, { name: "Other" });
      const organization = await createOrganization(limited.app, { by: boss });
      const team = await createTeam(limited.app, { by: boss, organizationId: organization.id });
      const invite = (app: typeof limited.app, by: Session, url: string) =>
        call(app, by, "POST", url, { email: freshEmail() });
      expect((await invite(limited.app, boss, `/api/v1/teams/${team.id}/members`)).statusCode).toBe(202);
      expect(
        (await invite(second.app, boss, `/api/v1/organizations/${organization.id}/administrators`)).statusCode,
      ).toBe(202);
      expect((await invite(limited.app, boss, `/api/v1/teams/${team.id}/members`)).statusCode).toBe(202);
      const refused = await invite(second.app, boss, `/api/v1/teams/${team.id}/members`);
      const problem = problemOf(refused, 429);
      expect(problem.type).toBe("/problems/rate-limited");
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
      expect(await limited.database.db.$count(invitation)).toBe(3);
      // Another person's budget is their own.
      const otherOrganization = await createOrganization(limited.app, { by: other });
      expect(
        (await invite(limited.app, other, `/api/v1/organizations/${otherOrganization.id}/administrators`)).statusCode,
      ).toBe(202);
    } finally {
      await second.close();
      await limited.close();
    }
  });
});

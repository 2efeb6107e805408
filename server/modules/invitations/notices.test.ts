import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailOutbox, user } from "../../db/schema/index.js";
import { call, createTestApp, type Session, signUp, type TestContext } from "../../test/app.js";
import { acceptInvitation, createGrant, createProcess } from "../../test/factories.js";
import { type CoproductionWorld, coproductionWorld } from "../../test/world.js";

// What invitations and rights tell people (issue #13): the addressee finds the invitation in their inbox (its own
// mail having gone already, no second one), the inviter hears the answer, and whoever a grant gives rights to, or
// takes them from, is told; each checked when delivered.

let context: TestContext;
let world: CoproductionWorld;

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context);
});
afterAll(() => context.close());

interface Told {
  type: string;
  text: string;
  url: string;
  subject: { kind: string; id: string };
}
/**
 * What a person was told of these types about one thing (an invitation, a process: its id in the subject or the
 * link), newest first, once every waiting job ran; what the world's setup told them is about other things.
 */
async function told(session: Session, about: string, ...types: string[]): Promise<Told[]> {
  await context.app.jobs.drain();
  const items: Told[] = (await call(context.app, session, "GET", "/api/v1/me/notifications?limit=50")).json().items;
  return items.filter((item) => types.includes(item.type) && (item.subject.id === about || item.url.includes(about)));
}
const mailsTo = (email: string) =>
  context.database.db.select({ purpose: mailOutbox.purpose }).from(mailOutbox).where(eq(mailOutbox.recipient, email));
const teamMembers = () => `/api/v1/teams/${world.citizenTeam.id}/members`;

describe("an invitation", () => {
  it("waits in the addressee's inbox in their language, mailed once, and its answer reaches the inviter", async () => {
    const invitee = await signUp(context.app, { name: "Līga", language: "lv" });
    const invited = await call(context.app, world.citizen, "POST", teamMembers(), { email: invitee.email });
    const id = invited.json().invitation.id as string;
    const [received] = await told(invitee, id, "invitation.received");
    expect(received).toMatchObject({
      text: "Bruno Citizen aicina jūs pievienoties komandai “Residents”. Pieņemiet vai noraidiet ielūgumu.",
      url: `/invitations/${id}`,
      subject: { kind: "invitation", id },
    });
    // The invitation's own mail, and no notification mail beside it.
    expect((await mailsTo(invitee.email)).map((mail) => mail.purpose)).toEqual(["verify-email", "invitation"]);

    await acceptInvitation(context.app, { by: invitee, invitationId: id });
    expect(await told(world.citizen, id, "invitation.answered")).toMatchObject([
      { text: "Līga accepted your invitation to “Residents”.", url: `/teams/${world.citizenTeam.id}` },
    ]);
    // Once answered, it is no longer waiting: asking the invitee again is nothing to tell.
    expect(await told(invitee, id, "invitation.received")).toHaveLength(1);
  });

  it("tells nobody at an address without an account, nor an account whose address is not confirmed", async () => {
    const unconfirmed = await signUp(context.app);
    await context.app.db.update(user).set({ emailVerified: false }).where(eq(user.id, unconfirmed.userId));
    await call(context.app, world.citizen, "POST", teamMembers(), { email: unconfirmed.email });
    await call(context.app, world.citizen, "POST", teamMembers(), { email: "nobody-here@example.org" });
    expect(await told(unconfirmed, "/invitations/", "invitation.received")).toEqual([]);
  });

  it("offering a team rights waits for its administrators; once accepted, its other members take part", async () => {
    const process = await createProcess(context.app, { by: world.admin, name: "Reading club" });
    const offered = await call(context.app, world.admin, "POST", `/api/v1/processes/${process.id}/grants`, {
      teamId: world.citizenTeam.id,
      rights: ["view"],
    });
    expect(offered.statusCode).toBe(202);
    const id = offered.json().invitation.id as string;
    expect(await told(world.citizen, id, "invitation.received")).toMatchObject([
      {
        text: "Ana Admin invites your team “Residents” to take part in the process “Reading club”. Accept or decline the invitation.",
        url: `/invitations/${id}`,
      },
    ]);
    // A member who does not speak for the team is not asked, and sees nothing of the process yet.
    expect(await told(world.member, process.id, "invitation.received", "grant.changed")).toEqual([]);

    await acceptInvitation(context.app, { by: world.citizen, invitationId: id });
    expect(await told(world.member, process.id, "grant.changed")).toMatchObject([
      { text: "Your team “Residents” now takes part in “Reading club”.", url: `/processes/${process.id}` },
    ]);
    expect(await told(world.citizen, process.id, "grant.changed")).toEqual([]);
    expect(await told(world.admin, id, "invitation.answered")).toMatchObject([
      { text: "Bruno Citizen accepted your invitation to “Reading club”." },
    ]);
  });
});

describe("rights of one's own", () => {
  it("tells the person given them and, when taken back, that too", async () => {
    const process = await createProcess(context.app, { by: world.admin, name: "Park benches" });
    const grant = await createGrant(context.app, {
      by: world.admin,
      processId: process.id,
      userId: world.outsider.userId,
      rights: ["view"],
    });
    expect((await told(world.outsider, process.id, "grant.changed")).map((item) => item.text)).toEqual([
      "Ana Admin gave you rights in “Park benches”: you take part in it now.",
    ]);
    expect((await call(context.app, world.admin, "DELETE", `/api/v1/grants/${grant.id}`)).statusCode).toBe(204);
    expect((await told(world.outsider, process.id, "grant.changed")).map((item) => item.text)).toEqual([
      "Ana Admin took back your rights in “Park benches”.",
      "Ana Admin gave you rights in “Park benches”: you take part in it now.",
    ]);
  });

  it("given and taken back before the notice went out, tells only that they were taken back", async () => {
    await context.app.jobs.stop();
    const process = await createProcess(context.app, { by: world.admin, name: "Night buses" });
    const stranger = await signUp(context.app);
    const grant = await createGrant(context.app, {
      by: world.admin,
      processId: process.id,
      userId: stranger.userId,
      rights: ["view"],
    });
    await call(context.app, world.admin, "DELETE", `/api/v1/grants/${grant.id}`);
    expect((await told(stranger, process.id, "grant.changed")).map((item) => item.text)).toEqual([
      "Ana Admin took back your rights in “Night buses”.",
    ]);
  });
});

import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext, testOrigin } from "../../test/app.js";
import { createGrant, createOrganization, createProcess, createTeam } from "../../test/factories.js";
import { maxImageBytes } from "./image.js";

let context: TestContext;
let administrator: Session;
let citizen: Session;
let outsider: Session;
let publicId: string;
let privateId: string;
let residentsId: string;
let hiddenTeamId: string;

async function photoWithExif(width = 2400, height = 1200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Copyright: "Secret camera owner", Artist: "Someone" } } })
    .toBuffer();
}

/** `call` with the session and Origin kept when other headers are added. */
const send = (
  session: Session | null,
  method: "GET" | "PUT",
  url: string,
  headers: Record<string, string>,
  body?: Buffer,
) =>
  call(context.app, session, method, url, body, {
    headers: {
      ...(session ? { cookie: session.cookie } : {}),
      ...(method === "GET" ? {} : { origin: testOrigin }),
      ...headers,
    },
  });

const upload = (session: Session | null, id: string, body: Buffer, type = "image/jpeg", alt = "A blue square") =>
  send(session, "PUT", `/api/v1/processes/${id}/image?alt=${encodeURIComponent(alt)}`, { "content-type": type }, body);

beforeAll(async () => {
  context = await createTestApp();
  await signUp(context.app, { name: "Platform Admin" });
  administrator = await signUp(context.app, { name: "Civil Servant" });
  citizen = await signUp(context.app, { name: "Citizen" });
  outsider = await signUp(context.app, { name: "Outsider" });
  const city = await createOrganization(context.app, { by: administrator, name: { en: "Valmiera" } });
  const residents = await createTeam(context.app, {
    by: administrator,
    organizationId: city.id,
    name: { en: "Residents" },
    type: "citizen",
  });
  residentsId = residents.id;
  const closed = await createOrganization(context.app, {
    by: administrator,
    name: { en: "Closed club" },
    type: "nonprofit_organization",
    visibility: "private",
  });
  hiddenTeamId = (
    await createTeam(context.app, { by: administrator, organizationId: closed.id, name: { en: "Quiet team" } })
  ).id;

  const make = async (visibility: "public" | "private") =>
    (await createProcess(context.app, { by: administrator, name: `A ${visibility} process`, visibility })).id;
  publicId = await make("public");
  privateId = await make("private");
  for (const teamId of [residentsId, hiddenTeamId]) {
    await createGrant(context.app, { by: administrator, processId: publicId, teamId, rights: ["view"] });
  }
});

afterAll(async () => {
  await context.close();
});

describe("cover image", () => {
  it("is re-encoded as WebP without EXIF, scaled down, and served with caching headers to anyone", async () => {
    const response = await upload(administrator, publicId, await photoWithExif());
    expect(response.statusCode).toBe(200);
    const { url, alt } = response.json();
    expect(alt).toBe("A blue square");
    expect(url).toMatch(new RegExp(`^/api/v1/processes/${publicId}/image\\?v=`));

    const anonymous = await call(context.app, null, "GET", url);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.headers["content-type"]).toBe("image/webp");
    expect(anonymous.headers["cache-control"]).toContain("public");
    const etag = anonymous.headers.etag as string;
    expect(etag).toBeTruthy();
    const metadata = await sharp(anonymous.rawPayload).metadata();
    expect(metadata.format).toBe("webp");
    expect(metadata.width).toBe(1600);
    expect(metadata.exif).toBeUndefined();
    expect(anonymous.rawPayload.includes(Buffer.from("Secret camera owner"))).toBe(false);

    const again = await send(null, "GET", url, { "if-none-match": etag });
    expect(again.statusCode).toBe(304);

    const process = await call(context.app, null, "GET", `/api/v1/processes/${publicId}`);
    expect(process.json().image).toEqual({ url, alt: "A blue square" });
    const list = await call(context.app, null, "GET", "/api/v1/processes");
    expect(list.json().items.find((entry: { id: string }) => entry.id === publicId).image.url).toBe(url);
  });

  it("accepts PNG and WebP too", async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: "#ff0000" } })
      .png()
      .toBuffer();
    expect((await upload(administrator, publicId, png, "image/png")).statusCode).toBe(200);
    const webp = await sharp(png).webp().toBuffer();
    expect((await upload(administrator, publicId, webp, "image/webp", "Red")).statusCode).toBe(200);
  });

  it("refuses other types, fake images, oversized files and a missing description", async () => {
    const gif = Buffer.from("GIF89a");
    problemOf(await upload(administrator, publicId, gif, "image/gif"), 415);
    problemOf(await upload(administrator, publicId, Buffer.from("hello"), "text/plain"), 415);
    const fake = problemOf(await upload(administrator, publicId, Buffer.from("not really a png"), "image/png"), 422);
    expect(fake.type).toBe("/problems/not-an-image");
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>');
    problemOf(await upload(administrator, publicId, svg, "image/png"), 422);
    const huge = Buffer.alloc(maxImageBytes + 10, 1);
    const tooLarge = problemOf(await upload(administrator, publicId, huge, "image/png"), 413);
    expect(tooLarge.detail).toContain("5 MiB");
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    const noAlt = await send(
      administrator,
      "PUT",
      `/api/v1/processes/${publicId}/image`,
      { "content-type": "image/png" },
      png,
    );
    problemOf(noAlt, 422);
    problemOf(await upload(administrator, publicId, png, "image/png", "   "), 422);
  });

  it("may only be changed by the process's administrators", async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    problemOf(await upload(null, publicId, png, "image/png"), 401);
    problemOf(await upload(outsider, publicId, png, "image/png"), 403);
    problemOf(await call(context.app, outsider, "DELETE", `/api/v1/processes/${publicId}/image`), 403);
  });

  it("of a private process is hidden from outsiders", async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#0f0" } })
      .png()
      .toBuffer();
    const response = await upload(administrator, privateId, png, "image/png", "Green");
    expect(response.statusCode).toBe(200);
    const url = response.json().url as string;
    expect((await call(context.app, administrator, "GET", url)).headers["cache-control"]).toContain("private");
    problemOf(await call(context.app, outsider, "GET", url), 404);
    problemOf(await call(context.app, null, "GET", url), 404);
    problemOf(await upload(outsider, privateId, png, "image/png"), 404);
  });

  it("can be removed", async () => {
    const removed = await call(context.app, administrator, "DELETE", `/api/v1/processes/${privateId}/image`);
    expect(removed.statusCode).toBe(204);
    problemOf(await call(context.app, administrator, "GET", `/api/v1/processes/${privateId}/image`), 404);
    expect((await call(context.app, administrator, "GET", `/api/v1/processes/${privateId}`)).json().image).toBeNull();
    problemOf(await call(context.app, administrator, "DELETE", `/api/v1/processes/${privateId}/image`), 404);
  });
});

describe("summary", () => {
  it("carries the current phase, task counts and participants by actor type", async () => {
    const process = (await call(context.app, null, "GET", `/api/v1/processes/${publicId}`)).json();
    expect(process.currentPhase).toMatchObject({ number: 1, status: "awaiting" });
    expect(process.phases.total).toBeGreaterThan(1);
    expect(process.tasks.total).toBeGreaterThan(0);
    expect(process.tasks.finished).toBe(0);
    expect(process.participants).toMatchObject({ teams: 2, organizations: 2, people: 0 });
    expect(process.participants.byType).toEqual(
      expect.arrayContaining([
        { type: "citizen", teams: 2, organizations: 0 },
        { type: "public_administration", teams: 0, organizations: 1 },
        { type: "nonprofit_organization", teams: 0, organizations: 1 },
      ]),
    );
  });

  it("moves the current phase on when a phase is finished", async () => {
    const tree = (await call(context.app, administrator, "GET", `/api/v1/processes/${publicId}/tree`)).json().items;
    const first = tree[0];
    const leaves = first.children.flatMap((objective: { id: string; children: { id: string }[] }) =>
      objective.children.length ? objective.children : [objective],
    );
    for (const leaf of leaves) {
      const done = await call(context.app, administrator, "PATCH", `/api/v1/items/${leaf.id}`, {
        status: "finished",
        force: true,
      });
      expect(done.statusCode).toBe(200);
    }
    const list = (await call(context.app, null, "GET", "/api/v1/processes")).json();
    const entry = list.items.find((candidate: { id: string }) => candidate.id === publicId);
    expect(entry.currentPhase).toMatchObject({ number: 2, name: tree[1].name });
    expect(entry.phases.finished).toBe(1);
    expect(entry.tasks.finished).toBe(leaves.length);
  });
});

describe("participants", () => {
  it("lists the visible teams with how to join them, and counts the others", async () => {
    const anonymous = (await call(context.app, null, "GET", `/api/v1/processes/${publicId}/participants`)).json();
    expect(anonymous.items).toHaveLength(1);
    expect(anonymous.items[0]).toMatchObject({
      team: { id: residentsId, name: { en: "Residents" }, requestPending: false, can: { request_to_join: false } },
      organization: { name: { en: "Valmiera" }, type: "public_administration" },
    });
    expect(anonymous.hiddenTeams).toBe(1);

    const before = (await call(context.app, citizen, "GET", `/api/v1/processes/${publicId}/participants`)).json();
    expect(before.items[0].team.can.request_to_join).toBe(true);
    const asked = await call(context.app, citizen, "POST", `/api/v1/teams/${residentsId}/join-requests`, {});
    expect(asked.statusCode).toBe(201);
    const after = (await call(context.app, citizen, "GET", `/api/v1/processes/${publicId}/participants`)).json();
    expect(after.items[0].team).toMatchObject({ requestPending: true, can: { request_to_join: false } });
    const admin = (await call(context.app, administrator, "GET", `/api/v1/processes/${publicId}/participants`)).json();
    expect(admin.items).toHaveLength(2);
    expect(admin.hiddenTeams).toBe(0);
  });

  it("of a private process are hidden from outsiders", async () => {
    problemOf(await call(context.app, outsider, "GET", `/api/v1/processes/${privateId}/participants`), 404);
    expect(hiddenTeamId).toBeTruthy();
  });
});

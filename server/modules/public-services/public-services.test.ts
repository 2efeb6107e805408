import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicService, publicServiceRevision } from "../../db/schema/index.js";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";
import {
  addTeamMember,
  createOrganization,
  createProcess,
  createTeam,
  type Organization,
} from "../../test/factories.js";

// Public services (issue #14): a public administration's own people describe its services; everyone reads the
// public ones, only its people the private ones; every change keeps the version before; bad input changes nothing.

let context: TestContext;
let admin: Session;
let civilServant: Session;
let outsider: Session;
let council: Organization;
let privateCouncil: Organization;

const theme = (code: string) => `http://publications.europa.eu/resource/authority/data-theme/${code}`;

const libraryCard = {
  name: { en: "Library card", lv: "Bibliotēkas karte", it: "Tessera della biblioteca", es: "Carné de biblioteca" },
  description: {
    en: "Get a card to borrow books from the city's libraries.",
    lv: "Saņemiet karti, lai aizņemtos grāmatas pilsētas bibliotēkās.",
    it: "Richiedi la tessera per prendere in prestito i libri delle biblioteche comunali.",
  },
  keywords: ["library", "books"],
  thematicAreas: [theme("EDUC"), theme("SOCI")],
  sectors: ["http://data.europa.eu/ux2/nace2/R"],
  channels: [
    { type: "online", url: "https://example.org/library/card" },
    { type: "in_person", address: "Tērbatas iela 75, Rīga" },
    { type: "phone", phone: "+371 67 000 000" },
  ],
  processingTime: "P3D",
  costs: [{ value: 0, currency: "EUR", description: "Free for residents" }],
  requirements: [{ name: "Proof of address", description: "A document naming your address in Riga." }],
  outputs: [{ name: "Library card" }],
  legalResources: ["https://likumi.lv/ta/id/12345"],
  languages: ["lv", "en"],
  spatial: ["http://publications.europa.eu/resource/authority/country/LVA"],
  status: "completed",
  contactPoint: { email: "library@example.org", phone: "+371 67 000 001", openingHours: "Mon–Fri 9–18" },
  visibility: "public",
};

const create = (session: Session | null, body: Record<string, unknown>) =>
  call(context.app, session, "POST", "/api/v1/public-services", body);
const read = (session: Session | null, id: string) =>
  call(context.app, session, "GET", `/api/v1/public-services/${id}`);
const serviceCount = () => context.database.db.$count(publicService);

beforeAll(async () => {
  context = await createTestApp();
  // The first account administers the platform (and so sees everything): not one of the people here.
  await signUp(context.app, { name: "Platform operator" });
  admin = await signUp(context.app, { name: "Ilze Ozola" });
  civilServant = await signUp(context.app, { name: "Jānis Kalniņš" });
  outsider = await signUp(context.app, { name: "Outsider" });
  council = await createOrganization(context.app, { by: admin });
  privateCouncil = await createOrganization(context.app, {
    by: admin,
    name: { en: "Internal services office" },
    visibility: "private",
  });
  const staff = await createTeam(context.app, {
    by: admin,
    organizationId: council.id,
    name: { en: "Library staff" },
    type: "public_administration",
  });
  await addTeamMember(context.app, { by: admin, teamId: staff.id, member: civilServant });
});
afterAll(() => context.close());

describe("describing a public service", () => {
  it("keeps every field a civil servant gives, and tells who may do what", async () => {
    const response = await create(civilServant, { organizationId: council.id, ...libraryCard });
    expect(response.statusCode, response.body).toBe(201);
    const service = response.json();
    expect(service).toMatchObject({
      ...libraryCard,
      identifier: null,
      organization: { id: council.id, name: council.name },
      version: 1,
      relatedServices: [],
      processes: [],
      importedFrom: null,
      links: {
        page: `/public-services/${service.id}`,
        turtle: `/api/v1/public-services/${service.id}.ttl`,
        jsonld: `/api/v1/public-services/${service.id}.jsonld`,
      },
      can: { update: true, delete: false },
    });
    expect((await read(admin, service.id)).json().can).toEqual({ update: true, delete: true });
    expect((await read(outsider, service.id)).json().can).toEqual({ update: false, delete: false });
    expect((await read(null, service.id)).json().name.lv).toBe("Bibliotēkas karte");
  });

  it("takes an administration's own identifier and the bare minimum", async () => {
    const response = await create(admin, {
      organizationId: council.id,
      identifier: "RIGA-LIB-002",
      name: { lv: "Grāmatu rezervēšana" },
      description: { lv: "Rezervējiet grāmatu tiešsaistē." },
      visibility: "public",
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      identifier: "RIGA-LIB-002",
      keywords: [],
      channels: [],
      processingTime: null,
      contactPoint: null,
      status: null,
    });
  });

  it("refuses bad input with 422 naming the field and the code, and makes nothing", async () => {
    const before = await serviceCount();
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ name: undefined }, "body.name"],
      [{ name: {} }, "body.name", "text_required"],
      [{ description: { fr: "Carte" } }, "body.description"],
      [{ thematicAreas: ["http://example.org/theme/books"] }, "body.thematicAreas.0", "unknown_thematic_area"],
      [{ thematicAreas: [theme("BOOKS")] }, "body.thematicAreas.0", "unknown_thematic_area"],
      [{ sectors: ["http://data.europa.eu/ux2/nace2/Z"] }, "body.sectors.0", "unknown_sector"],
      [{ spatial: ["http://example.org/riga"] }, "body.spatial.0", "unknown_spatial"],
      [{ processingTime: "three days" }, "body.processingTime"],
      [{ processingTime: "P" }, "body.processingTime"],
      [{ channels: [{ type: "carrier pigeon" }] }, "body.channels.0.type"],
      [{ channels: [{ type: "online", url: "javascript:alert(1)" }] }, "body.channels.0.url"],
      [{ costs: [{ value: -1, currency: "EUR" }] }, "body.costs.0.value"],
      [{ costs: [{ value: 5, currency: "euro" }] }, "body.costs.0.currency"],
      [{ languages: ["xx"] }, "body.languages.0"],
      [{ legalResources: ["ftp://example.org/law"] }, "body.legalResources.0"],
      [{ status: "active" }, "body.status"],
      [{ visibility: "secret" }, "body.visibility"],
      [{ organizationId: "not-an-id" }, "body.organizationId"],
      [{ processIds: ["00000000-0000-7000-8000-000000000000"] }, "body.processIds.0", "unknown_process"],
      [{ relatedServiceIds: ["00000000-0000-7000-8000-000000000000"] }, "body.relatedServiceIds.0", "unknown_service"],
      [{ keywords: Array.from({ length: 31 }, (_, index) => `k${index}`) }, "body.keywords"],
      [{ owner: "me" }, "body"],
    ];
    for (const [change, path, code] of cases) {
      const body = { organizationId: council.id, ...libraryCard, ...change };
      const problem = problemOf(await create(admin, body), 422);
      const error = problem.errors?.find((candidate) => candidate.path === path);
      expect(error, `${JSON.stringify(change)} → ${JSON.stringify(problem.errors)}`).toBeDefined();
      if (code) expect(error!.code).toBe(code);
    }
    expect(await serviceCount()).toBe(before);
  });

  it("lets only a public administration's own people describe its services", async () => {
    const before = await serviceCount();
    problemOf(await create(null, { organizationId: council.id, ...libraryCard }), 401);
    problemOf(await create(outsider, { organizationId: council.id, ...libraryCard }), 403);
    // A private administration stays unknown to outsiders.
    problemOf(await create(outsider, { organizationId: privateCouncil.id, ...libraryCard }), 404);
    const association = await createOrganization(context.app, {
      by: outsider,
      name: { en: "Readers' association" },
      type: "nonprofit_organization",
    });
    const refused = problemOf(await create(outsider, { organizationId: association.id, ...libraryCard }), 403);
    expect(refused.type).toBe("/problems/not-public-administration");
    expect(await serviceCount()).toBe(before);
  });

  it("links the processes that improved it, showing each reader only the processes they may see", async () => {
    const process = await createProcess(context.app, { by: admin, name: "Better library cards" });
    const other = await createProcess(context.app, { by: outsider, name: "Someone else's process" });
    const refused = problemOf(
      await create(admin, { organizationId: council.id, ...libraryCard, processIds: [other.id] }),
      422,
    );
    expect(refused.errors?.[0]?.code).toBe("unknown_process");
    const response = await create(admin, { organizationId: council.id, ...libraryCard, processIds: [process.id] });
    expect(response.statusCode, response.body).toBe(201);
    const id = response.json().id;
    expect((await read(admin, id)).json().processes).toEqual([{ id: process.id, name: "Better library cards" }]);
    // The process is private: to an outsider the public service names no process.
    expect((await read(outsider, id)).json().processes).toEqual([]);
  });
});

describe("reading and the private ones", () => {
  it("shows private services, and public ones of a private administration, only to its own people", async () => {
    const draft = (await create(admin, { organizationId: council.id, ...libraryCard, visibility: "private" })).json();
    const hidden = (await create(admin, { organizationId: privateCouncil.id, ...libraryCard })).json();
    for (const id of [draft.id, hidden.id]) {
      problemOf(await read(outsider, id), 404);
      problemOf(await read(null, id), 404);
      expect((await read(admin, id)).statusCode).toBe(200);
      problemOf(await call(context.app, outsider, "GET", `/api/v1/public-services/${id}/history`), 404);
      problemOf(await call(context.app, outsider, "PATCH", `/api/v1/public-services/${id}`, { keywords: [] }), 404);
    }
    expect((await read(civilServant, draft.id)).statusCode).toBe(200);
    const listed = (await call(context.app, outsider, "GET", "/api/v1/public-services?limit=100")).json();
    const ids = listed.items.map((item: { id: string }) => item.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(hidden.id);
    problemOf(await read(outsider, "00000000-0000-7000-8000-000000000000"), 404);
    problemOf(await read(outsider, "not-an-id"), 422);
  });
});

describe("changing a service", () => {
  it("makes a new version naming the fields changed, keeps the one before, and ignores a patch that changes nothing", async () => {
    const service = (await create(admin, { organizationId: council.id, ...libraryCard })).json();
    const patch = (session: Session, body: unknown) =>
      call(context.app, session, "PATCH", `/api/v1/public-services/${service.id}`, body);

    const changed = await patch(civilServant, {
      description: { ...libraryCard.description, en: "Get a free card to borrow books." },
      processingTime: null,
      keywords: ["library", "books"],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ version: 2, processingTime: null, channels: libraryCard.channels });
    expect(changed.json().description.en).toBe("Get a free card to borrow books.");

    const unchanged = await patch(civilServant, { keywords: ["library", "books"], status: "completed" });
    expect(unchanged.json().version).toBe(2);

    const history = (await call(context.app, outsider, "GET", `/api/v1/public-services/${service.id}/history`)).json();
    expect(history.items).toEqual([
      expect.objectContaining({
        version: 2,
        fields: ["description", "processingTime"],
        changedBy: { id: civilServant.userId, name: "Jānis Kalniņš" },
      }),
      expect.objectContaining({ version: 1, changedBy: { id: admin.userId, name: "Ilze Ozola" } }),
    ]);
    const [first] = await context.database.db
      .select()
      .from(publicServiceRevision)
      .where(eq(publicServiceRevision.serviceId, service.id))
      .orderBy(publicServiceRevision.version);
    expect(first?.snapshot).toMatchObject({ description: libraryCard.description, processingTime: "P3D" });

    problemOf(await patch(outsider, { keywords: ["mine"] }), 403);
    problemOf(await patch(admin, { thematicAreas: ["http://example.org/x"] }), 422);
    problemOf(await patch(admin, { organizationId: privateCouncil.id }), 422);
    problemOf(await patch(admin, { relatedServiceIds: [service.id] }), 422);
    expect((await read(admin, service.id)).json().version).toBe(2);
  });

  it("relates services to each other, naming only those the reader may see", async () => {
    const card = (await create(admin, { organizationId: council.id, ...libraryCard })).json();
    const draft = (await create(admin, { organizationId: council.id, ...libraryCard, visibility: "private" })).json();
    const response = await call(context.app, admin, "PATCH", `/api/v1/public-services/${card.id}`, {
      relatedServiceIds: [draft.id],
    });
    expect(response.json().relatedServices).toEqual([{ id: draft.id, name: libraryCard.name }]);
    expect((await read(outsider, card.id)).json().relatedServices).toEqual([]);
  });

  it("lets only the administration's administrators delete, after which it is gone", async () => {
    const service = (await create(admin, { organizationId: council.id, ...libraryCard })).json();
    const remove = (session: Session) => call(context.app, session, "DELETE", `/api/v1/public-services/${service.id}`);
    problemOf(await remove(civilServant), 403);
    problemOf(await remove(outsider), 403);
    expect((await remove(admin)).statusCode).toBe(204);
    problemOf(await read(admin, service.id), 404);
    problemOf(await remove(admin), 404);
  });
});

describe("finding services", () => {
  it("searches names, descriptions and keywords in every language, filters, and pages", async () => {
    const office = await createOrganization(context.app, { by: admin, name: { en: "Search test office" } });
    const made = [];
    for (const [name, description, keywords, area] of [
      [{ it: "Iscrizione all'asilo nido" }, { it: "Iscrivere i bambini agli asili comunali." }, ["bambini"], "EDUC"],
      [{ lv: "Atkritumu izvešana" }, { lv: "Pieteikt atkritumu izvešanu mājsaimniecībai." }, [], "ENVI"],
      [{ en: "Parking permit" }, { en: "Residents park near their homes." }, ["cars"], "TRAN"],
    ] as const) {
      const response = await create(admin, {
        organizationId: office.id,
        name,
        description,
        keywords,
        thematicAreas: [theme(area)],
        visibility: "public",
      });
      made.push(response.json().id);
    }
    const search = async (query: string) =>
      (await call(context.app, null, "GET", `/api/v1/public-services?${query}`))
        .json()
        .items.map((item: { id: string }) => item.id);
    expect(await search(`q=${encodeURIComponent("asili")}&organizationId=${office.id}`)).toEqual([made[0]]);
    expect(await search(`q=atkritumu&organizationId=${office.id}`)).toEqual([made[1]]);
    expect(await search(`q=cars&organizationId=${office.id}`)).toEqual([made[2]]);
    expect(await search(`q=bambini&organizationId=${office.id}`)).toEqual([made[0]]);
    expect(await search(`organizationId=${office.id}&thematicArea=${encodeURIComponent(theme("ENVI"))}`)).toEqual([
      made[1],
    ]);
    problemOf(await call(context.app, null, "GET", "/api/v1/public-services?thematicArea=books"), 422);
    problemOf(await call(context.app, null, "GET", "/api/v1/public-services?cursor=forged"), 422);

    // Newest first, two at a time, through the organization's own list.
    const first = (
      await call(context.app, null, "GET", `/api/v1/organizations/${office.id}/public-services?limit=2`)
    ).json();
    expect(first.items.map((item: { id: string }) => item.id)).toEqual([made[2], made[1]]);
    const second = (
      await call(
        context.app,
        null,
        "GET",
        `/api/v1/organizations/${office.id}/public-services?limit=2&cursor=${first.nextCursor}`,
      )
    ).json();
    expect(second.items.map((item: { id: string }) => item.id)).toEqual([made[0]]);
    expect(second.nextCursor).toBeNull();
    problemOf(
      await call(context.app, outsider, "GET", `/api/v1/organizations/${privateCouncil.id}/public-services`),
      404,
    );
  });
});

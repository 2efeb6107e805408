import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicService } from "../../db/schema/index.js";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext, testBaseUrl } from "../../test/app.js";
import { createOrganization, type Organization } from "../../test/factories.js";
import { organizationIri, parseRdf, serviceIri, validateCpsv } from "./cpsv.js";
import { sameGraph } from "./cpsv-graphs.js";

// CPSV-AP over HTTP (issue #14): every export validates against the official SEMIC shapes with zero violations;
// a service exported here and imported on another platform (its own database) exports as the same graph; a file
// that is not RDF, not CPSV-AP, outside our vocabularies or too large is refused and imports nothing.

let here: TestContext;
let there: TestContext;
let civilServant: Session;
let outsider: Session;
let council: Organization;
let importer: Session;
let otherCouncil: Organization;

const theme = (code: string) => `http://publications.europa.eu/resource/authority/data-theme/${code}`;
const everyField = {
  identifier: "RIGA-LIB-001",
  name: { en: "Library card", lv: "Bibliotēkas karte", it: "Tessera della biblioteca", es: "Carné de biblioteca" },
  description: {
    en: 'Borrow books "at home" & <online>.\nSecond line.',
    lv: "Aizņemieties grāmatas — arī e-grāmatas 📚.",
    it: "Prendi in prestito i libri.",
    es: "Tome prestados libros.",
  },
  keywords: ["library", "bibliotēka"],
  thematicAreas: [theme("EDUC"), theme("SOCI")],
  sectors: ["http://data.europa.eu/ux2/nace2/R"],
  channels: [
    { type: "online", url: "https://example.org/library/card?lang=lv&x=1" },
    { type: "in_person", address: "Tērbatas iela 75, Rīga" },
    { type: "phone", phone: "+371 67 000 000" },
    { type: "email", email: "card@example.org" },
  ],
  processingTime: "P3DT4H",
  costs: [
    { value: 0, currency: "EUR", description: "Free for residents" },
    { value: 12.5, currency: "EUR" },
  ],
  requirements: [{ name: "Proof of address", description: "A document naming your address." }],
  outputs: [{ name: "Library card", description: "A plastic card." }],
  legalResources: ["https://likumi.lv/ta/id/12345"],
  languages: ["lv", "en", "ru"],
  spatial: ["http://publications.europa.eu/resource/authority/country/LVA"],
  status: "completed",
  contactPoint: {
    email: "library@example.org",
    phone: "+371 67 000 001",
    url: "https://example.org/contact",
    openingHours: "Mon–Fri 9–18",
  },
  visibility: "public",
};

const rdfOf = async (context: TestContext, session: Session | null, url: string, accept?: string) => {
  const response = await call(context.app, session, "GET", url, undefined, accept ? { headers: { accept } } : {});
  return response;
};
const quadsOf = (body: string, type: string) =>
  parseRdf(body, type.startsWith("text/turtle") ? "text/turtle" : "application/ld+json");

beforeAll(async () => {
  [here, there] = await Promise.all([createTestApp(), createTestApp()]);
  await signUp(here.app, { name: "Platform operator" });
  await signUp(there.app, { name: "Platform operator" });
  civilServant = await signUp(here.app, { name: "Inese Liepa" });
  outsider = await signUp(here.app, { name: "Outsider" });
  council = await createOrganization(here.app, { by: civilServant });
  importer = await signUp(there.app, { name: "Giulia Bianchi" });
  // The importing administration has the same name, so its copy says the same about its competent authority.
  otherCouncil = await createOrganization(there.app, { by: importer, name: council.name });
});
afterAll(async () => {
  await here.close();
  await there.close();
});

describe("CPSV-AP exports", () => {
  it("export every field as Turtle, JSON-LD and by Accept, each conforming to the official shapes", async () => {
    const service = (
      await call(here.app, civilServant, "POST", "/api/v1/public-services", {
        organizationId: council.id,
        ...everyField,
      })
    ).json();
    const ttl = await rdfOf(here, null, `/api/v1/public-services/${service.id}.ttl`);
    expect(ttl.statusCode, ttl.body).toBe(200);
    expect(ttl.headers["content-type"]).toBe("text/turtle; charset=utf-8");
    const jsonld = await rdfOf(here, null, `/api/v1/public-services/${service.id}.jsonld`);
    expect(jsonld.headers["content-type"]).toBe("application/ld+json; charset=utf-8");
    const turtleQuads = await quadsOf(ttl.body, "text/turtle");
    expect(await validateCpsv(turtleQuads)).toEqual([]);
    expect(await validateCpsv(await quadsOf(jsonld.body, "application/ld+json"))).toEqual([]);
    expect(await sameGraph(turtleQuads, await quadsOf(jsonld.body, "application/ld+json"))).toBe(true);

    // The service's own address answers by Accept: JSON for the app, CPSV-AP for a harvester.
    for (const [accept, type] of [
      ["text/turtle", "text/turtle"],
      ["application/ld+json;q=1, text/turtle;q=0.5", "application/ld+json"],
      ["application/json", "application/json"],
      ["*/*", "application/json"],
    ] as const) {
      const answer = await rdfOf(here, null, `/api/v1/public-services/${service.id}`, accept);
      expect(String(answer.headers["content-type"]), accept).toContain(type);
      expect(String(answer.headers.vary), accept).toMatch(/accept/i);
    }
    const negotiated = await rdfOf(here, null, `/api/v1/public-services/${service.id}`, "text/turtle");
    expect(await sameGraph(await quadsOf(negotiated.body, "text/turtle"), turtleQuads)).toBe(true);
  });

  it("exports an organization's catalogue with only what the reader may see, conforming", async () => {
    const office = await createOrganization(here.app, { by: civilServant, name: { lv: "Dzimtsarakstu nodaļa" } });
    const made = [];
    for (const [index, visibility] of (["public", "public", "private"] as const).entries()) {
      made.push(
        (
          await call(here.app, civilServant, "POST", "/api/v1/public-services", {
            organizationId: office.id,
            name: { lv: `Pakalpojums ${index}` },
            description: { lv: `Apraksts ${index}` },
            spatial: ["http://publications.europa.eu/resource/authority/country/LVA"],
            visibility,
          })
        ).json().id,
      );
    }
    await call(here.app, civilServant, "PATCH", `/api/v1/public-services/${made[0]}`, {
      relatedServiceIds: [made[1], made[2]],
    });
    for (const [reader, visible] of [
      [null, made.slice(0, 2)],
      [civilServant, made],
    ] as const) {
      for (const extension of ["ttl", "jsonld"]) {
        const response = await rdfOf(here, reader, `/api/v1/organizations/${office.id}/public-services.${extension}`);
        expect(response.statusCode).toBe(200);
        const quads = await quadsOf(response.body, String(response.headers["content-type"]));
        expect(await validateCpsv(quads)).toEqual([]);
        const services = quads
          .filter(
            (q) => q.predicate.value.endsWith("#type") && q.object.value === "http://purl.org/vocab/cpsv#PublicService",
          )
          .map((q) => q.subject.value)
          .sort();
        expect(services).toEqual(visible.map((id) => serviceIri(testBaseUrl, id)).sort());
        // The private one is named nowhere, not even as a related service.
        expect(response.body.includes(made[2]!)).toBe(reader !== null);
      }
    }
  });

  it("answers 404 for a private service, and for one of a private administration, to outsiders", async () => {
    const draft = (
      await call(here.app, civilServant, "POST", "/api/v1/public-services", {
        organizationId: council.id,
        ...everyField,
        visibility: "private",
      })
    ).json();
    for (const url of [
      `/api/v1/public-services/${draft.id}.ttl`,
      `/api/v1/public-services/${draft.id}.jsonld`,
      `/api/v1/public-services/${draft.id}`,
    ]) {
      problemOf(await rdfOf(here, outsider, url, "text/turtle"), 404);
      expect((await rdfOf(here, civilServant, url)).statusCode).toBe(200);
    }
    const hidden = await createOrganization(here.app, {
      by: civilServant,
      visibility: "private",
      name: { en: "Hidden" },
    });
    problemOf(await rdfOf(here, outsider, `/api/v1/organizations/${hidden.id}/public-services.ttl`), 404);
  });
});

describe("importing another administration's file", () => {
  const importUrl = () => `/api/v1/public-services/import?organizationId=${otherCouncil.id}`;
  const send = (body: string, type: string, session: Session | null = importer, url = importUrl()) =>
    call(there.app, session, "POST", url, body, { headers: { "content-type": type } });
  const countThere = () => there.database.db.$count(publicService);

  it("makes a private copy that exports as the same graph, from Turtle and from JSON-LD", async () => {
    const service = (
      await call(here.app, civilServant, "POST", "/api/v1/public-services", {
        organizationId: council.id,
        ...everyField,
      })
    ).json();
    for (const [extension, type] of [
      ["ttl", "text/turtle"],
      ["jsonld", "application/ld+json"],
    ] as const) {
      const exported = (await rdfOf(here, null, `/api/v1/public-services/${service.id}.${extension}`)).body;
      const response = await send(exported, type);
      expect(response.statusCode, response.body).toBe(201);
      const [copy] = response.json().items;
      expect(copy).toMatchObject({
        visibility: "private",
        identifier: "RIGA-LIB-001",
        organization: { id: otherCouncil.id },
        importedFrom: serviceIri(testBaseUrl, service.id),
        name: everyField.name,
        channels: everyField.channels,
        costs: everyField.costs,
      });
      const again = (await rdfOf(there, importer, `/api/v1/public-services/${copy.id}.ttl`)).body;
      const renaming = new Map([
        [serviceIri(testBaseUrl, service.id), serviceIri(testBaseUrl, copy.id)],
        [organizationIri(testBaseUrl, council.id), organizationIri(testBaseUrl, otherCouncil.id)],
      ]);
      expect(
        await sameGraph(await quadsOf(exported, type), await quadsOf(again, "text/turtle"), { renaming }),
        `${extension} round trip`,
      ).toBe(true);
    }
  });

  it("keeps relations between the services of one file between their copies", async () => {
    const office = await createOrganization(here.app, { by: civilServant, name: { en: "Registry office" } });
    const ids = [];
    for (const name of ["Birth registration", "Marriage registration"]) {
      ids.push(
        (
          await call(here.app, civilServant, "POST", "/api/v1/public-services", {
            organizationId: office.id,
            name: { en: name },
            description: { en: `${name}, in person or online.` },
            visibility: "public",
          })
        ).json().id,
      );
    }
    await call(here.app, civilServant, "PATCH", `/api/v1/public-services/${ids[0]}`, { relatedServiceIds: [ids[1]] });
    const catalogue = (await rdfOf(here, null, `/api/v1/organizations/${office.id}/public-services.ttl`)).body;
    const response = await send(catalogue, "text/turtle");
    expect(response.statusCode, response.body).toBe(201);
    const copies = response.json().items as { id: string; name: { en: string }; relatedServices: { id: string }[] }[];
    const birth = copies.find((copy) => copy.name.en === "Birth registration")!;
    const marriage = copies.find((copy) => copy.name.en === "Marriage registration")!;
    const read = (await call(there.app, importer, "GET", `/api/v1/public-services/${birth.id}`)).json();
    expect(read.relatedServices).toEqual([{ id: marriage.id, name: { en: "Marriage registration" } }]);
  });

  it("refuses what is not RDF, not CPSV-AP, outside our vocabularies, too large or sent by strangers, importing nothing", async () => {
    const before = await countThere();
    const valid = (await rdfOf(here, null, `/api/v1/organizations/${council.id}/public-services.ttl`)).body;

    const broken = problemOf(await send("@prefix : <http://x/ .\n:a :b", "text/turtle"), 422);
    expect(broken.errors?.[0]?.code).toBe("invalid_rdf");
    problemOf(await send("{not json", "application/ld+json"), 422);
    const remote = problemOf(
      await send(
        JSON.stringify({ "@context": "https://attacker.example/context.jsonld", "@id": "x" }),
        "application/ld+json",
      ),
      422,
    );
    expect(remote.errors?.[0]?.code).toBe("invalid_rdf");

    const none = problemOf(await send("<http://x/a> <http://x/b> <http://x/c> .", "text/turtle"), 422);
    expect(none.errors?.map((error) => error.code)).toContain("no_service");

    const unknownTheme = valid.replace(/data-theme\/EDUC/g, "data-theme/BOOKS");
    expect(unknownTheme).not.toBe(valid);
    const refused = problemOf(await send(unknownTheme, "text/turtle"), 422);
    expect(refused.errors?.map((error) => error.code)).toContain("unknown_thematic_area");

    // The official example breaks the shapes (untyped concepts): the violations are listed.
    const { officialExampleTurtle } = await import("./cpsv.js");
    const example = problemOf(await send(officialExampleTurtle(), "text/turtle"), 422);
    expect(example.errors?.length).toBeGreaterThan(0);

    const huge = `${valid}\n# ${"x".repeat(1024 * 1024)}`;
    const tooLarge = problemOf(await send(huge, "text/turtle"), 413);
    expect(tooLarge.detail).toContain("KiB");
    problemOf(await send(valid, "text/plain"), 415);
    problemOf(await send(valid, "text/turtle", null), 401);
    const stranger = await signUp(there.app, { name: "Stranger" });
    problemOf(await send(valid, "text/turtle", stranger), 403);
    problemOf(await send(valid, "text/turtle", importer, "/api/v1/public-services/import"), 422);
    expect(await countThere()).toBe(before);
  });
});

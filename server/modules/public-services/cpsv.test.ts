import { DataFactory, type Quad } from "n3";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ChannelType } from "../../../common/publicServices.js";
import {
  type CpsvService,
  catalogueQuads,
  cpsvContextUrl,
  officialExampleTurtle,
  organizationIri,
  parseRdf,
  RdfSyntaxError,
  serviceIri,
  serviceQuads,
  term,
  toJsonLd,
  toTurtle,
  validateCpsv,
} from "./cpsv.js";
import { canonicalNQuads, sameGraph } from "./cpsv-graphs.js";
import { type ImportedService, servicesFromQuads } from "./cpsv-import.js";

const base = "https://interlink.example.org";
const theme = (code: string) => `http://publications.europa.eu/resource/authority/data-theme/${code}`;
const nace = (code: string) => `http://data.europa.eu/ux2/nace2/${code}`;
const country = (code: string) => `http://publications.europa.eu/resource/authority/country/${code}`;
const atu = (code: string) => `http://publications.europa.eu/resource/authority/atu/${code}`;

const emptyDetails = {
  channels: [],
  processingTime: null,
  costs: [],
  requirements: [],
  outputs: [],
  legalResources: [],
  languages: [],
  spatial: [],
  contactPoint: null,
};

const organization = {
  id: "0190a000-0000-7000-8000-000000000001",
  name: { en: "Riga City Council", lv: "Rīgas dome" },
};

/** Every optional field empty. */
const minimal: CpsvService = {
  id: "0190a000-0000-7000-8000-000000000010",
  identifier: null,
  name: { en: "Library card" },
  description: { en: "A card to borrow books." },
  keywords: [],
  thematicAreas: [],
  sectors: [],
  status: null,
  details: emptyDetails,
  organization,
  relatedServiceIds: [],
};

const channelsOfEveryType = (["online", "phone", "in_person", "email"] as ChannelType[]).flatMap((type) => [
  { type },
  {
    type,
    url: `https://riga.example.lv/${type}?lang=lv&x=1`,
    address: `Rātslaukums ${type.length}, Rīga`,
    phone: "+371 6710 5800",
    email: `${type.replace("_", "")}@riga.example.lv`,
  },
]);

/** All four languages and every field filled, several of everything. */
const full: CpsvService = {
  id: "0190a000-0000-7000-8000-000000000011",
  identifier: "RIGA-PARK-001",
  name: {
    en: "Residential parking permit",
    es: "Permiso de aparcamiento",
    it: "Permesso di sosta",
    lv: "Stāvvietas atļauja",
  },
  description: {
    en: "Residents park in their zone.",
    es: "Los residentes aparcan en su zona.",
    it: "I residenti parcheggiano nella loro zona.",
    lv: "Iedzīvotāji novieto auto savā zonā.",
  },
  keywords: ["parking", "permit", "stāvvieta", "zona"],
  thematicAreas: [theme("TRAN"), theme("REGI")],
  sectors: [nace("H"), nace("O")],
  status: "completed",
  details: {
    channels: channelsOfEveryType,
    processingTime: "P1M2DT3H",
    costs: [
      { value: 12.5, currency: "EUR", description: "Per year" },
      { value: 0, currency: "EUR", description: "For people with disabilities" },
      { value: 1_000_000_000, currency: "SEK" },
      { value: 0.1, currency: "USD", description: "Card fee" },
    ],
    requirements: [
      { name: "Declared residence in the zone", description: "Your address is in the zone." },
      { name: "A vehicle registered to you" },
    ],
    outputs: [{ name: "Permit", description: "Valid one year." }, { name: "Sticker" }],
    legalResources: ["https://likumi.lv/ta/id/57255", "https://eur-lex.europa.eu/eli/reg/2016/679/oj"],
    languages: ["lv", "en", "ru", "es", "it"],
    spatial: [country("LVA"), atu("LVA_RIX")],
    contactPoint: {
      email: "info@riga.example.lv",
      phone: "+371 8000 1000",
      url: "https://riga.example.lv/contact",
      openingHours: "Monday to Friday, 9:00–17:00",
    },
  },
  organization,
  relatedServiceIds: [minimal.id, "0190a000-0000-7000-8000-000000000012", "0190a000-0000-7000-8000-0000000000ff"],
};

const odd = `"quoted" 'single' \\ back\\slash\nnew line\ttab <script>alert(1)</script> &amp; 🚗🇱🇻 עברית العربية ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž """ ''' @en ^^xsd:string # not a comment . ;`;
/** Odd characters in every text. */
const oddService: CpsvService = {
  id: "0190a000-0000-7000-8000-000000000012",
  identifier: `ID ${odd}`,
  name: { en: `Name ${odd}`, lv: `Nosaukums ${odd}` },
  description: { es: `Descripción ${odd}`, it: `Descrizione ${odd}` },
  keywords: ['kw "q" \\ \n <i> 🚗 עברית ž', "ķēķis", "<b>"],
  thematicAreas: [theme("SOCI")],
  sectors: [nace("Q")],
  status: "under_development",
  details: {
    channels: [
      { type: "in_person", address: `Address ${odd}`, phone: `+371 "1" <2>` },
      { type: "online", url: 'https://example.lv/ā b?q="x"&<y>#frag' },
    ],
    processingTime: "PT2H",
    costs: [{ value: 3.75, currency: "EUR", description: `Cost ${odd}` }],
    requirements: [{ name: `Requirement ${odd}`, description: `Why ${odd}` }],
    outputs: [{ name: `Output ${odd}`, description: `What ${odd}` }],
    legalResources: ["https://likumi.lv/doc.php?id=1&x=<2>"],
    languages: ["lv"],
    spatial: [atu("LVA_RIX")],
    contactPoint: { openingHours: `Hours ${odd}`, phone: "☎ 112" },
  },
  organization: { id: "0190a000-0000-7000-8000-000000000002", name: { it: `Comune ${odd}` } },
  relatedServiceIds: [full.id],
};

const services = [minimal, full, oddService];

/** The platform-side record the routes would build from an imported service, for re-export. */
function asCpsvService(imported: ImportedService, original: CpsvService): CpsvService {
  return {
    id: original.id,
    identifier: imported.identifier,
    name: imported.name,
    description: imported.description,
    keywords: imported.keywords,
    thematicAreas: imported.thematicAreas,
    sectors: imported.sectors,
    status: imported.status,
    details: imported.details,
    organization: original.organization,
    relatedServiceIds: imported.relatedServices.map((iri) => iri.slice(`${base}/public-services/`.length)),
  };
}

async function serializations(quads: Quad[]) {
  const turtle = await toTurtle(quads);
  const json = JSON.stringify(await toJsonLd(quads));
  return {
    turtle: await parseRdf(turtle, "text/turtle"),
    jsonld: await parseRdf(json, "application/ld+json"),
    json,
  };
}

describe("CPSV-AP export", () => {
  it.each(services.map((service) => [service.name.en ?? service.id, service] as const))(
    "exports %s as Turtle and JSON-LD that conform to the official shapes and read back as the same graph",
    async (_, service) => {
      const quads = serviceQuads(service, base);
      const { turtle, jsonld } = await serializations(quads);
      expect(await validateCpsv(turtle)).toEqual([]);
      expect(await validateCpsv(jsonld)).toEqual([]);
      expect(await sameGraph(turtle, quads)).toBe(true);
      expect(await sameGraph(jsonld, quads)).toBe(true);
    },
  );

  it("exports a catalogue with shared nodes once and relations among its services, conforming", async () => {
    const quads = catalogueQuads(services, base);
    const { turtle, jsonld } = await serializations(quads);
    expect(await validateCpsv(turtle)).toEqual([]);
    expect(await validateCpsv(jsonld)).toEqual([]);
    expect(await sameGraph(jsonld, quads)).toBe(true);

    const of = (subject: string, predicate: string) =>
      quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
    // Related services in the catalogue are linked; the one outside it is not (it would have to be described).
    expect(of(serviceIri(base, full.id), term.relatedService).sort()).toEqual(
      [serviceIri(base, minimal.id), serviceIri(base, oddService.id)].sort(),
    );
    expect(of(serviceIri(base, oddService.id), term.relatedService)).toEqual([serviceIri(base, full.id)]);
    // The authority shared by two services is one node with the union of their coverage.
    const riga = organizationIri(base, organization.id);
    expect(of(riga, term.spatial).sort()).toEqual([atu("LVA_RIX"), country("LVA")].sort());
    expect(quads.filter((q) => q.subject.value === riga && q.predicate.value === term.type)).toHaveLength(1);
  });

  it("writes no cv:relatedService in a single service's export", () => {
    expect(serviceQuads(full, base).some((q) => q.predicate.value === term.relatedService)).toBe(false);
  });

  it("gives an authority without any known coverage a location of its own, not an invented country", () => {
    const quads = serviceQuads(minimal, base);
    const riga = organizationIri(base, organization.id);
    const spatial = quads.filter((q) => q.subject.value === riga && q.predicate.value === term.spatial);
    expect(spatial.map((q) => q.object.value)).toEqual([`${riga}#area`]);
  });

  it("refers to the official context by its published URL and fetches nothing", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const document = (await toJsonLd(serviceQuads(full, base))) as Record<string, unknown>;
    expect(document["@context"]).toBe(cpsvContextUrl);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("keeps odd text intact through Turtle (escaped by the writer, not broken by it)", async () => {
    const turtle = await toTurtle(serviceQuads(oddService, base));
    const titles = (await parseRdf(turtle, "text/turtle")).filter(
      (q) => q.subject.value === serviceIri(base, oddService.id) && q.predicate.value === term.title,
    );
    expect(titles.map((q) => q.object.value).sort()).toEqual([oddService.name.en, oddService.name.lv].sort());
  });
});

describe("CPSV-AP round trip", () => {
  it.each(
    services.flatMap((service) =>
      (["turtle", "jsonld"] as const).map((format) => [service.name.en ?? service.id, format, service] as const),
    ),
  )("%s: export (%s) → import → export is the same graph", async (_, format, service) => {
    const quads = serviceQuads(service, base);
    const parsed = (await serializations(quads))[format];
    const { services: imported, problems } = servicesFromQuads(parsed);
    expect(problems).toEqual([]);
    expect(imported).toHaveLength(1);
    expect(imported[0]!.importedFrom).toBe(serviceIri(base, service.id));
    const again = serviceQuads(asCpsvService(imported[0]!, service), base);
    if (!(await sameGraph(again, quads))) {
      expect(await canonicalNQuads(again)).toBe(await canonicalNQuads(quads));
    }
  });

  it("tells different graphs apart (the comparison is not vacuous)", async () => {
    const quads = serviceQuads(full, base);
    expect(await sameGraph(quads, serviceQuads({ ...full, keywords: [...full.keywords, "extra"] }, base))).toBe(false);
    expect(await sameGraph(quads, serviceQuads({ ...full, details: { ...full.details, costs: [] } }, base))).toBe(
      false,
    );
    const moved = serviceQuads({ ...full, id: "moved" }, base);
    expect(await sameGraph(quads, moved)).toBe(false);
    expect(
      await sameGraph(quads, moved, { renaming: new Map([[serviceIri(base, full.id), serviceIri(base, "moved")]]) }),
    ).toBe(true);
  });

  it("imports a service's fields as they were given", async () => {
    const { services: imported } = servicesFromQuads(serviceQuads(full, base));
    const service = imported[0]!;
    expect(service.identifier).toBe("RIGA-PARK-001");
    expect(service.name).toEqual(full.name);
    expect(service.details.channels).toEqual(full.details.channels);
    expect(service.details.costs).toEqual(full.details.costs);
    expect(service.details.requirements).toEqual(full.details.requirements);
    expect(service.details.contactPoint).toEqual(full.details.contactPoint);
    expect([...service.details.languages].sort()).toEqual([...full.details.languages].sort());
    expect(service.status).toBe("completed");
    // Keywords come back as a set (RDF has no order).
    expect([...service.keywords].sort()).toEqual([...full.keywords].sort());
    // A service without an identifier of its own exports its id, which the copy keeps as its identifier.
    expect(servicesFromQuads(serviceQuads(minimal, base)).services[0]!.identifier).toBe(minimal.id);
  });

  it("round-trips a catalogue, with the relations among its services, onto another platform", async () => {
    const quads = catalogueQuads(services, base);
    const { services: imported, problems } = servicesFromQuads(await parseRdf(await toTurtle(quads), "text/turtle"));
    expect(problems).toEqual([]);
    expect(imported.map((service) => service.importedFrom).sort()).toEqual(
      services.map((service) => serviceIri(base, service.id)).sort(),
    );
    // The copies get new ids under new authorities elsewhere: compare with the IRIs renamed.
    const elsewhere = "https://other.example.eu";
    const newId = (iri: string) => `copy-${iri.slice(-4)}`;
    const copies: CpsvService[] = imported.map((service) => ({
      ...asCpsvService(service, services.find((s) => serviceIri(base, s.id) === service.importedFrom)!),
      id: newId(service.importedFrom!),
      relatedServiceIds: service.relatedServices.map(newId),
      organization: { ...organization, id: "their-org" },
    }));
    // One authority on the other side: both of ours become it, so compare only services of one authority.
    const rigaOnly = copies.filter((copy) => copy.id !== newId(serviceIri(base, oddService.id)));
    const originalRiga = services.filter((service) => service !== oddService);
    const renaming = new Map<string, string>([
      [organizationIri(base, organization.id), organizationIri(elsewhere, "their-org")],
      // The channel-type concepts are the platform's own: everything else under the base follows it.
      [base, elsewhere],
      ...originalRiga.map(
        (s) => [serviceIri(base, s.id), serviceIri(elsewhere, newId(serviceIri(base, s.id)))] as const,
      ),
    ]);
    expect(await sameGraph(catalogueQuads(originalRiga, base), catalogueQuads(rigaOnly, elsewhere), { renaming })).toBe(
      true,
    );
  });
});

describe("the official example", () => {
  const { namedNode, quad } = DataFactory;
  const missingTypes: [string, string][] = [
    ["http://data.europa.eu/snb/com-channel/b37115f83e", term.Concept],
    ["http://example.com/certicate", term.Concept],
    ["http://example.com/federalreduction", term.Concept],
    ["http://publications.europa.eu/resource/authority/frequency/DAILY", term.Concept],
    ["http://publications.europa.eu/resource/authority/frequency/WEEKLY", term.Concept],
    ["http://publications.europa.eu/resource/authority/atu/BEL", term.Location],
  ];

  it("fails six sh:class checks as published: the validator is real", async () => {
    const violations = await validateCpsv(await parseRdf(officialExampleTurtle(), "text/turtle"));
    expect(violations).toHaveLength(6);
    expect(new Set(violations.map((v) => v.constraint))).toEqual(
      new Set(["http://www.w3.org/ns/shacl#ClassConstraintComponent"]),
    );
    expect(violations.map((v) => v.path).sort()).toEqual(
      [
        "http://data.europa.eu/m8g/evidenceTypeClassification",
        "http://data.europa.eu/m8g/frequency",
        "http://data.europa.eu/m8g/frequency",
        "http://purl.org/dc/terms/spatial",
        "http://purl.org/dc/terms/type",
        "http://purl.org/dc/terms/type",
      ].sort(),
    );
    expect(violations.map((v) => v.value).sort()).toEqual(missingTypes.map(([iri]) => iri).sort());
  });

  it("conforms once the missing types are added", async () => {
    const quads = await parseRdf(officialExampleTurtle(), "text/turtle");
    const typed = missingTypes.map(([iri, type]) => quad(namedNode(iri), namedNode(term.type), namedNode(type)));
    expect(await validateCpsv([...quads, ...typed])).toEqual([]);
  });

  it("is not imported: its description is only in French, a language INTERLINK does not speak", async () => {
    const { services: imported, problems } = servicesFromQuads(await parseRdf(officialExampleTurtle(), "text/turtle"));
    expect(imported).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(["no_supported_language", "missing_description"]);
    expect(problems.at(-1)).toMatchObject({ serviceSkipped: true, service: "http://example.com/publicService1" });
  });
});

describe("CPSV-AP import of bad input", () => {
  afterEach(() => vi.restoreAllMocks());

  const prefixes = `@prefix cpsv: <http://purl.org/vocab/cpsv#>. @prefix cv: <http://data.europa.eu/m8g/>.
    @prefix dct: <http://purl.org/dc/terms/>. @prefix dcat: <http://www.w3.org/ns/dcat#>.
    @prefix adms: <http://www.w3.org/ns/adms#>.`;
  const service = (extra: string) => `${prefixes}
    <https://elsewhere.example/s1> a cpsv:PublicService; dct:identifier "S1";
      dct:title "Permit"@en; dct:description "A permit."@en; ${extra} .`;
  const importOf = async (turtle: string) => servicesFromQuads(await parseRdf(turtle, "text/turtle"));

  it("refuses broken Turtle, JSON and JSON-LD with an RdfSyntaxError", async () => {
    await expect(parseRdf("<a> <b> .", "text/turtle")).rejects.toThrow(RdfSyntaxError);
    await expect(parseRdf('<a> <b> "unterminated .', "text/turtle")).rejects.toThrow(/Invalid Turtle/);
    await expect(parseRdf("{ not json", "application/ld+json")).rejects.toThrow(/Invalid JSON/);
    await expect(parseRdf('"a string"', "application/ld+json")).rejects.toThrow(RdfSyntaxError);
    await expect(parseRdf('{"@context": {"@version": 9}}', "application/ld+json")).rejects.toThrow(/Invalid JSON-LD/);
  });

  it("refuses a JSON-LD remote context or @import other than the official one, without fetching", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const remote = JSON.stringify({ "@context": "https://evil.example/context.jsonld", "@id": "https://x/s" });
    await expect(parseRdf(remote, "application/ld+json")).rejects.toThrow(
      /only use the official CPSV-AP context .* refused to load https:\/\/evil\.example\/context\.jsonld/,
    );
    const imported = JSON.stringify({
      "@context": [cpsvContextUrl, { "@import": "http://127.0.0.1:9/ctx.jsonld" }],
      "@id": "https://x/s",
    });
    await expect(parseRdf(imported, "application/ld+json")).rejects.toThrow(/refused to load http:\/\/127\.0\.0\.1/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("reads JSON-LD with an inline context", async () => {
    const document = {
      "@context": { cpsv: "http://purl.org/vocab/cpsv#", dct: "http://purl.org/dc/terms/" },
      "@id": "https://elsewhere.example/s2",
      "@type": "cpsv:PublicService",
      "dct:identifier": "S2",
      "dct:title": { "@value": "Ticket", "@language": "en-GB" },
      "dct:description": { "@value": "Biļete", "@language": "lv" },
    };
    const { services: imported, problems } = servicesFromQuads(
      await parseRdf(JSON.stringify(document), "application/ld+json"),
    );
    expect(problems).toEqual([]);
    expect(imported[0]).toMatchObject({ identifier: "S2", name: { en: "Ticket" }, description: { lv: "Biļete" } });
  });

  it("says so when the file has no public service", async () => {
    const result = await importOf(`${prefixes} <https://x/o> a cv:PublicOrganisation.`);
    expect(result).toEqual({ services: [], problems: [expect.objectContaining({ code: "no_service", path: "" })] });
  });

  it.each([
    ["unknown_thematic_area", "thematicAreas", "cv:thematicArea <http://example.org/themes/fun>"],
    ["unknown_sector", "sectors", "cv:sector <http://data.europa.eu/ux2/nace2/01.1>"],
    ["unknown_spatial", "spatial", "dct:spatial <https://www.geonames.org/456172>"],
    ["unknown_language", "languages", "dct:language <http://publications.europa.eu/resource/authority/language/JPN>"],
    ["unknown_status", "status", "adms:status <http://example.org/status/live>"],
    ["not_an_iri", "thematicAreas", 'cv:thematicArea "TRAN"'],
    ["unknown_channel_type", "channels.0.type", "cv:hasChannel [ a cv:Channel; dct:type <http://example.org/web> ]"],
    ["incomplete_cost", "costs.0", 'cv:hasCost [ a cv:Cost; dct:description "Free"@en ]'],
    [
      "unknown_currency",
      "costs.0.currency",
      "cv:hasCost [ a cv:Cost; cv:hasValue 3.0; cv:currency <http://example.org/currency/bitcoin> ]",
    ],
    ["missing_title", "requirements.0.name", "cv:holdsRequirement [ a cv:Requirement ]"],
    ["not_an_http_url", "legalResources", "cv:hasLegalResource <urn:lex:eu:regulation:2016-04-27;679>"],
  ])("drops a value it cannot take (%s) and keeps the service", async (code, path, extra) => {
    const { services: imported, problems } = await importOf(service(extra));
    expect(imported).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ code, path, service: "https://elsewhere.example/s1" })]);
    expect(problems[0]!.serviceSkipped).toBeUndefined();
  });

  it("takes the terms it knows beside one it does not", async () => {
    const { services: imported, problems } = await importOf(
      service(
        "cv:thematicArea <http://publications.europa.eu/resource/authority/data-theme/TRAN>, <http://example.org/x>",
      ),
    );
    expect(imported[0]!.thematicAreas).toEqual([theme("TRAN")]);
    expect(problems.map((p) => p.code)).toEqual(["unknown_thematic_area"]);
  });

  it.each([
    ["missing_identifier", `${prefixes} <https://x/s> a cpsv:PublicService; dct:title "A"@en; dct:description "B"@en.`],
    [
      "no_supported_language",
      `${prefixes} <https://x/s> a cpsv:PublicService; dct:identifier "I"; dct:title "A"@de; dct:description "B"@en.`,
    ],
    [
      "missing_name",
      `${prefixes} <https://x/s> a cpsv:PublicService; dct:identifier "I"; dct:title "A"; dct:description "B"@en.`,
    ],
    ["too_many_items", service(Array.from({ length: 31 }, (_, i) => `dcat:keyword "k${i}"@en`).join("; "))],
    ["too_long", service(`dcat:keyword "${"k".repeat(81)}"@en`)],
    ["unstorable_character", service('dcat:keyword "nul\\u0000"@en')],
    ["invalid_email", service('cv:contactPoint [ a cv:ContactPoint; cv:email "not an address" ]')],
    ["invalid_format", service('cv:processingTime "ten days"')],
  ])("leaves out a service INTERLINK cannot hold (%s), saying why", async (code, turtle) => {
    const { services: imported, problems } = await importOf(turtle);
    expect(imported).toEqual([]);
    expect(problems.map((p) => p.code)).toContain(code);
    expect(problems.some((p) => p.serviceSkipped)).toBe(true);
  });

  it("reads mailto: and tel: contact IRIs and other languages' text by preference", async () => {
    const { services: imported, problems } = await importOf(
      service(`cv:contactPoint [ a cv:ContactPoint; cv:email <mailto:info@x.lv>; cv:telephone <tel:+37112345678> ];
        cv:holdsRequirement [ a cv:Requirement; dct:identifier "r"; dct:title "Ausweis"@de, "Identity card"@en ]`),
    );
    expect(problems).toEqual([]);
    expect(imported[0]!.details.contactPoint).toEqual({ email: "info@x.lv", phone: "+37112345678" });
    expect(imported[0]!.details.requirements).toEqual([{ name: "Identity card" }]);
  });
});

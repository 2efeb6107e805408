/**
 * Public services as CPSV-AP 3.2.0 RDF (issue #14): the export of one service or a catalogue, Turtle and JSON-LD,
 * reading RDF back in, and validation against the official SHACL shapes. Pure: no database, no HTTP; the routes
 * call it. The import (RDF → services) is in cpsv-import.ts, graph comparison in cpsv-graphs.ts; the mapping is
 * documented field by field in docs/cpsv-ap.md.
 *
 * The official shapes are closed-world on classes (an `sh:class` check looks for the `rdf:type` in the exported
 * graph itself), so every node an export points at carries its type here: concepts, locations, languages, the
 * competent authority, documents.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import jsonld from "jsonld";
import { DataFactory, Parser, type Quad, type Quad_Object, type Quad_Subject, Store, Writer } from "n3";
import SHACLValidator from "rdf-validate-shacl";
import type { Language, Translated } from "../../../common/languages.js";
import { languages } from "../../../common/languages.js";
import {
  type ChannelType,
  languageAuthorityBase,
  type ServiceStatus,
  serviceLanguageCodes,
  serviceStatusUris,
} from "../../../common/publicServices.js";
import type { PublicServiceDetails } from "../../db/schema/publicServices.js";

export type { Quad } from "n3";

const { namedNode, literal, quad } = DataFactory;

/** The namespaces CPSV-AP 3.2.0 uses, also the prefixes of the Turtle export. */
export const ns = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  cpsv: "http://purl.org/vocab/cpsv#",
  cv: "http://data.europa.eu/m8g/",
  dct: "http://purl.org/dc/terms/",
  dcat: "http://www.w3.org/ns/dcat#",
  adms: "http://www.w3.org/ns/adms#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  eli: "http://data.europa.eu/eli/ontology#",
  foaf: "http://xmlns.com/foaf/0.1/",
  locn: "http://www.w3.org/ns/locn#",
  time: "http://www.w3.org/2006/time#",
} as const;

/** The terms the mapping uses, named once so export and import cannot drift apart. */
export const term = {
  type: `${ns.rdf}type`,
  PublicService: `${ns.cpsv}PublicService`,
  PublicOrganisation: `${ns.cv}PublicOrganisation`,
  Channel: `${ns.cv}Channel`,
  Cost: `${ns.cv}Cost`,
  ContactPoint: `${ns.cv}ContactPoint`,
  Requirement: `${ns.cv}Requirement`,
  Output: `${ns.cv}Output`,
  LegalResource: `${ns.eli}LegalResource`,
  Concept: `${ns.skos}Concept`,
  ConceptScheme: `${ns.skos}ConceptScheme`,
  Location: `${ns.dct}Location`,
  LinguisticSystem: `${ns.dct}LinguisticSystem`,
  Document: `${ns.foaf}Document`,
  Address: `${ns.locn}Address`,
  TemporalEntity: `${ns.time}TemporalEntity`,
  identifier: `${ns.dct}identifier`,
  title: `${ns.dct}title`,
  description: `${ns.dct}description`,
  dctType: `${ns.dct}type`,
  language: `${ns.dct}language`,
  spatial: `${ns.dct}spatial`,
  keyword: `${ns.dcat}keyword`,
  thematicArea: `${ns.cv}thematicArea`,
  sector: `${ns.cv}sector`,
  status: `${ns.adms}status`,
  hasChannel: `${ns.cv}hasChannel`,
  processingTime: `${ns.cv}processingTime`,
  hasCost: `${ns.cv}hasCost`,
  hasValue: `${ns.cv}hasValue`,
  /** CPSV-AP 2's name for cv:hasValue: read, never written. */
  value: `${ns.cv}value`,
  currency: `${ns.cv}currency`,
  holdsRequirement: `${ns.cv}holdsRequirement`,
  produces: `${ns.cpsv}produces`,
  hasLegalResource: `${ns.cv}hasLegalResource`,
  contactPoint: `${ns.cv}contactPoint`,
  email: `${ns.cv}email`,
  telephone: `${ns.cv}telephone`,
  contactPage: `${ns.cv}contactPage`,
  openingHours: `${ns.cv}openingHours`,
  address: `${ns.locn}address`,
  fullAddress: `${ns.locn}fullAddress`,
  hasCompetentAuthority: `${ns.cv}hasCompetentAuthority`,
  relatedService: `${ns.cv}relatedService`,
  prefLabel: `${ns.skos}prefLabel`,
  notation: `${ns.skos}notation`,
  inScheme: `${ns.skos}inScheme`,
  duration: `${ns.xsd}duration`,
  double: `${ns.xsd}double`,
  langString: `${ns.rdf}langString`,
} as const;

/** The EU currency authority table (cv:currency); its codes are ISO 4217's. */
export const currencyAuthorityBase = "http://publications.europa.eu/resource/authority/currency/";

/**
 * The language tag of text INTERLINK holds without a language (keywords, cost descriptions, requirement and output
 * names, addresses, opening hours): BCP 47's "undetermined". The shapes want `rdf:langString` there, and claiming
 * English (or the service's first language) would be false for a Latvian keyword; "und" says what we know and
 * comes back unchanged on import.
 */
export const untaggedLanguage = "und";

/** The official, published address of the CPSV-AP 3.2.0 JSON-LD context: the `@context` of every JSON-LD export. */
export const cpsvContextUrl =
  "https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld";

/** What the routes pass in to export one service: the stored record, its authority and its visible relations. */
export interface CpsvService {
  id: string;
  /** The administration's own identifier; null means the service's id is its identifier. */
  identifier: string | null;
  name: Translated;
  description: Translated;
  keywords: string[];
  thematicAreas: string[];
  sectors: string[];
  status: ServiceStatus | null;
  details: PublicServiceDetails;
  /**
   * The competent authority. `spatial` is its jurisdiction if the platform ever records one: CPSV-AP requires a
   * `dct:spatial` on every public organisation; without it the service's own spatial coverage stands in (see
   * docs/cpsv-ap.md).
   */
  organization: { id: string; name: Translated; spatial?: string[] };
  /**
   * Other services of this platform it relates to, only those the reader may see. A `cv:relatedService` is written
   * only towards services described in the same export (a catalogue): the shapes want the target typed
   * `cpsv:PublicService`, and a typed service must carry its identifier, title, description and authority.
   */
  relatedServiceIds: string[];
}

/** The service's web page, which is also its IRI: anyone can follow it from the RDF to the page. */
export function serviceIri(baseUrl: string, id: string): string {
  return `${trimBase(baseUrl)}/public-services/${id}`;
}

/** The organization's web page, also its IRI. */
export function organizationIri(baseUrl: string, id: string): string {
  return `${trimBase(baseUrl)}/organizations/${id}`;
}

/**
 * INTERLINK's own small concept scheme of channel types (cv:Channel's dct:type). CPSV-AP names no EU vocabulary for
 * it; the concepts live under the platform's address like its services, and the import recognises this path on any
 * INTERLINK platform (and the `skos:notation`).
 */
export function channelTypeSchemeIri(baseUrl: string): string {
  return `${trimBase(baseUrl)}/vocabularies/channel-type`;
}
export function channelTypeIri(baseUrl: string, type: ChannelType): string {
  return `${channelTypeSchemeIri(baseUrl)}/${type}`;
}

/** The channel types' names, exported as their concepts' `skos:prefLabel`s so a reader elsewhere can show them. */
export const channelTypeLabels: Record<ChannelType, Record<Language, string>> = {
  online: { en: "Online", es: "En línea", it: "Online", lv: "Tiešsaistē" },
  phone: { en: "By phone", es: "Por teléfono", it: "Per telefono", lv: "Pa tālruni" },
  in_person: { en: "In person", es: "En persona", it: "Di persona", lv: "Klātienē" },
  email: { en: "By e-mail", es: "Por correo electrónico", it: "Per e-mail", lv: "Pa e-pastu" },
};
const channelSchemeLabel: Record<Language, string> = {
  en: "INTERLINK channel types",
  es: "Tipos de canal de INTERLINK",
  it: "Tipi di canale di INTERLINK",
  lv: "INTERLINK kanālu veidi",
};

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

/**
 * Sub-nodes (channels, costs, requirements, outputs, the contact point) are fragments of the service's IRI, numbered
 * in the service's order (`…#channel-1`): stable across exports, so an unchanged service gives the same graph, and
 * the import can put lists back in order by the number.
 */
export const fragment = {
  channel: (n: number) => `channel-${n}`,
  channelContact: (n: number) => `channel-${n}-contact`,
  channelAddress: (n: number) => `channel-${n}-address`,
  cost: (n: number) => `cost-${n}`,
  requirement: (n: number) => `requirement-${n}`,
  output: (n: number) => `output-${n}`,
  contactPoint: "contact-point",
  openingHours: "opening-hours",
  /** The competent authority's area when nothing says where it is (see `organizationSpatial`). */
  area: "area",
} as const;

/** Collects the quads of an export; a Store drops the duplicates shared nodes (concepts, authorities) give. */
class GraphBuilder {
  readonly store = new Store();

  add(subject: string, predicate: string, object: Quad_Object): void {
    this.store.addQuad(quad(namedNode(subject) as Quad_Subject, namedNode(predicate), object));
  }
  link(subject: string, predicate: string, object: string): void {
    this.add(subject, predicate, namedNode(object));
  }
  typed(subject: string, type: string): void {
    this.link(subject, term.type, type);
  }
  text(subject: string, predicate: string, value: string | undefined, language = untaggedLanguage): void {
    if (value !== undefined && value !== "") this.add(subject, predicate, literal(value, language));
  }
  translated(subject: string, predicate: string, value: Translated): void {
    for (const language of languages) this.text(subject, predicate, value[language], language);
  }
  plain(subject: string, predicate: string, value: string | undefined): void {
    if (value !== undefined && value !== "") this.add(subject, predicate, literal(value));
  }
  /** A concept of a controlled vocabulary: typed, as the shapes' sh:class checks want. */
  concept(subject: string, predicate: string, concept: string): void {
    this.link(subject, predicate, concept);
    this.typed(concept, term.Concept);
  }
}

/**
 * An http(s) URL as an IRI. The API keeps URLs as given; the WHATWG parser percent-encodes what an IRI cannot hold
 * (spaces, quotes, angle brackets), so a Turtle or JSON-LD export can never be broken by one.
 */
export function urlIri(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return encodeURI(url);
  }
}

/**
 * The canonical XSD lexical form of a double ("1.25E1" for 12.5), as JSON-LD's RDF conversion writes every
 * xsd:double: written so, the Turtle and the JSON-LD exports are the same graph, and so is a JSON-LD round trip.
 * Sixteen significant digits: plenty for an amount of money.
 */
export function canonicalDouble(value: number): string {
  return value.toExponential(15).replace(/(\d)0*e\+?/, "$1E");
}

interface DescribeOptions {
  /** IRIs of services described in the same export: only these may be `cv:relatedService` targets. */
  described: ReadonlySet<string>;
  /** The authority's `dct:spatial`, when the export computes it for several services at once. */
  organizationSpatial?: string[];
}

/** The authority's `dct:spatial` (required by PublicOrganisationShape), honest about what we know. */
function organizationSpatial(services: CpsvService[]): string[] {
  const own = services.flatMap((service) => service.organization.spatial ?? []);
  if (own.length > 0) return [...new Set(own)];
  // A public administration's services cover its jurisdiction: their spatial coverage is the best we know of it.
  return [...new Set(services.flatMap((service) => service.details.spatial))];
}

function describeService(graph: GraphBuilder, service: CpsvService, baseUrl: string, options: DescribeOptions): void {
  const s = serviceIri(baseUrl, service.id);
  const { details } = service;
  graph.typed(s, term.PublicService);
  graph.plain(s, term.identifier, service.identifier ?? service.id);
  graph.translated(s, term.title, service.name);
  graph.translated(s, term.description, service.description);
  for (const keyword of service.keywords) graph.text(s, term.keyword, keyword);
  for (const theme of service.thematicAreas) graph.concept(s, term.thematicArea, theme);
  for (const sector of service.sectors) graph.concept(s, term.sector, sector);
  if (service.status) graph.concept(s, term.status, serviceStatusUris[service.status]);
  if (details.processingTime)
    graph.add(s, term.processingTime, literal(details.processingTime, namedNode(term.duration)));

  details.channels.forEach((channel, index) => {
    const n = index + 1;
    const c = `${s}#${fragment.channel(n)}`;
    graph.link(s, term.hasChannel, c);
    graph.typed(c, term.Channel);
    graph.plain(c, term.identifier, fragment.channel(n));
    const type = channelTypeIri(baseUrl, channel.type);
    graph.concept(c, term.dctType, type);
    graph.plain(type, term.notation, channel.type);
    graph.translated(type, term.prefLabel, channelTypeLabels[channel.type]);
    graph.link(type, term.inScheme, channelTypeSchemeIri(baseUrl));
    graph.typed(channelTypeSchemeIri(baseUrl), term.ConceptScheme);
    graph.translated(channelTypeSchemeIri(baseUrl), term.prefLabel, channelSchemeLabel);
    // ChannelShape has no property for a URL, phone, e-mail or address: they go on the channel's own contact point.
    if (channel.url || channel.phone || channel.email || channel.address) {
      const contact = `${s}#${fragment.channelContact(n)}`;
      graph.link(c, term.contactPoint, contact);
      describeContact(graph, contact, { url: channel.url, phone: channel.phone, email: channel.email });
      if (channel.address) {
        const address = `${s}#${fragment.channelAddress(n)}`;
        graph.link(contact, term.address, address);
        graph.typed(address, term.Address);
        graph.text(address, term.fullAddress, channel.address);
      }
    }
  });

  details.costs.forEach((cost, index) => {
    const c = `${s}#${fragment.cost(index + 1)}`;
    graph.link(s, term.hasCost, c);
    graph.typed(c, term.Cost);
    graph.plain(c, term.identifier, fragment.cost(index + 1));
    graph.add(c, term.hasValue, literal(canonicalDouble(cost.value), namedNode(term.double)));
    graph.concept(c, term.currency, `${currencyAuthorityBase}${cost.currency}`);
    graph.text(c, term.description, cost.description);
  });

  const named = (
    items: { name: string; description?: string }[],
    predicate: string,
    type: string,
    id: (n: number) => string,
  ) =>
    items.forEach((item, index) => {
      const node = `${s}#${id(index + 1)}`;
      graph.link(s, predicate, node);
      graph.typed(node, type);
      graph.plain(node, term.identifier, id(index + 1));
      graph.text(node, term.title, item.name);
      graph.text(node, term.description, item.description);
    });
  named(details.requirements, term.holdsRequirement, term.Requirement, fragment.requirement);
  named(details.outputs, term.produces, term.Output, fragment.output);

  for (const url of details.legalResources) {
    const legal = urlIri(url);
    graph.link(s, term.hasLegalResource, legal);
    graph.typed(legal, term.LegalResource);
  }
  for (const code of details.languages) {
    const authorityCode = serviceLanguageCodes[code];
    if (!authorityCode) continue; // The API takes only the table's codes; a stored oddity is not exported.
    const language = `${languageAuthorityBase}${authorityCode}`;
    graph.link(s, term.language, language);
    graph.typed(language, term.LinguisticSystem);
  }
  for (const place of details.spatial) {
    graph.link(s, term.spatial, place);
    graph.typed(place, term.Location);
  }
  if (details.contactPoint) {
    const contact = `${s}#${fragment.contactPoint}`;
    graph.link(s, term.contactPoint, contact);
    describeContact(graph, contact, details.contactPoint);
    if (details.contactPoint.openingHours) {
      // ContactPointShape wants cv:openingHours to be a time:TemporalEntity; its words go in its dct:description.
      const hours = `${s}#${fragment.openingHours}`;
      graph.link(contact, term.openingHours, hours);
      graph.typed(hours, term.TemporalEntity);
      graph.text(hours, term.description, details.contactPoint.openingHours);
    }
  }

  const o = organizationIri(baseUrl, service.organization.id);
  graph.link(s, term.hasCompetentAuthority, o);
  graph.typed(o, term.PublicOrganisation);
  graph.translated(o, term.prefLabel, service.organization.name);
  const places = options.organizationSpatial ?? organizationSpatial([service]);
  // Nothing says where the authority is: a location node of its own, typed and saying nothing more, meets the
  // shape's minimum without inventing a country.
  for (const place of places.length > 0 ? places : [`${o}#${fragment.area}`]) {
    graph.link(o, term.spatial, place);
    graph.typed(place, term.Location);
  }

  for (const relatedId of service.relatedServiceIds) {
    const related = serviceIri(baseUrl, relatedId);
    if (related !== s && options.described.has(related)) graph.link(s, term.relatedService, related);
  }
}

function describeContact(
  graph: GraphBuilder,
  contact: string,
  details: { url?: string; phone?: string; email?: string },
): void {
  graph.typed(contact, term.ContactPoint);
  graph.plain(contact, term.email, details.email);
  graph.plain(contact, term.telephone, details.phone);
  if (details.url) {
    const page = urlIri(details.url);
    graph.link(contact, term.contactPage, page);
    graph.typed(page, term.Document); // ContactPointShape: cv:contactPage sh:class foaf:Document.
  }
}

/** One service, with every node it points at typed; related services are left out (they are not described here). */
export function serviceQuads(service: CpsvService, baseUrl: string): Quad[] {
  const graph = new GraphBuilder();
  describeService(graph, service, baseUrl, { described: new Set() });
  return graph.store.getQuads(null, null, null, null);
}

/**
 * Several services (e.g. an organization's whole catalogue) in one graph: shared nodes (concepts, the authority)
 * once, and `cv:relatedService` between the services it holds. Each authority's `dct:spatial` is computed over all
 * of its services here, so a shared authority node is the same whichever service mentions it.
 */
export function catalogueQuads(services: CpsvService[], baseUrl: string): Quad[] {
  const graph = new GraphBuilder();
  const described = new Set(services.map((service) => serviceIri(baseUrl, service.id)));
  const byOrganization = new Map<string, CpsvService[]>();
  for (const service of services) {
    const siblings = byOrganization.get(service.organization.id);
    if (siblings) siblings.push(service);
    else byOrganization.set(service.organization.id, [service]);
  }
  // Once per authority: per service it made a catalogue of 1,000 services a million steps.
  const spatialOf = new Map([...byOrganization].map(([id, siblings]) => [id, organizationSpatial(siblings)]));
  for (const service of services) {
    describeService(graph, service, baseUrl, {
      described,
      organizationSpatial: spatialOf.get(service.organization.id)!,
    });
  }
  return graph.store.getQuads(null, null, null, null);
}

/** Quads in a stable order (subject, then rdf:type first, then predicate and object), for readable Turtle. */
function sorted(quads: Quad[]): Quad[] {
  const key = (q: Quad) => [q.subject.value, q.predicate.value === term.type ? "" : q.predicate.value, q.object.value];
  return [...quads].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
      if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
    }
    return 0;
  });
}

function write(quads: Quad[], options: ConstructorParameters<typeof Writer>[0]): Promise<string> {
  return new Promise((resolve, reject) => {
    const writer = new Writer(options);
    writer.addQuads(quads);
    writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result)));
  });
}

/** Turtle with the usual prefixes of the vocabularies (n3's writer escapes any text: quotes, newlines, controls). */
export function toTurtle(quads: Quad[]): Promise<string> {
  return write(sorted(quads), { format: "text/turtle", prefixes: { ...ns } });
}

export function toNQuads(quads: Quad[]): Promise<string> {
  return write(quads, { format: "application/n-quads" });
}

// The vendored official files are read once, relative to this module (the server runs from its sources).
const vendoredFiles = new Map<string, string>();
function vendored(name: string): string {
  let text = vendoredFiles.get(name);
  if (text === undefined) {
    text = readFileSync(fileURLToPath(new URL(`./cpsv-ap-3.2.0/${name}`, import.meta.url)), "utf8");
    vendoredFiles.set(name, text);
  }
  return text;
}
/** The official example, for tests and documentation. */
export const officialExampleTurtle = () => vendored("example-public-service.ttl");

let contextDocument: unknown;
/** Serves the vendored official context for its published URL, and nothing else: JSON-LD never fetches. */
class RemoteDocumentRefused extends Error {}
function offlineLoader(refused: string[]) {
  return async (url: string) => {
    if (url === cpsvContextUrl) {
      contextDocument ??= JSON.parse(vendored("cpsv-ap.context.jsonld"));
      return { contextUrl: undefined, documentUrl: url, document: contextDocument };
    }
    refused.push(url);
    throw new RemoteDocumentRefused(`Remote JSON-LD document refused: ${url}`);
  };
}

/**
 * Compacted JSON-LD under the official context, referred to by its published URL (so any JSON-LD reader can fetch
 * it) but resolved here from the vendored copy. Values keep their lexical forms (no native numbers), so a
 * `cv:hasValue` reads back as the same literal.
 */
/**
 * The quads as expanded JSON-LD, one node object per subject (what `jsonld.fromRDF` gives for graphs without RDF
 * lists, which ours never have), written directly: fromRDF took 10 s for a catalogue of 1,000 services, this takes
 * tens of milliseconds, and compacting it takes a few hundred.
 */
function expandedNodes(quads: Quad[]): Record<string, unknown>[] {
  const nodes = new Map<string, Record<string, unknown[] | string>>();
  const idOf = (term: Quad["subject"] | Quad["object"]) =>
    term.termType === "BlankNode" ? `_:${term.value}` : term.value;
  for (const { subject, predicate, object } of quads) {
    const id = idOf(subject);
    let node = nodes.get(id);
    if (!node) {
      node = { "@id": id };
      nodes.set(id, node);
    }
    const values = (key: string) => {
      node![key] ??= [];
      return node![key] as unknown[];
    };
    if (predicate.value === term.type && object.termType !== "Literal") {
      values("@type").push(idOf(object));
    } else if (object.termType === "Literal") {
      values(predicate.value).push(
        object.language
          ? { "@value": object.value, "@language": object.language }
          : object.datatype.value === `${ns.xsd}string`
            ? { "@value": object.value }
            : { "@value": object.value, "@type": object.datatype.value },
      );
    } else {
      values(predicate.value).push({ "@id": idOf(object) });
    }
  }
  return [...nodes.values()];
}

export async function toJsonLd(quads: Quad[]): Promise<object> {
  return jsonld.compact(
    expandedNodes(quads) as jsonld.NodeObject[],
    cpsvContextUrl as unknown as jsonld.ContextDefinition,
    {
      documentLoader: offlineLoader([]) as never,
    },
  );
}

export type RdfMediaType = "text/turtle" | "application/ld+json";

/** A body that is not the RDF it claims to be; the routes answer it with a 4xx, its message says what is wrong. */
export class RdfSyntaxError extends Error {
  override name = "RdfSyntaxError";
}

/**
 * Reads Turtle or JSON-LD into quads. JSON-LD may name the official CPSV-AP context (resolved from the vendored
 * copy) or carry its context inline; any other remote context or `@import` is refused without being fetched.
 */
export async function parseRdf(body: string, mediaType: RdfMediaType): Promise<Quad[]> {
  if (mediaType === "text/turtle") {
    try {
      return new Parser({ format: "text/turtle" }).parse(body);
    } catch (error) {
      throw new RdfSyntaxError(`Invalid Turtle: ${(error as Error).message}`);
    }
  }
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch (error) {
    throw new RdfSyntaxError(`Invalid JSON: ${(error as Error).message}`);
  }
  if (document === null || typeof document !== "object")
    throw new RdfSyntaxError("JSON-LD must be an object or an array.");
  const refused: string[] = [];
  let nquads: string;
  try {
    nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, {
      format: "application/n-quads",
      documentLoader: offlineLoader(refused) as never,
    })) as unknown as string;
  } catch (error) {
    if (refused.length > 0) {
      throw new RdfSyntaxError(
        `JSON-LD may only use the official CPSV-AP context (${cpsvContextUrl}) or an inline one; refused to load ${refused[0]}.`,
      );
    }
    throw new RdfSyntaxError(`Invalid JSON-LD: ${(error as Error).message}`);
  }
  try {
    return new Parser({ format: "application/n-quads" }).parse(nquads);
  } catch (error) {
    throw new RdfSyntaxError(`Invalid JSON-LD: ${(error as Error).message}`);
  }
}

/** One result of the official shapes' validation, as plain strings. */
export interface ShapeViolation {
  focusNode: string;
  path: string | null;
  message: string;
  shape: string | null;
  /** The SHACL constraint component that failed, e.g. `http://www.w3.org/ns/shacl#ClassConstraintComponent`. */
  constraint: string | null;
  value?: string | null;
}

let shapes: Store | undefined;
function shapesGraph(): Store {
  shapes ??= new Store(new Parser({ format: "text/turtle" }).parse(vendored("cpsv-ap-SHACL.ttl")));
  return shapes;
}

/** Validates quads against the official CPSV-AP 3.2.0 shapes (a real SHACL engine); [] when they conform. */
export async function validateCpsv(quads: Quad[]): Promise<ShapeViolation[]> {
  // A validator keeps the data graph it validates as state: one per call, over the shapes parsed once.
  const report = await new SHACLValidator(shapesGraph()).validate(new Store(quads));
  return report.results.map((result) => ({
    focusNode: result.focusNode?.value ?? "",
    path: result.path?.value ?? null,
    message: result.message.map((message) => message.value).join(" ") || "Does not conform.",
    shape: result.sourceShape?.value ?? null,
    constraint: result.sourceConstraintComponent?.value ?? null,
    value: result.value?.value ?? null,
  }));
}

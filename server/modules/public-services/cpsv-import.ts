/**
 * CPSV-AP 3.2.0 RDF → public services: the import half of cpsv.ts. It takes every `cpsv:PublicService` of a graph,
 * maps back what INTERLINK holds (docs/cpsv-ap.md, "Import"), and says, as problems, what it could not take.
 *
 * It does not require the file to conform to the shapes (the official example itself does not): it requires what
 * INTERLINK needs (an identifier, a name and a description in a language we speak) and takes only terms of the
 * vocabularies we hold. The result passes the API's own validation of a new service, so whatever it returns can be
 * stored as if it had been typed in.
 */
import { type NamedNode, type Quad, type Quad_Object, type Quad_Subject, Store } from "n3";
import { type Language, languages, type Translated } from "../../../common/languages.js";
import {
  type ChannelType,
  channelTypes,
  isDataTheme,
  isNaceSection,
  isSpatialTerm,
  languageAuthorityBase,
  type ServiceStatus,
  serviceLanguageCodes,
  serviceStatuses,
  serviceStatusUris,
} from "../../../common/publicServices.js";
import type { PublicServiceDetails } from "../../db/schema/publicServices.js";
import { fieldErrorsFromZod } from "../../http/problem.js";
import { findUnstorable } from "../../http/storable.js";
import { currencyAuthorityBase, term, untaggedLanguage } from "./cpsv.js";
import { publicServiceCreate } from "./schema.js";

/** A service as read from a file, ready to be created under an organization of the importer's choosing. */
export interface ImportedService {
  /** The service's IRI in the file (kept as `importedFrom`); null when the file gave it as a blank node. */
  importedFrom: string | null;
  identifier: string;
  name: Translated;
  description: Translated;
  keywords: string[];
  thematicAreas: string[];
  sectors: string[];
  status: ServiceStatus | null;
  details: PublicServiceDetails;
  /**
   * `cv:relatedService` targets that are services of the same file, by their IRI in the file (their
   * `importedFrom`): the caller can link the copies once all are created. Relations to services outside the file
   * cannot be kept.
   */
  relatedServices: string[];
}

/**
 * Something of the file that was not taken. `path` names the API field it concerns ("thematicAreas",
 * "channels.2.email"; "" for the file as a whole), `focusNode` the RDF node (the service, or one of its channels…).
 * A problem with `serviceSkipped` means the whole service was left out; the others drop one value or item.
 */
export interface ImportProblem {
  code: string;
  message: string;
  path: string;
  params?: Record<string, string | number | boolean | (string | number)[]>;
  focusNode: string | null;
  /** The service it concerns, as `importedFrom` would name it. */
  service: string | null;
  serviceSkipped?: boolean;
}

const channelTypePattern = new RegExp(`/vocabularies/channel-type/(${channelTypes.join("|")})$`);
const statusByUri = new Map(serviceStatuses.map((status) => [serviceStatusUris[status], status]));
const languageByAuthorityCode = new Map(Object.entries(serviceLanguageCodes).map(([iso, code]) => [code, iso]));
const collator = new Intl.Collator("en", { numeric: true });

/** What the API takes for a new service, minus what the importer decides (organization, visibility, relations). */
const importable = publicServiceCreate.omit({
  organizationId: true,
  visibility: true,
  relatedServiceIds: true,
  processIds: true,
});

const name = (node: Quad_Subject | Quad_Object) => (node.termType === "BlankNode" ? `_:${node.value}` : node.value);

class ServiceReader {
  readonly problems: ImportProblem[] = [];
  constructor(
    private readonly store: Store,
    private readonly service: Quad_Subject,
  ) {}

  private get serviceName() {
    return this.service.termType === "NamedNode" ? this.service.value : null;
  }

  problem(
    code: string,
    message: string,
    path: string,
    focus: Quad_Subject | Quad_Object,
    extra: Partial<ImportProblem> = {},
  ) {
    this.problems.push({ code, message, path, focusNode: name(focus), service: this.serviceName, ...extra });
  }

  objects(subject: Quad_Subject | Quad_Object, predicate: string): Quad_Object[] {
    if (subject.termType === "Literal") return [];
    return this.store.getObjects(subject as Quad_Subject, predicate, null);
  }

  /** Nodes in list order: by their dct:identifier, numbers compared as numbers (channel-2 before channel-10). */
  nodes(subject: Quad_Subject, predicate: string, path: string): Quad_Subject[] {
    const found: Quad_Subject[] = [];
    for (const object of this.objects(subject, predicate)) {
      if (object.termType === "Literal") {
        this.problem("not_a_node", `${predicate} must point at a node, not text.`, path, subject, {
          params: { value: object.value },
        });
      } else found.push(object as Quad_Subject);
    }
    const key = (node: Quad_Subject) => `${this.plainText(node, term.identifier) ?? ""}\u0000${node.value}`;
    return found.sort((a, b) => collator.compare(key(a), key(b)));
  }

  /** IRIs a property points at; text or blank nodes where a term of a vocabulary belongs are reported. */
  iris(subject: Quad_Subject, predicate: string, path: string): string[] {
    const iris: string[] = [];
    for (const object of this.objects(subject, predicate)) {
      if (object.termType === "NamedNode") iris.push(object.value);
      else
        this.problem("not_an_iri", `Expected an IRI for ${predicate}.`, path, subject, {
          params: { value: name(object) },
        });
    }
    return [...new Set(iris)].sort();
  }

  /** Terms of one of our vocabularies; the others are reported with `code` and left out. */
  terms(
    subject: Quad_Subject,
    predicate: string,
    path: string,
    accepts: (iri: string) => boolean,
    code: string,
    what: string,
  ) {
    return this.iris(subject, predicate, path).filter((iri) => {
      if (accepts(iri)) return true;
      this.problem(code, `Not a term of ${what}: ${iri}`, path, subject, { params: { value: iri } });
      return false;
    });
  }

  /** Text kept per language: ours (en, es, it, lv; "en-GB" counts as en when there is no plain "en"). */
  translated(subject: Quad_Subject, predicate: string, path: string): Translated {
    const byLanguage = new Map<Language, { exact: string[]; regional: string[] }>();
    const others = new Set<string>();
    for (const object of this.objects(subject, predicate)) {
      if (object.termType !== "Literal" || object.value.trim() === "") continue;
      const tag = object.language.toLowerCase();
      const primary = tag.split("-")[0] as Language;
      if (!languages.includes(primary)) {
        others.add(tag || "none");
        continue;
      }
      const entry = byLanguage.get(primary) ?? { exact: [], regional: [] };
      (tag === primary ? entry.exact : entry.regional).push(object.value);
      byLanguage.set(primary, entry);
    }
    const text: Translated = {};
    for (const [language, { exact, regional }] of byLanguage) {
      const candidates = (exact.length > 0 ? exact : regional).sort(collator.compare);
      text[language] = candidates[0]!;
      if (candidates.length > 1) {
        this.problem(
          "several_values",
          `Several texts in ${language} for ${predicate}; the first was taken.`,
          path,
          subject,
          {
            params: { language },
          },
        );
      }
    }
    if (Object.keys(text).length === 0 && others.size > 0) {
      this.problem(
        "no_supported_language",
        `The text of ${predicate} is in no language INTERLINK speaks (${languages.join(", ")}): ${[...others].sort().join(", ")}.`,
        path,
        subject,
        { params: { languages: [...others].sort() } },
      );
    }
    return text;
  }

  /**
   * Text INTERLINK holds without a language: the untagged or "und" value, else ours in the order en, es, it, lv,
   * else any (the first of each by collation).
   */
  plainText(subject: Quad_Subject | Quad_Object, predicate: string): string | undefined {
    const rank = (tag: string) => {
      if (tag === "" || tag === untaggedLanguage) return 0;
      const index = languages.indexOf(tag.split("-")[0] as Language);
      return index >= 0 ? 1 + index : 1 + languages.length;
    };
    const values = this.objects(subject, predicate)
      .filter((object) => object.termType === "Literal" && object.value.trim() !== "")
      .map((object) => ({ rank: rank((object as { language: string }).language.toLowerCase()), value: object.value }))
      .sort((a, b) => a.rank - b.rank || collator.compare(a.value, b.value));
    return values[0]?.value;
  }

  /** One literal where the model holds one; several are reported and the first taken. */
  single(subject: Quad_Subject, predicate: string, path: string): string | undefined {
    const values = this.objects(subject, predicate)
      .filter((object) => object.termType === "Literal")
      .map((object) => object.value)
      .sort(collator.compare);
    if (values.length > 1) {
      this.problem("several_values", `Several values for ${predicate}; the first was taken.`, path, subject);
    }
    return values[0];
  }

  /** A URL-ish contact value, e-mail or phone, given as text or as a mailto:/tel: IRI. */
  contactValue(subject: Quad_Subject, predicate: string, scheme: "mailto:" | "tel:"): string | undefined {
    const values = this.objects(subject, predicate)
      .map((object) => (object.termType === "BlankNode" ? "" : object.value.trim()))
      .map((value) => (value.toLowerCase().startsWith(scheme) ? decodeURIComponent(value.slice(scheme.length)) : value))
      .filter((value) => value !== "")
      .sort(collator.compare);
    return values[0];
  }

  /** http(s) IRIs a property points at; any other scheme is reported and left out. */
  httpIris(subject: Quad_Subject, predicate: string, path: string): string[] {
    return this.iris(subject, predicate, path).filter((iri) => {
      if (/^https?:\/\//i.test(iri)) return true;
      this.problem("not_an_http_url", `Not an http(s) URL: ${iri}`, path, subject, { params: { value: iri } });
      return false;
    });
  }

  contact(node: Quad_Subject, path: string) {
    const contact: { email?: string; phone?: string; url?: string } = {};
    const email = this.contactValue(node, term.email, "mailto:");
    const phone = this.contactValue(node, term.telephone, "tel:");
    const url = this.httpIris(node, term.contactPage, `${path}.url`)[0];
    if (email !== undefined) contact.email = email;
    if (phone !== undefined) contact.phone = phone;
    if (url !== undefined) contact.url = url;
    return contact;
  }

  channels(): PublicServiceDetails["channels"] {
    const channels: PublicServiceDetails["channels"] = [];
    for (const node of this.nodes(this.service, term.hasChannel, "channels")) {
      const path = `channels.${channels.length}`;
      const types = this.iris(node, term.dctType, `${path}.type`)
        .map((iri) => channelTypePattern.exec(iri)?.[1] as ChannelType | undefined)
        .filter((type) => type !== undefined);
      if (types.length === 0) {
        this.problem(
          "unknown_channel_type",
          `A channel without a type INTERLINK knows (${channelTypes.join(", ")} of an INTERLINK channel-type scheme) was left out.`,
          `${path}.type`,
          node,
          { params: { value: this.objects(node, term.dctType).map(name).join(", ") } },
        );
        continue;
      }
      const channel: PublicServiceDetails["channels"][number] = { type: types[0]! };
      const contactNode = this.nodes(node, term.contactPoint, path)[0];
      if (contactNode) {
        Object.assign(channel, this.contact(contactNode, path));
        const addressNode = this.nodes(contactNode, term.address, `${path}.address`)[0];
        const address = addressNode && this.plainText(addressNode, term.fullAddress);
        if (address !== undefined) channel.address = address;
      }
      channels.push(channel);
    }
    return channels;
  }

  costs(): PublicServiceDetails["costs"] {
    const costs: PublicServiceDetails["costs"] = [];
    for (const node of this.nodes(this.service, term.hasCost, "costs")) {
      const path = `costs.${costs.length}`;
      const lexical =
        this.single(node, term.hasValue, `${path}.value`) ?? this.single(node, term.value, `${path}.value`);
      const currencies = this.iris(node, term.currency, `${path}.currency`);
      const currency = currencies
        .map((iri) => (iri.startsWith(currencyAuthorityBase) ? iri.slice(currencyAuthorityBase.length) : ""))
        .find((code) => /^[A-Z]{3}$/.test(code));
      const value = lexical === undefined ? Number.NaN : Number(lexical.trim());
      if (lexical === undefined || currencies.length === 0) {
        this.problem(
          "incomplete_cost",
          "A cost without an amount (cv:hasValue) or a currency was left out.",
          path,
          node,
        );
        continue;
      }
      if (!Number.isFinite(value)) {
        this.problem(
          "invalid_cost_value",
          `A cost whose amount is not a number was left out: ${lexical}`,
          `${path}.value`,
          node,
          {
            params: { value: lexical },
          },
        );
        continue;
      }
      if (currency === undefined) {
        this.problem(
          "unknown_currency",
          `A cost whose currency is not of the EU currency table (${currencyAuthorityBase}…) was left out.`,
          `${path}.currency`,
          node,
          { params: { value: currencies.join(", ") } },
        );
        continue;
      }
      const cost: PublicServiceDetails["costs"][number] = { value, currency };
      const description = this.plainText(node, term.description);
      if (description !== undefined) cost.description = description;
      costs.push(cost);
    }
    return costs;
  }

  named(predicate: string, field: "requirements" | "outputs") {
    const items: { name: string; description?: string }[] = [];
    for (const node of this.nodes(this.service, predicate, field)) {
      const path = `${field}.${items.length}`;
      const title = this.plainText(node, term.title);
      if (title === undefined) {
        this.problem(
          "missing_title",
          `An item of ${field} without a title (dct:title) was left out.`,
          `${path}.name`,
          node,
        );
        continue;
      }
      const item: { name: string; description?: string } = { name: title };
      const description = this.plainText(node, term.description);
      if (description !== undefined) item.description = description;
      items.push(item);
    }
    return items;
  }

  languages(): string[] {
    return this.terms(
      this.service,
      term.language,
      "languages",
      (iri) =>
        iri.startsWith(languageAuthorityBase) && languageByAuthorityCode.has(iri.slice(languageAuthorityBase.length)),
      "unknown_language",
      "the EU language table's languages INTERLINK lists",
    ).map((iri) => languageByAuthorityCode.get(iri.slice(languageAuthorityBase.length))!);
  }

  status(): ServiceStatus | null {
    const statuses = this.terms(
      this.service,
      term.status,
      "status",
      (iri) => statusByUri.has(iri),
      "unknown_status",
      "the ADMS statuses",
    );
    if (statuses.length > 1)
      this.problem("several_values", "Several statuses; the first was taken.", "status", this.service);
    return statuses[0] ? statusByUri.get(statuses[0])! : null;
  }

  contactPoint(): PublicServiceDetails["contactPoint"] {
    const nodes = this.nodes(this.service, term.contactPoint, "contactPoint");
    if (nodes.length === 0) return null;
    if (nodes.length > 1)
      this.problem("several_values", "Several contact points; the first was taken.", "contactPoint", this.service);
    const node = nodes[0]!;
    const contact: NonNullable<PublicServiceDetails["contactPoint"]> = this.contact(node, "contactPoint");
    const hours = this.nodes(node, term.openingHours, "contactPoint.openingHours")
      .map((entity) => this.plainText(entity, term.description))
      .find((text) => text !== undefined);
    if (hours !== undefined) contact.openingHours = hours;
    return contact;
  }
}

function readService(store: Store, subject: Quad_Subject, services: ReadonlySet<string>) {
  const reader = new ServiceReader(store, subject);
  const skip = (code: string, message: string, path: string, extra: Partial<ImportProblem> = {}) => {
    reader.problem(code, message, path, subject, { serviceSkipped: true, ...extra });
    return { service: null, problems: reader.problems };
  };

  const identifier = reader.single(subject, term.identifier, "identifier");
  const name = reader.translated(subject, term.title, "name");
  const description = reader.translated(subject, term.description, "description");
  if (identifier === undefined || identifier.trim() === "") {
    return skip("missing_identifier", "A service without an identifier (dct:identifier) was left out.", "identifier");
  }
  if (Object.keys(name).length === 0) {
    return skip("missing_name", "A service without a name (dct:title) in en, es, it or lv was left out.", "name");
  }
  if (Object.keys(description).length === 0) {
    return skip(
      "missing_description",
      "A service without a description (dct:description) in en, es, it or lv was left out.",
      "description",
    );
  }

  const keywords = [
    ...new Set(
      reader
        .objects(subject, term.keyword)
        .filter((object) => object.termType === "Literal")
        .map((object) => object.value.trim())
        .filter((keyword) => keyword !== ""),
    ),
  ].sort(collator.compare);
  const processingTime = reader.single(subject, term.processingTime, "processingTime");
  const candidate = {
    identifier,
    name,
    description,
    keywords,
    thematicAreas: reader.terms(
      subject,
      term.thematicArea,
      "thematicAreas",
      isDataTheme,
      "unknown_thematic_area",
      "the EU data themes",
    ),
    sectors: reader.terms(subject, term.sector, "sectors", isNaceSection, "unknown_sector", "the NACE rev. 2 sections"),
    channels: reader.channels(),
    processingTime: processingTime ?? null,
    costs: reader.costs(),
    requirements: reader.named(term.holdsRequirement, "requirements"),
    outputs: reader.named(term.produces, "outputs"),
    legalResources: reader.httpIris(subject, term.hasLegalResource, "legalResources"),
    languages: reader.languages(),
    spatial: reader.terms(
      subject,
      term.spatial,
      "spatial",
      isSpatialTerm,
      "unknown_spatial",
      "the EU country or administrative-unit tables",
    ),
    status: reader.status(),
    contactPoint: reader.contactPoint(),
  };

  const unstorable = findUnstorable(candidate, "service");
  if (unstorable) {
    return skip(
      "unstorable_character",
      "The text has a character that cannot be stored (a NUL or half of a broken character).",
      unstorable.replace(/^service\.?/, ""),
    );
  }
  // What the API would refuse if typed in (a name too long, 31 keywords, a malformed e-mail…) leaves the service out.
  const parsed = importable.safeParse({ ...candidate, status: candidate.status ?? undefined });
  if (!parsed.success) {
    for (const error of fieldErrorsFromZod(parsed.error.issues, [])) {
      reader.problem(error.code, error.message, error.path, subject, {
        serviceSkipped: true,
        ...(error.params ? { params: error.params } : {}),
      });
    }
    return { service: null, problems: reader.problems };
  }
  const data = parsed.data;
  const service: ImportedService = {
    importedFrom: subject.termType === "NamedNode" ? subject.value : null,
    identifier: data.identifier ?? identifier,
    name: data.name as Translated,
    description: data.description as Translated,
    keywords: data.keywords ?? [],
    thematicAreas: data.thematicAreas ?? [],
    sectors: data.sectors ?? [],
    status: data.status ?? null,
    details: {
      channels: data.channels ?? [],
      processingTime: data.processingTime ?? null,
      costs: data.costs ?? [],
      requirements: data.requirements ?? [],
      outputs: data.outputs ?? [],
      legalResources: data.legalResources ?? [],
      languages: data.languages ?? [],
      spatial: data.spatial ?? [],
      contactPoint: data.contactPoint ?? null,
    },
    relatedServices: reader
      .objects(subject, term.relatedService)
      .filter((object): object is NamedNode => object.termType === "NamedNode" && services.has(object.value))
      .map((object) => object.value)
      .filter((iri) => iri !== subject.value)
      .sort(),
  };
  return { service, problems: reader.problems };
}

/**
 * Every `cpsv:PublicService` of the graph, in IRI order, and the problems met: a file without any service, or a
 * service or value INTERLINK cannot take (see ImportProblem). A caller that must change nothing on a bad file
 * refuses it when `problems` is not empty.
 */
export function servicesFromQuads(quads: Quad[]): { services: ImportedService[]; problems: ImportProblem[] } {
  const store = new Store(quads);
  const subjects = store
    .getSubjects(term.type, term.PublicService, null)
    .sort((a, b) => collator.compare(name(a), name(b)));
  if (subjects.length === 0) {
    return {
      services: [],
      problems: [
        {
          code: "no_service",
          message: "The file describes no public service (nothing is typed cpsv:PublicService).",
          path: "",
          focusNode: null,
          service: null,
        },
      ],
    };
  }
  const named = new Set(subjects.filter((subject) => subject.termType === "NamedNode").map((subject) => subject.value));
  const services: ImportedService[] = [];
  const problems: ImportProblem[] = [];
  for (const subject of subjects) {
    const result = readService(store, subject, named);
    if (result.service) services.push(result.service);
    problems.push(...result.problems);
  }
  // A relation to a service that was left out cannot be recreated either.
  const taken = new Set(services.map((service) => service.importedFrom));
  for (const service of services) service.relatedServices = service.relatedServices.filter((iri) => taken.has(iri));
  return { services, problems };
}

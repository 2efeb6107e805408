/**
 * Public services (issue #14), described with the core of the EU's Core Public Service Vocabulary Application
 * Profile (CPSV-AP 3.2.0). What the API takes and the web shows; the RDF mapping is in
 * server/modules/public-services/cpsv.ts and docs/cpsv-ap.md.
 *
 * Where CPSV-AP names an EU controlled vocabulary, the choices here are its terms (their URIs are what is stored
 * and exported); the web words each in the reader's language by its code.
 */

/** How a service can be reached (cv:Channel's dct:type, from INTERLINK's own small concept scheme). */
export const channelTypes = ["online", "phone", "in_person", "email"] as const;
export type ChannelType = (typeof channelTypes)[number];

/**
 * Where a service stands (adms:status, from the ADMS status vocabulary): being designed, in service, being phased
 * out, withdrawn.
 */
export const serviceStatuses = ["under_development", "completed", "deprecated", "withdrawn"] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];
export const serviceStatusUris: Record<ServiceStatus, string> = {
  under_development: "http://purl.org/adms/status/UnderDevelopment",
  completed: "http://purl.org/adms/status/Completed",
  deprecated: "http://purl.org/adms/status/Deprecated",
  withdrawn: "http://purl.org/adms/status/Withdrawn",
};

/** Thematic areas (cv:thematicArea): the EU Publications Office's data themes. */
export const dataThemeBase = "http://publications.europa.eu/resource/authority/data-theme/";
export const dataThemes = [
  "AGRI",
  "ECON",
  "EDUC",
  "ENER",
  "ENVI",
  "GOVE",
  "HEAL",
  "INTR",
  "JUST",
  "REGI",
  "SOCI",
  "TECH",
  "TRAN",
] as const;

/** Sectors (cv:sector): the sections of NACE rev. 2, as the EU publishes them. */
export const naceBase = "http://data.europa.eu/ux2/nace2/";
export const naceSections = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
  "M",
  "N",
  "O",
  "P",
  "Q",
  "R",
  "S",
  "T",
  "U",
] as const;

/** Spatial coverage (dct:spatial): countries and administrative units of the EU's authority tables. */
export const spatialBases = [
  "http://publications.europa.eu/resource/authority/country/",
  "http://publications.europa.eu/resource/authority/atu/",
] as const;

/**
 * Languages a service is offered in (dct:language): ISO 639-1 codes as the API takes them, the EU's language
 * authority table's codes in RDF.
 */
export const languageAuthorityBase = "http://publications.europa.eu/resource/authority/language/";
export const serviceLanguageCodes: Record<string, string> = {
  bg: "BUL",
  cs: "CES",
  da: "DAN",
  de: "DEU",
  el: "ELL",
  en: "ENG",
  es: "SPA",
  et: "EST",
  fi: "FIN",
  fr: "FRA",
  ga: "GLE",
  hr: "HRV",
  hu: "HUN",
  it: "ITA",
  lt: "LIT",
  lv: "LAV",
  mt: "MLT",
  nl: "NLD",
  pl: "POL",
  pt: "POR",
  ro: "RON",
  ru: "RUS",
  sk: "SLK",
  sl: "SLV",
  sv: "SWE",
  uk: "UKR",
};

/** Limits, shared by the API's validation and the web's forms. */
export const serviceLimits = {
  name: 300,
  description: 20_000,
  keyword: 80,
  keywords: 30,
  listItems: 50,
  itemName: 300,
  itemDescription: 4000,
  uri: 2000,
  /** An imported file, Turtle or JSON-LD. */
  importBytes: 1024 * 1024,
} as const;

/** Whether a URI is one of the EU data themes above (cv:thematicArea); the API and the CPSV-AP import share it. */
export function isDataTheme(uri: string): boolean {
  return uri.startsWith(dataThemeBase) && (dataThemes as readonly string[]).includes(uri.slice(dataThemeBase.length));
}

/** Whether a URI is one of the NACE rev. 2 sections above (cv:sector). */
export function isNaceSection(uri: string): boolean {
  return uri.startsWith(naceBase) && (naceSections as readonly string[]).includes(uri.slice(naceBase.length));
}

/** Whether a URI is a country or administrative unit of the EU's authority tables (dct:spatial). */
export function isSpatialTerm(uri: string): boolean {
  return spatialBases.some((base) => uri.startsWith(base) && /^[A-Z0-9_-]{2,40}$/.test(uri.slice(base.length)));
}

// Types of the catalogue seed data: problem profiles, interlinkers and schemas.

export type Language = "en" | "es" | "it" | "lv";

/** All four languages are required and non-empty. */
export type Translated = Record<Language, string>;

/** A template's Markdown by language: English always, the others once translated. */
export type TemplateText = { en: string } & Partial<Record<Exclude<Language, "en">, string>>;

export type InterlinkerFunction =
  | "organization"
  | "communication"
  | "scheduling"
  | "decision"
  | "documentation"
  | "monitoring"
  | "evaluation"
  | "engagement";

export type Licence = "public_domain" | "permissive" | "copyleft" | "non_commercial" | "proprietary";

export type Difficulty = "very_easy" | "easy" | "medium" | "difficult" | "very_difficult";

export type AdministrativeScope = "eu" | "national" | "local";

export interface SeedProblemProfile {
  /** Kebab-case slug, stable forever. */
  id: string;
  name: Translated;
  description: Translated;
}

export interface SeedInterlinker {
  /** Kebab-case slug, stable forever. */
  id: string;
  nature: "knowledge" | "external_software" | "external_knowledge";
  name: Translated;
  /** One or two sentences. */
  description: Translated;
  /** Two to four sentences: how a team uses it in a co-production task. */
  instructions: Translated;
  /** At least one. */
  functions: InterlinkerFunction[];
  /** Ids from problem-profiles.ts, at least one. */
  problemProfiles: string[];
  /** Lowercase English keywords. */
  tags: string[];
  licence: Licence;
  difficulty: Difficulty;
  administrativeScope: AdministrativeScope[];
  /** Languages the resource itself is available in. */
  languages: Language[];
  /** Required for external_*: the official https URL of the tool or guide. */
  url?: string;
  /** Required for knowledge: the built-in tool that opens its template. */
  softwareInterlinkerId?: "document";
  /** Required for knowledge: the template content in Markdown, by language (English required). */
  template?: TemplateText;
}

export interface SeedSchemaTask {
  id: string;
  name: Translated;
  description: Translated;
  problemProfiles: string[];
}

export interface SeedSchemaObjective {
  id: string;
  name: Translated;
  description: Translated;
  tasks: SeedSchemaTask[];
}

export interface SeedSchemaPhase {
  id: string;
  name: Translated;
  description: Translated;
  objectives: SeedSchemaObjective[];
  /** Ids of phases in the same schema that must be finished first. */
  prerequisites: string[];
  /**
   * The public administration delivers this phase together with the builders: under government as a platform
   * (G2C) it is the phases marked so that the administration signs off.
   */
  coDelivery?: boolean;
}

export interface SeedSchema {
  id: string;
  name: Translated;
  description: Translated;
  tags: string[];
  phases: SeedSchemaPhase[];
}

// Consistency checks for the catalogue seed data.
import { describe, expect, it } from "vitest";
import { externalInterlinkers, knowledgeInterlinkers } from "./interlinkers.js";
import { problemProfiles } from "./problem-profiles.js";
import { schemas } from "./schemas.js";
import { readTemplateTranslations, templateTranslationLanguages } from "./templates.js";
import type { Language, SeedInterlinker, Translated } from "./types.js";

const LANGUAGES: Language[] = ["en", "es", "it", "lv"];
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LATVIAN_DIACRITICS = /[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]/;

const interlinkers: SeedInterlinker[] = [...knowledgeInterlinkers, ...externalInterlinkers];
const profileIds = new Set(problemProfiles.map((profile) => profile.id));

interface TranslatedField {
  where: string;
  kind: "name" | "text";
  value: Translated;
}

function translatedFields(): TranslatedField[] {
  const fields: TranslatedField[] = [];
  for (const profile of problemProfiles) {
    fields.push({ where: `profile ${profile.id}`, kind: "name", value: profile.name });
    fields.push({ where: `profile ${profile.id}`, kind: "text", value: profile.description });
  }
  for (const interlinker of interlinkers) {
    fields.push({ where: `interlinker ${interlinker.id}`, kind: "name", value: interlinker.name });
    fields.push({ where: `interlinker ${interlinker.id}`, kind: "text", value: interlinker.description });
    fields.push({ where: `interlinker ${interlinker.id}`, kind: "text", value: interlinker.instructions });
  }
  for (const schema of schemas) {
    fields.push({ where: `schema ${schema.id}`, kind: "name", value: schema.name });
    fields.push({ where: `schema ${schema.id}`, kind: "text", value: schema.description });
    for (const phase of schema.phases) {
      fields.push({ where: `phase ${phase.id}`, kind: "name", value: phase.name });
      fields.push({ where: `phase ${phase.id}`, kind: "text", value: phase.description });
      for (const objective of phase.objectives) {
        fields.push({ where: `objective ${objective.id}`, kind: "name", value: objective.name });
        fields.push({ where: `objective ${objective.id}`, kind: "text", value: objective.description });
        for (const task of objective.tasks) {
          fields.push({ where: `task ${task.id}`, kind: "name", value: task.name });
          fields.push({ where: `task ${task.id}`, kind: "text", value: task.description });
        }
      }
    }
  }
  return fields;
}

function schemaItemIds(): string[] {
  return schemas.flatMap((schema) =>
    schema.phases.flatMap((phase) => [
      phase.id,
      ...phase.objectives.flatMap((objective) => [objective.id, ...objective.tasks.map((task) => task.id)]),
    ]),
  );
}

/** A template's headings by level and its table rows by column count: what a translation must keep. */
function structureOf(markdown: string): string[] {
  return markdown.split("\n").flatMap((line) => {
    if (line.startsWith("#")) return [line.match(/^#+/)![0]];
    if (line.startsWith("|")) return [`|${line.match(/\|/g)!.length}`];
    return [];
  });
}

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe("catalogue seed: counts", () => {
  it("has enough problem profiles and interlinkers", () => {
    expect(problemProfiles.length).toBeGreaterThanOrEqual(20);
    expect(knowledgeInterlinkers.length).toBeGreaterThanOrEqual(40);
    expect(externalInterlinkers.length).toBeGreaterThanOrEqual(15);
  });
});

describe("catalogue seed: translations", () => {
  const fields = translatedFields();

  it("gives every translated text exactly the four languages, all non-empty", () => {
    for (const field of fields) {
      expect(Object.keys(field.value).sort(), field.where).toEqual([...LANGUAGES].sort());
      for (const language of LANGUAGES) {
        expect(field.value[language].trim(), `${field.where} [${language}]`).not.toBe("");
      }
    }
  });

  it("translates names and texts instead of copying the English", () => {
    for (const field of fields) {
      for (const language of ["es", "it", "lv"] as const) {
        expect(field.value[language], `${field.where} [${language}] equals en`).not.toBe(field.value.en);
      }
    }
  });

  it("writes Latvian with its diacritics", () => {
    const texts = fields.filter((field) => field.kind === "text").map((field) => field.value.lv);
    const withDiacritics = texts.filter((text) => LATVIAN_DIACRITICS.test(text));
    expect(withDiacritics.length / texts.length).toBeGreaterThan(0.9);
  });
});

describe("catalogue seed: problem profiles", () => {
  it("has unique kebab-case ids", () => {
    const ids = problemProfiles.map((profile) => profile.id);
    expect(duplicates(ids)).toEqual([]);
    for (const id of ids) expect(id, id).toMatch(KEBAB_CASE);
  });

  it("uses every profile at least once", () => {
    const used = new Set([
      ...interlinkers.flatMap((interlinker) => interlinker.problemProfiles),
      ...schemas.flatMap((schema) =>
        schema.phases.flatMap((phase) => phase.objectives.flatMap((o) => o.tasks.flatMap((t) => t.problemProfiles))),
      ),
    ]);
    for (const id of profileIds) expect(used.has(id), id).toBe(true);
  });
});

describe("catalogue seed: interlinkers", () => {
  it("has unique kebab-case ids across knowledge and external interlinkers", () => {
    const ids = interlinkers.map((interlinker) => interlinker.id);
    expect(duplicates(ids)).toEqual([]);
    for (const id of ids) expect(id, id).toMatch(KEBAB_CASE);
  });

  it("refers only to existing problem profiles, at least one each", () => {
    for (const interlinker of interlinkers) {
      expect(interlinker.problemProfiles.length, interlinker.id).toBeGreaterThanOrEqual(1);
      expect(duplicates(interlinker.problemProfiles), interlinker.id).toEqual([]);
      for (const id of interlinker.problemProfiles) expect(profileIds.has(id), `${interlinker.id} → ${id}`).toBe(true);
    }
  });

  it("has functions, lowercase tags, a scope and valid languages", () => {
    for (const interlinker of interlinkers) {
      expect(interlinker.functions.length, interlinker.id).toBeGreaterThanOrEqual(1);
      expect(duplicates(interlinker.functions), interlinker.id).toEqual([]);
      expect(interlinker.tags.length, interlinker.id).toBeGreaterThanOrEqual(1);
      for (const tag of interlinker.tags) expect(tag, interlinker.id).toMatch(KEBAB_CASE);
      expect(interlinker.administrativeScope.length, interlinker.id).toBeGreaterThanOrEqual(1);
      expect(interlinker.languages.length, interlinker.id).toBeGreaterThanOrEqual(1);
      for (const language of interlinker.languages) expect(LANGUAGES, interlinker.id).toContain(language);
    }
  });

  it("gives knowledge interlinkers a Markdown template opened by a built-in tool", () => {
    for (const interlinker of knowledgeInterlinkers) {
      expect(interlinker.nature, interlinker.id).toBe("knowledge");
      expect(interlinker.softwareInterlinkerId, interlinker.id).toBe("document");
      expect(interlinker.url, interlinker.id).toBeUndefined();
      const template = interlinker.template?.en ?? "";
      expect(template.startsWith("# "), interlinker.id).toBe(true);
      const lines = template.trimEnd().split("\n").length;
      expect(lines, interlinker.id).toBeGreaterThanOrEqual(25);
      expect(lines, interlinker.id).toBeLessThanOrEqual(80);
    }
  });

  it("translates templates only for known templates, keeping headings and table shapes, never copying English", () => {
    const knowledgeIds = new Set(knowledgeInterlinkers.map((interlinker) => interlinker.id));
    for (const language of templateTranslationLanguages) {
      const translations = readTemplateTranslations(language);
      for (const id of Object.keys(translations)) expect(knowledgeIds.has(id), `${language}: ${id}`).toBe(true);
    }
    for (const interlinker of knowledgeInterlinkers) {
      const template = interlinker.template!;
      for (const language of templateTranslationLanguages) {
        const translated = template[language];
        if (translated === undefined) continue;
        const where = `${interlinker.id} [${language}]`;
        expect(translated, where).not.toBe(template.en);
        expect(translated.startsWith("# "), where).toBe(true);
        expect(structureOf(translated), where).toEqual(structureOf(template.en));
        expect(interlinker.languages, where).toContain(language);
      }
    }
  });

  it("gives external interlinkers an https URL and no template", () => {
    for (const interlinker of externalInterlinkers) {
      expect(["external_software", "external_knowledge"], interlinker.id).toContain(interlinker.nature);
      const url = new URL(interlinker.url ?? "");
      expect(url.protocol, interlinker.id).toBe("https:");
      expect(interlinker.template, interlinker.id).toBeUndefined();
      expect(interlinker.softwareInterlinkerId, interlinker.id).toBeUndefined();
    }
  });
});

describe("catalogue seed: schemas", () => {
  it("has the expected schema ids", () => {
    expect(schemas.map((schema) => schema.id)).toEqual([
      "default",
      "hackathon",
      "service_description_enhancement",
      "co_reflection",
    ]);
  });

  it("has unique kebab-case ids for all phases, objectives and tasks", () => {
    const ids = schemaItemIds();
    expect(duplicates(ids)).toEqual([]);
    for (const id of ids) expect(id, id).toMatch(KEBAB_CASE);
  });

  it("shapes the default schema as Engage → Design → Build → Sustain", () => {
    const defaultSchema = schemas.find((schema) => schema.id === "default");
    expect(defaultSchema).toBeDefined();
    const phases = defaultSchema?.phases ?? [];
    expect(phases.map((phase) => phase.id)).toEqual(["engage", "design", "build", "sustain"]);
    phases.forEach((phase, index) => {
      expect(phase.prerequisites, phase.id).toEqual(index === 0 ? [] : [phases[index - 1]?.id]);
      expect(phase.objectives.length, phase.id).toBeGreaterThanOrEqual(2);
      expect(phase.objectives.length, phase.id).toBeLessThanOrEqual(4);
      for (const objective of phase.objectives) {
        expect(objective.tasks.length, objective.id).toBeGreaterThanOrEqual(2);
        expect(objective.tasks.length, objective.id).toBeLessThanOrEqual(4);
      }
    });
  });

  it("gives every schema 2–4 phases whose prerequisites are earlier phases of the same schema", () => {
    for (const schema of schemas) {
      expect(schema.phases.length, schema.id).toBeGreaterThanOrEqual(2);
      expect(schema.phases.length, schema.id).toBeLessThanOrEqual(4);
      const earlier = new Set<string>();
      for (const phase of schema.phases) {
        for (const prerequisite of phase.prerequisites) {
          expect(earlier.has(prerequisite), `${phase.id} requires ${prerequisite}`).toBe(true);
        }
        earlier.add(phase.id);
      }
    }
  });

  it("gives every objective tasks and every task 1–3 existing problem profiles", () => {
    for (const schema of schemas) {
      for (const phase of schema.phases) {
        expect(phase.objectives.length, phase.id).toBeGreaterThanOrEqual(1);
        for (const objective of phase.objectives) {
          expect(objective.tasks.length, objective.id).toBeGreaterThanOrEqual(1);
          for (const task of objective.tasks) {
            expect(task.problemProfiles.length, task.id).toBeGreaterThanOrEqual(1);
            expect(task.problemProfiles.length, task.id).toBeLessThanOrEqual(3);
            expect(duplicates(task.problemProfiles), task.id).toEqual([]);
            for (const id of task.problemProfiles) expect(profileIds.has(id), `${task.id} → ${id}`).toBe(true);
          }
        }
      }
    }
  });
});

import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { type Language, languages, type Translated } from "../../../../common/languages.js";
import { dataThemeBase, naceBase, spatialBases } from "../../../../common/publicServices.js";
import type { components } from "../../api/schema.js";

export type PublicService = components["schemas"]["PublicService"];
export type PublicServiceRevision = components["schemas"]["PublicServiceRevision"];

/** The EU's 27 countries: their ISO 3166 alpha-3 codes (the EU country table's) with the alpha-2 Intl names. */
export const euCountries: Record<string, string> = {
  AUT: "AT",
  BEL: "BE",
  BGR: "BG",
  CYP: "CY",
  CZE: "CZ",
  DEU: "DE",
  DNK: "DK",
  ESP: "ES",
  EST: "EE",
  FIN: "FI",
  FRA: "FR",
  GRC: "GR",
  HRV: "HR",
  HUN: "HU",
  IRL: "IE",
  ITA: "IT",
  LTU: "LT",
  LUX: "LU",
  LVA: "LV",
  MLT: "MT",
  NLD: "NL",
  POL: "PL",
  PRT: "PT",
  ROU: "RO",
  SVK: "SK",
  SVN: "SI",
  SWE: "SE",
};
export const countryBase = spatialBases[0];

/** A text in the reader's language, else English, else any: with the language it is in, for `lang`. */
export function pickWithLanguage(text: Translated | undefined, language: Language): { text: string; lang: Language } {
  const order: Language[] = [language, "en", ...languages];
  for (const candidate of order) {
    const value = text?.[candidate];
    if (value) return { text: value, lang: candidate };
  }
  return { text: "", lang: language };
}

/** The last segment of a vocabulary URI: the code its words are keyed by. */
export const codeOf = (uri: string, base: string): string => (uri.startsWith(base) ? uri.slice(base.length) : uri);
export const themeCode = (uri: string) => codeOf(uri, dataThemeBase);
export const sectorCode = (uri: string) => codeOf(uri, naceBase);

// Making a DisplayNames loads its locale's data: each is made once.
const displayNames = new Map<string, Intl.DisplayNames>();
function namesOf(language: string, type: "language" | "region"): Intl.DisplayNames {
  const key = `${language} ${type}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([language], { type, fallback: "code" });
    displayNames.set(key, names);
  }
  return names;
}

/** A language's name in the reader's language ("latviešu", "lettone"). */
export function languageName(code: string, language: string): string {
  return namesOf(language, "language").of(code) ?? code;
}

/** A spatial URI in words: an EU country by name, anything else (an administrative unit) by its code. */
export function placeName(uri: string, language: string): string {
  if (uri.startsWith(countryBase)) {
    const alpha3 = uri.slice(countryBase.length);
    const alpha2 = euCountries[alpha3];
    return alpha2 ? (namesOf(language, "region").of(alpha2) ?? alpha3) : alpha3;
  }
  for (const base of spatialBases) if (uri.startsWith(base)) return uri.slice(base.length);
  return uri;
}

/** The units the form offers for a processing time, and their ISO 8601 designators. */
export const durationUnits = ["hours", "days", "weeks", "months"] as const;
export type DurationUnit = (typeof durationUnits)[number];

/** A number of units as an ISO 8601 duration: 3 days → P3D, 2 hours → PT2H. */
export function toDuration(amount: number, unit: DurationUnit): string {
  switch (unit) {
    case "hours":
      return `PT${amount}H`;
    case "days":
      return `P${amount}D`;
    case "weeks":
      return `P${amount}W`;
    case "months":
      return `P${amount}M`;
  }
}

type DurationPart = { unit: "years" | "months" | "weeks" | "days" | "hours" | "minutes" | "seconds"; count: number };

/** The parts of an ISO 8601 duration, largest first; null when it is not one. */
export function parseDuration(value: string): DurationPart[] | null {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
    value,
  );
  if (!match || value === "P" || value.endsWith("T")) return null;
  const units = ["years", "months", "weeks", "days", "hours", "minutes", "seconds"] as const;
  return units.flatMap((unit, index) => {
    const count = match[index + 1];
    return count ? [{ unit, count: Number(count) }] : [];
  });
}

/** A duration the form can show as one number and unit (P3D → 3 days), else null. */
export function fromDuration(value: string | null | undefined): { amount: number; unit: DurationUnit } | null {
  const parts = value ? parseDuration(value) : null;
  const part = parts?.length === 1 ? parts[0] : undefined;
  return part && (durationUnits as readonly string[]).includes(part.unit)
    ? { amount: part.count, unit: part.unit as DurationUnit }
    : null;
}

/** A processing time in words, in the reader's language: "3 days", "1 month and 2 days". */
export function useDurationWords(): (value: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (value) => {
      const parts = parseDuration(value);
      if (!parts) return value;
      const words = parts.map((part) => t(`services.duration.${part.unit}`, { count: part.count }));
      return new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(words);
    },
    [t, i18n.language],
  );
}

/** A cost in the reader's language and its currency: "12,50 €". */
export function formatCost(value: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, { style: "currency", currency }).format(value);
  } catch {
    return `${new Intl.NumberFormat(language).format(value)} ${currency}`;
  }
}

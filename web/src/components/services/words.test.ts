import { describe, expect, it } from "vitest";
import { formatCost, fromDuration, parseDuration, pickWithLanguage, placeName, toDuration } from "./words.js";

describe("processing times", () => {
  it("writes a number of units as an ISO 8601 duration", () => {
    expect(toDuration(3, "days")).toBe("P3D");
    expect(toDuration(2, "hours")).toBe("PT2H");
    expect(toDuration(1, "weeks")).toBe("P1W");
    expect(toDuration(6, "months")).toBe("P6M");
  });

  it("reads durations back, telling months from minutes by the T", () => {
    expect(parseDuration("P1M2DT3H30M")).toEqual([
      { unit: "months", count: 1 },
      { unit: "days", count: 2 },
      { unit: "hours", count: 3 },
      { unit: "minutes", count: 30 },
    ]);
    expect(parseDuration("PT2H")).toEqual([{ unit: "hours", count: 2 }]);
    expect(parseDuration("P")).toBeNull();
    expect(parseDuration("PT")).toBeNull();
    expect(parseDuration("3 days")).toBeNull();
  });

  it("gives the form one number and unit only when the duration is one", () => {
    expect(fromDuration("P10D")).toEqual({ amount: 10, unit: "days" });
    expect(fromDuration("PT2H")).toEqual({ amount: 2, unit: "hours" });
    expect(fromDuration("P1M2D")).toBeNull();
    expect(fromDuration("PT30M")).toBeNull();
    expect(fromDuration(null)).toBeNull();
  });
});

describe("places, languages and money in the reader's language", () => {
  it("names an EU country from the ISO3 code at the end of its URI, and shows an ATU's code", () => {
    expect(placeName("http://publications.europa.eu/resource/authority/country/LVA", "en")).toBe("Latvia");
    expect(placeName("http://publications.europa.eu/resource/authority/country/ITA", "lv")).toBe("Itālija");
    expect(placeName("http://publications.europa.eu/resource/authority/atu/LVA_RIX", "it")).toBe("LVA_RIX");
  });

  it("formats a cost with its currency", () => {
    expect(formatCost(12.5, "EUR", "lv")).toBe("12,50\u00a0€");
    expect(formatCost(12.5, "EUR", "en")).toBe("€12.50");
  });

  it("picks the reader's wording, else English, else any, and says which", () => {
    expect(pickWithLanguage({ lv: "Karte", en: "Card" }, "lv")).toEqual({ text: "Karte", lang: "lv" });
    expect(pickWithLanguage({ lv: "Karte", en: "Card" }, "it")).toEqual({ text: "Card", lang: "en" });
    expect(pickWithLanguage({ lv: "Karte" }, "it")).toEqual({ text: "Karte", lang: "lv" });
  });
});

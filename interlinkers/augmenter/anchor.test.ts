import { describe, expect, it } from "vitest";
import { type Anchor, connected, contextAt, locate, passageCounts, replaceRange } from "./anchor.js";

/** An anchor made the way the browser makes one: the selection's quote, its context, and its position. */
function anchorOf(text: string, exact: string, occurrence = 0): Anchor {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(exact, start + 1);
  const range = { start, end: start + exact.length };
  return { field: "description", language: "lv", exact, ...contextAt(text, range), ...range };
}

describe("re-anchoring a passage", () => {
  const text = "Pakalpojums ļauj pieteikties dzīvesvietas deklarēšanai. Pieteikumu izskata piecu darba dienu laikā.";

  it("finds the passage where it was when nothing changed", () => {
    const anchor = anchorOf(text, "piecu darba dienu");
    expect(locate(text, anchor)).toEqual({ start: anchor.start, end: anchor.end });
  });

  it("follows the passage when a passage before it changed length (Latvian diacritics)", () => {
    const anchor = anchorOf(text, "piecu darba dienu");
    const edited = text.replace("Pakalpojums ļauj", "Šis e-pakalpojums ļauj ērti");
    const range = locate(edited, anchor)!;
    expect(edited.slice(range.start, range.end)).toBe("piecu darba dienu");
    expect(range.start).toBe(anchor.start + "Šis e-".length + " ērti".length);
  });

  it("keeps to the same one of a repeated phrase, by its context and then by nearness", () => {
    const repeated = "Iesniedziet iesniegumu. Pēc tam iesniedziet iesniegumu vēlreiz. Beigās iesniedziet iesniegumu.";
    const second = anchorOf(repeated, "iesniedziet iesniegumu", 1);
    const edited = `Sākumā izlasiet noteikumus. ${repeated.replace("Beigās", "Pašās beigās")}`;
    // The last one ("Beigās iesniedziet iesniegumu"; the first starts with a capital): the text before it grew.
    const range = locate(edited, second)!;
    expect(edited.slice(range.start - "beigās ".length, range.end)).toBe("beigās iesniedziet iesniegumu");
    expect(locate(edited, anchorOf(repeated, "iesniedziet iesniegumu", 0))!.start).toBe(
      edited.indexOf("Pēc tam iesniedziet") + "Pēc tam ".length,
    );
    // The context gone too: the nearest occurrence to the old position wins.
    const bare = { ...second, prefix: "", suffix: "" };
    const nearest = locate(repeated, bare)!;
    expect(nearest.start).toBe(second.start);
  });

  it("says the passage is gone when its own words changed", () => {
    const anchor = anchorOf(text, "piecu darba dienu");
    expect(locate(text.replace("piecu", "desmit"), anchor)).toBeNull();
    expect(locate("", anchor)).toBeNull();
  });

  it("counts UTF-16 code units, as the browser does, also past characters outside the BMP", () => {
    const emoji = "🙂 Ātri un ērti: 🙂 ātri";
    const anchor = anchorOf(emoji, "ērti");
    expect(emoji.slice(anchor.start, anchor.end)).toBe("ērti");
    expect(locate(`🙂${emoji}`, anchor)).toEqual({ start: anchor.start + 2, end: anchor.end + 2 });
  });

  it("replaces a range and counts overlapping ranges per stretch", () => {
    expect(replaceRange("abcdef", { start: 1, end: 3 }, "XY Z")).toBe("aXY Zdef");
    expect(
      passageCounts([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
        { start: 20, end: 25 },
      ]),
    ).toEqual([
      { start: 0, end: 5, count: 1 },
      { start: 5, end: 10, count: 2 },
      { start: 10, end: 15, count: 1 },
      { start: 20, end: 25, count: 1 },
    ]);
    expect(
      connected([
        { start: 0, end: 5 },
        { start: 4, end: 9 },
      ]),
    ).toBe(true);
    expect(
      connected([
        { start: 0, end: 5 },
        { start: 6, end: 9 },
      ]),
    ).toBe(false);
  });
});

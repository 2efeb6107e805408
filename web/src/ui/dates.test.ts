import { afterEach, describe, expect, it } from "vitest";
import { formatDate } from "./dates.js";

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("formatDate", () => {
  it("writes the day in the reader's language", () => {
    expect(formatDate("en", "2026-01-05")).toBe("Jan 5, 2026");
    expect(formatDate("es", "2026-01-05")).toBe("5 ene 2026");
    expect(formatDate("it", "2026-01-05")).toBe("5 gen 2026");
  });

  it("keeps a calendar date on its day west of Greenwich, where its UTC midnight is the evening before", () => {
    process.env.TZ = "America/Los_Angeles";
    expect(formatDate("en", "2026-03-01")).toBe("Mar 1, 2026");
    expect(formatDate("en", "2026-03-01", { time: true })).toBe("Mar 1, 2026");
  });

  it("shows a moment on the reader's clock, with the time when asked", () => {
    process.env.TZ = "Europe/Riga";
    expect(formatDate("en", "2026-03-01T22:30:00Z")).toBe("Mar 2, 2026");
    expect(formatDate("en", "2026-03-01T22:30:00Z", { time: true })).toBe("Mar 2, 2026, 12:30 AM");
  });
});

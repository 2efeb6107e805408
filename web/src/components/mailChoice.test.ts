import { describe, expect, it } from "vitest";
import { choiceOf, withProcessChoice } from "./mailChoice.js";

const processId = "01a23f0f-f860-7000-a391-64ed4f318c69";
const other = "01a23f0f-f860-7000-a391-64ed4f318c70";
const everyGroup = (frequency: "off" | "weekly") => ({
  mentions: frequency,
  discussions: frequency,
  requests_to_decide: frequency,
  assignments: frequency,
  answers: frequency,
  process_updates: frequency,
});

describe("one mail choice per process", () => {
  it("reads no entry as the profile's, one value everywhere as that value, and anything else as mixed", () => {
    expect(choiceOf(undefined)).toBe("profile");
    expect(choiceOf({})).toBe("profile");
    expect(choiceOf(everyGroup("weekly"))).toBe("weekly");
    expect(choiceOf({ ...everyGroup("off"), mentions: "immediately" })).toBe("mixed");
    // A group left out follows the profile, so it differs from the others.
    expect(choiceOf({ mentions: "off" })).toBe("mixed");
  });

  it("sets every group of the process, or takes its entry out, and keeps the rest", () => {
    const preferences = {
      events: { mentions: "daily" as const },
      processes: { [other]: { mentions: "off" as const } },
    };
    const off = withProcessChoice(preferences, processId, "off");
    expect(off).toEqual({
      events: preferences.events,
      processes: { [other]: { mentions: "off" }, [processId]: everyGroup("off") },
    });
    expect(choiceOf(off.processes[processId])).toBe("off");
    expect(withProcessChoice(off, processId, null)).toEqual(preferences);
  });
});

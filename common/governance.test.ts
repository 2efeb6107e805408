import { describe, expect, it } from "vitest";
import { actorTypes } from "./actors.js";
import { governanceModels } from "./coproduction.js";
import { governedActions, isPermittedBy, rulebookPresets } from "./governance.js";

describe("the four governance models as presets of the rulebook", () => {
  it.each(governanceModels)("%s names every action exactly once, with valid parties", (model) => {
    const { rules, gates } = rulebookPresets[model];
    expect(rules.map((rule) => rule.action).sort()).toEqual([...governedActions].sort());
    const parties = [
      ...rules.map((rule) => ({ permitted: rule.permittedBy, sides: rule.sides })),
      ...gates.map((gate) => ({ permitted: gate.approvers, sides: gate.sides })),
    ];
    for (const { permitted, sides } of parties) {
      for (const value of permitted) expect(isPermittedBy(value), value).toBe(true);
      // Two keys: every side is among those permitted, and the sides do not overlap (one party cannot turn both).
      if (sides) {
        const all = sides.flat();
        expect(new Set(all).size).toBe(all.length);
        for (const value of all) expect(permitted).toContain(value);
      }
    }
  });

  it("follows the typology: who decides differs where the models say it does", () => {
    const closers = (model: (typeof governanceModels)[number]) =>
      rulebookPresets[model].rules.find((rule) => rule.action === "close_decision")!;
    expect(closers("C2G").permittedBy).toEqual(["teams_of_type:public_administration"]);
    expect(closers("G+G").sides).toEqual([
      ["teams_of_type:public_administration"],
      actorTypes.filter((type) => type !== "public_administration").map((type) => `teams_of_type:${type}`),
    ]);
    expect(closers("G2C").permittedBy).toEqual(["participants"]);
    expect(closers("C2C").permittedBy).toEqual(["teams_of_type:citizen"]);
    expect(rulebookPresets.C2C.gates).toEqual([]);
    expect(rulebookPresets.G2C.gates.map((gate) => gate.on)).toEqual(["co_delivery_phases"]);
  });

  it("knows a permitted-by value from anything else", () => {
    for (const good of ["administrators", "participants", "signed_in", "teams_of_type:citizen"]) {
      expect(isPermittedBy(good), good).toBe(true);
    }
    expect(isPermittedBy("teams:0190a0b0-0000-7000-8000-000000000000,0190a0b0-0000-7000-8000-000000000001")).toBe(true);
    for (const bad of ["", "admins", "teams_of_type:", "teams_of_type:martians", "teams:", "teams:1", "teams:x,"]) {
      expect(isPermittedBy(bad), bad).toBe(false);
    }
  });
});

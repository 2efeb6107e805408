import { describe, expect, it } from "vitest";
import type { Visibility } from "../../common/actors.js";
import { type Right, rights } from "../../common/coproduction.js";
import { testActor } from "../test/actors.js";
import type { Actor, MaybeActor } from "./actor.js";
import { can, explain } from "./index.js";
import { effectiveRights, type ItemAction, itemActions, type ProcessSubject } from "./process.js";

type ItemRow = { id: string; parentId: string | null; type: "phase" | "objective" | "task" };
type GrantRow = { id: string; itemId: string | null; rights: Right[] };

// Roles × rights × depth × public/private: one grant at each depth of the tree, read on a task it covers and on
// one it does not. The expectations are DESIGN.md's rules, written out independently of the policy code.

const item = (id: string, parentId: string | null, type: ItemRow["type"]): ItemRow => ({ id, parentId, type });
const items = [
  item("phase-1", null, "phase"),
  item("objective-1", "phase-1", "objective"),
  item("task-1", "objective-1", "task"),
  item("task-2", "objective-1", "task"),
  item("phase-2", null, "phase"),
  item("objective-2", "phase-2", "objective"),
  item("task-3", "objective-2", "task"),
];
const ancestorsOfTask1 = ["phase-1", "objective-1", "task-1"];

const person: Actor = testActor();

function subjectFor(visibility: Visibility, grants: GrantRow[], administrator = false): ProcessSubject {
  return {
    kind: "process",
    visibility,
    actorIsAdministrator: administrator,
    actorHasAnyGrant: grants.length > 0,
    processRights: new Set(grants.filter((grant) => grant.itemId === null).flatMap((grant) => grant.rights)),
  };
}

function allowed(actor: MaybeActor, process: ProcessSubject, grants: GrantRow[], taskId: string) {
  const effective = effectiveRights(items, grants).get(taskId) ?? new Set<Right>();
  const subject = { kind: "item" as const, process, type: "task" as const, rights: effective };
  return Object.fromEntries(itemActions.map((action) => [action, can(actor, action, subject)])) as Record<
    ItemAction,
    boolean
  >;
}

const readingRights: Right[] = ["view", "create_assets", "edit_assets", "delete_assets", "manage_items"];

describe("item rights from one grant", () => {
  for (const visibility of ["public", "private"] as const) {
    for (const right of rights) {
      for (const depth of [null, "phase-1", "objective-1", "task-1"]) {
        it(`${right} at ${depth ?? "the whole process"}, ${visibility} process`, () => {
          const grants = [
            { id: "g", processId: "p", itemId: depth, teamId: "t", userId: null, rights: [right] } as GrantRow,
          ];
          const process = subjectFor(visibility, grants);
          for (const taskId of ["task-1", "task-3"]) {
            const covered = depth === null || (taskId === "task-1" && ancestorsOfTask1.includes(depth));
            expect(allowed(person, process, grants, taskId), `${taskId}`).toEqual({
              view: true,
              view_assets: visibility === "public" || (covered && readingRights.includes(right)),
              create_assets: covered && right === "create_assets",
              edit_assets: covered && right === "edit_assets",
              delete_assets: covered && right === "delete_assets",
              manage_items: covered && right === "manage_items",
              update_status: covered && (right === "manage_items" || right === "edit_assets"),
              force_status: false,
            });
          }
        });
      }
    }
  }

  it("unites rights along the path: a view on the phase and create_assets on the task", () => {
    const grants: GrantRow[] = [
      { id: "a", itemId: "phase-1", rights: ["view"] },
      { id: "b", itemId: "task-1", rights: ["create_assets"] },
    ];
    const result = allowed(person, subjectFor("private", grants), grants, "task-1");
    expect(result).toMatchObject({ view_assets: true, create_assets: true, edit_assets: false });
    expect(allowed(person, subjectFor("private", grants), grants, "task-2")).toMatchObject({
      view_assets: true,
      create_assets: false,
    });
  });
});

describe("roles without grants", () => {
  const everything = Object.fromEntries(itemActions.map((action) => [action, true]));
  for (const visibility of ["public", "private"] as const) {
    it(`process administrator and platform administrator may do everything (${visibility})`, () => {
      expect(allowed(person, subjectFor(visibility, [], true), [], "task-3")).toEqual(everything);
      expect(allowed({ ...person, isPlatformAdmin: true }, subjectFor(visibility, []), [], "task-3")).toEqual(
        everything,
      );
    });
    for (const actor of [null, person]) {
      it(`${actor ? "a signed-in outsider" : "an anonymous visitor"} on a ${visibility} process`, () => {
        const visible = visibility === "public";
        expect(allowed(actor, subjectFor(visibility, []), [], "task-1")).toEqual({
          view: visible,
          view_assets: visible,
          create_assets: false,
          edit_assets: false,
          delete_assets: false,
          manage_items: false,
          update_status: false,
          force_status: false,
        });
      });
    }
  }
});

describe("forcing an item past its prerequisites", () => {
  const task = (process: ProcessSubject, rights: Right[]) => ({
    kind: "item" as const,
    process,
    type: "task" as const,
    rights: new Set(rights),
  });
  const grants: GrantRow[] = [{ id: "g", itemId: null, rights: [...rights] }];

  it("is for process and platform administrators", () => {
    expect(can(person, "force_status", task(subjectFor("private", [], true), []))).toBe(true);
    expect(can({ ...person, isPlatformAdmin: true }, "force_status", task(subjectFor("private", []), []))).toBe(true);
  });

  it("is refused to a holder of every right, saying who may", () => {
    expect(explain(person, "force_status", task(subjectFor("private", grants), [...rights]))).toEqual({
      allowed: false,
      reason: "Only process administrators may start an item before its prerequisites are finished.",
    });
  });

  it("is refused to outsiders and anonymous visitors of a public process", () => {
    expect(can(person, "force_status", task(subjectFor("public", []), []))).toBe(false);
    expect(can(null, "force_status", task(subjectFor("public", []), []))).toBe(false);
  });
});

describe("seeing the people of a process", () => {
  const grants: GrantRow[] = [{ id: "g", itemId: "task-1", rights: ["view"] }];

  it("is for the people taking part: administrators, grant holders and platform administrators", () => {
    expect(can(person, "see_people", subjectFor("private", [], true))).toBe(true);
    expect(can(person, "see_people", subjectFor("public", grants))).toBe(true);
    expect(can(person, "see_people", subjectFor("private", grants))).toBe(true);
    expect(can({ ...person, isPlatformAdmin: true }, "see_people", subjectFor("private", []))).toBe(true);
  });

  it("is refused to a public process's visitors, signed in or not", () => {
    expect(explain(person, "see_people", subjectFor("public", []))).toEqual({
      allowed: false,
      reason: "Only the people taking part in this process can see who did what.",
    });
    expect(can(null, "see_people", subjectFor("public", []))).toBe(false);
  });

  it("is refused, with the process hidden, to outsiders of a private process", () => {
    expect(explain(person, "see_people", subjectFor("private", []))).toEqual({
      allowed: false,
      reason: "The process is private and you take no part in it.",
    });
  });
});

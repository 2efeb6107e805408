import { describe, expect, it } from "vitest";
import type { ActorType, TeamCreationMode, Visibility } from "../../common/actors.js";
import { testActor } from "../test/actors.js";
import type { Actor, MaybeActor } from "./actor.js";
import { authorize, can, explain, explainAdministratorsAfter, explainRemoval, platform } from "./index.js";
import { type OrganizationAction, type OrganizationSubject, organizationActions } from "./organization.js";
import { publicServiceActions } from "./publicService.js";
import { type TeamAction, type TeamSubject, teamActions } from "./team.js";

// Every role × every action × public/private, written out as the rules read in DESIGN.md.

const person = (overrides: Partial<Actor> = {}): Actor => testActor(overrides.userId, overrides);

type OrganizationRole = "anonymous" | "outsider" | "member" | "administrator" | "platform_admin";
const organizationRoles: OrganizationRole[] = ["anonymous", "outsider", "member", "administrator", "platform_admin"];

function organizationFor(
  role: OrganizationRole,
  visibility: Visibility,
  teamCreation: TeamCreationMode = "administrators",
  type: ActorType = "public_administration",
): { actor: MaybeActor; subject: OrganizationSubject } {
  return {
    actor: role === "anonymous" ? null : person({ isPlatformAdmin: role === "platform_admin" }),
    subject: {
      kind: "organization",
      type,
      visibility,
      teamCreation,
      actorIsAdministrator: role === "administrator",
      actorIsMember: role === "member",
    },
  };
}

// Y = allowed, - = denied; columns follow organizationActions: view, update, delete, manage_administrators,
// create_team, start_process, describe_service (of a public administration)
const organizationTable: Record<Visibility, Record<OrganizationRole, string>> = {
  public: {
    anonymous: "Y------",
    outsider: "Y------",
    member: "Y----YY",
    administrator: "YYYYYYY",
    platform_admin: "YYYYYYY",
  },
  private: {
    anonymous: "-------",
    outsider: "-------",
    member: "Y----YY",
    administrator: "YYYYYYY",
    platform_admin: "YYYYYYY",
  },
};

describe("organization policy", () => {
  for (const visibility of ["public", "private"] as const) {
    for (const role of organizationRoles) {
      it(`${role} on a ${visibility} organization`, () => {
        const { actor, subject } = organizationFor(role, visibility);
        const row = organizationActions.map((action) => (can(actor, action, subject) ? "Y" : "-")).join("");
        expect(row).toBe(organizationTable[visibility][role]);
      });
    }
  }

  // create_team by team creation mode: who besides administrators may create teams
  const creationTable: Record<TeamCreationMode, Record<OrganizationRole, boolean>> = {
    administrators: { anonymous: false, outsider: false, member: false, administrator: true, platform_admin: true },
    members: { anonymous: false, outsider: false, member: true, administrator: true, platform_admin: true },
    anyone: { anonymous: false, outsider: true, member: true, administrator: true, platform_admin: true },
  };
  for (const mode of ["administrators", "members", "anyone"] as const) {
    for (const role of organizationRoles) {
      it(`create_team in mode ${mode} for ${role} (public organization)`, () => {
        const { actor, subject } = organizationFor(role, "public", mode);
        expect(can(actor, "create_team", subject)).toBe(creationTable[mode][role]);
      });
    }
  }

  it("lets nobody describe public services for an organization that is not a public administration", () => {
    for (const type of ["nonprofit_organization", "forprofit_organization", "citizen"] as const) {
      for (const role of organizationRoles) {
        const { actor, subject } = organizationFor(role, "public", "administrators", type);
        expect(explain(actor, "describe_service", subject)).toMatchObject({
          allowed: false,
          code: "not_public_administration",
        });
      }
    }
  });

  it("lets only its own people start a process for it, whatever its team creation mode", () => {
    for (const mode of ["administrators", "members", "anyone"] as const) {
      for (const role of organizationRoles) {
        const { actor, subject } = organizationFor(role, "public", mode);
        expect(can(actor, "start_process", subject), `${role}, ${mode}`).toBe(
          role === "member" || role === "administrator" || role === "platform_admin",
        );
      }
    }
    const { actor, subject } = organizationFor("outsider", "public");
    expect(explain(actor, "start_process", subject)).toEqual({
      allowed: false,
      reason: "You may only start processes for organizations you belong to.",
    });
  });

  it("an outsider may not create teams in a private organization open to anyone", () => {
    const { actor, subject } = organizationFor("outsider", "private", "anyone");
    expect(explain(actor, "create_team", subject)).toEqual({
      allowed: false,
      reason: "The organization is private and you are not part of it.",
    });
  });
});

type TeamRole = "anonymous" | "outsider" | "applicant" | "member" | "team_admin" | "org_admin" | "platform_admin";
const teamRoles: TeamRole[] = [
  "anonymous",
  "outsider",
  "applicant",
  "member",
  "team_admin",
  "org_admin",
  "platform_admin",
];

function teamFor(role: TeamRole, visibility: Visibility): { actor: MaybeActor; subject: TeamSubject } {
  return {
    actor: role === "anonymous" ? null : person({ isPlatformAdmin: role === "platform_admin" }),
    subject: {
      kind: "team",
      organization: {
        kind: "organization",
        type: "public_administration",
        visibility,
        teamCreation: "administrators",
        actorIsAdministrator: role === "org_admin",
        actorIsMember: role === "member" || role === "team_admin",
      },
      actorRole: role === "member" ? "member" : role === "team_admin" ? "administrator" : null,
      actorHasPendingRequest: role === "applicant",
    },
  };
}

// columns follow teamActions: view, view_members, update, delete, manage_members, request_to_join, leave
const teamTable: Record<Visibility, Record<TeamRole, string>> = {
  public: {
    anonymous: "YY-----",
    outsider: "YY---Y-",
    applicant: "YY-----",
    member: "YY----Y",
    team_admin: "YYYYY-Y",
    org_admin: "YYYYYY-",
    platform_admin: "YYYYYY-",
  },
  private: {
    anonymous: "-------",
    outsider: "-------",
    applicant: "-------",
    member: "YY----Y",
    team_admin: "YYYYY-Y",
    org_admin: "YYYYYY-",
    platform_admin: "YYYYYY-",
  },
};

describe("team policy", () => {
  for (const visibility of ["public", "private"] as const) {
    for (const role of teamRoles) {
      it(`${role} on a team of a ${visibility} organization`, () => {
        const { actor, subject } = teamFor(role, visibility);
        const row = teamActions.map((action) => (can(actor, action as TeamAction, subject) ? "Y" : "-")).join("");
        expect(row).toBe(teamTable[visibility][role]);
      });
    }
  }
});

describe("platform policy", () => {
  it.each([
    [null, "create_organization", false],
    [person(), "create_organization", true],
    [person(), "create_process", true],
    [null, "create_process", false],
    [person(), "rate_interlinker", true],
    [null, "rate_interlinker", false],
    [person(), "administer", false],
    [person({ isPlatformAdmin: true }), "administer", true],
  ] as const)("%o may %s: %s", (actor, action, allowed) => {
    expect(can(actor, action, platform)).toBe(allowed);
  });
});

describe("authorize", () => {
  it("answers 404 to whoever may not see the subject, 401 to the anonymous, 403 with the reason otherwise", () => {
    const hidden = organizationFor("outsider", "private");
    expect(() => authorize(hidden.actor, "update", hidden.subject, "organization")).toThrow(
      expect.objectContaining({ status: 404 }),
    );
    const anonymous = organizationFor("anonymous", "public");
    expect(() => authorize(anonymous.actor, "update", anonymous.subject, "organization")).toThrow(
      expect.objectContaining({ status: 401 }),
    );
    const visible = organizationFor("outsider", "public");
    expect(() => authorize(visible.actor, "update", visible.subject, "organization")).toThrow(
      expect.objectContaining({ status: 403, detail: "Only the organization's administrators may do this." }),
    );
    const administrator = organizationFor("administrator", "private");
    expect(() =>
      authorize(administrator.actor, "delete" satisfies OrganizationAction, administrator.subject, "organization"),
    ).not.toThrow();
  });
});

describe("keeping an administrator", () => {
  const manages = { allowed: true, reason: "You administer this organization." };
  it.each([
    ["process", { administrators: 2, removingAnAdministrator: true }, true],
    ["process", { administrators: 1, removingAnAdministrator: true }, false],
    ["organization", { administrators: 1, removingAnAdministrator: true }, false],
    ["team", { administrators: 1, members: 2, removingAnAdministrator: true }, false],
    ["team", { administrators: 1, members: 2, removingAnAdministrator: false }, true],
    // The last person of a team may go, administrator or not: an empty team needs no one to run it.
    ["team", { administrators: 1, members: 1, removingAnAdministrator: true }, true],
  ] as const)("%s %o: %s", (kind, counts, allowed) => {
    expect(explainRemoval(kind, manages, counts).allowed).toBe(allowed);
  });

  it("refuses whoever may not manage first, with that reason", () => {
    const refused = { allowed: false, reason: "Only the organization's administrators may do this." };
    expect(explainRemoval("organization", refused, { administrators: 3, removingAnAdministrator: true })).toEqual(
      refused,
    );
  });

  it("judges a change by the counts after it", () => {
    expect(explainAdministratorsAfter("team", { administrators: 0, members: 0 }).allowed).toBe(true);
    expect(explainAdministratorsAfter("team", { administrators: 0, members: 1 })).toEqual({
      allowed: false,
      reason: "A team needs at least one administrator: make someone else one first.",
    });
  });
});

// Y = allowed, - = denied; columns follow publicServiceActions: view, update, delete. A service shows to
// everyone only when it and its administration are both public.
describe("public service policy", () => {
  const table: Record<string, Record<OrganizationRole, string>> = {
    "public service of a public administration": {
      anonymous: "Y--",
      outsider: "Y--",
      member: "YY-",
      administrator: "YYY",
      platform_admin: "YYY",
    },
    "private service": {
      anonymous: "---",
      outsider: "---",
      member: "YY-",
      administrator: "YYY",
      platform_admin: "YYY",
    },
    "public service of a private administration": {
      anonymous: "---",
      outsider: "---",
      member: "YY-",
      administrator: "YYY",
      platform_admin: "YYY",
    },
  };
  const visibilities: Record<string, [Visibility, Visibility]> = {
    "public service of a public administration": ["public", "public"],
    "private service": ["private", "public"],
    "public service of a private administration": ["public", "private"],
  };
  for (const [name, [service, authority]] of Object.entries(visibilities)) {
    for (const role of organizationRoles) {
      it(`${role} on a ${name}`, () => {
        const { actor, subject } = organizationFor(role, authority);
        const serviceSubject = { kind: "public_service" as const, visibility: service, authority: subject };
        const row = publicServiceActions.map((action) => (can(actor, action, serviceSubject) ? "Y" : "-")).join("");
        expect(row).toBe(table[name]![role]);
      });
    }
  }
});

// Factories for what a story needs before it starts. Each takes the app and one options object (`by` is the person
// acting) and returns what the API answered, so the rows exist exactly as a person would have made them: through
// the real routes, with their checks, activity entries and invitations. A factory throws on any refusal, so a
// broken setup fails where it happens instead of in the assertion after it.
import type { LightMyRequestResponse } from "fastify";
import type { z } from "zod";
import type { ApiApp } from "../http/types.js";
import type { assetOutput } from "../modules/assets/schema.js";
import type { organization, organizationCreate } from "../modules/organizations/schema.js";
import type {
  grantOutput,
  itemCreate,
  itemOutput,
  processCreate,
  processOutput,
  TreeNode,
} from "../modules/processes/schema.js";
import type { team, teamCreate } from "../modules/teams/schema.js";
import { call, type Session } from "./app.js";

export type Organization = z.output<typeof organization>;
export type Team = z.output<typeof team>;
export type Process = z.output<typeof processOutput>;
export type Item = z.output<typeof itemOutput>;
export type Grant = z.output<typeof grantOutput>;
export type Asset = z.output<typeof assetOutput>;

function created<T>(what: string, response: LightMyRequestResponse): T {
  if (response.statusCode !== 201) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
  return response.json() as T;
}

/** A public administration by default; `by` becomes its administrator. */
export async function createOrganization(
  app: ApiApp,
  options: { by: Session } & Partial<z.input<typeof organizationCreate>>,
): Promise<Organization> {
  const { by, ...body } = options;
  const response = await call(app, by, "POST", "/api/v1/organizations", {
    name: { en: "Riga City Council", lv: "Rīgas dome" },
    type: "public_administration",
    visibility: "public",
    ...body,
  });
  return created("organization", response);
}

/** A citizen team by default; `by` becomes its administrator and first member. */
export async function createTeam(
  app: ApiApp,
  options: { by: Session; organizationId: string } & Partial<z.input<typeof teamCreate>>,
): Promise<Team> {
  const { by, organizationId, ...body } = options;
  const response = await call(app, by, "POST", `/api/v1/organizations/${organizationId}/teams`, {
    name: { en: "Neighbourhood association" },
    type: "citizen",
    ...body,
  });
  return created("team", response);
}

/** Accepts an invitation as its addressee does, from the mail's link or the dashboard. */
export async function acceptInvitation(app: ApiApp, options: { by: Session; invitationId: string }): Promise<void> {
  const response = await call(app, options.by, "POST", `/api/v1/invitations/${options.invitationId}/accept`);
  if (response.statusCode !== 200) throw new Error(`accept: ${response.statusCode} ${response.body}`);
}

/**
 * Brings a person into a team with their consent: `by` (who manages the team's members) invites their address from
 * the members page, and the person (whose address sign-up confirmed) accepts.
 */
export async function addTeamMember(
  app: ApiApp,
  options: { by: Session; teamId: string; member: Session; role?: "member" | "administrator" },
): Promise<void> {
  const response = await call(app, options.by, "POST", `/api/v1/teams/${options.teamId}/members`, {
    email: options.member.email,
    ...(options.role ? { role: options.role } : {}),
  });
  if (response.statusCode !== 202) throw new Error(`team invitation: ${response.statusCode} ${response.body}`);
  await acceptInvitation(app, { by: options.member, invitationId: response.json().invitation.id });
}

/**
 * Makes a person an administrator of an organization or a process with their consent: `by` invites their address,
 * and the person accepts.
 */
export async function addAdministrator(
  app: ApiApp,
  options: { by: Session; person: Session } & ({ organizationId: string } | { processId: string }),
): Promise<void> {
  const base =
    "organizationId" in options
      ? `/api/v1/organizations/${options.organizationId}`
      : `/api/v1/processes/${options.processId}`;
  const response = await call(app, options.by, "POST", `${base}/administrators`, { email: options.person.email });
  if (response.statusCode !== 202) throw new Error(`administrator invitation: ${response.statusCode} ${response.body}`);
  await acceptInvitation(app, { by: options.person, invitationId: response.json().invitation.id });
}

/**
 * A private G+G process in English from the default schema (Engage → Design → Build → Sustain) unless told
 * otherwise; `by` becomes its administrator.
 */
export async function createProcess(
  app: ApiApp,
  options: { by: Session } & Partial<z.input<typeof processCreate>>,
): Promise<Process> {
  const { by, ...body } = options;
  const response = await call(app, by, "POST", "/api/v1/processes", {
    name: "Library opening hours",
    language: "en",
    governanceModel: "G+G",
    visibility: "private",
    schemaId: "default",
    ...body,
  });
  return created("process", response);
}

/** A phase, objective or task in a process; `by` must be allowed to propose it. */
export async function createItem(
  app: ApiApp,
  options: { by: Session; processId: string } & z.input<typeof itemCreate>,
): Promise<Item> {
  const { by, processId, ...body } = options;
  return created("item", await call(app, by, "POST", `/api/v1/processes/${processId}/items`, body));
}

export const defaultPhases = ["engage", "design", "build", "sustain"] as const;
export type DefaultPhase = (typeof defaultPhases)[number];

export interface ProcessItems {
  /** The whole tree as `by` sees it. */
  tree: TreeNode[];
  /** The default schema's phases, by their place in it (the names depend on the reader's language). */
  phases: Record<DefaultPhase, TreeNode>;
  /** The first task of each phase's first objective. */
  tasks: Record<DefaultPhase, TreeNode>;
}

/** The items of a process made from the default schema, named so a story can say `tasks.build`. */
export async function processItems(app: ApiApp, options: { by: Session; processId: string }): Promise<ProcessItems> {
  const response = await call(app, options.by, "GET", `/api/v1/processes/${options.processId}/tree`);
  if (response.statusCode !== 200) throw new Error(`tree: ${response.statusCode} ${response.body}`);
  const tree = response.json().items as TreeNode[];
  const phases = {} as Record<DefaultPhase, TreeNode>;
  const tasks = {} as Record<DefaultPhase, TreeNode>;
  defaultPhases.forEach((name, index) => {
    const phase = tree[index];
    const task = phase?.children[0]?.children[0];
    if (!phase || !task) throw new Error(`process ${options.processId} has no task in its phase ${index + 1}`);
    phases[name] = phase;
    tasks[name] = task;
  });
  return { tree, phases, tasks };
}

/**
 * Rights for a team or a person, on the whole process or on one item (and so its descendants); `by` must
 * administer the process. A team of an organization `by` does not run is only offered the rights: name in
 * `acceptedBy` one of its administrators, who accepts the invitation, and the grant is what then exists.
 */
export async function createGrant(
  app: ApiApp,
  options: { by: Session; processId: string; rights: string[]; itemId?: string; acceptedBy?: Session } & (
    | { teamId: string }
    | { userId: string }
  ),
): Promise<Grant> {
  const { by, processId, acceptedBy, ...body } = options;
  const response = await call(app, by, "POST", `/api/v1/processes/${processId}/grants`, body);
  if (response.statusCode !== 202) return created("grant", response);
  if (!acceptedBy) throw new Error(`grant: the team must accept first (name acceptedBy): ${response.body}`);
  const invitationId = response.json().invitation.id as string;
  await acceptInvitation(app, { by: acceptedBy, invitationId });
  const grants = await call(app, by, "GET", `/api/v1/processes/${processId}/grants`);
  const grant = (grants.json().items as Grant[]).findLast(
    (entry) => "teamId" in body && entry.team?.id === body.teamId && entry.itemId === (body.itemId ?? null),
  );
  if (!grant) throw new Error(`grant: accepted, but not in ${grants.body}`);
  return grant;
}

/**
 * An asset on a task: an external link when given a `url`, else an instance of the interlinker with this input.
 */
export async function createAsset(
  app: ApiApp,
  options: { by: Session; taskId: string; name?: string } & (
    | { url: string }
    | { interlinkerId: string; input?: unknown; language?: string }
  ),
): Promise<Asset> {
  const { by, taskId, ...rest } = options;
  const body =
    "url" in rest ? { kind: "external", name: rest.name ?? "A link", ...rest } : { kind: "interlinker", ...rest };
  return created("asset", await call(app, by, "POST", `/api/v1/tasks/${taskId}/assets`, body));
}

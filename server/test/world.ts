/**
 * The people and the process most stories about co-production start from, made through the real API:
 *
 *   const context = await createTestApp();
 *   const world = await coproductionWorld(context); // or coproductionWorld(context, { visibility: "public" })
 *   const note = await createAsset(context.app, { by: world.citizen, taskId: world.tasks.build.id, interlinkerId: "note" });
 *   const edit = (who: Session | null) => call(context.app, who, "PUT", `/api/v1/assets/${note.id}/note`, { text: "Hi" });
 *   expect((await edit(world.editor)).statusCode).toBe(200);
 *   problemOf(await edit(world.outsider), 404);
 *
 * Call it once per test file, right after `createTestApp()`: it signs up the platform's first account (who becomes
 * platform administrator), so it must run on a database without accounts. Need more? Add to it with the factories
 * (`createGrant`, `createAsset`, `addTeamMember` …) in the suite itself.
 */
import type { z } from "zod";
import type { ApiApp } from "../http/types.js";
import type { itemCreate, TreeNode } from "../modules/processes/schema.js";
import { type Session, signUp, type TestContext } from "./app.js";
import {
  addTeamMember,
  createGrant,
  createItem,
  createOrganization,
  createProcess,
  createTeam,
  type DefaultPhase,
  type Grant,
  type Organization,
  type Process,
  processItems,
  type Team,
} from "./factories.js";

export interface CoproductionWorld {
  /** The first account, and so the platform administrator; holds no right in the process. */
  platformAdmin: Session;
  /** Administers the organization, and through it the process. */
  admin: Session;
  /** Valmiera, a public administration; it runs the process. */
  organization: Organization;
  /** A resident: administrator of the residents' team, in their own citizen organization. */
  citizen: Session;
  /** A second member of the residents' team: invited by the citizen, accepted with a confirmed address. */
  member: Session;
  /** The residents' association, a citizen organization. */
  citizenOrganization: Organization;
  /** The residents' team: it may add assets anywhere in the Build phase, and see them. */
  citizenTeam: Team;
  /** May edit the assets of the Build task (only that task), and holds nothing else. */
  editor: Session;
  /** Signed in, with no part in the organization, the team or the process. */
  outsider: Session;
  /** "Library opening hours", in English, G+G, from the default schema; private unless asked otherwise. */
  process: Process;
  /** The process's tree as the administrator saw it when the process was new. */
  tree: TreeNode[];
  /** The default schema's phases: Engage, Design, Build, Sustain. */
  phases: Record<DefaultPhase, TreeNode>;
  /** The first task of each phase. */
  tasks: Record<DefaultPhase, TreeNode>;
  /** The grants the world starts with, as the API answered them. */
  grants: { citizenTeam: Grant; editor: Grant };
  /**
   * With `administrationTeam`: Valmiera's library staff, a public-administration team the administrator belongs
   * to, taking part with a view right on the whole process. The rulebook's public-administration side (a G+G
   * decision closes with its consent and a civic team's, the residents').
   */
  staffTeam?: Team;
}

export async function coproductionWorld(
  context: TestContext,
  options: { visibility?: "public" | "private"; administrationTeam?: boolean } = {},
): Promise<CoproductionWorld> {
  const { app } = context;
  const platformAdmin = await signUp(app, { name: "Platform Admin" });
  const admin = await signUp(app, { name: "Ana Admin" });
  const citizen = await signUp(app, { name: "Bruno Citizen" });
  const member = await signUp(app, { name: "Carla Member" });
  const editor = await signUp(app, { name: "Dario Editor" });
  const outsider = await signUp(app, { name: "Eva Outsider" });

  const organization = await createOrganization(app, { by: admin, name: { en: "Valmiera" } });
  const citizenOrganization = await createOrganization(app, {
    by: citizen,
    name: { en: "Residents' association" },
    type: "citizen",
  });
  const citizenTeam = await createTeam(app, {
    by: citizen,
    organizationId: citizenOrganization.id,
    name: { en: "Residents" },
  });
  await addTeamMember(app, { by: citizen, teamId: citizenTeam.id, member });

  const process = await createProcess(app, {
    by: admin,
    organizationId: organization.id,
    aim: "Open the library when people can come",
    visibility: options.visibility ?? "private",
  });
  const { tree, phases, tasks } = await processItems(app, { by: admin, processId: process.id });
  const grants = {
    citizenTeam: await createGrant(app, {
      by: admin,
      processId: process.id,
      teamId: citizenTeam.id,
      itemId: phases.build.id,
      rights: ["create_assets"],
      // The residents' team is another organization's: its administrator accepts the rights offered.
      acceptedBy: citizen,
    }),
    editor: await createGrant(app, {
      by: admin,
      processId: process.id,
      userId: editor.userId,
      itemId: tasks.build.id,
      rights: ["edit_assets"],
    }),
  };
  let staffTeam: Team | undefined;
  if (options.administrationTeam) {
    staffTeam = await createTeam(app, {
      by: admin,
      organizationId: organization.id,
      name: { en: "Library staff" },
      type: "public_administration",
    });
    await createGrant(app, { by: admin, processId: process.id, teamId: staffTeam.id, rights: ["view"] });
  }
  return {
    ...(staffTeam ? { staffTeam } : {}),
    platformAdmin,
    admin,
    organization,
    citizen,
    member,
    citizenOrganization,
    citizenTeam,
    editor,
    outsider,
    process,
    tree,
    phases,
    tasks,
    grants,
  };
}

export interface SmallProcess {
  processId: string;
  design: string;
  build: string;
  /** Design's two tasks. */
  sketch: string;
  review: string;
  /** Build's task: it waits on Build, which waits on Design. */
  prototype: string;
}

/**
 * A private process small enough to finish in a story, with the presets of `governanceModel` (and so their sign-off
 * gates): Design (one objective, two tasks) then Build (one task, after Design). The world's administrator runs it,
 * its library staff (so `world` needs its `administrationTeam`) may view it, and the residents add and edit assets.
 */
export async function createSmallProcess(
  app: ApiApp,
  options: { world: CoproductionWorld; governanceModel: Process["governanceModel"] },
): Promise<SmallProcess> {
  const { world, governanceModel } = options;
  if (!world.staffTeam) throw new Error("a small process needs the world's administration team");
  const process = await createProcess(app, { by: world.admin, governanceModel, schemaId: undefined });
  const add = async (body: z.input<typeof itemCreate>) =>
    (await createItem(app, { by: world.admin, processId: process.id, ...body })).id;
  const design = await add({ type: "phase", name: "Design" });
  const build = await add({ type: "phase", name: "Build", prerequisites: [design] });
  const designWork = await add({ type: "objective", parentId: design, name: "Design work" });
  const buildWork = await add({ type: "objective", parentId: build, name: "Build work" });
  const sketch = await add({ type: "task", parentId: designWork, name: "Sketch" });
  const review = await add({ type: "task", parentId: designWork, name: "Review" });
  const prototype = await add({ type: "task", parentId: buildWork, name: "Prototype" });
  await createGrant(app, { by: world.admin, processId: process.id, teamId: world.staffTeam.id, rights: ["view"] });
  await createGrant(app, {
    by: world.admin,
    processId: process.id,
    teamId: world.citizenTeam.id,
    rights: ["edit_assets", "create_assets"],
    acceptedBy: world.citizen,
  });
  return { processId: process.id, design, build, sketch, review, prototype };
}

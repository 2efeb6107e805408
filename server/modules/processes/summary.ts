import { asc, inArray } from "drizzle-orm";
import { type ActorType, actorTypes } from "../../../common/actors.js";
import type { Language } from "../../../common/languages.js";
import type { Database } from "../../db/client.js";
import { grant, item, processImage } from "../../db/schema/index.js";
import { describeTeams } from "../teams/service.js";
import type { ItemRow } from "./access.js";
import { rollUp } from "./rollup.js";
import { itemText } from "./translations.js";

/** What a card and a public page show about a process besides its own fields. */
export interface ProcessSummary {
  image: { url: string; alt: string } | null;
  /** The first phase (in order) that is not finished; null when there are no phases or all are finished. */
  currentPhase: { id: string; name: string; number: number; status: ItemRow["status"] } | null;
  phases: { total: number; finished: number };
  tasks: { total: number; finished: number };
  participants: {
    teams: number;
    organizations: number;
    people: number;
    byType: { type: ActorType; teams: number; organizations: number }[];
  };
}

export const emptySummary: ProcessSummary = {
  image: null,
  currentPhase: null,
  phases: { total: 0, finished: 0 },
  tasks: { total: 0, finished: 0 },
  participants: { teams: 0, organizations: 0, people: 0, byType: [] },
};

export function imageUrl(processId: string, etag: string): string {
  return `/api/v1/processes/${processId}/image?v=${encodeURIComponent(etag.replaceAll('"', ""))}`;
}

/**
 * Summaries of many processes in four set queries (items, images, grants, the granted teams' types), never
 * one per process.
 */
export async function summarizeProcesses(
  db: Database,
  processIds: readonly string[],
  language?: Language,
): Promise<Map<string, ProcessSummary>> {
  const result = new Map<string, ProcessSummary>();
  if (processIds.length === 0) return result;
  const ids = [...processIds];
  const [items, images, grants] = await Promise.all([
    db
      .select({
        id: item.id,
        processId: item.processId,
        parentId: item.parentId,
        type: item.type,
        name: item.name,
        description: item.description,
        translations: item.translations,
        position: item.position,
        status: item.status,
        startDate: item.startDate,
        endDate: item.endDate,
        problemProfiles: item.problemProfiles,
        coDelivery: item.coDelivery,
      })
      .from(item)
      .where(inArray(item.processId, ids))
      .orderBy(asc(item.position), asc(item.id)),
    db
      .select({ processId: processImage.processId, etag: processImage.etag, alt: processImage.alt })
      .from(processImage)
      .where(inArray(processImage.processId, ids)),
    db
      .selectDistinct({ processId: grant.processId, teamId: grant.teamId, userId: grant.userId })
      .from(grant)
      .where(inArray(grant.processId, ids)),
  ]);
  const teams = await describeTeams(db, [...new Set(grants.flatMap((entry) => (entry.teamId ? [entry.teamId] : [])))]);
  const itemsOf = new Map<string, ItemRow[]>();
  for (const row of items) itemsOf.set(row.processId, [...(itemsOf.get(row.processId) ?? []), row]);

  for (const processId of ids) {
    const own = itemsOf.get(processId) ?? [];
    const rolled = rollUp(own);
    const phases = own.filter((row) => row.type === "phase" && row.parentId === null);
    const tasks = own.filter((row) => row.type === "task");
    const index = phases.findIndex((phase) => rolled.get(phase.id)?.status !== "finished");
    const current = index >= 0 ? phases[index]! : undefined;

    const granted = grants.filter((entry) => entry.processId === processId);
    const teamTypes = new Map<string, ActorType>();
    const organizationTypes = new Map<string, ActorType>();
    for (const entry of granted) {
      const found = entry.teamId ? teams.get(entry.teamId) : undefined;
      if (!found || !entry.teamId) continue;
      teamTypes.set(entry.teamId, found.type);
      organizationTypes.set(found.organizationId, found.organizationType);
    }
    const byType = actorTypes
      .map((type) => ({
        type,
        teams: [...teamTypes.values()].filter((value) => value === type).length,
        organizations: [...organizationTypes.values()].filter((value) => value === type).length,
      }))
      .filter((entry) => entry.teams + entry.organizations > 0);
    const image = images.find((entry) => entry.processId === processId);

    result.set(processId, {
      image: image ? { url: imageUrl(processId, image.etag), alt: image.alt } : null,
      currentPhase: current
        ? {
            id: current.id,
            name: itemText(current, "name", language),
            number: index + 1,
            status: rolled.get(current.id)!.status,
          }
        : null,
      phases: {
        total: phases.length,
        finished: phases.filter((phase) => rolled.get(phase.id)?.status === "finished").length,
      },
      tasks: {
        total: tasks.length,
        finished: tasks.filter((task) => rolled.get(task.id)?.status === "finished").length,
      },
      participants: {
        teams: teamTypes.size,
        organizations: organizationTypes.size,
        people: new Set(granted.flatMap((entry) => (entry.userId ? [entry.userId] : []))).size,
        byType,
      },
    });
  }
  return result;
}

export async function summarizeProcess(db: Database, processId: string, language?: Language): Promise<ProcessSummary> {
  return (await summarizeProcesses(db, [processId], language)).get(processId) ?? emptySummary;
}

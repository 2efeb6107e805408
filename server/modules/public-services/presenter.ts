import type { z } from "zod";
import type { Database } from "../../db/client.js";
import { canAll, type MaybeActor } from "../../policies/index.js";
import { getVisibleProcessNames } from "../processes/service.js";
import type { publicService, publicServiceRevision } from "./schema.js";
import { type LoadedService, loadLinks, loadVisibleServices, type RevisionEntry } from "./service.js";

type PublicServiceOutput = z.infer<typeof publicService>;

/** Where a service's page and its CPSV-AP exports are, relative to the platform. */
export const serviceLinks = (id: string) => ({
  page: `/public-services/${id}`,
  turtle: `/api/v1/public-services/${id}.ttl`,
  jsonld: `/api/v1/public-services/${id}.jsonld`,
});

/**
 * Services as the API gives them, each with the processes and related services the reader may see (a link to a
 * private process stays unknown to outsiders) and what the reader may do.
 */
export async function presentServices(
  db: Database,
  actor: MaybeActor,
  services: LoadedService[],
): Promise<PublicServiceOutput[]> {
  const links = await loadLinks(
    db,
    services.map((loaded) => loaded.row.id),
  );
  const allLinks = [...links.values()];
  const [processNames, related] = await Promise.all([
    getVisibleProcessNames(db, actor, [...new Set(allLinks.flatMap((link) => link.processIds))]),
    loadVisibleServices(db, actor, [...new Set(allLinks.flatMap((link) => link.relatedServiceIds))]),
  ]);
  const relatedNames = new Map(related.map((loaded) => [loaded.row.id, loaded.row.name]));
  return services.map(({ row, authority, subject }) => {
    const link = links.get(row.id)!;
    return {
      id: row.id,
      identifier: row.identifier,
      organization: authority,
      name: row.name,
      description: row.description,
      keywords: row.keywords,
      thematicAreas: row.thematicAreas,
      sectors: row.sectors,
      ...row.details,
      status: row.status,
      relatedServices: link.relatedServiceIds.flatMap((id) =>
        relatedNames.has(id) ? [{ id, name: relatedNames.get(id)! }] : [],
      ),
      visibility: row.visibility,
      processes: link.processIds.flatMap((id) => (processNames.has(id) ? [{ id, name: processNames.get(id)! }] : [])),
      importedFrom: row.importedFrom,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      links: serviceLinks(row.id),
      can: canAll(actor, ["update", "delete"], subject),
    };
  });
}

export function presentRevision(entry: RevisionEntry): z.infer<typeof publicServiceRevision> {
  return {
    version: entry.version,
    changedAt: entry.changedAt.toISOString(),
    changedBy: entry.changedBy ? { id: entry.changedBy.id, name: entry.changedBy.name } : null,
    fields: entry.fields,
  };
}

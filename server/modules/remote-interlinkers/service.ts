import type { z } from "zod";
import type { Language } from "../../../common/languages.js";
import type { Database } from "../../db/client.js";
import { conflict, invalid, notFound, Problem } from "../../http/problem.js";
import {
  type CatalogueEntryRow,
  findCatalogueEntry,
  findUnknownProblemProfiles,
  listCatalogueEntries,
  registerCatalogueEntry,
  removeCatalogueEntry,
  updateCatalogueEntry,
} from "../catalogue/service.js";
import {
  checkHealth,
  deleteRemoteAsset,
  healthCheckFailed,
  type RemoteService,
  ServiceProblem,
  serviceOrigin,
} from "./protocol.js";
import type { remoteInterlinkerCreate, remoteInterlinkerUpdate } from "./schema.js";

// A registration is a catalogue entry of origin `remote`, read and written through the catalogue's service.
export type RemoteInterlinkerRow = CatalogueEntryRow & { serviceUrl: string };

/** A registered remote interlinker, or undefined (also for seed and built-in entries). */
export async function findRemoteInterlinker(db: Database, id: string): Promise<RemoteInterlinkerRow | undefined> {
  return (await findCatalogueEntry(db, { id })) as RemoteInterlinkerRow | undefined;
}

export async function getRemoteInterlinker(db: Database, id: string): Promise<RemoteInterlinkerRow> {
  const row = await findRemoteInterlinker(db, id);
  if (!row) throw notFound("remote interlinker");
  return row;
}

/** Oldest first (registration order), paged by id. */
export async function listRemoteInterlinkers(
  db: Database,
  options: { limit: number; after?: string },
): Promise<RemoteInterlinkerRow[]> {
  return (await listCatalogueEntries(db, options)) as RemoteInterlinkerRow[];
}

/** The registered service with exactly this base address, if any (used by import to find "the same service"). */
export async function findRemoteInterlinkerByServiceUrl(
  db: Database,
  url: string,
): Promise<RemoteInterlinkerRow | undefined> {
  return (await findCatalogueEntry(db, { serviceUrl: url })) as RemoteInterlinkerRow | undefined;
}

export interface Health {
  status: "up" | "down";
  detail: string | null;
  checkedAt: Date;
}

/** Asks the service's /healthcheck now; never throws. */
export async function serviceHealth(service: RemoteService): Promise<Health> {
  try {
    await checkHealth(service);
    return { status: "up", detail: null, checkedAt: new Date() };
  } catch (error) {
    return { status: "down", detail: error instanceof Problem ? error.detail : String(error), checkedAt: new Date() };
  }
}

async function checkProblemProfiles(db: Database, ids: string[] | undefined): Promise<void> {
  if (!ids || ids.length === 0) return;
  const unknown = new Set(await findUnknownProblemProfiles(db, ids));
  const errors = ids
    .map((id, index) => ({ id, index }))
    .filter(({ id }) => unknown.has(id))
    .map(({ index }) => ({
      path: `body.problemProfiles.${index}`,
      code: "unknown_problem_profile",
      message: "There is no problem profile with this id.",
    }));
  if (errors.length > 0) throw invalid(errors);
}

/**
 * Refuses an address that is this platform itself (its pages would run inside the platform's origin) or that
 * another registration already uses; then asks the service's /healthcheck, so nothing dead gets registered.
 */
async function checkService(
  db: Database,
  options: { serviceUrl: string; name: RemoteService["name"]; platformOrigin: string; exceptId?: string },
): Promise<void> {
  if (new URL(options.serviceUrl).origin === options.platformOrigin) {
    throw invalid([
      {
        path: "body.serviceUrl",
        code: "same_origin",
        message: "A remote service must live at another origin than this platform.",
      },
    ]);
  }
  const taken = await findRemoteInterlinkerByServiceUrl(db, options.serviceUrl);
  if (taken && taken.id !== options.exceptId) {
    throw conflict(
      "service-already-registered",
      "A remote interlinker with this service address is already registered.",
    );
  }
  const service = { id: options.exceptId ?? "new", name: options.name, serviceUrl: options.serviceUrl };
  try {
    await checkHealth(service);
  } catch (error) {
    throw error instanceof ServiceProblem ? healthCheckFailed(error) : error;
  }
}

/** Registers a service speaking the INTERLINK asset protocol; the catalogue then lists it as a software interlinker. */
export async function registerRemoteInterlinker(
  db: Database,
  options: { input: z.infer<typeof remoteInterlinkerCreate>; platformOrigin: string },
): Promise<RemoteInterlinkerRow> {
  const { input } = options;
  await checkProblemProfiles(db, input.problemProfiles);
  await checkService(db, { serviceUrl: input.serviceUrl, name: input.name, platformOrigin: options.platformOrigin });
  const row = await registerCatalogueEntry(db, {
    values: {
      nature: "software",
      serviceUrl: input.serviceUrl,
      name: input.name,
      description: input.description,
      instructions: input.instructions ?? {},
      functions: input.functions,
      problemProfiles: input.problemProfiles ?? [],
      tags: input.tags ?? [],
      licence: input.licence ?? "proprietary",
      difficulty: input.difficulty ?? "medium",
      administrativeScopes: input.administrativeScopes ?? [],
      languages: input.languages ?? (Object.keys(input.name) as Language[]),
    },
  });
  return row as RemoteInterlinkerRow;
}

/** Changes a registration; a new service address is checked like a new registration. */
export async function updateRemoteInterlinker(
  db: Database,
  options: { row: RemoteInterlinkerRow; input: z.infer<typeof remoteInterlinkerUpdate>; platformOrigin: string },
): Promise<RemoteInterlinkerRow> {
  const { row, input } = options;
  await checkProblemProfiles(db, input.problemProfiles);
  if (input.serviceUrl !== undefined && input.serviceUrl !== row.serviceUrl) {
    await checkService(db, {
      serviceUrl: input.serviceUrl,
      name: input.name ?? row.name,
      platformOrigin: options.platformOrigin,
      exceptId: row.id,
    });
  }
  const updated = await updateCatalogueEntry(db, { id: row.id, changes: input });
  return updated as RemoteInterlinkerRow;
}

/**
 * Removes a registration no asset uses. While assets live in the service it is refused: they would lose the
 * only record of where their content is. (Ratings go with the entry.)
 */
export async function deleteRemoteInterlinker(
  db: Database,
  options: { row: RemoteInterlinkerRow; assetCount: number },
): Promise<void> {
  const inUse = () =>
    conflict(
      "remote-interlinker-in-use",
      `${options.assetCount || "Some"} asset(s) in co-production processes live in this service. Delete them first, or keep the registration (you may change its address).`,
    );
  if (options.assetCount > 0) throw inUse();
  try {
    await removeCatalogueEntry(db, { id: options.row.id });
  } catch (error) {
    // An asset made since the count still holds the entry through its foreign key.
    if (foreignKeyViolation(error)) throw inUse();
    throw error;
  }
}

function foreignKeyViolation(error: unknown): boolean {
  for (let current = error as { code?: string; cause?: unknown } | undefined; current; ) {
    if (current.code === "23503") return true;
    current = current.cause as typeof current;
  }
  return false;
}

export const asService = (row: RemoteInterlinkerRow): RemoteService => ({
  id: row.id,
  name: row.name,
  serviceUrl: row.serviceUrl,
});

/** The origins of every registered service, for the pages' frame-src. */
export async function listServiceOrigins(db: Database): Promise<string[]> {
  const rows = await listCatalogueEntries(db);
  return [...new Set(rows.flatMap((row) => (row.serviceUrl ? [serviceOrigin({ serviceUrl: row.serviceUrl })] : [])))];
}

/**
 * Copies made in remote services while a platform change is being written. If the change fails after a
 * service copied something (a later asset's clone failed, the transaction rolled back), the copies are deleted
 * again so no service keeps content nothing points to.
 */
export class RemoteCopies {
  private readonly made: { service: RemoteService; externalId: string }[] = [];

  record(service: RemoteService, externalId: string): void {
    this.made.push({ service, externalId });
  }

  /** For `.catch(copies.discardAndRethrow)` on the change that made them. */
  readonly discardAndRethrow = async (error: unknown): Promise<never> => {
    await this.discard();
    throw error;
  };

  async discard(): Promise<void> {
    // Best effort: the platform's own change is already refused; a service that is down keeps an orphan.
    await Promise.allSettled(this.made.map(({ service, externalId }) => deleteRemoteAsset(service, externalId)));
    this.made.length = 0;
  }
}

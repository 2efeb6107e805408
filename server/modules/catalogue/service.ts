import type { InterlinkerManifest } from "../../../interlinkers/contract.js";
import type { Database } from "../../db/client.js";

/** Loads the seed catalogue and the built-in interlinkers' entries; to be written. */
export async function syncCatalogue(_db: Database, _options: { builtins: InterlinkerManifest[] }): Promise<void> {}

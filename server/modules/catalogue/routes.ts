import type { ApiApp } from "../../http/types.js";

// To be written: interlinkers (search, read, ratings), problem profiles, schemas.
export async function catalogueRoutes(_app: ApiApp): Promise<void> {}

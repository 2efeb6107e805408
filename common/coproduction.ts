/** Vocabulary of co-production shared by server and web: the values the API accepts and returns. */

export const interlinkerNatures = ["software", "knowledge", "external_software", "external_knowledge"] as const;
export type InterlinkerNature = (typeof interlinkerNatures)[number];

export const interlinkerFunctions = [
  "organization",
  "communication",
  "scheduling",
  "decision",
  "documentation",
  "monitoring",
  "evaluation",
  "engagement",
] as const;
export type InterlinkerFunction = (typeof interlinkerFunctions)[number];

export const licences = ["public_domain", "permissive", "copyleft", "non_commercial", "proprietary"] as const;
export const difficulties = ["very_easy", "easy", "medium", "difficult", "very_difficult"] as const;
export const administrativeScopes = ["eu", "national", "local"] as const;

export const governanceModels = ["C2G", "G+G", "G2C", "C2C"] as const;
export type GovernanceModel = (typeof governanceModels)[number];

export const itemTypes = ["phase", "objective", "task"] as const;
export type ItemType = (typeof itemTypes)[number];

export const itemStatuses = ["awaiting", "in_progress", "finished"] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/** Rights a grant gives on a process or on one item (and so on all its descendants). */
export const rights = ["view", "create_assets", "edit_assets", "delete_assets", "manage_items"] as const;
export type Right = (typeof rights)[number];

export const assetKinds = ["external", "interlinker"] as const;
export type AssetKind = (typeof assetKinds)[number];

/**
 * The core's families of activity kinds the trail can be filtered by: the part of `action` before the dot. Each
 * built-in interlinker adds its id (its actions are `<id>.<verb>`); server and web take those from the registry.
 */
export const coreActivityKinds = [
  "process",
  "item",
  "asset",
  "grant",
  "administrator",
  "governance",
  "participation",
  "claim",
  "story",
] as const;

/** Kinds of actor an organization or a team represents in co-production. */
export const actorTypes = [
  "public_administration",
  "nonprofit_organization",
  "forprofit_organization",
  "citizen",
] as const;
export type ActorType = (typeof actorTypes)[number];

export const visibilities = ["public", "private"] as const;
export type Visibility = (typeof visibilities)[number];

/** Who may create teams inside an organization. */
export const teamCreationModes = ["administrators", "members", "anyone"] as const;
export type TeamCreationMode = (typeof teamCreationModes)[number];

export const platformRoles = ["admin", "member"] as const;
export type PlatformRole = (typeof platformRoles)[number];

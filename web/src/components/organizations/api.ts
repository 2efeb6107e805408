import type { components } from "../../api/schema";

export type Organization = components["schemas"]["Organization"];
export type Team = components["schemas"]["Team"];
export type TeamMember = components["schemas"]["TeamMember"];
export type JoinRequest = components["schemas"]["JoinRequest"];
export type UserSummary = components["schemas"]["UserSummary"];
export type Administrator = components["schemas"]["Administrator"];
export type ActorType = Organization["type"];
export type TeamRole = TeamMember["role"];

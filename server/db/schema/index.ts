export * from "./auth.js";
export * from "./catalogue.js";
export * from "./invitations.js";
export * from "./organizations.js";
export * from "./participation.js";
export * from "./platform.js";
export * from "./processes.js";
export * from "./rate-limits.js";

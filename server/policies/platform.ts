import type { MaybeActor } from "./actor.js";
import { allow, type Decision, deny } from "./verdict.js";

export interface PlatformSubject {
  kind: "platform";
}

export const platformActions = ["create_organization", "create_process", "rate_interlinker", "administer"] as const;
export type PlatformAction = (typeof platformActions)[number];

export function explainPlatform(actor: MaybeActor, action: PlatformAction): Decision {
  if (!actor) return deny("Sign in first.");
  if (actor.isPlatformAdmin) return allow("Platform administrators may do everything.");
  switch (action) {
    case "create_organization":
      return allow("Every signed-in person may create an organization.");
    case "create_process":
      return allow("Every signed-in person may start a co-production process.");
    case "rate_interlinker":
      return allow("Every signed-in person may rate interlinkers.");
    case "administer":
      return deny("Only platform administrators administer the platform.");
  }
}

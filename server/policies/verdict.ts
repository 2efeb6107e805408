/** A policy's answer with the reason, so a refusal can tell the person why and `explain` can show it. */
export interface Decision {
  allowed: boolean;
  reason: string;
}

export const allow = (reason: string): Decision => ({ allowed: true, reason });
export const deny = (reason: string): Decision => ({ allowed: false, reason });

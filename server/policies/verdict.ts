/** A policy's answer with the reason, so a refusal can tell the person why and `explain` can show it. */
export interface Decision {
  allowed: boolean;
  reason: string;
  /** What decided a refusal, for the web: `rule` when the process's rulebook did, `sign_in` for the anonymous. */
  code?: "rule" | "sign_in";
}

export const allow = (reason: string): Decision => ({ allowed: true, reason });
export const deny = (reason: string, code?: Decision["code"]): Decision =>
  code ? { allowed: false, reason, code } : { allowed: false, reason };

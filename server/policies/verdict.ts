/** A policy's answer with the reason, so a refusal can tell the person why and `explain` can show it. */
export interface Decision {
  allowed: boolean;
  reason: string;
  /**
   * A stable code for a refusal, for clients to translate and act on: `rule` when the process's rulebook decided,
   * `sign_in` for the anonymous, or one the person can act on (e.g. `email_not_verified`).
   */
  code?: string;
}

export const allow = (reason: string): Decision => ({ allowed: true, reason });
export const deny = (reason: string, code?: string): Decision =>
  code ? { allowed: false, reason, code } : { allowed: false, reason };

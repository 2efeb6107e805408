/** A policy's answer with the reason, so a refusal can tell the person why and `explain` can show it. */
export interface Decision {
  allowed: boolean;
  reason: string;
  /** A stable code for a refusal the person can act on (e.g. `email_not_verified`), for clients to translate. */
  code?: string;
}

export const allow = (reason: string): Decision => ({ allowed: true, reason });
export const deny = (reason: string, code?: string): Decision => ({
  allowed: false,
  reason,
  ...(code ? { code } : {}),
});

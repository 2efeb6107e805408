import type { TFunction } from "i18next";
import { AuthError } from "../api/session";

const translatedCodes = [
  "INVALID_TOKEN",
  "TOKEN_EXPIRED",
  "USER_NOT_FOUND",
  "PASSWORD_TOO_SHORT",
  "PASSWORD_TOO_LONG",
  "EMAIL_ALREADY_VERIFIED",
  "EMAIL_MISMATCH",
] as const;

/** A better-auth refusal in the user's language when we know its code, else its own words. */
export function authErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof AuthError) {
    if (error.status === 429) return t("auth.errors.TOO_MANY");
    const code = translatedCodes.find((known) => known === error.code);
    if (code) return t(`auth.errors.${code}`);
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

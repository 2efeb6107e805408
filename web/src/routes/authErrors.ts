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
// Refusals of the sign-in and sign-up forms, whose words live with the shell's (locales/*/shell.json).
// Sign-up never answers that an address is taken (its owner is mailed instead), so there is no word for it.
const signInCodes = ["INVALID_EMAIL_OR_PASSWORD", "EMAIL_NOT_VERIFIED", "INVALID_EMAIL"] as const;

/** A better-auth refusal in the user's language when we know its code, else its own words. */
export function authErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof AuthError) {
    if (error.status === 429) return t("auth.errors.TOO_MANY");
    const code = translatedCodes.find((known) => known === error.code);
    if (code) return t(`auth.errors.${code}`);
    const signInCode = signInCodes.find((known) => known === error.code);
    if (signInCode) return t(`shell.authErrors.${signInCode}`);
    return error.message;
  }
  // fetch() fails with a TypeError when the request never reached the server.
  if (error instanceof TypeError) return t("shell.authErrors.NETWORK");
  return error instanceof Error ? error.message : String(error);
}

import type { TFunction } from "i18next";

import { nameMaxLength, passwordLength } from "../../../common/accounts";

// The server's rules, checked before sending so each field says what is wrong in the reader's language.
export { nameMaxLength, passwordLength };

export type FieldErrors = Partial<Record<"name" | "email" | "password", string>>;

export function emailError(t: TFunction, email: string): string | undefined {
  if (!email) return t("shell.fields.emailMissing");
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return t("shell.fields.emailInvalid");
  return undefined;
}

export function newPasswordError(t: TFunction, password: string): string | undefined {
  if (password.length < passwordLength.min) return t("auth.errors.PASSWORD_TOO_SHORT");
  if (password.length > passwordLength.max) return t("auth.errors.PASSWORD_TOO_LONG");
  return undefined;
}

export function nameError(t: TFunction, name: string): string | undefined {
  if (!name) return t("shell.fields.nameMissing");
  if (name.length > nameMaxLength) return t("shell.fields.nameTooLong", { max: nameMaxLength });
  return undefined;
}

/** Only the fields that have an error, so an empty object means the form may be sent. */
export function withoutEmpty(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message)) as FieldErrors;
}

import { expect } from "@playwright/test";
import { mailDir } from "../playwright.config.js";
import { findMailLink } from "../server/modules/mail/files.js";

/**
 * The screen each mail's first link opens: the confirmation, the reset, the sign-in of a known address, and an
 * invitation's page.
 */
const purposeOf = {
  "/verify-email": "verify-email",
  "/reset-password": "reset-password",
  "/sign-in": "existing-account",
  "/invitations/": "invitation",
} as const;

/**
 * The link of the last mail the server sent to this address, read from the files it writes without SMTP (as in
 * the browser tests): what an operator without SMTP does for a person.
 */
export async function lastMailLink(recipient: string, screen: keyof typeof purposeOf): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(() => {
      link = findMailLink(mailDir, { purpose: purposeOf[screen], to: recipient });
      return link;
    })
    .toBeDefined();
  return link!;
}

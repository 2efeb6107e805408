import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import { mailDir } from "../playwright.config.js";

/**
 * The link of the last mail the server sent to this address, read from the files it writes without SMTP (as in
 * the browser tests): what an operator without SMTP does for a person. `/invitations/` finds an invitation's link.
 */
export async function lastMailLink(
  recipient: string,
  screen: "/verify-email" | "/reset-password" | "/invitations/",
): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(() => {
      const files = fs.existsSync(mailDir) ? fs.readdirSync(mailDir).filter((name) => name.endsWith(".eml")) : [];
      // Mail ids are UUIDv7, so their names sort in the order the mails were written.
      for (const name of files.sort()) {
        const message = fs.readFileSync(path.join(mailDir, name), "utf8");
        if (!message.split("\r\n").includes(`To: ${recipient}`)) continue;
        const found = message.match(/https?:\/\/\S+/)?.[0];
        const pathname = found ? new URL(found).pathname : "";
        if (found && (screen.endsWith("/") ? pathname.startsWith(screen) : pathname === screen)) link = found;
      }
      return link;
    })
    .toBeDefined();
  return link!;
}

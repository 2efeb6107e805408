import fs from "node:fs";
import { expect } from "@playwright/test";
import { serverLog } from "../playwright.config.js";

/**
 * The link of the last mail the server sent to this address, read from the server's log (no SMTP in browser
 * tests): what an operator without SMTP does for a person.
 */
export async function lastMailLink(recipient: string, screen: "/verify-email" | "/reset-password"): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(() => {
      const lines = fs.existsSync(serverLog) ? fs.readFileSync(serverLog, "utf8").split("\n") : [];
      for (const line of lines) {
        if (!line.includes(recipient) || !line.startsWith("{")) continue;
        const entry = JSON.parse(line) as { mail?: { to: string; text: string } };
        if (entry.mail?.to !== recipient) continue;
        const found = entry.mail.text.match(/https?:\/\/\S+/)?.[0];
        if (found && new URL(found).pathname === screen) link = found;
      }
      return link;
    })
    .toBeDefined();
  return link!;
}

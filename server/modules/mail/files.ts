import fs from "node:fs";
import path from "node:path";
import type { MailPurpose } from "./templates.js";

/** The mail as an RFC 5322 message any mail program opens (`<id>.eml`), readable only by the server's user. */
export async function writeMailFile(
  dir: string,
  id: string,
  mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    purpose: MailPurpose;
    headers?: Record<string, string>;
  },
): Promise<string> {
  await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${id}.eml`);
  const headers = [
    `From: ${mail.from}`,
    `To: ${mail.to}`,
    `Subject: =?UTF-8?B?${Buffer.from(mail.subject).toString("base64")}?=`,
    `Date: ${new Date().toUTCString()}`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    `X-Interlink-Purpose: ${mail.purpose}`,
    // Header values are ours (tokens in base64url, our base URL): no line breaks can reach them.
    ...Object.entries(mail.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
  ];
  await fs.promises.writeFile(file, `${headers.join("\r\n")}\r\n\r\n${mail.text.replace(/\r?\n/g, "\r\n")}\r\n`, {
    mode: 0o600,
  });
  return file;
}

/**
 * The first link of the newest mail file for this purpose (to this address, when given), as an operator without
 * SMTP finds it for a person; the tests, benchmarks and browser journeys confirm addresses this way.
 */
export function findMailLink(dir: string, wanted: { purpose: MailPurpose; to?: string }): string | undefined {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".eml")) : [];
  // Mail ids are UUIDv7, so their names sort in the order the mails were written: newest first.
  for (const name of files.sort().reverse()) {
    const message = fs.readFileSync(path.join(dir, name), "utf8");
    const headers = message.slice(0, message.indexOf("\r\n\r\n")).split("\r\n");
    if (!headers.includes(`X-Interlink-Purpose: ${wanted.purpose}`)) continue;
    if (wanted.to !== undefined && !headers.includes(`To: ${wanted.to.toLowerCase()}`)) continue;
    return message.match(/https?:\/\/\S+/)?.[0];
  }
  return undefined;
}

/**
 * `findMailLink`, waiting for the mail: a server delivers its mails in a background job, moments after the
 * request that wrote them (tests of a running server, benchmarks). Undefined if none came within `timeoutMs`.
 */
export async function awaitMailLink(
  dir: string,
  wanted: { purpose: MailPurpose; to?: string },
  timeoutMs = 10_000,
): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const link = findMailLink(dir, wanted);
    if (link || Date.now() > deadline) return link;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

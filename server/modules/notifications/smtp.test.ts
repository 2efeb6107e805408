import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { job } from "../../db/schema/index.js";
import { call, createTestApp, type Session, sessionCookie, type TestContext, testOrigin } from "../../test/app.js";
import { createAsset, createProcess, processItems } from "../../test/factories.js";
import { startSmtpServer, type TestSmtpServer } from "../../test/smtp.js";
import { digestJob } from "./digest.js";

// Notification mail through a real SMTP server (issue #13): a mention goes at once, what the person chose a digest
// for comes in the morning's digest, each as plain text and HTML in the person's language, with the one-click
// unsubscribe headers; names people wrote reach the HTML as text, never as markup.

/** One message as the SMTP server received it: its headers, and each part decoded. */
interface Received {
  raw: string;
  headers: string;
  parts: { type: string; body: string }[];
}

/** Decodes a MIME body in quoted-printable or base64, the two encodings nodemailer writes. */
function decode(body: string, encoding: string | undefined): string {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding !== "quoted-printable") return body;
  const joined = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else bytes.push(...Buffer.from(joined[index]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

function parse(raw: string): Received {
  const [headers = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join("\r\n\r\n");
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  const sections = boundary ? body.split(`--${boundary}`).slice(1, -1) : [`${headers}\r\n\r\n${body}`];
  const parts = sections.map((section) => {
    const [partHeaders = "", ...content] = section.replace(/^\r?\n/, "").split(/\r?\n\r?\n/);
    const type = /content-type:\s*([^;\r\n]+)/i.exec(partHeaders)?.[1]?.trim() ?? "text/plain";
    const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(partHeaders)?.[1]?.toLowerCase();
    return { type, body: decode(content.join("\r\n\r\n"), encoding).replace(/\r\n/g, "\n") };
  });
  return { raw, headers, parts };
}

let context: TestContext;
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
  context = await createTestApp({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  await context.close();
  await smtp.close();
});

/** The newest message to this address whose subject (decoded by its text part) matches, once mail jobs ran. */
async function mailTo(email: string, purpose: RegExp): Promise<Received> {
  await context.app.jobs.drain();
  const found = smtp.received.map(parse).filter((mail) => new RegExp(`^To: ${email}`, "im").test(mail.headers));
  const match = found.findLast((mail) => mail.parts.some((part) => purpose.test(part.body)));
  if (!match) throw new Error(`no mail to ${email} matching ${purpose}; ${found.length} to that address`);
  return match;
}

/** Signs up as a person does when the platform sends mail by SMTP: the confirmation link comes in the mail. */
async function signUpBySmtp(name: string, language: string): Promise<Session> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@example.org`;
  const response = await context.app.inject({
    method: "POST",
    url: "/api/auth/sign-up/email",
    headers: { origin: testOrigin },
    payload: { email, name, password: "a long enough password", language },
  });
  if (response.statusCode !== 200) throw new Error(response.body);
  const mail = await mailTo(email, /verify-email\?token=/);
  const token = /verify-email\?token=([\w.-]+)/.exec(mail.parts[0]!.body)![1]!;
  const confirmed = await context.app.inject({ url: `/api/auth/verify-email?token=${token}` });
  return { cookie: sessionCookie(confirmed), userId: response.json().user.id, email, name };
}

describe("notification mail by SMTP", () => {
  let admin: Session;
  let resident: Session;
  let processId: string;
  const processName = "Upe <b>& tilts</b>";

  beforeAll(async () => {
    admin = await signUpBySmtp("Orga Admina", "en");
    resident = await signUpBySmtp("Ilze Iedzīvotāja", "lv");
    processId = (await createProcess(context.app, { by: admin, name: processName })).id;
    const given = await call(context.app, admin, "POST", `/api/v1/processes/${processId}/grants`, {
      userId: resident.userId,
      rights: ["view"],
    });
    expect(given.statusCode).toBe(201);
  });

  it("sends a mention at once, as text and HTML in the reader's language, with one-click unsubscribe", async () => {
    const { tasks } = await processItems(context.app, { by: admin, processId });
    const asset = await createAsset(context.app, {
      by: admin,
      taskId: tasks.engage.id,
      interlinkerId: "discussion",
      name: "Tilts",
      input: { thread: { title: "Kad <i>atvērt</i>?", source: `Ko domājat, @${resident.name}?` } },
    });
    const mail = await mailTo(resident.email, /pieminēja/);
    expect(mail.headers).toMatch(/^Content-Type: multipart\/alternative/im);
    expect(mail.headers).toMatch(/^List-Unsubscribe:\s+<http:\/\/localhost:3000\/api\/v1\/unsubscribe\?token=/im);
    expect(mail.headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/im);
    const text = mail.parts.find((part) => part.type === "text/plain")!.body;
    const html = mail.parts.find((part) => part.type === "text/html")!.body;
    const url = `http://localhost:3000/processes/${processId}/assets/${asset.id}`;
    expect(text).toContain("Orga Admina jūs pieminēja sadaļā “Kad <i>atvērt</i>?”.");
    expect(text).toContain(`Atvērt: ${url}`);
    expect(html).toContain('<html lang="lv">');
    expect(html).toContain("<p>Orga Admina jūs pieminēja sadaļā “Kad &lt;i&gt;atvērt&lt;/i&gt;?”.</p>");
    expect(html).toContain(`<a href="${url}">Atvērt</a>`);
    expect(html).toContain('<a href="http://localhost:3000/profile#mail-notifications">');
    expect(html).not.toContain("<i>");
  });

  it("mails what goes to the daily digest in the morning, grouped under the process's name", async () => {
    const [digest] = await context.database.db.select().from(job).where(eq(job.kind, digestJob));
    expect(digest?.payload).toMatchObject({ userId: resident.userId, frequency: "daily" });
    // 07:00 UTC comes.
    await context.database.db.update(job).set({ runAt: new Date() }).where(eq(job.id, digest!.id));
    const mail = await mailTo(resident.email, /kopsavilkum/);
    const html = mail.parts.find((part) => part.type === "text/html")!.body;
    expect(html).toContain('<h2 style="font-size:1.1em">Upe &lt;b&gt;&amp; tilts&lt;/b&gt;</h2>');
    expect(html).toContain(
      `<li><a href="http://localhost:3000/processes/${processId}">Orga Admina piešķīra jums tiesības procesā “Upe &lt;b&gt;&amp; tilts&lt;/b&gt;”: tagad jūs tajā piedalāties.</a></li>`,
    );
    const text = mail.parts.find((part) => part.type === "text/plain")!.body;
    expect(text).toContain(`Upe <b>& tilts</b>\n- Orga Admina piešķīra jums tiesības`);
    expect(mail.headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/im);
  });
});

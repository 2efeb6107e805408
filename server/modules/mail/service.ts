import { eq } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import nodemailer from "nodemailer";
import type { Database } from "../../db/client.js";
import { mailOutbox } from "../../db/schema/index.js";
import { enqueueJob } from "../../jobs/queue.js";
import type { JobKind } from "../../jobs/runner.js";
import { writeMailFile } from "./files.js";
import type { MailPurpose } from "./templates.js";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The same mail as HTML, sent beside the text (a mail program shows the one it prefers). */
  html?: string;
  purpose: MailPurpose;
  /** Links and ids the mail carries, kept beside it so an operator without SMTP can find them. */
  metadata?: Record<string, string>;
  /** Headers besides the usual ones, e.g. `List-Unsubscribe` (RFC 8058). */
  headers?: Record<string, string>;
}

export interface Mailer {
  /**
   * Stores the mail in the outbox with a job that delivers it, in one transaction (the caller's, when given, so
   * the mail goes only if the change that wrote it commits). Never delivers inside the request.
   */
  send(mail: OutgoingMail, db?: Database): Promise<void>;
  /** The job that delivers an outbox mail: by SMTP when configured, otherwise as a file in `mailDir`. */
  delivery: JobKind;
}

export const mailDeliveryJob = "mail.deliver";

export function createMailer(options: {
  db: Database;
  smtpUrl: string | undefined;
  from: string;
  /** Without SMTP, where each mail is written as `<id>.eml` for the operator to pass on. */
  mailDir: string;
  logger: FastifyBaseLogger;
}): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  const store = async (db: Database, mail: OutgoingMail) => {
    const [stored] = await db
      .insert(mailOutbox)
      .values({
        recipient: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? null,
        purpose: mail.purpose,
        metadata: mail.metadata ?? {},
        headers: mail.headers ?? {},
      })
      .returning({ id: mailOutbox.id });
    await enqueueJob(db, { kind: mailDeliveryJob, payload: { mailId: stored!.id } });
  };
  return {
    async send(mail, db) {
      if (db) await store(db, mail);
      else await options.db.transaction((tx) => store(tx, mail));
    },
    delivery: {
      kind: mailDeliveryJob,
      async handle(payload) {
        const id = String(payload.mailId);
        const [mail] = await options.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
        // Gone (deleted with its account) or already delivered by an attempt whose end was not recorded.
        if (!mail || mail.sentAt) return;
        try {
          if (!transport) {
            // A one-machine install without SMTP: the operator opens the mail's file and passes its link on.
            // Never the log: the links carry sign-in tokens, and logs travel further than a data directory. The file
            // holds the plain text only (the HTML part, when there is one, stays in the outbox).
            const file = await writeMailFile(options.mailDir, id, {
              from: options.from,
              to: mail.recipient,
              subject: mail.subject,
              text: mail.text,
              purpose: mail.purpose as MailPurpose,
              headers: mail.headers,
            });
            options.logger.info({ mailId: id, file }, "mail written to a file (no SMTP_URL)");
          } else {
            await transport.sendMail({
              from: options.from,
              to: mail.recipient,
              subject: mail.subject,
              text: mail.text,
              ...(mail.html ? { html: mail.html } : {}),
              headers: mail.headers,
            });
          }
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          options.logger.error({ mailId: id, error: message }, "mail delivery failed");
          await options.db.update(mailOutbox).set({ error: message }).where(eq(mailOutbox.id, id));
          throw error;
        }
        await options.db.update(mailOutbox).set({ sentAt: new Date(), error: null }).where(eq(mailOutbox.id, id));
      },
    },
  };
}

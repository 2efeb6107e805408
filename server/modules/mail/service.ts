import { eq } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import nodemailer from "nodemailer";
import type { Database } from "../../db/client.js";
import { mailOutbox } from "../../db/schema/index.js";
import { writeMailFile } from "./files.js";
import type { MailPurpose } from "./templates.js";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  purpose: MailPurpose;
  /** Links and ids the mail carries, kept beside it so an operator without SMTP can find them. */
  metadata?: Record<string, string>;
}

export interface Mailer {
  /** Stores the mail in the outbox and delivers it: by SMTP when configured, otherwise as a file in `mailDir`. */
  send(mail: OutgoingMail): Promise<void>;
}

export function createMailer(options: {
  db: Database;
  smtpUrl: string | undefined;
  from: string;
  /** Without SMTP, where each mail is written as `<id>.eml` for the operator to pass on. */
  mailDir: string;
  logger: FastifyBaseLogger;
}): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  return {
    async send(mail) {
      const [stored] = await options.db
        .insert(mailOutbox)
        .values({
          recipient: mail.to,
          subject: mail.subject,
          text: mail.text,
          purpose: mail.purpose,
          metadata: mail.metadata ?? {},
        })
        .returning({ id: mailOutbox.id });
      const id = stored!.id;
      if (!transport) {
        // A one-machine install without SMTP: the operator opens the mail's file and passes its link on. Never
        // the log: the links carry sign-in tokens, and logs travel further than a data directory.
        const file = await writeMailFile(options.mailDir, id, { ...mail, from: options.from });
        options.logger.info({ mailId: id, file }, "mail written to a file (no SMTP_URL)");
        await options.db.update(mailOutbox).set({ sentAt: new Date() }).where(eq(mailOutbox.id, id));
        return;
      }
      try {
        await transport.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
        await options.db.update(mailOutbox).set({ sentAt: new Date() }).where(eq(mailOutbox.id, id));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        options.logger.error({ mailId: id, error: message }, "mail delivery failed");
        await options.db.update(mailOutbox).set({ error: message }).where(eq(mailOutbox.id, id));
      }
    },
  };
}

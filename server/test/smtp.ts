import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A real SMTP server for a test, and what it took. */
export interface TestSmtpServer {
  /** The `SMTP_URL` that reaches it. */
  url: string;
  /** Each accepted message, raw, in the order it came. */
  received: string[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on a free loopback port (no TLS, no login); `refuse` answers each recipient with a temporary
 * failure (451) while it says so.
 */
export async function startSmtpServer(refuse: () => boolean = () => false): Promise<TestSmtpServer> {
  const received: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!refuse()) return callback();
      callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
    },
    onData(stream, _session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => {
        data += chunk.toString("utf8");
      });
      stream.on("end", () => {
        received.push(data);
        callback();
      });
    },
  });
  smtp.listen(0, "127.0.0.1");
  await once(smtp.server, "listening");
  return {
    url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

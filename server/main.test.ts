import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awaitMailLink } from "./modules/mail/files.js";

// `npm start` as an operator runs it: a real process, a real port, signals, a restart.

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const serverUrl = process.env.TEST_DATABASE_URL;
let dataDir: string;
let mailDir: string;
let databaseUrl: string | undefined;
let databaseName: string | undefined;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-main-"));
  mailDir = path.join(dataDir, "mail");
  if (serverUrl) {
    databaseName = `interlink_main_${randomBytes(6).toString("hex")}`;
    await admin((client) => client.query(`create database ${databaseName}`));
    const url = new URL(serverUrl);
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
  }
});
afterAll(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (databaseName) await admin((client) => client.query(`drop database if exists ${databaseName} with (force)`));
});

async function admin(work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(port: number, env: Record<string, string> = {}): Started {
  // Node itself with tsx's loader, not the tsx command: a signal (SIGKILL above all) reaches the server itself.
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      MAIL_DIR: mailDir,
      DATABASE_URL: databaseUrl ?? "",
      BASE_URL: `http://localhost:${port}`,
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(started: Started, text: string, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!started.output().includes(text)) {
    if (Date.now() > deadline || started.child.exitCode !== null) {
      throw new Error(`server did not say "${text}":\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("npm start", () => {
  it("serves, refuses a second process on the same data, stops on SIGTERM and keeps data across a restart", async () => {
    const port = await freePort();
    const base = `http://localhost:${port}`;
    const first = start(port);
    await waitFor(first, "INTERLINK is listening");
    expect(first.output()).toContain(base);
    expect(first.output()).toContain(serverUrl ? "database: PostgreSQL at" : `database: embedded PGlite in ${dataDir}`);

    const health = await fetch(`${base}/api/health`);
    expect(await health.json()).toEqual({ status: "ok", database: serverUrl ? "postgresql" : "pglite" });

    const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: "operator@example.org", name: "Operator", password: "a long enough password" }),
    });
    expect(signUp.status).toBe(200);
    // Signed in once the address is confirmed, through the link in the mail written to MAIL_DIR.
    const link = new URL((await awaitMailLink(mailDir, { purpose: "verify-email", to: "operator@example.org" }))!);
    const confirmed = await fetch(`${base}/api/auth/verify-email?token=${link.searchParams.get("token")}`);
    expect(confirmed.status).toBe(200);
    const cookie = confirmed.headers.getSetCookie()[0]!.split(";")[0]!;
    const write = (url: string, body: unknown) =>
      fetch(`${base}${url}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, cookie },
        body: JSON.stringify(body),
      });
    const organization = (await (
      await write("/api/v1/organizations", {
        name: { en: "Sigulda" },
        type: "public_administration",
        visibility: "private",
      })
    ).json()) as { id: string };
    const team = (await (
      await write(`/api/v1/organizations/${organization.id}/teams`, { name: { en: "Library users" }, type: "citizen" })
    ).json()) as { id: string };

    if (!serverUrl) {
      const second = start(await freePort());
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain("is in use by another INTERLINK process");
    }

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain("stopped");
    expect(fs.existsSync(path.join(dataDir, "interlink.lock"))).toBe(false);

    const again = start(port);
    try {
      await waitFor(again, "INTERLINK is listening");
      const read = await fetch(`${base}/api/v1/teams/${team.id}`, { headers: { cookie } });
      expect(read.status).toBe(200);
      expect(((await read.json()) as { name: unknown }).name).toEqual({ en: "Library users" });
      const me = (await (await fetch(`${base}/api/v1/me`, { headers: { cookie } })).json()) as { platformRole: string };
      expect(me.platformRole).toBe("admin");
    } finally {
      again.child.kill("SIGINT");
      expect(await again.exited).toBe(0);
    }
    // The log never carries the session cookie or the password.
    expect(first.output() + again.output()).not.toContain(cookie.split("=")[1]!.split(".")[0]!);
    expect(first.output()).not.toContain("a long enough password");
  }, 120_000);

  it("delivers, after a restart, the mail it was killed in the middle of sending, once", async () => {
    // A real SMTP server that holds the first message open (the server is killed while it waits) and takes the rest.
    const received: string[] = [];
    let heldOpen = 0;
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, _session, callback) {
        let data = "";
        stream.on("data", (chunk: Buffer) => {
          data += chunk.toString("utf8");
        });
        stream.on("end", () => {
          if (heldOpen++ === 0) return; // never answered: the message is not accepted
          received.push(data);
          callback();
        });
      },
    });
    smtp.listen(0, "127.0.0.1");
    await once(smtp.server, "listening");
    const env = {
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as net.AddressInfo).port}`,
      // On PostgreSQL another process takes the job once its lease ends. On PGlite the lease outlasts the test:
      // the restarted server hands back what the killed one held as it starts.
      JOB_LEASE_SECONDS: serverUrl ? "2" : "600",
    };
    const port = await freePort();
    const base = `http://localhost:${port}`;
    const first = start(port, env);
    try {
      await waitFor(first, "INTERLINK is listening");
      const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base },
        body: JSON.stringify({ email: "killed@example.org", name: "Killed", password: "a long enough password" }),
      });
      expect(signUp.status).toBe(200);
      await expect.poll(() => heldOpen, { timeout: 20_000 }).toBe(1);
      first.child.kill("SIGKILL");
      await first.exited;
      expect(received).toHaveLength(0);

      const again = start(port, env);
      try {
        await waitFor(again, "INTERLINK is listening");
        if (!serverUrl)
          expect(again.output()).toContain("1 background job(s) cut short by the last stop will run again");
        await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);
        expect(received[0]).toContain("To: killed@example.org");
        // And not a second time: the job is gone once delivered.
        await new Promise((resolve) => setTimeout(resolve, 3000));
        expect(received).toHaveLength(1);
      } finally {
        again.child.kill("SIGTERM");
        expect(await again.exited).toBe(0);
      }
    } finally {
      if (first.child.exitCode === null) first.child.kill("SIGKILL");
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  }, 120_000);

  it("exits with a clear message on a bad configuration", async () => {
    const child = spawn(tsx, ["server/main.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "not-a-port", DATABASE_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain("Invalid configuration");
    expect(output).toContain("PORT");
  });
});

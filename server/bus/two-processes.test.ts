import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { call, createTestApp, type Session, signUp, type TestContext, testOrigin } from "../test/app.js";
import { testDatabaseKind } from "../test/database.js";
import { createAsset, createGrant } from "../test/factories.js";
import { type CoproductionWorld, coproductionWorld } from "../test/world.js";
import { busApplicationName } from "./postgres.js";

// Two real server processes (`node server/main.ts`) on one PostgreSQL database, as behind a load balancer: what a
// person does on one reaches the people connected live to the other, through the bus (server/bus). The people,
// the process and its assets are made beforehand by an app in this test process (on the same database, its jobs
// stopped so the servers run them); everything live goes through the two servers' ports.

const root = path.resolve(import.meta.dirname, "../..");
/** The document interlinker's Yjs field and its "rights changed" close code (interlinkers/document/collab.ts). */
const documentField = "default";
const accessChangedCloseCode = 4403;

interface Server {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

async function startServer(databaseUrl: string, mailDir: string): Promise<Server> {
  const port = await freePort();
  // Node itself with tsx's loader, as main.test.ts: the signal that stops it reaches the server itself.
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      MAIL_DIR: mailDir,
      // The same public address as the test app's, so its session cookies and the browser's Origin hold here.
      BASE_URL: testOrigin,
      LOG_LEVEL: "info",
      WEB_BUILD: "skip",
      RATE_LIMIT_AUTH_PER_MINUTE: "1000",
      RATE_LIMIT_INVITATIONS_PER_HOUR: "1000",
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
  const deadline = Date.now() + 45_000;
  while (!output.includes("INTERLINK is listening")) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill("SIGKILL");
      throw new Error(`the server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, port, output: () => output, exited };
}

async function stopServer(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  server.child.kill("SIGTERM");
  await server.exited;
}

/** Waits for a condition, bounded: the events awaited come from other processes. */
async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** An API call to a running server, as the browser makes it (cookie, and Origin on writes). */
function request(server: Server, session: Session, method: string, url: string, body?: unknown) {
  return fetch(`http://127.0.0.1:${server.port}${url}`, {
    method,
    headers: {
      cookie: session.cookie,
      ...(method === "GET" ? {} : { origin: testOrigin }),
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

/** A person's live notification stream on one server: what has arrived so far, and how to hang up. */
async function openStream(server: Server, session: Session) {
  const aborted = new AbortController();
  const response = await fetch(`http://127.0.0.1:${server.port}/api/v1/me/notifications/stream`, {
    headers: { cookie: session.cookie },
    signal: aborted.signal,
  });
  expect(response.status).toBe(200);
  let text = "";
  const reading = (async () => {
    const decoder = new TextDecoder();
    for await (const chunk of response.body!) text += decoder.decode(chunk as Uint8Array, { stream: true });
  })().catch(() => {});
  return {
    text: () => text,
    close: async () => {
      aborted.abort();
      await reading;
    },
  };
}

/** A browser's WebSocket: the session cookie and the page's Origin go with the upgrade. */
function browserSocket(cookie: string) {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie, origin: testOrigin } });
    }
  };
}

interface Editor {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  closeCodes: number[];
  text(): string;
  type(text: string): void;
  leave(): void;
}

/** Opens a document on one server as the editor does; resolves once synced, rejects when refused. */
function openDocument(server: Server, session: Session, assetId: string): Promise<Editor> {
  return new Promise((resolve, reject) => {
    const doc = new Y.Doc();
    const closeCodes: number[] = [];
    const timer = setTimeout(() => reject(new Error("the document never synced")), 15_000);
    const provider = new HocuspocusProvider({
      url: `ws://127.0.0.1:${server.port}/collab`,
      name: `asset:${assetId}`,
      document: doc,
      WebSocketPolyfill: browserSocket(session.cookie),
      onAuthenticationFailed: ({ reason }) => {
        clearTimeout(timer);
        provider.destroy();
        reject(new Error(`refused: ${reason}`));
      },
      onSynced: () => {
        clearTimeout(timer);
        resolve({
          provider,
          doc,
          closeCodes,
          text: () => doc.getXmlFragment(documentField).toString(),
          type: (text) => {
            const paragraph = new Y.XmlElement("paragraph");
            paragraph.insert(0, [new Y.XmlText(text)]);
            doc.getXmlFragment(documentField).push([paragraph]);
          },
          leave: () => provider.destroy(),
        });
      },
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    provider.on("close", ({ event }: { event: { code: number } }) => closeCodes.push(event.code));
  });
}

/** Whether the editor's copy of the document's awareness shows someone of this name. */
function present(editor: Editor, name: string): boolean {
  const states = [...(editor.provider.awareness?.getStates().values() ?? [])] as { user?: { name?: string } }[];
  return states.some((state) => state.user?.name === name);
}

let context: TestContext;
let world: CoproductionWorld;
let first: Server | undefined;
let second: Server | undefined;

describe.skipIf(testDatabaseKind !== "postgresql")("two server processes on one PostgreSQL database", () => {
  beforeAll(async () => {
    context = await createTestApp();
    world = await coproductionWorld(context);
    // From here on the servers run the jobs (notification delivery among them), whichever takes each.
    await context.app.jobs.stop();
    [first, second] = await Promise.all([
      startServer(context.database.url!, context.config.mailDir),
      startServer(context.database.url!, context.config.mailDir),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([stopServer(first), stopServer(second)]);
    await context?.close();
  }, 60_000);

  it("streams to a person on one server the mention made of them on the other", async () => {
    const discussion = await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.build.id,
      interlinkerId: "discussion",
      name: "Opening hours",
      input: { thread: { title: "Saturdays?", source: "Should we open on Saturdays?" } },
    });
    const thread = (
      await call(context.app, world.admin, "GET", `/api/v1/assets/${discussion.id}/discussion/threads`)
    ).json().items[0] as { id: string };

    const stream = await openStream(first!, world.citizen);
    try {
      // Written once the stream listens: nothing said after this can fall between.
      await waitFor(() => stream.text().includes(": connected"), "the stream opening");
      const reply = await request(
        second!,
        world.admin,
        "POST",
        `/api/v1/assets/${discussion.id}/discussion/threads/${thread.id}/replies`,
        { source: "Thanks @Bruno Citizen" },
      );
      expect(reply.status).toBe(201);
      await waitFor(() => stream.text().includes("event: notification"), "the notification on the other server");
      const data = stream
        .text()
        .split("\n")
        .find((line) => line.startsWith("data: "))!;
      expect(JSON.parse(data.slice("data: ".length))).toEqual(
        expect.objectContaining({
          type: "mentioned",
          text: "Ana Admin mentioned you in “Saturdays?”.",
          subject: { kind: "asset", id: discussion.id },
        }),
      );
      // Once: the server that delivered it does not also hear its own message back from the database.
      expect(stream.text().match(/event: notification/g)).toHaveLength(1);
    } finally {
      await stream.close();
    }
  });

  it("shows each editor's changes and presence to an editor connected to the other server", async () => {
    const document = await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.build.id,
      interlinkerId: "document",
      name: "Minutes",
      input: { markdown: "Agenda" },
    });
    const ana = await openDocument(first!, world.admin, document.id);
    try {
      // Typed before the other server has the document open, and not yet stored: it arrives when that server
      // loads the document and asks the others for what it lacks.
      ana.type("Ana was first");
      ana.provider.setAwarenessField("user", { name: "Ana Admin" });
      const dario = await openDocument(second!, world.editor, document.id);
      try {
        await waitFor(() => dario.text().includes("Ana was first"), "Ana's early edit on the other server");
        // Who is in the document, too: Ana's presence, set before, and Dario's, set now.
        await waitFor(() => present(dario, "Ana Admin"), "Ana's presence on the other server");
        dario.provider.setAwarenessField("user", { name: "Dario Editor" });
        await waitFor(() => present(ana, "Dario Editor"), "Dario's presence on the first server");
        expect(dario.text()).toContain("Agenda");
        dario.type("Dario from the second server");
        await waitFor(() => ana.text().includes("Dario from the second server"), "Dario's edit on the first");
        ana.type("Ana answers");
        await waitFor(() => dario.text().includes("Ana answers"), "Ana's answer on the second");
        // Both converge on one document, each edit once.
        await waitFor(() => ana.text() === dario.text(), "the two copies converging");
        expect(ana.text().match(/Ana was first/g)).toHaveLength(1);
      } finally {
        dario.leave();
      }
    } finally {
      ana.leave();
    }
    // Both servers store it; neither overwrites what the other stored with less.
    const stored = async () => {
      const response = await call(context.app, world.admin, "GET", `/api/v1/assets/${document.id}/document/content`);
      return response.statusCode === 200 ? response.body : "";
    };
    const deadline = Date.now() + 20_000;
    let markdown = await stored();
    while (!(markdown.includes("Dario from the second server") && markdown.includes("Ana answers"))) {
      if (Date.now() > deadline) throw new Error(`the stored document lacks edits: ${markdown}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      markdown = await stored();
    }
    expect(markdown).toContain("Ana was first");
  });

  it("after the servers' bus connections are cut, closes the sockets (changes may have been missed) and syncs on", async () => {
    const document = await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.build.id,
      interlinkerId: "document",
      name: "Cut",
      input: { markdown: "Before the cut" },
    });
    const ana = await openDocument(first!, world.admin, document.id);
    const dario = await openDocument(second!, world.editor, document.id);
    try {
      await context.database.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity
            where datname = current_database() and application_name = ${busApplicationName}`,
      );
      // Typed while the servers may not hear each other: it arrives once they listen again and ask each other.
      ana.type("Typed during the cut");
      await waitFor(() => ana.closeCodes.includes(accessChangedCloseCode), "Ana's socket closing");
      await waitFor(() => dario.closeCodes.includes(accessChangedCloseCode), "Dario's socket closing");
      await waitFor(() => dario.text().includes("Typed during the cut"), "the edit made during the cut");
      dario.type("After the cut");
      await waitFor(() => ana.text().includes("After the cut"), "an edit after the cut");
    } finally {
      ana.leave();
      dario.leave();
    }
  });

  it("closes the collaboration socket held on one server when a grant is revoked on the other", async () => {
    const document = await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.build.id,
      interlinkerId: "document",
      name: "Notes",
      input: {},
    });
    const helper = await signUp(context.app, { name: "Temporary helper" });
    const granted = await createGrant(context.app, {
      by: world.admin,
      processId: world.process.id,
      userId: helper.userId,
      rights: ["view", "edit_assets"],
    });
    const editor = await openDocument(first!, helper, document.id);
    try {
      const revoked = await request(second!, world.admin, "DELETE", `/api/v1/grants/${granted.id}`);
      expect(revoked.status).toBe(204);
      await waitFor(() => editor.closeCodes.includes(accessChangedCloseCode), "the socket on the other server closing");
    } finally {
      editor.leave();
    }
  });
});

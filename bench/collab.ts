import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { HocuspocusProvider } from "@hocuspocus/provider";
import { Server as BareServer } from "@hocuspocus/server";
import WebSocket from "ws";
import * as Y from "yjs";

// Live collaboration: N clients on one document over loopback, the time for an edit to reach every other client,
// and server memory per open document; our /collab (session, rights, persistence) against a bare Hocuspocus
// relay in the same run. `tsx bench/collab.ts` runs it alone; bench/run.ts runs it with the rest.
// The server side runs in its own process (`tsx bench/collab.ts serve <kind>`), so the clients do not share its
// event loop, and with --expose-gc so memory is read after a collection.

const root = path.resolve(import.meta.dirname, "..");
const origin = "http://localhost:3000";

interface Endpoints {
  appUrl: string;
  bareUrl: string;
  memoryUrl: string;
  cookie: string;
  /** The document everyone edits, then one more per client of the memory measurement. */
  assetIds: string[];
}

// ——— server side ———

async function serve(kind: "pglite" | "postgresql", documents: number): Promise<void> {
  const { buildApp } = await import("../server/app.js");
  const { loadConfig } = await import("../server/config.js");
  const { openBenchDatabase } = await import("./database.js");
  const database = await openBenchDatabase(kind, "collab");
  const { signUp } = await import("../server/test/app.js");
  const config = loadConfig({
    LOG_LEVEL: "silent",
    BASE_URL: origin,
    RATE_LIMIT_AUTH_PER_MINUTE: "100000",
    // The two people confirm their addresses through the mails written here.
    MAIL_DIR: path.join(database.dir, "mail"),
  });
  const app = await buildApp({ config, db: database.db, databaseKind: database.kind, serveWebApp: false });
  const appUrl = await app.listen({ port: 0, host: "127.0.0.1" });

  // The first account becomes platform administrator, whose rights checks are shortcuts: measure the second.
  await signUp(app, { email: "operator@example.org", name: "Operator" });
  const { cookie } = await signUp(app, { email: "collab@example.org", name: "Bench writer" });
  const inject = async (method: "GET" | "POST", url: string, payload?: Record<string, unknown>) => {
    const response = await app.inject({ method, url, headers: { origin, cookie }, payload });
    if (response.statusCode >= 400) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const process_ = await inject("POST", "/api/v1/processes", {
    name: "Collaboration bench",
    language: "en",
    governanceModel: "G+G",
    visibility: "private",
    schemaId: "default",
  });
  const tree = await inject("GET", `/api/v1/processes/${process_.id}/tree`);
  const taskId = tree.items[0].children[0].children[0].id;
  const assetIds: string[] = [];
  for (let index = 0; index <= documents; index++) {
    const created = await inject("POST", `/api/v1/tasks/${taskId}/assets`, {
      kind: "interlinker",
      interlinkerId: "document",
      name: `Document ${index}`,
      input: { markdown: "# Minutes\n\nA first paragraph." },
    });
    assetIds.push(created.id);
  }

  // The baseline: Hocuspocus as it comes, no authentication and no storage. Not stopped on signals: its own
  // handler exits the process at once, before stop() below drops the database and removes the directory.
  const bare = new BareServer({ port: 0, address: "127.0.0.1", quiet: true, stopOnSignals: false });
  await bare.listen();
  const bareUrl = `ws://127.0.0.1:${(bare.httpServer.address() as AddressInfo).port}`;

  const gc = (globalThis as { gc?: () => void }).gc;
  const memory = createServer((_request, response) => {
    gc?.();
    gc?.();
    response.end(JSON.stringify(process.memoryUsage()));
  });
  await new Promise<void>((resolve) => memory.listen(0, "127.0.0.1", resolve));
  const memoryUrl = `http://127.0.0.1:${(memory.address() as AddressInfo).port}/`;

  const endpoints: Endpoints = {
    appUrl: appUrl.replace(/^http/, "ws"),
    bareUrl,
    memoryUrl,
    cookie,
    assetIds,
  };
  console.log(JSON.stringify(endpoints));

  const stop = async () => {
    memory.close();
    await bare.destroy();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
}

// ——— client side ———

interface Target {
  label: string;
  url: string;
  documentName(index: number): string;
  headers: Record<string, string>;
}

function socketWith(headers: Record<string, string>) {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  };
}

function openClient(target: Target, documentName: string): Promise<{ provider: HocuspocusProvider; doc: Y.Doc }> {
  return new Promise((resolve, reject) => {
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({
      url: `${target.url}/collab`,
      name: documentName,
      document: doc,
      WebSocketPolyfill: socketWith(target.headers),
      onSynced: () => resolve({ provider, doc }),
      onAuthenticationFailed: ({ reason }) => reject(new Error(`refused: ${reason}`)),
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  });
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

/** Edits one at a time, each by the next client, timing until every other client has applied it. */
async function fanOut(target: Target, clients: number, edits: number) {
  const opened = await Promise.all(Array.from({ length: clients }, () => openClient(target, target.documentName(0))));
  let waiting = 0;
  let done: (() => void) | null = null;
  for (const { doc } of opened) {
    doc.on("update", (_update: Uint8Array, origin: unknown) => {
      // Updates from the network carry the provider as origin; the editor's own local change has none.
      if (origin === null || origin === undefined) return;
      waiting -= 1;
      if (waiting === 0) done?.();
    });
  }
  const latencies: number[] = [];
  for (let edit = 0; edit < edits; edit++) {
    const { doc } = opened[edit % clients]!;
    const arrived = new Promise<void>((resolve) => {
      done = resolve;
    });
    waiting = clients - 1;
    const started = performance.now();
    doc.transact(() => {
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [new Y.XmlText(`edit ${edit}`)]);
      doc.getXmlFragment("default").push([paragraph]);
    });
    if (clients > 1) await arrived;
    latencies.push(performance.now() - started);
  }
  for (const { provider } of opened) provider.destroy();
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}

async function heapUsed(memoryUrl: string): Promise<number> {
  const usage = (await (await fetch(memoryUrl)).json()) as { heapUsed: number };
  return usage.heapUsed;
}

/** Server heap growth per document held open by one client each. */
async function memoryPerDocument(target: Target, memoryUrl: string, documents: number): Promise<number> {
  const before = await heapUsed(memoryUrl);
  const opened: { provider: HocuspocusProvider }[] = [];
  for (let index = 1; index <= documents; index++) opened.push(await openClient(target, target.documentName(index)));
  const after = await heapUsed(memoryUrl);
  for (const { provider } of opened) provider.destroy();
  // Let the server store and unload what was open before the next measurement.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return (after - before) / documents;
}

async function startServer(kind: string, documents: number): Promise<{ child: ChildProcess; endpoints: Endpoints }> {
  const child = spawn(
    path.join(root, "node_modules", ".bin", "tsx"),
    [path.join(root, "bench", "collab.ts"), "serve", kind, String(documents)],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --expose-gc`.trim() },
    },
  );
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    if (line.startsWith("{")) return { child, endpoints: JSON.parse(line) as Endpoints };
  }
  throw new Error(`the ${kind} collaboration bench server exited before it was ready`);
}

/** One database's table: bare relay first, then ours. */
export async function collabBench(kind: "pglite" | "postgresql"): Promise<string> {
  const clients = Number(process.env.BENCH_COLLAB_CLIENTS ?? 50);
  const edits = Number(process.env.BENCH_COLLAB_EDITS ?? 500);
  const documents = Number(process.env.BENCH_COLLAB_DOCUMENTS ?? 100);
  const { child, endpoints } = await startServer(kind, documents);
  try {
    const targets: Target[] = [
      {
        label: "(a) bare Hocuspocus relay",
        url: endpoints.bareUrl,
        documentName: (index) => `bench-${index}`,
        headers: {},
      },
      {
        label: "(b) /collab: session, rights, persistence",
        url: endpoints.appUrl,
        documentName: (index) => `asset:${endpoints.assetIds[index]}`,
        headers: { cookie: endpoints.cookie, origin },
      },
    ];
    const lines = [
      `### ${kind}: live collaboration, ${clients} clients on one document, ${edits} edits; memory over ${documents} open documents`,
      "",
      "| relay | edit reaches all others p50 ms | p95 ms | server heap per open document KiB |",
      "| --- | ---: | ---: | ---: |",
    ];
    for (const target of targets) {
      // A short warm-up, so both relays are measured with the JIT and their code loaded in the same state.
      await fanOut(target, Math.min(clients, 5), 20);
      const memory = await memoryPerDocument(target, endpoints.memoryUrl, documents);
      const latency = await fanOut(target, clients, edits);
      lines.push(
        `| ${target.label} | ${latency.p50.toFixed(2)} | ${latency.p95.toFixed(2)} | ${(memory / 1024).toFixed(1)} |`,
      );
    }
    return lines.join("\n");
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.on("exit", resolve));
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly && process.argv[2] === "serve") {
  await serve(process.argv[3] === "postgresql" ? "postgresql" : "pglite", Number(process.argv[4] ?? 100));
} else if (invokedDirectly) {
  const kinds = (process.env.BENCH_DATABASES ?? "pglite,postgresql").split(",") as ("pglite" | "postgresql")[];
  for (const kind of kinds) console.log(`${await collabBench(kind)}\n`);
}

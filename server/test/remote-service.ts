import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for a service speaking the original INTERLINK asset protocol, for server and browser tests: a real
 * HTTP server on a random port, with its assets in memory. It can be switched down (connections dropped) or made
 * to fail single operations, so tests see what the platform does when a service misbehaves.
 */
export interface RemoteServiceStub {
  /** The base address to register, e.g. `http://127.0.0.1:40123/tool`. */
  url: string;
  origin: string;
  assets: Map<string, { id: string; name: string }>;
  /** Every request as `METHOD /path`, in order. */
  calls: string[];
  /** Down: every connection is dropped without an answer. */
  setDown(down: boolean): void;
  /** These operations answer 500 until cleared. */
  failing: Set<"healthcheck" | "read" | "clone" | "delete">;
  /** How `GET /assets/{id}` misbehaves: an answer too large, about another asset, or not JSON. */
  readAnswer: "normal" | "huge" | "wrong-id" | "not-json";
  /** Makes an asset directly, as a person would on the service's creation page. */
  createAsset(name: string): { id: string; name: string };
  close(): Promise<void>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;

// The creation page as the original INTERLINK services had it: the person makes the asset here, and the page
// tells the platform that opened it which one, through window.opener.
const instantiatePage = (prefix: string) =>
  page(
    "New whiteboard",
    `<main><h1>New whiteboard</h1>
<form id="create"><label for="name">Whiteboard name</label> <input id="name" name="name" required>
<button type="submit">Create whiteboard</button></form>
<script>
document.getElementById("create").addEventListener("submit", async (event) => {
  event.preventDefault();
  const name = document.getElementById("name").value;
  const response = await fetch(${JSON.stringify(`${prefix}/assets`)}, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name }),
  });
  const asset = await response.json();
  window.opener.postMessage({ code: "asset_created", message: { id: asset.id } }, "*");
  window.close();
});
</script></main>`,
  );

export async function startRemoteService(options: { prefix?: string } = {}): Promise<RemoteServiceStub> {
  const prefix = options.prefix ?? "/tool";
  const assets = new Map<string, { id: string; name: string }>();
  const calls: string[] = [];
  const failing = new Set<"healthcheck" | "read" | "clone" | "delete">();
  let down = false;

  const createAsset = (name: string) => {
    const created = { id: randomUUID(), name };
    assets.set(created.id, created);
    return created;
  };

  const stub = { readAnswer: "normal" } as RemoteServiceStub;
  const server = http.createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0]!;
    calls.push(`${request.method} ${path}`);
    if (down) {
      request.socket.destroy();
      return;
    }
    const send = (status: number, type: string, body: string) => {
      response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      response.end(body);
    };
    const json = (status: number, value: unknown) => send(status, "application/json", JSON.stringify(value));
    const fail = () => json(500, { detail: "Something broke in the stand-in." });
    if (!path.startsWith(`${prefix}/`)) return json(404, { detail: "Not here." });
    const rest = path.slice(prefix.length);

    if (request.method === "GET" && rest === "/healthcheck") {
      return failing.has("healthcheck") ? fail() : json(200, { status: "ok" });
    }
    if (request.method === "GET" && rest === "/assets/instantiate") {
      return send(200, "text/html; charset=utf-8", instantiatePage(prefix));
    }
    if (request.method === "POST" && rest === "/assets") {
      let body = "";
      request.on("data", (chunk: Buffer) => {
        body += chunk.toString("utf8");
      });
      request.on("end", () => {
        const name = String((JSON.parse(body || "{}") as { name?: unknown }).name ?? "").trim() || "Whiteboard";
        json(201, createAsset(name.slice(0, 200)));
      });
      return;
    }
    const match = /^\/assets\/([^/]+)(\/view|\/clone)?$/.exec(rest);
    const found = match ? assets.get(decodeURIComponent(match[1]!)) : undefined;
    const action = match?.[2] ?? "";
    if (request.method === "GET" && action === "") {
      if (failing.has("read")) return fail();
      if (found && stub.readAnswer === "huge") return json(200, { ...found, padding: "x".repeat(200_000) });
      if (found && stub.readAnswer === "wrong-id") return json(200, { ...found, id: "another-asset" });
      if (found && stub.readAnswer === "not-json") return send(200, "text/html", "<p>Sign in first</p>");
      return found ? json(200, { ...found, icon: "whiteboard.svg" }) : json(404, { detail: "No such asset." });
    }
    if (request.method === "GET" && action === "/view") {
      if (!found) return send(404, "text/html; charset=utf-8", page("Not found", "<p>No such whiteboard.</p>"));
      return send(
        200,
        "text/html; charset=utf-8",
        page(
          found.name,
          `<main><h1>${escapeHtml(found.name)}</h1><p>A whiteboard kept by the stand-in service.</p></main>`,
        ),
      );
    }
    if (request.method === "POST" && action === "/clone") {
      if (failing.has("clone")) return fail();
      return found ? json(201, createAsset(found.name)) : json(404, { detail: "No such asset." });
    }
    if (request.method === "DELETE" && action === "") {
      if (failing.has("delete")) return fail();
      if (!found) return json(404, { detail: "No such asset." });
      assets.delete(found.id);
      response.writeHead(204).end();
      return;
    }
    json(404, { detail: "Not here." });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  Object.assign(stub, {
    url: `${origin}${prefix}`,
    origin,
    assets,
    calls,
    failing,
    setDown: (value: boolean) => {
      down = value;
    },
    createAsset,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return stub;
}

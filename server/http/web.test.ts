import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PreloadedAnswers } from "../../common/pagePreloads.js";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { call, signUp, testBaseUrl } from "../test/app.js";
import { createTestDatabase, type TestDatabase } from "../test/database.js";
import { createOrganization, createProcess } from "../test/factories.js";
import type { ApiApp } from "./types.js";

// The web app as the server sends it, from a small build of our own (the real one comes from `vite build`, which
// writes the same shape: index.html, hashed files under assets/, a .br and a .gz next to each text file).

const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-web-test-"));
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, index) => `word ${index}`))};\n`;
const indexHtml = `<!doctype html><html lang="en"><head><title>INTERLINK</title></head><body><div id="root"></div></body></html>\n`;

function writeWithCopies(file: string, content: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(content));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content));
}
writeWithCopies(path.join(webRoot, "assets", "index-Ab12Cd34.js"), script);
writeWithCopies(path.join(webRoot, "index.html"), indexHtml);
fs.writeFileSync(path.join(webRoot, "sw.js"), "self.addEventListener('fetch', () => {});\n");

let app: ApiApp;
let database: TestDatabase;
let address: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ BASE_URL: testBaseUrl, LOG_LEVEL: "silent" });
  app = await buildApp({ config, db: database.db, databaseKind: database.kind, serveWebApp: true, webRoot });
  // An event stream, as live notifications send them: each event must go out as it happens, never compressed.
  app.get("/api/v1/test-events", { schema: { hide: true } }, (_request, reply) => {
    reply.type("text/event-stream").header("cache-control", "no-cache");
    return reply.send(Readable.from([`data: ${"x".repeat(2048)}\n\n`]));
  });
  address = await app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await app.close();
  await database.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

/** The answers a page carries (common/pagePreloads.ts), read as the web app reads them. */
function preloadedIn(html: string): PreloadedAnswers {
  const element = html.match(/<script type="application\/json" id="preloaded">(.*?)<\/script>/);
  if (!element) throw new Error("the page carries no answers");
  return JSON.parse(element[1]!) as PreloadedAnswers;
}

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: "GET", url, headers });

describe("static files, compressed when built", () => {
  it("sends a hashed script as brotli to a browser that takes it, cached for a year", async () => {
    const response = await get("/assets/index-Ab12Cd34.js", { "accept-encoding": "gzip, deflate, br" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(response.headers["content-type"]).toMatch(/javascript/);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it("sends gzip to a browser that takes only gzip", async () => {
    const response = await get("/assets/index-Ab12Cd34.js", { "accept-encoding": "gzip" });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(zlib.gunzipSync(response.rawPayload).toString()).toBe(script);
  });

  it("sends the file as it is without Accept-Encoding, still saying it varies", async () => {
    const response = await get("/assets/index-Ab12Cd34.js");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(response.body).toBe(script);
  });

  it("does the same through a real socket, where the length on the wire is the compressed one", async () => {
    const response = await fetch(`${address}/assets/index-Ab12Cd34.js`, { headers: { "accept-encoding": "br" } });
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(Number(response.headers.get("content-length"))).toBeLessThan(script.length / 2);
    expect(await response.text()).toBe(script);
  });

  it("revalidates the page and the service worker on every load", async () => {
    for (const url of ["/", "/processes/0190a0b0-0000-7000-8000-000000000000", "/sw.js"]) {
      const response = await get(url, { "accept-encoding": "br" });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["cache-control"], url).toBe("no-cache");
    }
  });
});

describe("the app's page for app routes, 404 for missing files", () => {
  it("answers an app route with the app's page, compressed", async () => {
    for (const url of ["/", "/catalogue", "/processes/0190a0b0-0000-7000-8000-000000000000", "/sign-in?next=/x"]) {
      const response = await get(url, { "accept-encoding": "br" });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"], url).toMatch(/^text\/html/);
      expect(response.headers["content-encoding"], url).toBe("br");
      expect(zlib.brotliDecompressSync(response.rawPayload).toString(), url).toBe(indexHtml);
    }
  });

  it("answers a missing file with 404, not the app's HTML", async () => {
    for (const url of ["/favicon.ico", "/foo.js", "/assets/gone-1234abcd.js", "/icons/none.png", "/sitemap.xml"]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.headers["content-type"], url).toMatch(/^application\/problem\+json/);
      expect(response.body, url).not.toContain("<html");
    }
  });

  it("answers an unknown API path with problem+json, as before", async () => {
    const response = await get("/api/v1/nothing-here");
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });
});

describe("robots.txt", () => {
  it("is plain text that opens the pages and closes the API, naming nothing that does not exist", async () => {
    const response = await get("/robots.txt");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/plain; charset=utf-8");
    const lines = response.body.split("\n").filter((line) => line && !line.startsWith("#"));
    expect(lines[0]).toBe("User-agent: *");
    expect(lines).toContain("Allow: /");
    expect(lines).toContain("Disallow: /api/");
    for (const line of lines) expect(line).toMatch(/^(User-agent|Allow|Disallow): \S+$/);
    expect(response.body).not.toMatch(/sitemap/i);
  });
});

describe("API answers, compressed above 1 KiB", () => {
  it("compresses a large list with brotli, and the JSON is the same as uncompressed", async () => {
    const plain = await get("/api/v1/interlinkers?limit=100");
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);

    const compressed = await get("/api/v1/interlinkers?limit=100", { "accept-encoding": "br, gzip" });
    expect(compressed.headers["content-encoding"]).toBe("br");
    expect(String(compressed.headers.vary)).toMatch(/accept-encoding/i);
    expect(compressed.rawPayload.length).toBeLessThan(plain.body.length / 2);
    expect(JSON.parse(zlib.brotliDecompressSync(compressed.rawPayload).toString())).toEqual(plain.json());

    const gzipped = await get("/api/v1/interlinkers?limit=100", { "accept-encoding": "gzip" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(zlib.gunzipSync(gzipped.rawPayload).toString())).toEqual(plain.json());
  });

  it("sends a small answer as it is", async () => {
    for (const url of ["/api/health", "/api/v1/platform"]) {
      const plain = await get(url);
      expect(plain.statusCode, url).toBe(200);
      expect(plain.body.length, url).toBeLessThan(1024);
      const response = await get(url, { "accept-encoding": "br, gzip" });
      expect(response.headers["content-encoding"], url).toBeUndefined();
      expect(response.json(), url).toEqual(plain.json());
    }
  });

  it("keeps problem+json readable, compressed or not", async () => {
    const response = await get("/api/v1/interlinkers?limit=nonsense", { "accept-encoding": "br" });
    expect(response.statusCode).toBe(422);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    const body = response.headers["content-encoding"]
      ? zlib.brotliDecompressSync(response.rawPayload).toString()
      : response.body;
    expect(JSON.parse(body)).toMatchObject({ status: 422 });
  });

  it("never compresses an event stream", async () => {
    const response = await fetch(`${address}/api/v1/test-events`, { headers: { "accept-encoding": "br, gzip" } });
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.text()).toContain("data: xxx");
  });
});

describe("the app's page from a build with a manifest", () => {
  // As `vite build` writes it: the words of each language in a chunk the entry loads once it has run.
  const builtRoot = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-web-manifest-test-"));
  const page = `<!doctype html>\n<html lang="en">\n  <head>\n    <title>INTERLINK</title>\n    <script type="module" crossorigin src="/assets/index-Ab12Cd34.js"></script>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n`;
  let built: ApiApp;

  beforeAll(async () => {
    fs.writeFileSync(path.join(builtRoot, "index.html"), page);
    fs.mkdirSync(path.join(builtRoot, ".vite"));
    fs.writeFileSync(
      path.join(builtRoot, ".vite", "manifest.json"),
      JSON.stringify({
        "index.html": { file: "assets/index-Ab12Cd34.js", isEntry: true },
        ...Object.fromEntries(
          ["en", "es", "it", "lv"].map((language) => [
            `src/i18n/words/${language}.ts`,
            { file: `assets/${language}-Zz99Yy88.js`, isDynamicEntry: true },
          ]),
        ),
        // A screen that is a chunk of its own, and one that the build groups under a name (vite.config.ts).
        "src/routes/Catalogue.tsx": {
          file: "assets/Catalogue-Qq11Ww22.js",
          name: "Catalogue",
          src: "src/routes/Catalogue.tsx",
          isDynamicEntry: true,
          imports: ["index.html"],
        },
        "_process-Pp33Oo44.js": {
          file: "assets/process-Pp33Oo44.js",
          name: "process",
          imports: ["index.html"],
          css: ["assets/process-Pp33Oo44.css"],
        },
      }),
    );
    const config = loadConfig({ BASE_URL: testBaseUrl, LOG_LEVEL: "silent" });
    built = await buildApp({
      config,
      db: database.db,
      databaseKind: database.kind,
      serveWebApp: true,
      webRoot: builtRoot,
    });
  });
  afterAll(async () => {
    await built.close();
    fs.rmSync(builtRoot, { recursive: true, force: true });
  });

  it("asks, with the app's code, for the words of the browser's first language we speak", async () => {
    for (const [acceptLanguage, language] of [
      ["it-IT,it;q=0.9,en;q=0.8", "it"],
      ["de-DE,lv;q=0.8", "lv"],
      ["de-DE", "en"],
      ["", "en"],
    ] as const) {
      for (const [url, screen] of [
        ["/", []],
        ["/sign-in", []],
        ["/catalogue", ["/assets/Catalogue-Qq11Ww22.js"]],
        ["/processes/0190a0b0-0000-7000-8000-000000000000", ["/assets/process-Pp33Oo44.js"]],
      ] as const) {
        const response = await built.inject({ method: "GET", url, headers: { "accept-language": acceptLanguage } });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers["content-type"], url).toMatch(/^text\/html/);
        const hints = [...response.body.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
        expect(hints, `${acceptLanguage} ${url}`).toEqual([`/assets/${language}-Zz99Yy88.js`, ...screen]);
        const withoutHead = response.body
          .replace(/\s*<link rel="(modulepreload|preload)"[^>]*>/g, "")
          .replace(/\s*<script type="application\/json" id="preloaded">.*?<\/script>/, "");
        expect(withoutHead, url).toBe(page);
        expect(preloadedIn(response.body).language, url).toBe(language);
      }
    }
  });

  it("makes the page in the language the reader chose in the app, over the browser's", async () => {
    const response = await built.inject({
      method: "GET",
      url: "/catalogue",
      headers: { "accept-language": "it-IT,it", cookie: "other=1; interlink.language=lv" },
    });
    expect(response.body).toContain('href="/assets/lv-Zz99Yy88.js"');
    expect(response.body).not.toContain('href="/assets/it-Zz99Yy88.js"');
    expect(preloadedIn(response.body).language).toBe("lv");
    const unknown = await built.inject({
      method: "GET",
      url: "/catalogue",
      headers: { "accept-language": "it-IT,it", cookie: "interlink.language=xx" },
    });
    expect(preloadedIn(unknown.body).language).toBe("it");
  });

  it("carries the answers to the page's first requests, exactly as the API gives them to this reader", async () => {
    const owner = await signUp(built, { name: "Ilze Kalniņa" });
    const open = await createProcess(built, { by: owner, visibility: "public", name: "Parka atjaunošana" });
    const closed = await createProcess(built, { by: owner, name: "Iekšējais budžets" });
    const requests = (id: string) => [
      "/api/v1/platform",
      "/api/v1/me",
      `/api/v1/processes/${id}`,
      `/api/v1/processes/${id}/tree`,
      `/api/v1/processes/${id}/participants`,
      `/api/v1/processes/${id}/decision/closed`,
    ];
    for (const [reader, id] of [
      [null, open.id],
      [null, closed.id],
      [owner, closed.id],
    ] as const) {
      const response = await call(built, reader, "GET", `/processes/${id}/tasks/${open.id}`, undefined, {
        headers: { "accept-language": "lv" },
      });
      expect(response.statusCode).toBe(200);
      // The page is this reader's: no shared cache may keep it or give it to another.
      expect(response.headers["cache-control"]).toBe("private, no-cache");
      expect(String(response.headers.vary)).toMatch(/accept-language.*cookie/i);
      const preloaded = preloadedIn(response.body);
      expect(preloaded.language).toBe("lv");
      expect(Object.keys(preloaded.answers)).toEqual(requests(id));
      for (const url of requests(id)) {
        const direct = await call(built, reader, "GET", url, undefined, { headers: { "accept-language": "lv" } });
        expect(preloaded.answers[url], `${reader?.name ?? "anonymous"} ${url}`).toEqual({
          status: direct.statusCode,
          type: direct.headers["content-type"],
          body: direct.body,
        });
      }
    }
    // A stranger learns nothing more from the page than from the API: the private process is a 404 there too.
    const strangers = preloadedIn((await call(built, null, "GET", `/processes/${closed.id}`)).body);
    expect(strangers.answers[`/api/v1/processes/${closed.id}`]!.status).toBe(404);
    expect(strangers.answers[`/api/v1/processes/${closed.id}`]!.body).not.toContain("Iekšējais");
  });

  it("cannot be closed early by what people write: the answers stay inside their element", async () => {
    const owner = await signUp(built);
    const name = `</script><script>alert("x")</script><!-- «ok»`;
    const process = await createProcess(built, { by: owner, visibility: "public", name });
    const response = await built.inject({ method: "GET", url: `/processes/${process.id}` });
    expect(response.body).not.toContain("<script>alert");
    expect(response.body.match(/<\/script>/g)).toHaveLength(2);
    const answer = preloadedIn(response.body).answers[`/api/v1/processes/${process.id}`]!;
    expect(JSON.parse(answer.body).name).toBe(name);
  });

  it("describes a public service's page before any script runs: title, description, language, Open Graph, its CPSV-AP and its content", async () => {
    const civilServant = await signUp(built, { name: "Inese Liepa" });
    const council = await createOrganization(built, { by: civilServant });
    const name = `Bibliotēkas karte </title><script>alert("x")</script>`;
    const created = await call(built, civilServant, "POST", "/api/v1/public-services", {
      organizationId: council.id,
      name: { lv: name, it: "Tessera della biblioteca" },
      description: { lv: "Saņemiet karti grāmatām.", it: "Richiedi la tessera per i libri." },
      channels: [{ type: "online", url: "https://example.org/card" }],
      visibility: "public",
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const response = await built.inject({
      method: "GET",
      url: `/public-services/${id}`,
      headers: { "accept-language": "it" },
    });
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('<html lang="it"');
    expect(html).toContain("<title>Tessera della biblioteca · INTERLINK</title>");
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<meta name="description" content="Richiedi la tessera per i libri.">');
    expect(html).toContain(`<link rel="canonical" href="${testBaseUrl}/public-services/${id}">`);
    expect(html).toContain('<meta property="og:title" content="Tessera della biblioteca">');
    expect(html).toContain('<a href="https://example.org/card">');
    // The content the app will replace, for readers without script and for search engines.
    expect(html).toMatch(/<div id="root"><main><h1>Tessera della biblioteca<\/h1>/);
    const linked = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/);
    expect(linked, "the page embeds its CPSV-AP").not.toBeNull();
    expect(JSON.parse(linked![1]!)["@context"]).toContain("cpsv-ap");

    // In Latvian the name people wrote is text, never markup, and nothing closes an element early.
    const latvian = (
      await built.inject({ method: "GET", url: `/public-services/${id}`, headers: { "accept-language": "lv" } })
    ).body;
    expect(latvian).not.toContain("<script>alert");
    expect(latvian).toContain("&lt;/title&gt;&lt;script&gt;");

    // A private service describes nothing to a stranger: the app's generic page.
    await call(built, civilServant, "PATCH", `/api/v1/public-services/${id}`, { visibility: "private" });
    const stranger = (await built.inject({ method: "GET", url: `/public-services/${id}` })).body;
    expect(stranger).toContain("<title>INTERLINK</title>");
    expect(stranger).not.toContain("Tessera");
    expect(stranger).not.toContain("application/ld+json");
  });

  it("describes a published story's page before any script runs, and an unpublished one not at all", async () => {
    const author = await signUp(built, { name: "Marta Rossi" });
    const process = await createProcess(built, { by: author, visibility: "public", governanceModel: "C2C" });
    const published = await call(built, author, "POST", `/api/v1/processes/${process.id}/story`, {
      title: { it: "La biblioteca aperta la sera", en: "The library open in the evening" },
      problem: { it: "Chiudeva prima che la gente finisse di lavorare." },
      language: "it",
    });
    expect(published.statusCode, published.body).toBe(201);
    const id = published.json().id;
    const html = (await built.inject({ method: "GET", url: `/stories/${id}`, headers: { "accept-language": "it" } }))
      .body;
    expect(html).toContain("<title>La biblioteca aperta la sera · INTERLINK</title>");
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toMatch(/<div id="root"><main><article><h1>La biblioteca aperta la sera<\/h1><h2>Il problema<\/h2>/);
    const linked = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!);
    expect(linked).toMatchObject({ "@type": "Article", headline: "La biblioteca aperta la sera", inLanguage: "it" });

    await call(built, author, "DELETE", `/api/v1/stories/${id}`);
    const withdrawn = (await built.inject({ method: "GET", url: `/stories/${id}` })).body;
    expect(withdrawn).toContain("<title>INTERLINK</title>");
    expect(withdrawn).not.toContain("biblioteca");
  });

  it("sends the new page after a new build under the running server", async () => {
    const file = path.join(builtRoot, "index.html");
    fs.writeFileSync(file, page.replace("<title>INTERLINK</title>", "<title>Rebuilt</title>"));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    const response = await built.inject({ method: "GET", url: "/catalogue", headers: { "accept-language": "it" } });
    expect(response.body).toContain("<title>Rebuilt</title>");
    expect(response.body).toContain('href="/assets/it-Zz99Yy88.js"');
    fs.writeFileSync(file, page);
  });

  it("does not serve the manifest to browsers", async () => {
    const response = await built.inject({ method: "GET", url: "/.vite/manifest.json" });
    expect(response.statusCode).toBe(404);
  });
});

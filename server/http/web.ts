import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { fallbackLanguage, type Language, languageCookie, languages } from "../../common/languages.js";
import { type PreloadedAnswers, pagePreload, preloadedElementId } from "../../common/pagePreloads.js";
import { askAsReader, describedHead, type PageDescriber, scriptSafeJson, withDescription } from "./pages.js";
import { Problem, sendProblem } from "./problem.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const webDistDir = path.join(root, "dist", "web");
const webSourceDir = path.join(root, "web");
/** Besides web/, the build reads the shared vocabulary and each interlinker's web part and words. */
const otherWebSources = () => [
  path.join(root, "common"),
  path.join(root, "interlinkers", "web.ts"),
  ...fs
    .readdirSync(path.join(root, "interlinkers"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => ["web", "locales"].map((part) => path.join(root, "interlinkers", entry.name, part))),
];

function newestChange(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  if (!fs.statSync(dir).isDirectory()) return fs.statSync(dir).mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * `npm start` builds the web app when it is missing or older than its sources, so the README's two commands
 * are all an operator runs. An installation without the sources (a deployed dist/) skips this.
 */
export async function ensureWebBuild(log: Pick<FastifyBaseLogger, "info">): Promise<void> {
  if (!fs.existsSync(webSourceDir)) return;
  const index = path.join(webDistDir, "index.html");
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(
    newestChange(webSourceDir),
    ...otherWebSources().map(newestChange),
    fs.statSync(path.join(root, "vite.config.ts")).mtimeMs,
  );
  if (built >= sources) return;
  log.info("building the web app (first start, or its sources changed)…");
  // In a child process with NODE_ENV=production: a server started from a test runner inherits NODE_ENV=test,
  // which would make Vite produce a development build (React's development bundle, no service worker).
  const vite = path.join(root, "node_modules", ".bin", "vite");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(vite, ["build", "--logLevel", "warn"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: "inherit",
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`building the web app failed (${code})`))));
  });
}

export function webAppBuilt(root = webDistDir): boolean {
  return fs.existsSync(path.join(root, "index.html"));
}

/**
 * What crawlers may read: the pages (public processes and the catalogue are meant to be found), not the API,
 * except the public processes' cover images. Private pages answer only their owners, so they need no rule here;
 * the personal ones are listed so a crawler does not waste its visits on sign-in screens.
 */
export const robotsTxt = `# INTERLINK: public co-production processes and the catalogue are for everyone to find.
User-agent: *
Allow: /
Allow: /api/v1/processes/*/image
Disallow: /api/
Disallow: /dashboard
Disallow: /profile
Disallow: /admin/
Disallow: /sign-in
Disallow: /sign-up
Disallow: /verify-email
Disallow: /forgot-password
Disallow: /reset-password
`;

/** robots.txt, also on a server without the web app: crawlers are told to stay off the API either way. */
export function registerRobots(app: FastifyInstance): void {
  app.get("/robots.txt", { schema: { hide: true } }, async (_request, reply) =>
    reply.type("text/plain; charset=utf-8").header("cache-control", "public, max-age=3600").send(robotsTxt),
  );
}

/**
 * A path whose last segment has a file extension (`/foo.js`, `/favicon.ico`), or anything under the build's
 * folders, asks for a file: when there is none it is a 404, not the app's HTML (which a browser would try to run
 * as a script or a crawler index as a page). App routes never end in an extension.
 */
export function looksLikeFile(url: string): boolean {
  const pathname = url.split("?")[0]!;
  return /^\/(assets|icons)\//.test(pathname) || /\.[A-Za-z0-9]{1,10}$/.test(pathname);
}

/** A chunk of the build's manifest (`dist/web/.vite/manifest.json`, written by `vite build`). */
interface ManifestChunk {
  file: string;
  /** The chunk's name: its entry's file name, or the group's name (vite.config.ts). */
  name?: string;
  /** The source of an entry chunk; none for a group. */
  src?: string;
  imports?: string[];
  css?: string[];
}

/** The browser's first language we speak, as the app picks it when the reader has not chosen one. */
export function preferredLanguage(acceptLanguage: string | undefined): Language {
  for (const range of (acceptLanguage ?? "").split(",")) {
    const base = range.trim().slice(0, 2).toLowerCase() as Language;
    if (languages.includes(base)) return base;
  }
  return fallbackLanguage;
}

/** The language the app will start in: the one the reader chose (its cookie), else the browser's. */
export function readerLanguage(request: FastifyRequest): Language {
  const chosen = request.headers.cookie?.match(
    new RegExp(`(?:^|;\\s*)${languageCookie.replace(".", "\\.")}=([a-z]{2})`),
  )?.[1];
  return languages.includes(chosen as Language)
    ? (chosen as Language)
    : preferredLanguage(request.headers["accept-language"]);
}

/** Answers above this size are left to the network: the page would grow more than the round trip costs. */
const preloadLimitBytes = 256 * 1024;

/**
 * The answers to the page's first requests, asked of the app itself with the reader's cookie, so they are exactly
 * what the browser would get (the same authorization, the same presenters). A request that fails here is simply
 * not carried. Cookies the answers set (a refreshed session) are passed on with the page.
 */
async function answerInPage(
  request: FastifyRequest,
  reply: FastifyReply,
  requests: string[],
  language: Language,
): Promise<PreloadedAnswers> {
  const answered = await Promise.all(
    requests.map(async (url) => {
      try {
        const response = await request.server.inject({
          method: "GET",
          url,
          headers: {
            "accept-language": language,
            ...(request.headers.cookie ? { cookie: request.headers.cookie } : {}),
            ...(request.headers["user-agent"] ? { "user-agent": request.headers["user-agent"] } : {}),
          },
        });
        const type = String(response.headers["content-type"] ?? "");
        if (!/^application\/(problem\+)?json/.test(type) || response.rawPayload.length > preloadLimitBytes) return [];
        const cookies = response.headers["set-cookie"];
        for (const cookie of Array.isArray(cookies) ? cookies : cookies ? [cookies] : []) {
          reply.header("set-cookie", cookie);
        }
        return [[url, { status: response.statusCode, type, body: response.payload }] as const];
      } catch (error) {
        request.log.warn({ err: error, url }, "a page's first request could not be answered inside it");
        return [];
      }
    }),
  );
  const answers: PreloadedAnswers["answers"] = Object.fromEntries(answered.flat());
  return { language, answers };
}

/**
 * The app's page for an address: index.html with
 * - hints to fetch the words of the reader's likely language (the browser's, as the app picks it unless the reader
 *   chose another) and the address's screen code alongside the app's code, which would otherwise ask for them
 *   only once it has run;
 * - the answers to the screen's first API requests (common/pagePreloads.ts), which the app would otherwise ask for
 *   only once its code has run: on a phone's connection, two round trips less before the page's content shows.
 * Without a manifest (a build of another shape), the page as it is.
 */
function pageBuilder(
  root: string,
  describers: PageDescriber[],
): ((request: FastifyRequest, reply: FastifyReply) => Promise<string>) | undefined {
  const manifestFile = path.join(root, ".vite", "manifest.json");
  const indexFile = path.join(root, "index.html");
  if (!fs.existsSync(manifestFile)) return undefined;
  // Prepared once per build: read again when index.html changes (a new build under a running server).
  let built: { at: number; html: string; hintsFor: (key: string) => string[] } | undefined;
  const prepare = () => {
    const at = fs.statSync(indexFile).mtimeMs;
    if (built?.at === at) return built;
    const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Record<string, ManifestChunk>;
    const html = fs.readFileSync(indexFile, "utf8");
    const inPage = new Set(
      [...html.matchAll(/href="\/([^"]+)"|src="\/([^"]+)"/g)].map((match) => match[1] ?? match[2]),
    );
    // A key is a source file (`src/routes/Catalogue.tsx`) or the name of a chunk the build groups (`process`).
    const chunkKey = (key: string) =>
      manifest[key] ? key : Object.keys(manifest).find((name) => manifest[name]!.name === key && !manifest[name]!.src);
    const hints = new Map<string, string[]>();
    const hintsFor = (key: string): string[] => {
      const known = hints.get(key);
      if (known) return known;
      const files = new Set<string>();
      const styles = new Set<string>();
      const visit = (name: string | undefined) => {
        const chunk = name ? manifest[name] : undefined;
        if (!chunk || files.has(chunk.file)) return;
        files.add(chunk.file);
        for (const style of chunk.css ?? []) styles.add(style);
        for (const imported of chunk.imports ?? []) visit(imported);
      };
      visit(chunkKey(key));
      const tags = [
        ...[...files]
          .filter((file) => !inPage.has(file))
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
        ...[...styles]
          .filter((file) => !inPage.has(file))
          .map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
      ];
      hints.set(key, tags);
      return tags;
    };
    built = { at, html, hintsFor };
    return built;
  };
  return async (request, reply) => {
    const { html, hintsFor } = prepare();
    const language = readerLanguage(request);
    const preload = pagePreload(request.url.split("?")[0]!);
    const hints = new Set([
      ...hintsFor(`src/i18n/words/${language}.ts`),
      ...(preload.screen ? hintsFor(preload.screen) : []),
    ]);
    const [preloaded, described] = await Promise.all([
      answerInPage(request, reply, preload.requests, language),
      describePage(request, describers, language),
    ]);
    const head = [
      ...hints,
      `<script type="application/json" id="${preloadedElementId}">${scriptSafeJson(preloaded)}</script>`,
    ];
    if (described) {
      const { baseUrl, branding } = request.server.config;
      return withDescription(html, described, [...describedHead(described, baseUrl, branding.name), ...head]);
    }
    return html.replace(/\s*<\/head>/, (end) => `${head.map((line) => `\n    ${line}`).join("")}${end}`);
  };
}

/** The description of a public page at this address, when a module describes it and the reader may see it. */
async function describePage(request: FastifyRequest, describers: PageDescriber[], language: Language) {
  const pathname = request.url.split("?")[0]!;
  for (const describer of describers) {
    const match = pathname.match(describer.path);
    if (!match) continue;
    try {
      return await describer.describe(match, {
        language,
        ask: askAsReader(request, language),
        baseUrl: request.server.config.baseUrl,
      });
    } catch (error) {
      // The page still works without its description: the app renders the same content once it runs.
      request.log.warn({ err: error, url: pathname }, "a public page could not be described");
      return undefined;
    }
  }
  return undefined;
}

declare module "fastify" {
  interface FastifyInstance {
    /** The app's page for a request, when the build has a manifest to prepare it from (registerWebApp). */
    webAppPage?: (request: FastifyRequest, reply: FastifyReply) => Promise<string>;
  }
}

/** The not-found answer for a GET outside the API: the app's page, which routes in the browser, or a 404. */
export async function answerPageRequest(reply: FastifyReply): Promise<FastifyReply> {
  if (looksLikeFile(reply.request.url)) {
    return sendProblem(reply, new Problem(404, "not-found", `There is no file at ${reply.request.url.split("?")[0]}.`));
  }
  const page = reply.server.webAppPage;
  if (!page) return reply.header("cache-control", "no-cache").sendFile("index.html");
  // The page carries the reader's own answers (their session, their language's words): no shared cache may keep
  // it, and a browser asks again each time.
  const html = await page(reply.request, reply);
  return reply
    .header("cache-control", "private, no-cache")
    .header("vary", "accept-language, cookie")
    .type("text/html; charset=utf-8")
    .send(html);
}

/**
 * Serves the built web app at / and its branded manifest. The build writes a brotli and a gzip copy next to
 * each text file (vite.config.ts), sent to browsers that accept them, with `Vary: Accept-Encoding`. Hashed
 * assets are cached for a year; everything else (index.html, the service worker) is revalidated on each load,
 * so a new release takes over at once.
 */
export async function registerWebApp(
  app: FastifyInstance,
  branding: { name: string; primaryColor: string },
  root = webDistDir,
  describers: PageDescriber[] = [],
): Promise<void> {
  app.get("/manifest.webmanifest", { schema: { hide: true } }, async (_request, reply) =>
    reply.type("application/manifest+json").send({
      name: branding.name,
      short_name: branding.name.slice(0, 12),
      description: "Co-produce public services: administrations, citizens, nonprofits and companies together.",
      start_url: "/",
      scope: "/",
      display: "standalone",
      background_color: "#ffffff",
      theme_color: branding.primaryColor,
      icons: [
        { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
        { src: "/icons/icon.svg", sizes: "any", type: "image/svg+xml" },
      ],
    }),
  );
  const page = pageBuilder(root, describers);
  if (page) {
    app.decorate("webAppPage", page);
    // With a manifest, `/` is answered like every other app address, with its hints.
    app.get("/", { schema: { hide: true } }, async (_request, reply) => answerPageRequest(reply));
  }
  await app.register(fastifyStatic, {
    root,
    prefix: "/",
    wildcard: true,
    index: page ? false : "index.html",
    // The manifest is for the server (pageBuilder), not for browsers.
    allowedPath: (pathname) => !pathname.startsWith("/.vite/"),
    preCompressed: true,
    setHeaders: (reply, filePath) => {
      const immutable = path.relative(root, filePath).startsWith(`assets${path.sep}`);
      reply.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
}

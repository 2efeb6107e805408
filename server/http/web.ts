import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { fallbackLanguage, type Language, languages } from "../../common/languages.js";
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

/**
 * The app's page: index.html with a hint to fetch the words of the reader's likely language (the browser's, as the
 * app picks it unless the reader chose another) alongside the app's code, which would otherwise ask for them only
 * once it has run: a round trip less before the first screen on a phone's connection. Without a manifest (a build
 * of another shape), the page as it is. (Hinting the screen's code by address as well made no measurable
 * difference in Lighthouse: what is left is CPU time, not the network.)
 */
function pageBuilder(root: string): ((request: FastifyRequest) => string) | undefined {
  const manifestFile = path.join(root, ".vite", "manifest.json");
  const indexFile = path.join(root, "index.html");
  if (!fs.existsSync(manifestFile)) return undefined;
  // Prepared once per build: read again when index.html changes (a new build under a running server).
  let built: { at: number; pages: Record<string, string> } | undefined;
  const prepare = (): Record<string, string> => {
    const at = fs.statSync(indexFile).mtimeMs;
    if (built?.at === at) return built.pages;
    const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Record<string, ManifestChunk>;
    const html = fs.readFileSync(indexFile, "utf8");
    const inPage = new Set(
      [...html.matchAll(/href="\/([^"]+)"|src="\/([^"]+)"/g)].map((match) => match[1] ?? match[2]),
    );
    const hintsFor = (key: string): string[] => {
      const files = new Set<string>();
      const styles = new Set<string>();
      const visit = (name: string) => {
        const chunk = manifest[name];
        if (!chunk || files.has(chunk.file)) return;
        files.add(chunk.file);
        for (const style of chunk.css ?? []) styles.add(style);
        for (const imported of chunk.imports ?? []) visit(imported);
      };
      visit(key);
      return [
        ...[...files]
          .filter((file) => !inPage.has(file))
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
        ...[...styles]
          .filter((file) => !inPage.has(file))
          .map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
      ];
    };
    const pages = Object.fromEntries(
      languages.map((language) => {
        const hints = hintsFor(`src/i18n/words/${language}.ts`);
        return [
          language,
          html.replace(/\s*<\/head>/, (end) => `${hints.map((hint) => `\n    ${hint}`).join("")}${end}`),
        ];
      }),
    );
    built = { at, pages };
    return pages;
  };
  return (request) => prepare()[preferredLanguage(request.headers["accept-language"])]!;
}

declare module "fastify" {
  interface FastifyInstance {
    /** The app's page for a request, when the build has a manifest to prepare it from (registerWebApp). */
    webAppPage?: (request: FastifyRequest) => string;
  }
}

/** The not-found answer for a GET outside the API: the app's page, which routes in the browser, or a 404. */
export function answerPageRequest(reply: FastifyReply): FastifyReply {
  if (looksLikeFile(reply.request.url)) {
    return sendProblem(reply, new Problem(404, "not-found", `There is no file at ${reply.request.url.split("?")[0]}.`));
  }
  reply.header("cache-control", "no-cache");
  const page = reply.server.webAppPage;
  // The page differs by language: a cache must not give one reader's hints to another.
  if (page) return reply.header("vary", "accept-language").type("text/html; charset=utf-8").send(page(reply.request));
  return reply.sendFile("index.html");
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
  const page = pageBuilder(root);
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

import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyBaseLogger, FastifyInstance } from "fastify";

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

export function webAppBuilt(): boolean {
  return fs.existsSync(path.join(webDistDir, "index.html"));
}

/** Serves the built web app at / with long-lived caching for hashed assets, and its branded manifest. */
export async function registerWebApp(
  app: FastifyInstance,
  branding: { name: string; primaryColor: string },
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
  await app.register(fastifyStatic, {
    root: webDistDir,
    prefix: "/",
    wildcard: true,
    index: "index.html",
    setHeaders: (response, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      // The service worker must be revalidated on every load so a new release takes over.
      response.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
}

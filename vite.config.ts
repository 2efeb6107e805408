import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

// The platform server the dev server hands the API and live collaboration to (scripts/dev.mjs sets the port).
const server = `http://localhost:${process.env.DEV_SERVER_PORT ?? "3000"}`;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const compressible = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml)$/;

/**
 * Writes `<file>.br` and `<file>.gz` next to every text file of the build, at the highest levels (done once here
 * instead of on every request); the server sends them to browsers that accept them. A copy that is not smaller
 * than the file is not written.
 */
function precompress(): Plugin {
  let outDir = "";
  return {
    name: "interlink:precompress",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (fs.readdirSync(outDir, { recursive: true }) as string[])
        .map((file) => path.join(outDir, file))
        .filter((file) => compressible.test(file) && fs.statSync(file).isFile());
      await Promise.all(
        files.map(async (file) => {
          const content = fs.readFileSync(file);
          const variants: [string, Buffer][] = [
            [
              ".br",
              await brotli(content, {
                params: {
                  [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                  [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
                  [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
                },
              }),
            ],
            [".gz", await gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION })],
          ];
          for (const [extension, compressed] of variants) {
            if (compressed.length < content.length) fs.writeFileSync(`${file}${extension}`, compressed);
          }
        }),
      );
    },
  };
}

const mantineStylesId = "virtual:mantine-styles";
const mantineComponentModule = /[\\/]@mantine[\\/]core[\\/]esm[\\/](?:.+[\\/])?([A-Za-z]+)[\\/]\1\.module\.mjs$/;

/**
 * Mantine's stylesheet, by the piece. `virtual:mantine-styles` (imported once by main.tsx) is the base: the
 * reset, the theme's variables and the shared classes. In a build each component's own sheet is imported by the
 * module that holds its class names, so a page carries the CSS of the components it renders and each route's
 * chunk brings the rest when it loads (the whole sheet is 290 KB, most of it for components the public pages
 * never show). The dev server pre-bundles Mantine, where per-module hooks do not run: it gets the whole sheet.
 */
function mantineStylesPerComponent(): Plugin {
  let building = false;
  return {
    name: "interlink:mantine-styles",
    enforce: "pre",
    configResolved(config) {
      building = config.command === "build";
    },
    resolveId(id) {
      return id === mantineStylesId ? `\0${mantineStylesId}` : undefined;
    },
    load(id) {
      if (id !== `\0${mantineStylesId}`) return undefined;
      if (!building) return `import "@mantine/core/styles.css";`;
      return ["baseline", "default-css-variables", "global"]
        .map((sheet) => `import "@mantine/core/styles/${sheet}.css";`)
        .join("\n");
    },
    transform(code, id) {
      const file = id.split("?")[0]!;
      const component = building ? mantineComponentModule.exec(file)?.[1] : undefined;
      if (!component) return undefined;
      // Each `<Name>/<Name>.module.mjs` (the class names of one component) has its `styles/<Name>.css`.
      const sheet = path.join(
        file.slice(0, file.lastIndexOf(`${path.sep}esm${path.sep}`)),
        "styles",
        `${component}.css`,
      );
      if (!fs.existsSync(sheet)) this.error(`Mantine's ${component} has no stylesheet at ${sheet}`);
      return { code: `import "@mantine/core/styles/${component}.css";${code}`, map: null };
    },
  };
}

// The web app: built into dist/web and served by the platform process at /.
export default defineConfig({
  root: "web",
  plugins: [react(), mantineStylesPerComponent(), precompress()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    sourcemap: false,
    // For the server: which files each screen and each language needs (server/http/web.ts).
    manifest: true,
    rolldownOptions: {
      output: {
        // The framework every page runs on, in chunks of their own that change rarely and stay cached across
        // releases. Mantine's components stay with the screens that use them (with their CSS), and the editor
        // (Tiptap, ProseMirror, Yjs) with the document's lazy part.
        codeSplitting: {
          groups: [
            { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: "tanstack", test: /[\\/]node_modules[\\/]@tanstack[\\/]/, priority: 2 },
            { name: "i18n", test: /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/, priority: 2 },
            // Everything else the first screen runs (the layout, the home, the Mantine components they use, with their
            // CSS) in one chunk and one stylesheet: on a phone's connection each file more costs a round trip.
            { name: "app", tags: ["$initial"], priority: 1 },
            // The public process page as a visitor opens it (the screen, its overview, the Mantine components they
            // add to the first screen's, and what those need that the first screen does not already bring) in one
            // chunk and one stylesheet: on a phone's connection, one request after the app's code before the page's
            // text shows, instead of twelve. Left to the grouping below, these shared chunks with the phone menu's
            // drawer and the working parts' dialogs. The working parts have a chunk of their own
            // (components/process/work.ts); a few other screens take shared Mantine internals from this chunk.
            {
              name: "process",
              test: /([\\/]web[\\/]src[\\/](routes[\\/]Process\.tsx|components[\\/]process[\\/](Overview\.tsx|plan\.ts))|[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/](Tabs|Image|List)[\\/])/,
              priority: 0.5,
            },
            {
              name: "components",
              test: /[\\/]node_modules[\\/](@mantine|@floating-ui|@tabler)[\\/]/,
              priority: 0,
              entriesAware: true,
              entriesAwareMergeThreshold: 20000,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      // The server checks Origin on writes against BASE_URL, which is the dev server's address: keep it as sent.
      "/api": { target: server },
      "/collab": { target: server, ws: true },
    },
  },
});

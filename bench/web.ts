import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

// The web app's budget: build time, the JavaScript and CSS the public home loads as they arrive over the wire
// (the bytes Chromium received for each response, compressed as the server sent them), and time until the home
// page is usable in headless Chromium on this machine. Printed as Markdown for bench/RESULTS.md.

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.BENCH_WEB_PORT ?? 3399);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
}

export async function webBudget(): Promise<string> {
  const buildStart = performance.now();
  await new Promise<void>((resolve, reject) =>
    run(path.join(root, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn"], {
      NODE_ENV: "production",
    }).on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`)))),
  );
  const buildSeconds = (performance.now() - buildStart) / 1000;

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-web-bench-"));
  const server = run(path.join(root, "node_modules", ".bin", "tsx"), ["server/main.ts"], {
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    BASE_URL: `http://localhost:${port}`,
    LOG_LEVEL: "warn",
  });
  try {
    for (let attempt = 0; ; attempt++) {
      const ok = await fetch(`http://localhost:${port}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (ok) break;
      if (attempt > 400) throw new Error("server did not start");
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    const samples: number[] = [];
    let received = { scripts: 0, scriptBytes: 0, styles: 0, styleBytes: 0, encodings: new Set<string>() };
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const responses: Promise<{ type: string; bytes: number; encoding: string }>[] = [];
      page.on("response", (response) => {
        const type = response.request().resourceType();
        if (type !== "script" && type !== "stylesheet") return;
        responses.push(
          response.finished().then(async () => ({
            type,
            // The body as it came over the wire, before the browser decoded it.
            bytes: (await response.request().sizes()).responseBodySize,
            encoding: (await response.headerValue("content-encoding")) ?? "identity",
          })),
        );
      });
      const start = performance.now();
      await page.goto(`http://localhost:${port}/`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      samples.push(performance.now() - start);
      await page.waitForLoadState("networkidle");
      const loaded = await Promise.all(responses);
      const scripts = loaded.filter((entry) => entry.type === "script");
      const styles = loaded.filter((entry) => entry.type === "stylesheet");
      received = {
        scripts: scripts.length,
        scriptBytes: scripts.reduce((sum, entry) => sum + entry.bytes, 0),
        styles: styles.length,
        styleBytes: styles.reduce((sum, entry) => sum + entry.bytes, 0),
        encodings: new Set(loaded.map((entry) => entry.encoding)),
      };
      await context.close();
    }
    await browser.close();
    samples.sort((a, b) => a - b);
    return [
      "### Web app budget",
      "",
      "| measure | value | budget |",
      "| --- | ---: | ---: |",
      `| production build (vite build) | ${buildSeconds.toFixed(1)} s | — |`,
      `| JavaScript the public home loads, over the wire (${received.scripts} files, ${[...received.encodings].join("/")}) | ${(received.scriptBytes / 1000).toFixed(0)} KB | ≤ 200 KB |`,
      `| CSS the public home loads, over the wire (${received.styles} files) | ${(received.styleBytes / 1000).toFixed(0)} KB | — |`,
      `| time to a usable public home, 360 px, median of 5 fresh contexts | ${samples[2]!.toFixed(0)} ms | — |`,
    ].join("\n");
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.on("exit", resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) console.log(await webBudget());

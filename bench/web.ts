import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";

// The web app's budget: build time, JavaScript the public home loads (gzip), and time until the home page is
// usable in headless Chromium on this machine. Printed as Markdown for bench/RESULTS.md.

const root = path.resolve(import.meta.dirname, "..");
const port = 3399;

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
      if (attempt > 100) throw new Error("server did not start");
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
    let scripts: string[] = [];
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const loaded: string[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script") loaded.push(new URL(response.url()).pathname);
      });
      const start = performance.now();
      await page.goto(`http://localhost:${port}/`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      samples.push(performance.now() - start);
      scripts = loaded;
      await context.close();
    }
    await browser.close();
    const gzipBytes = scripts
      .map((file) => gzipSync(fs.readFileSync(path.join(root, "dist", "web", file))).length)
      .reduce((sum, size) => sum + size, 0);
    samples.sort((a, b) => a - b);
    return [
      "### Web app budget",
      "",
      "| measure | value | budget |",
      "| --- | ---: | ---: |",
      `| production build (vite build) | ${buildSeconds.toFixed(1)} s | — |`,
      `| JavaScript loaded by the public home, gzip (${scripts.length} files) | ${(gzipBytes / 1024).toFixed(0)} KB | ≤ 200 KB |`,
      `| time to a usable public home, 360 px, median of 5 fresh contexts | ${samples[2]!.toFixed(0)} ms | — |`,
    ].join("\n");
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.on("exit", resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) console.log(await webBudget());

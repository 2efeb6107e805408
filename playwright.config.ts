import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

// Browser journeys against `npm start` on a fresh embedded database, in Debian's Chromium (never a download).
const port = Number(process.env.E2E_PORT ?? 3333);
const dataDir = path.join(os.tmpdir(), `interlink-e2e-${process.pid}`);
export const serverLog = path.join(os.tmpdir(), `interlink-e2e-${port}.log`);
// Without SMTP the server writes each mail as a file: journeys read verification and reset links there
// (e2e/mail.ts). Named by port, not pid: the runner and its workers each load this file.
export const mailDir = path.join(os.tmpdir(), `interlink-e2e-mail-${port}`);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "phone", use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } },
    { name: "desktop", use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `npx tsx server/main.ts 2>&1 | tee ${JSON.stringify(serverLog)}`,
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      BASE_URL: `http://localhost:${port}`,
      DATA_DIR: dataDir,
      MAIL_DIR: mailDir,
      LOG_LEVEL: "info",
      RATE_LIMIT_AUTH_PER_MINUTE: "1000",
      RATE_LIMIT_INVITATIONS_PER_HOUR: "1000",
    },
  },
});

import { execFileSync } from "node:child_process";
import fs from "node:fs";
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

// A webhook receiver the journeys start on 127.0.0.1 (e2e/webhooks.spec.ts), with a certificate made here for this
// port only; the server trusts it for webhook deliveries (WEBHOOKS_CA_FILE) and may deliver to loopback.
export const webhookCertificate = {
  key: path.join(os.tmpdir(), `interlink-e2e-webhook-${port}-key.pem`),
  cert: path.join(os.tmpdir(), `interlink-e2e-webhook-${port}-cert.pem`),
};
// Made afresh when missing or a day old, so a file left by an earlier run never expires under this one.
const certificateAge = fs.existsSync(webhookCertificate.cert)
  ? Date.now() - fs.statSync(webhookCertificate.cert).mtimeMs
  : Number.POSITIVE_INFINITY;
if (certificateAge > 24 * 3_600_000) {
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      webhookCertificate.key,
      "-out",
      webhookCertificate.cert,
      "-days",
      "2",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ],
    { stdio: "ignore" },
  );
}

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
      WEBHOOKS_ALLOW_PRIVATE: "true",
      WEBHOOKS_CA_FILE: webhookCertificate.cert,
    },
  },
});

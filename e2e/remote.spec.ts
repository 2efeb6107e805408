import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { mailDir } from "../playwright.config.js";
import { type RemoteServiceStub, startRemoteService } from "../server/test/remote-service.js";
import { expectAccessible } from "./accessibility.js";
import { signIn, signUp } from "./people.js";

// A platform administrator registers a whiteboard service speaking the INTERLINK asset protocol; a team member
// adds a whiteboard to a task through the service's own creation page (a popup) and opens it on the asset page.
//
// The first account of a platform is its administrator, so this journey runs its own platform on a fresh data
// directory (the shared one's first account belongs to whichever spec ran first), next to the stand-in service.

const root = path.resolve(import.meta.dirname, "..");

let platform: ChildProcess | undefined;
let platformUrl: string;
let dataDir: string;
let service: RemoteServiceStub;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  service = await startRemoteService();
  const port = await freePort();
  platformUrl = `http://localhost:${port}`;
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-remote-e2e-"));
  platform = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      BASE_URL: platformUrl,
      DATA_DIR: dataDir,
      // Its mails go where the journeys read confirmation links (e2e/mail.ts); the addresses are this run's own.
      MAIL_DIR: mailDir,
      LOG_LEVEL: "warn",
      RATE_LIMIT_AUTH_PER_MINUTE: "1000",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${platformUrl}/api/health`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: 150_000, intervals: [500] },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (platform && platform.exitCode === null) {
    const exited = new Promise((resolve) => platform!.once("exit", resolve));
    platform.kill("SIGTERM");
    await exited;
  }
  await service?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function newPage(browser: Browser, viewport: { width: number; height: number } | null): Promise<Page> {
  const context = await browser.newContext({ baseURL: platformUrl, viewport });
  return context.newPage();
}

test("an administrator registers a remote tool; a team member creates a whiteboard in it and opens it", async ({
  browser,
  viewport,
}, info) => {
  // Two people, a popup and a framed view: a long journey, on machines that may be busy.
  test.setTimeout(240_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const admin = await newPage(browser, viewport);
  const adminEmail = `admin-${stamp}@example.org`;
  await signUp(admin, { name: "Platform Administrator", email: adminEmail });
  const member = await newPage(browser, viewport);
  const memberEmail = `member-${stamp}@example.org`;
  await signUp(member, { name: "Team Member", email: memberEmail });

  // The administrator finds the screen in the navigation (on a phone, the address) and registers the service;
  // while it is down, registration is refused with a sentence naming it.
  await signIn(admin, { email: adminEmail });
  if ((viewport?.width ?? 1280) >= 768) {
    await admin.getByRole("navigation").getByRole("link", { name: "Administration" }).click();
  } else {
    await admin.goto("/admin/interlinkers");
  }
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Remote tools");
  await expect(admin.getByText("No service is registered yet.")).toBeVisible();
  await expectAccessible(admin);
  await admin.getByLabel(/^Service address/).fill(service.url);
  await admin.getByLabel(/^Name/).fill("Whiteboard");
  await admin.getByLabel(/^What it is for/).fill("Draw together on a shared whiteboard.");
  await admin.getByRole("checkbox", { name: "Documenting" }).check();
  service.setDown(true);
  await admin.getByRole("button", { name: "Register the service" }).click();
  await expect(admin.getByRole("alert")).toContainText("“Whiteboard”");
  await expect(admin.getByRole("alert")).toContainText("cannot be reached");
  service.setDown(false);
  await admin.getByRole("button", { name: "Register the service" }).click();
  await expect(admin.getByRole("status")).toHaveText("Whiteboard is registered.");
  const card = admin.getByRole("listitem").filter({ hasText: service.url });
  await expect(card.getByText("Answering")).toBeVisible();
  await expect(card.getByText("0 assets live in this service.")).toBeVisible();
  await expectAccessible(admin);

  // The same administration leads to the platform's webhooks, which hear of every process; a receiver that is not
  // https is refused on its field.
  await admin.getByRole("link", { name: /^Platform webhooks/ }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Platform webhooks");
  await expect(admin.getByText("No webhooks yet.")).toBeVisible();
  await admin.getByLabel(/^Receiver's address/).fill("http://example.org/hooks");
  await admin.getByRole("button", { name: "Register the webhook" }).click();
  await expect(admin.getByLabel(/^Receiver's address/)).toHaveAttribute("aria-invalid", "true");
  await expect(admin.getByText("No webhooks yet.")).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("link", { name: "← Back to administration" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Remote tools");

  // A member's own process; the whiteboard is made in the service's page, which tells the platform its id.
  const created = await (
    await member.request.post("/api/v1/processes", {
      headers: { origin: platformUrl },
      data: {
        name: `Playground ${stamp}`,
        language: "en",
        governanceModel: "C2C",
        visibility: "private",
        schemaId: "default",
      },
    })
  ).json();
  await signIn(member, { email: memberEmail });
  await member.goto(`/processes/${created.id}`);
  // The first task of Engage: its first objective is open from the start (the next step).
  await member
    .getByRole("listitem")
    .filter({ has: member.getByRole("button", { name: "Engage", exact: true }) })
    .first()
    .getByRole("link")
    .first()
    .click();
  const addTool = member.getByRole("form", { name: "Add a tool" });
  await addTool.getByLabel("Tool", { exact: true }).selectOption({ label: "Whiteboard (external service)" });
  await addTool.getByLabel(/^Name/).fill("Swings and benches");
  await expect(addTool.getByText(`opens in a new window, from ${service.origin}`)).toBeVisible();
  const opening = member.waitForEvent("popup");
  await addTool.getByRole("button", { name: "Open the tool to create it" }).click();
  const popup = await opening;
  await expect(addTool.getByRole("status")).toContainText("Waiting for Whiteboard");
  await popup.getByLabel("Whiteboard name").fill("Playground sketch");
  await popup.getByRole("button", { name: "Create whiteboard" }).click();

  // The asset page shows the service's view in a frame, with a way out to a full tab.
  await expect(member.getByRole("heading", { level: 1 })).toHaveText("Swings and benches");
  const frame = member.frameLocator('iframe[title="Swings and benches, shown by Whiteboard"]');
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText("Playground sketch");
  await expect(member.getByRole("link", { name: "Open it in Whiteboard in a new tab" })).toHaveAttribute(
    "href",
    new RegExp(`^${service.url}/assets/[^/]+/view$`),
  );
  expect([...service.assets.values()].map((asset) => asset.name)).toContain("Playground sketch");
  await expectAccessible(member);

  // When the service is down, the page says so plainly.
  service.setDown(true);
  await member.reload();
  await expect(member.getByRole("alert")).toContainText("cannot be reached right now");
  await expect(member.getByRole("alert")).toContainText("“Whiteboard”");
  await expectAccessible(member);
  service.setDown(false);

  // The administrator sees the asset counted, and the registration can no longer be removed.
  await admin.reload();
  await expect(card.getByText("1 asset lives in this service.")).toBeVisible();
  await expect(card.getByText("Assets still live in this service, so it cannot be removed.")).toBeVisible();
});

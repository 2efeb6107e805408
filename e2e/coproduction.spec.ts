import fs from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { itemNamesIn } from "./items.js";
import { lastMailLink } from "./mail.js";
import { signIn, signUp } from "./people.js";
import { expectNoEnglish, expectNoOverflow } from "./readable.js";
import { closeMenu, openMenu } from "./shell.js";

// The co-production journey in the browser: a civil servant starts a process from the default schema and offers
// a citizens' team rights on the Build phase; the team's administrator, in another browser and in Latvian, accepts
// from the invitation's mail and then sees only what the rights allow.

/** Opens the first task under a phase (found by the phase's exact name), opening its first objective if closed. */
async function openFirstTaskOf(page: Page, phase: string) {
  const phaseItem = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: phase, exact: true }) })
    .first();
  const objective = phaseItem.locator("li").first().getByRole("button").first();
  if ((await objective.getAttribute("aria-expanded")) === "false") await objective.click();
  await phaseItem.getByRole("link").first().click();
}

async function newBrowserPage(browser: Browser, baseURL: string, viewport: { width: number; height: number } | null) {
  const context = await browser.newContext({ baseURL, viewport });
  return context.newPage();
}

test("a process from the default schema, a team's rights on Build, and what the team member sees", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  // A long journey with many axe checks of a large page: slow on a busy machine.
  test.slow();
  const stamp = `${info.project.name}-${Date.now()}`;
  const servantEmail = `servant-${stamp}@example.org`;
  const citizenEmail = `citizen-${stamp}@example.org`;
  await signUp(page, { name: "Civil Servant", email: servantEmail });

  // The citizen's own organization and team, made through the API as the citizen.
  const citizen = await newBrowserPage(browser, baseURL!, viewport);
  await signUp(citizen, { name: "Citizen", email: citizenEmail });
  const organization = await (
    await citizen.request.post("/api/v1/organizations", {
      headers: { origin: baseURL! },
      data: { name: { en: `Residents ${stamp}` }, type: "citizen", visibility: "public" },
    })
  ).json();
  await citizen.request.post(`/api/v1/organizations/${organization.id}/teams`, {
    headers: { origin: baseURL! },
    data: { name: { en: "Library users" }, type: "citizen" },
  });

  // The civil servant starts the process in the wizard.
  await signIn(page, { email: servantEmail });
  await page.getByRole("link", { name: "Start a new process" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New process");
  await page.getByRole("button", { name: "Start the process" }).click();
  // The server's refusal shows next to the field it names.
  await expect(page.getByLabel(/^Name/)).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await page.getByLabel(/^Name/).fill("Library opening hours");
  await page.getByLabel(/^Aim/).fill("Open when people can come");
  await expect(page.getByRole("heading", { name: "What the schema lays out" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start the process" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Library opening hours");
  for (const phase of ["Engage", "Design", "Build", "Sustain"])
    await expect(page.getByText(phase, { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Rights for the citizens' team on the Build phase: another organization's team, so they are offered and wait.
  await page.getByRole("tab", { name: "Teams and rights" }).click();
  await page.getByLabel("Organization of the team").selectOption({ label: `Residents ${stamp}` });
  await page.getByLabel("Team", { exact: true }).selectOption({ label: "Library users" });
  await page.getByLabel("On which part").selectOption({ label: "Build" });
  await page.getByLabel("Add work").check();
  await page.getByRole("button", { name: "Give rights" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "The administrators of Library users were invited to accept these rights" }),
  ).toBeVisible();
  const offered = page.getByRole("region", { name: "Offered, waiting for the team's answer" });
  await expect(offered.getByRole("listitem")).toHaveText([/Library users.*Build: Add work/]);
  await expect(page.getByRole("cell", { name: "Library users", exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("tab", { name: "Activity" }).click();
  await page.getByRole("button", { name: "Check the trail" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The trail is intact" })).toBeVisible();
  await expectAccessible(page);
  const processUrl = page.url();

  // Settings: change the governance model, copy the process, download it and bring the file back as a new one.
  await page.getByRole("tab", { name: "Settings" }).click();
  await page.getByLabel(/^C2C/).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved." })).toBeVisible();
  await expectAccessible(page);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as a file (JSON)" }).click();
  const file = await (await downloading).path();
  await page.getByLabel("Exported process file").setInputFiles({
    name: "process.json",
    mimeType: "application/json",
    buffer: fs.readFileSync(file),
  });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Process imported.")).toBeVisible();
  await page.getByLabel(/^Name of the copy/).fill("Library opening hours, second branch");
  await page.getByRole("button", { name: "Make a copy to work on" }).click();
  await expect(page.getByText("Copy made.")).toBeVisible();
  await page.getByText("Copy made.").getByRole("link", { name: "Open the copy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Library opening hours, second branch");

  // The citizen, in Latvian, opens the invitation's mail link, reads what is offered to the team, and accepts.
  await signIn(citizen, { email: citizenEmail });
  await (await openMenu(citizen)).getByLabel("Language").selectOption("lv");
  await closeMenu(citizen);
  // Until then the team sees nothing of the process.
  const processApi = `/api/v1/processes/${new URL(processUrl).pathname.split("/")[2]}`;
  expect((await citizen.request.get(processApi)).status()).toBe(404);
  await citizen.goto(new URL(await lastMailLink(citizenEmail, "/invitations/")).pathname);
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Ielūgums");
  await expect(
    citizen.getByText(
      "Civil Servant aicina jūsu komandu Library users piedalīties koprades procesā Library opening hours.",
    ),
  ).toBeVisible();
  await expect(citizen.getByText("Piedāvātās tiesības: Pievienot darbu")).toBeVisible();
  await expectAccessible(citizen);
  await expectNoEnglish(citizen, "lv", ["Library", "Civil Servant"]);
  await expectNoOverflow(citizen);
  await citizen.screenshot({ path: info.outputPath("invitation-lv.png"), fullPage: true });
  await citizen.getByRole("button", { name: "Pieņemt ielūgumu: Library opening hours" }).click();
  await expect(citizen.getByText("Šis ielūgums ir pieņemts.")).toBeVisible();
  await citizen.getByRole("link", { name: "Atvērt procesu" }).click();
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Library opening hours");
  const inLatvian = await itemNamesIn(citizen.request, processUrl.split("/processes/")[1]!.split(/[/?#]/)[0]!, "lv");
  await openFirstTaskOf(citizen, inLatvian("Design"));
  await expect(citizen.getByText("Jūsu tiesības neattiecas uz šī uzdevuma resursiem.")).toBeVisible();
  await expect(
    citizen.getByText("Jūsu komandai nav tiesību pievienot šim uzdevumam; tās var piešķirt procesa administrators."),
  ).toBeVisible();
  await citizen.getByRole("link", { name: "← Atpakaļ uz plānu" }).click();
  await citizen.getByRole("tab", { name: "Komandas un tiesības" }).click();
  await expect(
    citizen.getByText("Tikai procesa administratori izlemj, kuras komandas tajā strādā un ar kādām tiesībām."),
  ).toBeVisible();
  await expectAccessible(citizen);
  await citizen.getByRole("tab", { name: "Plāns" }).click();
  await openFirstTaskOf(citizen, inLatvian("Build"));
  await citizen.getByLabel(/^Saites nosaukums/).fill("Survey results");
  await citizen.getByLabel(/^Adrese/).fill("https://example.org/survey");
  await citizen.getByRole("button", { name: "Pievienot" }).first().click();
  await expect(citizen.getByRole("link", { name: "Survey results" })).toBeVisible();
  await expectAccessible(citizen);
});

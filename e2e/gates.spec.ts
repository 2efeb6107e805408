import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { chooseLanguage, signUp } from "./people.js";

// A sign-off gate under citizen sourcing (C2G): the citizens finish the Design phase's work; a civil servant of a
// public-administration team taking part signs it off in the plan; only then can the Build task that depends on it
// start. The citizen reads the plan in Latvian: "finished, awaiting sign-off" and why they may not sign off.

test("a civil servant signs off a phase the citizens finished, after which the next task can start", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  test.setTimeout(180_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const origin = { origin: baseURL! };
  const post = async (on: Page, url: string, data: unknown) => {
    const answer = await on.request.post(url, { headers: origin, data });
    expect(answer.ok(), await answer.text()).toBe(true);
    return answer.json();
  };

  await signUp(page, { name: "Civil Servant", email: `servant-${stamp}@example.org` });
  const citizenContext = await browser.newContext({ baseURL: baseURL!, viewport });
  await chooseLanguage(citizenContext, "lv");
  const citizen = await citizenContext.newPage();
  const citizenId = (await signUp(citizen, { name: "Ilze Iedzīvotāja", email: `ilze-${stamp}@example.org` })).id;

  // The servant's city council, its staff team (a public administration), and a small C2G process.
  const council = await post(page, "/api/v1/organizations", {
    name: { en: `Valmiera council ${stamp}` },
    type: "public_administration",
    visibility: "public",
  });
  const staff = await post(page, `/api/v1/organizations/${council.id}/teams`, {
    name: { en: "Council staff" },
    type: "public_administration",
  });
  const process = await post(page, "/api/v1/processes", {
    name: `Skate park ${stamp}`,
    language: "en",
    governanceModel: "C2G",
    visibility: "private",
  });
  const item = async (body: Record<string, unknown>) =>
    (await post(page, `/api/v1/processes/${process.id}/items`, body)).id as string;
  const design = await item({ type: "phase", name: "Design" });
  const build = await item({ type: "phase", name: "Build", prerequisites: [design] });
  const sketching = await item({ type: "objective", parentId: design, name: "Sketches" });
  const building = await item({ type: "objective", parentId: build, name: "Construction" });
  const sketch = await item({ type: "task", parentId: sketching, name: "Draw the ramps" });
  const prototype = await item({ type: "task", parentId: building, name: "Build a model" });
  await post(page, `/api/v1/processes/${process.id}/grants`, { teamId: staff.id, rights: ["view"] });
  await post(page, `/api/v1/processes/${process.id}/grants`, { userId: citizenId, rights: ["edit_assets"] });

  // The citizen finishes the design work; the phase is finished but not signed off.
  const finished = await citizen.request.patch(`/api/v1/items/${sketch}`, {
    headers: origin,
    data: { status: "finished" },
  });
  expect(finished.ok(), await finished.text()).toBe(true);
  const early = await citizen.request.patch(`/api/v1/items/${prototype}`, {
    headers: origin,
    data: { status: "in_progress" },
  });
  expect(early.status()).toBe(409);
  expect((await early.json()).type).toBe("/problems/gate-pending");

  await citizen.goto(`/processes/${process.id}`);
  const citizenDesign = citizen.locator(`#item-${design}`);
  await expect(citizenDesign.getByTestId("gate-state").first()).toHaveText(
    "Pabeigts, gaida apstiprinājumu no: valsts un pašvaldību iestāžu komandas.",
  );
  await expect(citizenDesign.getByTestId("why-not").first()).toHaveText(
    "Apstiprināt šo plāna daļu var tikai: valsts un pašvaldību iestāžu komandas.",
  );
  await expect(citizenDesign.getByRole("button", { name: "Apstiprināt vai noraidīt…" })).toHaveCount(0);
  await expectAccessible(citizen);
  await citizen.screenshot({ path: info.outputPath(`gate-citizen-lv-${info.project.name}.png`), fullPage: true });

  // The servant signs it off in the plan, with a comment.
  await page.goto(`/processes/${process.id}`);
  const servantDesign = page.locator(`#item-${design}`);
  await servantDesign.getByRole("button", { name: "Approve or reject…" }).first().click();
  const form = page.getByRole("form", { name: "Sign-off: Design" });
  await form.getByLabel("Comment").fill("The ramps are safe.");
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath(`gate-servant-form-${info.project.name}.png`), fullPage: true });
  await form.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByText("“Design” approved.")).toBeVisible();
  await expect(servantDesign.getByTestId("gate-state").first()).toHaveText("Signed off by Civil Servant.");
  await expect(servantDesign.getByText("Your verdict: approved.")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath(`gate-servant-approved-${info.project.name}.png`), fullPage: true });

  // Now the citizen's Build task can start.
  const started = await citizen.request.patch(`/api/v1/items/${prototype}`, {
    headers: origin,
    data: { status: "in_progress" },
  });
  expect(started.ok(), await started.text()).toBe(true);
  await citizen.reload();
  await expect(citizenDesign.getByTestId("gate-state").first()).toHaveText("Apstiprināja: Civil Servant.");
  // The sign-off reads as a sentence in the trail, in Latvian.
  await citizen.getByRole("tab", { name: "Darbības" }).click();
  const trail = citizen.getByRole("tabpanel", { name: "Darbības" });
  await expect(trail.getByRole("listitem").filter({ hasText: "Civil Servant apstiprināja" }).first()).toHaveText(
    /Civil Servant apstiprināja .Design.\./,
  );
  await expectAccessible(citizen);
  await citizen.screenshot({ path: info.outputPath(`gate-trail-lv-${info.project.name}.png`), fullPage: true });
  await citizenContext.close();
});

import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { chooseLanguage, signUp } from "./people.js";

// A sign-off gate under citizen sourcing (C2G): the citizens finish the Design phase's work; a civil servant of a
// public-administration team taking part signs it off in the plan; only then can the Build task that depends on it
// start. The citizen reads the plan in Latvian: "finished, awaiting sign-off" and why they may not sign off. The
// servant hears of it live (issue #13): her bell rises when the last of the phase's work is finished, and again
// when the citizen asks her to sign off a gated task.

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

  // The servant has the dashboard open: nothing waits for her yet.
  const counted = page.waitForResponse((answer) => answer.url().includes("/api/v1/me/notifications?"));
  const listening = page.waitForResponse((answer) => answer.url().endsWith("/api/v1/me/notifications/stream"));
  await page.goto("/dashboard");
  await Promise.all([counted, listening]);
  const bell = page.getByRole("banner").getByRole("link", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications, none unread");

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

  // The phase's gate now waits for the servant: her bell rises without a reload, and the inbox leads to the plan.
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await bell.click();
  await page
    .getByRole("link", { name: `“Design” in “Skate park ${stamp}” waits for your sign-off. Approve or reject it.` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/processes/${process.id}$`));

  // The servant signs it off in the plan, with a comment.
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

  // A gated task is judged when its workers say it is ready: the citizen asks, in Latvian, and the servant's
  // bell rises again while she reads the plan.
  const gated = await page.request.put(`/api/v1/items/${prototype}/gate`, {
    headers: origin,
    data: { approvers: ["teams_of_type:public_administration"], required: 1 },
  });
  expect(gated.ok(), await gated.text()).toBe(true);
  await citizen.goto(`/processes/${process.id}/tasks/${prototype}`);
  await citizen.getByRole("button", { name: "Lūgt apstiprinājumu" }).click();
  await expect(
    citizen.getByText(
      "Apstiprinātājiem (valsts un pašvaldību iestāžu komandas) ir paziņots, ka tas ir gatavs apstiprināšanai.",
    ),
  ).toBeVisible();
  await expectAccessible(citizen);
  await citizen.screenshot({ path: info.outputPath(`gate-ask-lv-${info.project.name}.png`), fullPage: true });
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await citizenContext.close();
});

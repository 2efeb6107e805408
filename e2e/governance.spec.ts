import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { chooseLanguage, signUp } from "./people.js";
import { expectNoEnglish, expectNoOverflow } from "./readable.js";

// "How this process is governed" (issue #12): a civil servant's public citizen-sourcing process; a resident reading
// Latvian takes part, reads its rulebook and on a decision sees why they may vote but not close it; an anonymous
// visitor finds the rulebook from the overview; the servant changes a rule with the form, sees what changes for
// whom before saving, and the change is in the rulebook's history.

const shot = async (page: Page, name: string, info: { outputPath: (name: string) => string }) =>
  page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });

test("the rulebook of a C2G process, read by a resident in Latvian, a visitor, and changed by its administrator", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  test.setTimeout(180_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const writes = { headers: { origin: baseURL! } };
  await signUp(page, { name: "Ilze Kalniņa", email: `servant-${stamp}@example.org` });
  const city = await (
    await page.request.post("/api/v1/organizations", {
      ...writes,
      data: { name: { en: "Valmiera City", lv: "Valmieras pilsēta" }, type: "public_administration" },
    })
  ).json();
  const process = await (
    await page.request.post("/api/v1/processes", {
      ...writes,
      data: {
        name: `Bibliotēkas darba laiks ${stamp}`,
        language: "lv",
        organizationId: city.id,
        governanceModel: "C2G",
        visibility: "public",
        schemaId: "default",
      },
    })
  ).json();
  const tree = await (await page.request.get(`/api/v1/processes/${process.id}/tree`)).json();
  const taskId = tree.items[2].children[0].children[0].id;
  const decision = await (
    await page.request.post(`/api/v1/tasks/${taskId}/assets`, {
      ...writes,
      data: {
        kind: "interlinker",
        interlinkerId: "decision",
        name: "Sestdienas rītos?",
        input: { type: "proposal" },
      },
    })
  ).json();
  expect(decision.id).toBeTruthy();

  // A resident, reading Latvian, takes part with a right to see the whole process.
  const residentContext = await browser.newContext({ baseURL, viewport });
  await chooseLanguage(residentContext, "lv");
  const resident = await residentContext.newPage();
  const residentId = (await signUp(resident, { name: "Jānis Bērziņš", language: "lv" })).id;
  const granted = await page.request.post(`/api/v1/processes/${process.id}/grants`, {
    ...writes,
    data: { userId: residentId, rights: ["view"] },
  });
  expect(granted.ok()).toBe(true);

  // They open the rules from the process's overview.
  await resident.goto(`/processes/${process.id}`);
  await resident.getByRole("tab", { name: "Pārskats" }).click();
  await resident.getByRole("link", { name: /^Kā šis process tiek pārvaldīts/ }).click();
  await expect(resident.getByRole("heading", { name: "Kā šis process tiek pārvaldīts" })).toBeVisible();
  const rules = resident.getByTestId("governance-rules");
  await expect(rules).toContainText("Tikai iesaistīto publiskās pārvaldes komandu locekļi drīkst noslēgt lēmumus.");
  await expect(rules).toContainText("Tikai procesa dalībnieki drīkst balsot.");
  await expect(resident.getByText("Tikai procesa administratori drīkst mainīt šos noteikumus.").last()).toBeVisible();
  await expect(resident.getByRole("button", { name: "Mainīt noteikumus" })).toHaveCount(0);
  await expectNoEnglish(resident, "lv", [process.name]);
  await expectNoOverflow(resident);
  await expectAccessible(resident);
  await shot(resident, "rules-lv", info);

  // On the decision they may vote, and where closing would be, they read who closes it.
  await resident.goto(`/processes/${process.id}/assets/${decision.id}`);
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Sestdienas rītos?");
  await expect(resident.getByTestId("why-not")).toHaveText(
    "Tikai iesaistīto publiskās pārvaldes komandu locekļi drīkst noslēgt lēmumus.",
  );
  await expectNoEnglish(resident, "lv", [process.name, "Sestdienas rītos?"]);
  await expectNoOverflow(resident);
  await expectAccessible(resident);
  await shot(resident, "decision-why-lv", info);

  // An anonymous visitor of the public process finds and reads the rules too.
  const visitorContext = await browser.newContext({ baseURL, viewport });
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/processes/${process.id}`);
  await visitor.getByRole("link", { name: /^How this process is governed/ }).click();
  await expect(visitor.getByRole("heading", { name: "How this process is governed" })).toBeVisible();
  await expect(visitor.getByTestId("governance-rules")).toContainText(
    "Only members of public-administration teams taking part may close decisions.",
  );
  await expect(visitor.getByText("The rules have not changed since the process began.")).toBeVisible();
  await expect(visitor.getByTestId("why-not")).toHaveCount(0);
  await expectNoOverflow(visitor);
  await expectAccessible(visitor);
  await shot(visitor, "rules-anonymous-en", info);

  // The servant lets only the administration's teams vote, reads what changes for whom, and saves.
  await page.goto(`/processes/${process.id}?tab=rules`);
  await page.getByRole("button", { name: "Change the rules" }).click();
  const voting = page.getByRole("group", { name: "Who may vote" });
  await voting.getByRole("checkbox", { name: "the people taking part" }).uncheck();
  await voting.getByRole("checkbox", { name: "members of public-administration teams taking part" }).check();
  const preview = page.getByTestId("governance-preview");
  await expect(preview).toContainText("Now: Only members of public-administration teams taking part may vote.");
  await expect(preview).toContainText("Members of citizen teams: may no longer vote");
  await expectNoOverflow(page);
  await expectAccessible(page);
  await shot(page, "rules-edit-en", info);
  await page.getByRole("button", { name: "Save the rules" }).click();
  await expect(page.getByText("The rules are saved.", { exact: false })).toBeVisible();
  const history = page.getByTestId("governance-history");
  await expect(history).toContainText("Ilze Kalniņa changed the rules");
  await expect(history).toContainText("Before: Only the people taking part may vote.");
  await expect(page.getByTestId("governance-rules")).toContainText(
    "Only members of public-administration teams taking part may vote.",
  );

  // The resident's decision now names the new rule for voting as well.
  await resident.reload();
  await expect(resident.getByTestId("why-not").first()).toHaveText(
    "Tikai iesaistīto publiskās pārvaldes komandu locekļi drīkst balsot.",
  );
  await residentContext.close();
  await visitorContext.close();
});

test("the rulebook page lists sign-off gates and their state, in Italian", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  const stamp = `${info.project.name}-${Date.now()}`;
  const writes = { headers: { origin: baseURL! } };
  await signUp(page, { name: "Giulia Rossi", email: `giulia-${stamp}@example.org` });
  const process = await (
    await page.request.post("/api/v1/processes", {
      ...writes,
      data: {
        name: `Orari della biblioteca ${stamp}`,
        language: "it",
        governanceModel: "G+G",
        visibility: "public",
        schemaId: "default",
      },
    })
  ).json();
  // G+G puts a two-key gate on every phase (pending); the administrator gates one task on themself and signs it off.
  const tree = await (await page.request.get(`/api/v1/processes/${process.id}/tree`)).json();
  const task = tree.items[0].children[0].children[0];
  const gated = await page.request.put(`/api/v1/items/${task.id}/gate`, {
    ...writes,
    data: { approvers: ["administrators"], required: 1 },
  });
  expect(gated.status()).toBe(200);
  const approved = await page.request.post(`/api/v1/items/${task.id}/gate/approvals`, {
    ...writes,
    data: { verdict: "approve", comment: "Va bene così." },
  });
  expect(approved.ok()).toBe(true);

  const visitorContext = await browser.newContext({ baseURL, viewport });
  await chooseLanguage(visitorContext, "it");
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/processes/${process.id}?tab=rules`);
  await expect(visitor.getByRole("heading", { name: "Come è governato questo processo" })).toBeVisible();
  const gates = visitor.getByTestId("governance-gates");
  await expect(gates).toContainText(
    // The phases' names are in the reader's language (the default schema's words), whatever the API's first answer.
    /Approvano «[^»]+» un approvatore per ciascuna parte: .* e .*: servono 2 approvazioni\./,
  );
  await expect(gates).toContainText("Approvato");
  await expect(gates).toContainText("In attesa di approvazione");
  await expect(visitor.getByTestId("governance-rules")).toContainText(
    "Per chiudere le decisioni devono essere d'accordo entrambe le parti:",
  );
  await expectNoEnglish(visitor, "it", [process.name]);
  await expectNoOverflow(visitor);
  await expectAccessible(visitor);
  await shot(visitor, "rules-gates-it", info);
  await visitorContext.close();
});

test("a resident asks to take part in a public process; its administrator accepts; the resident sees the answer", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  test.setTimeout(150_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const writes = { headers: { origin: baseURL! } };
  await signUp(page, { name: "Ilze Kalniņa", email: `ilze-asks-${stamp}@example.org` });
  const process = await (
    await page.request.post("/api/v1/processes", {
      ...writes,
      data: {
        name: `Parka atjaunošana ${stamp}`,
        language: "lv",
        governanceModel: "C2G",
        visibility: "public",
        schemaId: "default",
      },
    })
  ).json();

  const residentContext = await browser.newContext({ baseURL, viewport });
  await chooseLanguage(residentContext, "lv");
  const resident = await residentContext.newPage();
  await signUp(resident, { name: "Anna Ozola", language: "lv" });
  await resident.goto(`/processes/${process.id}`);
  const ask = resident.getByRole("form", { name: "Pieteikties dalībai" });
  await ask.getByRole("button", { name: "Pieteikties dalībai" }).click();
  // An empty reason is refused beside the field, in Latvian.
  await expect(ask.getByLabel(/^Vai jautājiet procesa administratoriem/)).toHaveAttribute("aria-invalid", "true");
  await ask.getByLabel(/^Vai jautājiet procesa administratoriem/).fill("Dzīvoju blakus parkam un varu palīdzēt.");
  await ask.getByRole("button", { name: "Pieteikties dalībai" }).click();
  await expect(resident.getByText("Jūsu pieteikums dalībai gaida administratoru atbildi.")).toBeVisible();
  await expectNoEnglish(resident, "lv", [process.name]);
  await expectNoOverflow(resident);
  await expectAccessible(resident);
  await shot(resident, "participation-asked-lv", info);

  // The administrator finds it where they manage who takes part, and accepts it.
  await page.goto(`/processes/${process.id}`);
  await page.getByRole("tab", { name: "Teams and rights" }).click();
  const request = page.getByTestId("participation-request");
  await expect(request).toContainText("Dzīvoju blakus parkam un varu palīdzēt.");
  await expectAccessible(page);
  await shot(page, "participation-requests-en", info);
  await page.getByRole("button", { name: "Accept the request of Anna Ozola" }).click();
  await expect(page.getByText("Anna Ozola takes part now.")).toBeVisible();
  await expect(request).toHaveCount(0);

  await resident.reload();
  await expect(
    resident.getByText("Administratori pieņēma jūsu pieteikumu: jūs piedalāties šajā procesā."),
  ).toBeVisible();
  await residentContext.close();
});

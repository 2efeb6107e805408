import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { post, uniqueWord } from "./api.js";
import { chooseLanguage, signInThroughApi, signUp } from "./people.js";
import { expectNoEnglish, expectNoOverflow } from "./readable.js";

// Stories (issue #14): a civil servant who administers a citizen-sourcing (C2G) process, in its public-administration
// team, publishes its story through the form the draft fills in; a resident reads it in Italian, signed out, then
// signs up and reuses it into her own association, landing on the new process.

async function check(page: Page, language: string, shot: string, info: { outputPath: (name: string) => string }) {
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: info.outputPath(`${shot}.png`), fullPage: true });
  await expectNoOverflow(page);
  await expectNoEnglish(page, language, ["INTERLINK"]);
  await expectAccessible(page);
}

test("a process's story is published from its overview, read in Italian and reused into an organization", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  test.slow();
  const size = info.project.name === "phone" ? "360" : "desktop";
  const word = uniqueWord("parola");
  const stamp = `${info.project.name}-${Date.now()}`;

  // The servant, her council and its staff team (a public administration: C2G lets it publish), a public process.
  const servant = await signUp(page, { name: "Giulia Rossi" });
  const council = await post(page.request, baseURL!, "/api/v1/organizations", {
    name: { en: `Trento council ${stamp}`, it: `Comune di Trento ${stamp}` },
    type: "public_administration",
    visibility: "public",
  });
  const staff = await post(page.request, baseURL!, `/api/v1/organizations/${council.id}/teams`, {
    name: { en: "Council staff", it: "Personale del comune" },
    type: "public_administration",
  });
  const process = await post(page.request, baseURL!, "/api/v1/processes", {
    name: `Library hours ${stamp}`,
    language: "en",
    organizationId: council.id,
    governanceModel: "C2G",
    visibility: "public",
    schemaId: "default",
  });
  await post(page.request, baseURL!, `/api/v1/processes/${process.id}/grants`, { teamId: staff.id, rights: ["view"] });
  const tree = await (await page.request.get(`/api/v1/processes/${process.id}/tree`)).json();
  const taskId = tree.items[0].children[0].children[0].id;
  await post(page.request, baseURL!, `/api/v1/tasks/${taskId}/assets`, {
    kind: "external",
    name: "Survey of the readers",
    url: "https://example.org/survey",
  });

  // The overview offers to publish the story; the form starts from the draft.
  await page.goto(`/processes/${process.id}?tab=overview`);
  await page.getByRole("link", { name: "Publish a story" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Publish the story of this process");
  const form = page.getByRole("form", { name: "Publish the story" });
  await expect(form.getByLabel("Title (English)")).not.toHaveValue("");

  // No title in any language: refused beside the title.
  await form.getByLabel("Title (English)").fill("");
  await form.getByRole("button", { name: "Publish the story" }).click();
  await expect(form.getByText("Give the story a title in at least one language.")).toBeVisible();

  const title = { en: `Opening the library in the evening ${word}`, it: `Aprire la biblioteca la sera ${word}` };
  await form.getByLabel("Title (English)").fill(title.en);
  await form.getByLabel("Title (Italiano)").fill(title.it);
  await form.getByLabel("The problem (English)").fill("The library closed before people finished work.");
  await form
    .getByLabel("The problem (Italiano)")
    .fill("La biblioteca chiudeva prima che le persone finissero di lavorare.");
  await form.getByLabel("Lessons learned (Italiano)").fill("Chiedere ai lettori prima di decidere.");
  await form.getByRole("checkbox", { name: /Survey of the readers/ }).check();
  await page.screenshot({ path: info.outputPath(`story-form-en-${size}.png`), fullPage: true });
  await expectNoOverflow(page);
  await expectAccessible(page);

  const published = page.waitForResponse(
    (answer) => answer.url().endsWith(`/api/v1/processes/${process.id}/story`) && answer.request().method() === "POST",
  );
  await form.getByRole("button", { name: "Publish the story" }).click();
  expect((await published).status()).toBe(201);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title.en);
  await expect(page.getByRole("status").filter({ hasText: "The story is published." })).toBeVisible();
  const storyUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();

  // A resident, signed out, finds it in Italian.
  const residentContext = await browser.newContext({ baseURL, viewport });
  await chooseLanguage(residentContext, "it");
  const resident = await residentContext.newPage();
  await resident.goto("/stories");
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Storie di co-produzione");
  await resident.getByLabel("Parole da cercare").fill(word);
  await resident.getByRole("button", { name: "Cerca" }).click();
  const card = resident.getByRole("link", { name: title.it });
  await expect(card).toBeVisible();
  await check(resident, "it", `stories-it-${size}`, info);
  await card.click();

  await expect(resident.getByRole("heading", { level: 1 })).toHaveText(title.it);
  await expect(resident.getByText("La biblioteca chiudeva prima che le persone finissero di lavorare.")).toBeVisible();
  const participants = resident.getByRole("region", { name: "Chi ha partecipato" });
  await expect(participants).toContainText("Pubbliche amministrazioni");
  await expect(resident.getByRole("region", { name: "Cosa mostra la storia" })).toContainText("Survey of the readers");
  await expect(resident.getByRole("button", { name: "Ritira la pubblicazione" })).toHaveCount(0);
  await check(resident, "it", `story-it-${size}`, info);

  // Reusing it needs an account: the sign-in link comes back to the story.
  await resident.getByRole("link", { name: "Accedi per riutilizzare questa storia" }).click();
  await expect(resident).toHaveURL(
    (url) => url.pathname === "/sign-in" && url.searchParams.get("redirect") === storyUrl,
  );
  await signUp(resident, { name: "Chiara Bianchi", language: "it" });
  const association = await post(resident.request, baseURL!, "/api/v1/organizations", {
    name: { it: `Amici della biblioteca ${stamp}` },
    type: "nonprofit_organization",
    visibility: "private",
  });
  await resident.goto(storyUrl);

  // Signed in: she rates it and reuses it into her association, with the resource it shows.
  await resident.getByRole("radio", { name: "4 stelle" }).check();
  await expect(resident.getByText("Grazie: la tua valutazione è stata salvata.")).toBeVisible();
  await expect(resident.getByText("4 su 5 stelle (1 valutazione)")).toBeVisible();
  const reuse = resident.getByRole("form", { name: "Riutilizza questa storia" });
  await reuse.getByLabel("Avvialo per").selectOption(association.id);
  await expect(reuse.getByLabel("Copia anche la risorsa mostrata da questa storia")).toBeChecked();
  await check(resident, "it", `story-signed-in-it-${size}`, info);
  await reuse.getByRole("button", { name: "Avvia il mio processo da questa storia" }).click();

  await expect(resident).toHaveURL(/\/processes\/[0-9a-f-]{36}$/);
  await expect(
    resident
      .getByRole("status")
      .filter({ hasText: "Il tuo nuovo processo è pronto: adatta il suo piano al tuo territorio." }),
  ).toBeVisible();
  const processId = new URL(resident.url()).pathname.split("/").at(-1)!;
  expect(processId).not.toBe(process.id);
  const copy = await (await resident.request.get(`/api/v1/processes/${processId}`)).json();
  expect(copy).toMatchObject({ organizationId: association.id, clonedFrom: { via: "story", processId: process.id } });

  // The servant unpublishes it, after confirming; its address then says its authors withdrew it.
  await page.getByRole("button", { name: "Unpublish" }).click();
  await page.getByRole("button", { name: "Unpublish the story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The story is unpublished." })).toBeVisible();
  await resident.goto(storyUrl);
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Questa storia è stata ritirata");
  await check(resident, "it", `story-withdrawn-it-${size}`, info);
  await residentContext.close();

  // The main navigation, with "Stories" among the rest, still fits a small desktop (992 px) in Latvian.
  if (size === "desktop") {
    const latvian = await browser.newContext({ baseURL, viewport: { width: 992, height: 800 } });
    await chooseLanguage(latvian, "lv");
    const reader = await latvian.newPage();
    await signInThroughApi(reader, servant);
    await reader.goto("/stories");
    await expect(
      reader.getByRole("navigation", { name: "Galvenā navigācija" }).getByRole("link", { name: "Stāsti" }),
    ).toBeVisible();
    await check(reader, "lv", "stories-lv-992", info);
    await latvian.close();
  }
});

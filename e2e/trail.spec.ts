import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { chooseLanguage, signUp } from "./people.js";
import { expectNoEnglish } from "./readable.js";

// In Italian: an administrator gives a team rights (a toast, an empty form after it), takes them back after
// confirming, and reads the trail as sentences that name her and what she worked on, with links and a filter by
// kind. The live document's badge keeps enough contrast in every state.

/** The contrast ratio (WCAG 2) of an element's text colour on its own background, computed in the page. */
async function contrastOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (value: string) => {
      const [r, g, b] = rgb(value).map((channel) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const style = getComputedStyle(element);
    const [lighter, darker] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a);
    return (lighter! + 0.05) / (darker! + 0.05);
  });
}

test("the trail in Italian names who did what where; a grant is given, then taken back after asking", async ({
  page,
  baseURL,
}, info) => {
  test.slow();
  const stamp = `${info.project.name}-${Date.now()}`;
  const writes = { headers: { origin: baseURL! } };
  await chooseLanguage(page, "it");
  await signUp(page, { name: "Giulia Bianchi", email: `giulia-${stamp}@example.org` });

  const organization = await (
    await page.request.post("/api/v1/organizations", {
      ...writes,
      data: { name: { en: `Residents ${stamp}`, it: `Residenti ${stamp}` }, type: "citizen", visibility: "public" },
    })
  ).json();
  await page.request.post(`/api/v1/organizations/${organization.id}/teams`, {
    ...writes,
    data: { name: { en: "Prototype testers", it: "Collaudatori" }, type: "citizen" },
  });
  const process = await (
    await page.request.post("/api/v1/processes", {
      ...writes,
      data: {
        name: `Piazza ${stamp}`,
        language: "it",
        governanceModel: "G+G",
        visibility: "private",
        schemaId: "default",
      },
    })
  ).json();
  const tree = await (
    await page.request.get(`/api/v1/processes/${process.id}/tree`, { headers: { "accept-language": "it" } })
  ).json();
  // The third phase, Build, named as the Italian reader sees it.
  const build = tree.items[2] as { name: string; children: { children: { id: string; name: string }[] }[] };
  const task = build.children[0]!.children[0]!;
  const created = await page.request.post(`/api/v1/tasks/${task.id}/assets`, {
    ...writes,
    data: {
      kind: "interlinker",
      interlinkerId: "document",
      name: "Prototype test plan",
      input: { markdown: "# Piano" },
    },
  });
  expect(created.status()).toBe(201);
  const asset = await created.json();
  // Interlinkers' own actions, which each interlinker words in its own locales.
  const saved = await page.request.post(`/api/v1/assets/${asset.id}/document/versions`, {
    ...writes,
    data: { name: "Prima della prova" },
  });
  expect(saved.status()).toBe(201);
  const note = await (
    await page.request.post(`/api/v1/tasks/${task.id}/assets`, {
      ...writes,
      data: { kind: "interlinker", interlinkerId: "note", name: "Appunti", input: { text: "" } },
    })
  ).json();
  const edited = await page.request.put(`/api/v1/assets/${note.id}/note`, { ...writes, data: { text: "Ciao" } });
  expect(edited.status()).toBe(200);

  // A grant through the form: a toast says so and the form is empty again, ready for the next one.
  await page.goto(`/processes/${process.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Piazza ${stamp}`);
  await page.getByRole("tab", { name: "Team e diritti" }).click();
  await page.getByLabel("Organizzazione del team").selectOption({ label: `Residenti ${stamp}` });
  const team = page.getByLabel("Team", { exact: true });
  await team.selectOption({ label: "Collaudatori" });
  await page.getByLabel("Su quale parte").selectOption({ label: build.name });
  const addWork = page.getByLabel("Aggiungere lavoro");
  await addWork.check();
  await page.getByRole("button", { name: "Concedi i diritti" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Diritti concessi a Collaudatori su ${build.name}.` }),
  ).toBeVisible();
  await expect(page.getByRole("cell", { name: "Collaudatori", exact: true })).toBeVisible();
  await expect(team).toHaveValue("");
  await expect(page.getByLabel("Su quale parte")).toHaveValue("");
  await expect(addWork).not.toBeChecked();
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath("grants.png"), fullPage: true });

  // Taking rights back asks first; "Annulla" has the focus, so a stray Enter does nothing.
  await page.getByRole("button", { name: "Revoca i diritti di Collaudatori" }).click();
  await expect(
    page.getByText(`Revocare i diritti di Collaudatori su ${build.name}? Perderà subito l'accesso.`),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Sì, revoca" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Diritti revocati." })).toBeVisible();
  await expect(page.getByText("Nessun team ha ancora diritti.")).toBeVisible();

  // The trail: sentences in Italian with the person, the object and the place, linked.
  await page.getByRole("tab", { name: "Attività" }).click();
  const trail = page.getByRole("tabpanel", { name: "Attività" });
  const added = trail.getByRole("listitem").filter({ hasText: "Giulia Bianchi ha aggiunto «Prototype test plan»" });
  await expect(added).toHaveText(new RegExp(`Giulia Bianchi ha aggiunto «Prototype test plan» a «${task.name}»\\.`));
  await expect(added.getByRole("link", { name: "«Prototype test plan»" })).toHaveAttribute(
    "href",
    `/processes/${process.id}/assets/${asset.id}`,
  );
  await expect(added.getByRole("link", { name: `«${task.name}»` })).toHaveAttribute(
    "href",
    `/processes/${process.id}/tasks/${task.id}`,
  );
  await expect(
    trail.getByText(`Giulia Bianchi ha concesso a «Collaudatori» dei diritti su «${build.name}».`, { exact: true }),
  ).toBeVisible();
  await expect(
    trail.getByText(`Giulia Bianchi ha revocato i diritti di «Collaudatori» su «${build.name}».`, { exact: true }),
  ).toBeVisible();
  await expect(trail.getByText(`Giulia Bianchi ha creato il processo «Piazza ${stamp}».`)).toBeVisible();
  await expect(
    trail.getByText("Giulia Bianchi ha salvato una versione del documento «Prototype test plan».", { exact: true }),
  ).toBeVisible();
  await expect(trail.getByText("Giulia Bianchi ha modificato la nota «Appunti».", { exact: true })).toBeVisible();
  await expect(
    trail.getByText(/ha fatto una modifica|asset\.created|grant\.created|version_saved|note\.edited/),
  ).toHaveCount(0);
  await expectNoEnglish(page, "it", ["Prototype test plan"]);
  await expectAccessible(page);
  await page.screenshot({ path: info.outputPath("trail.png"), fullPage: true });

  // Filter by kind: only the rights.
  await trail.getByLabel("Tipo").selectOption({ label: "Diritti" });
  await expect(trail.getByRole("listitem")).toHaveCount(2);
  for (const entry of await trail.getByRole("listitem").all()) {
    await expect(entry).toHaveAttribute("data-action", /^grant\./);
  }
  await trail.getByLabel("Persona").selectOption({ label: "Giulia Bianchi" });
  await expect(trail.getByRole("listitem")).toHaveCount(2);
  // A kind an interlinker names: only the document's version.
  await trail.getByLabel("Tipo").selectOption({ label: "Documenti" });
  await expect(trail.getByRole("listitem")).toHaveCount(1);
  await expect(trail.getByRole("listitem")).toHaveAttribute("data-action", "document.version_saved");
  await trail.getByLabel("Tipo").selectOption({ label: "Diritti" });
  await expect(trail.getByRole("listitem")).toHaveCount(2);
  await trail.getByRole("button", { name: "Verifica la traccia" }).click();
  await expect(trail.getByRole("status")).toContainText("La traccia è integra");
  await expectAccessible(page);

  // The link opens the document, whose live badge is readable in every state.
  await trail.getByLabel("Tipo").selectOption({ label: "Tutto" });
  await trail.getByRole("link", { name: "«Prototype test plan»" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prototype test plan");
  const badge = "[data-live-state]";
  await expect(page.locator(badge)).toHaveAttribute("data-live-state", "connected");
  await expect(page.locator(badge)).toHaveText("Connesso: le modifiche sono condivise in diretta");
  expect(await contrastOf(page, badge)).toBeGreaterThanOrEqual(4.5);
  await expectAccessible(page);
  const labels = {
    connecting: "Connessione…",
    offline: "Non in linea: le tue modifiche saranno inviate quando torna la connessione",
    readOnly: "Connesso: puoi leggere, non modificare",
    error: "Non consentito: ricarica la pagina",
  };
  for (const [state, label] of Object.entries(labels)) {
    await page.evaluate((forced) => sessionStorage.setItem("interlink.test.liveState", forced), state);
    await page.reload();
    await expect(page.locator(badge)).toHaveAttribute("data-live-state", state);
    await expect(page.locator(badge)).toHaveText(label);
    expect(await contrastOf(page, badge), state).toBeGreaterThanOrEqual(4.5);
    await expectAccessible(page);
    await page.locator(badge).screenshot({ path: info.outputPath(`badge-${state}.png`) });
  }
  await page.evaluate(() => sessionStorage.removeItem("interlink.test.liveState"));
});

import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { chooseLanguage, signUp } from "./people.js";

// A civil servant working in Italian uses a catalogue template with tables on a task of an Italian process: the
// page says beforehand which language the copy will be in, the document opens with real tables, a row is added
// from the toolbar; then a second document starts from a template chosen in the task's "add a tool" form.

/** Nothing in the page's main part sticks out sideways (the header and its navigation are the shell's). */
async function noSidewaysScroll(page: Page, scope = "main") {
  const outside = await page.evaluate((scope) => {
    const root = document.querySelector(scope);
    // Within the page, or within the part checked when that part's width is set by others (the process page).
    const width = scope === "main" ? document.documentElement.clientWidth : (root?.getBoundingClientRect().right ?? 0);
    // Inside a box that scrolls (or clips) and itself fits, a wide table is meant to scroll there.
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const overflow = getComputedStyle(parent).overflowX;
        if (overflow !== "visible" && parent.getBoundingClientRect().right <= width + 1) return true;
      }
      return false;
    };
    return (
      [...document.querySelectorAll(`${scope}, ${scope} *`)]
        .filter((element) => element.getBoundingClientRect().right > width + 1 && !clipped(element))
        // The innermost ones: what pushes the page wider, not every box around it.
        .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > width + 1))
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className} ${element.textContent?.slice(0, 40)}`)
    );
  }, scope);
  expect(outside).toEqual([]);
}

test("a template with tables, in Italian, from the catalogue and from the tool form", async ({
  page,
  baseURL,
}, info) => {
  const stamp = `${info.project.name}-${Date.now()}`;
  const writes = { headers: { origin: baseURL! } };
  await chooseLanguage(page, "it");
  // On a fresh platform the first account administers it; Giulia is an ordinary civil servant.
  await signUp(page, { name: "Platform Admin", email: `admin-${stamp}@example.org` });
  await page.request.post("/api/auth/sign-out", writes);
  await page.context().clearCookies();
  await signUp(page, { name: "Giulia Bianchi", email: `giulia-${stamp}@example.org` });
  const created = await page.request.post("/api/v1/processes", {
    ...writes,
    data: {
      name: `Biblioteca ${stamp}`,
      language: "it",
      governanceModel: "G+G",
      visibility: "private",
      schemaId: "default",
    },
  });
  expect(created.status()).toBe(201);
  const process = await created.json();
  const tree = await (
    await page.request.get(`/api/v1/processes/${process.id}/tree`, { headers: { "accept-language": "it" } })
  ).json();
  const task = tree.items[0].children[0].children[0];
  const template = await (await page.request.get("/api/v1/interlinkers/prototype-test-plan")).json();
  const italian = (template.templateLanguages as string[]).includes("it");

  // From the catalogue page: "Use in a task…", with the language said before the copy is made.
  await page.goto("/catalogue/prototype-test-plan");
  await page.getByRole("button", { name: "Usa in un compito…" }).click();
  await page.getByLabel("Processo", { exact: true }).selectOption({ label: process.name });
  await page
    .getByLabel("Compito", { exact: true })
    .selectOption({ label: [tree.items[0].name, tree.items[0].children[0].name, task.name].join(" › ") });
  await expect(
    page.getByText(
      italian ? "Questo modello verrà copiato in italiano." : "Questo modello è disponibile solo in inglese.",
    ),
  ).toBeVisible();
  await expectAccessible(page);
  await noSidewaysScroll(page);
  await page.getByRole("button", { name: "Copia nel compito" }).click();
  const done = page.getByRole("status").filter({ hasText: "è ora nel compito" }).first();
  await expect(done).toBeVisible();
  await page
    .getByRole("main")
    .getByRole("link", { name: /^Apri «/ })
    .click();

  // The document: Italian words and real tables, and a row added with the toolbar.
  await expect(page.getByText("Connesso: le modifiche sono condivise in diretta")).toBeVisible();
  const editor = page.getByRole("textbox", { name: "Testo del documento" });
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(
    italian ? "Piano di test del prototipo" : "Prototype test plan",
  );
  const table = editor.locator("table").first();
  await expect(table).toBeVisible();
  await expect(table.locator("th").first()).toBeVisible();
  const rows = await table.locator("tr").count();
  await table.locator("td").first().click();
  await page.getByRole("button", { name: "Aggiungi riga sotto" }).click();
  await expect(table.locator("tr")).toHaveCount(rows + 1);
  await expectAccessible(page);
  await noSidewaysScroll(page);
  await page.screenshot({ path: `test-results/templates-document-${info.project.name}.png`, fullPage: true });

  // A second document from the task's "add a tool" form, starting from a template picked there.
  // On a desktop the task opens beside the plan, on a phone it is a screen of its own; crossing between the two
  // once remounted the task and emptied this form.
  await page.goto(`/processes/${process.id}/tasks/${task.id}`);
  // The plan and the task settle (their data arrives, focus moves to the task) before the form is filled.
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { name: task.name })).toBeFocused();
  const form = page.getByRole("form", { name: "Aggiungi uno strumento" });
  await form.getByLabel("Strumento").selectOption({ label: "Documento condiviso" });
  await form.getByLabel(/^Nome/).fill("Mappa per la biblioteca");
  const picker = form.getByRole("combobox", { name: "Parti da un modello" });
  await picker.click();
  await picker.fill("Piano di test");
  await page
    .getByRole("listbox", { name: "Parti da un modello" })
    .getByRole("option", { name: "Piano di test del prototipo" })
    .click();
  await expect(
    form.getByText(
      italian ? "Questo modello verrà copiato in italiano." : "Questo modello è disponibile solo in inglese.",
    ),
  ).toBeVisible();
  // Across the breakpoint and back (a tablet turned): the half-filled form keeps what was entered.
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width < 992 ? 1100 : 800, height: viewport.height });
  await page.setViewportSize(viewport);
  await expect(form.getByLabel(/^Nome/)).toHaveValue("Mappa per la biblioteca");
  await expect(form.getByLabel("Strumento")).toHaveValue("document");
  await page.screenshot({ path: `test-results/templates-form-${info.project.name}.png`, fullPage: true });
  await expectAccessible(page);
  // The task panel's own width is the process page's (plan); the form with the picker fits inside it.
  await noSidewaysScroll(page, 'form[aria-label="Aggiungi uno strumento"]');
  await form.getByRole("button", { name: "Aggiungi" }).click();
  const second = page.getByRole("textbox", { name: "Testo del documento" });
  await expect(second.locator("table").first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await noSidewaysScroll(page);
});

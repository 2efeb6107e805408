import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { chooseLanguage, signUp } from "./people.js";
import { expectNoEnglish, expectNoOverflow } from "./readable.js";

// An Italian organiser adds a checklist to a task through the "add a tool" form, writes three items, ticks one
// off and moves one to the top with the keyboard; after a reload the list is as they left it.

test("a checklist in Italian: add, tick, reorder, and it is all still there after a reload", async ({
  page,
  baseURL,
}, info) => {
  test.slow();
  const stamp = `${info.project.name}-${Date.now()}`;
  const writes = { headers: { origin: baseURL! } };
  await chooseLanguage(page, "it");
  await signUp(page, { name: "Giulia Bianchi", language: "it" });
  const process = await (
    await page.request.post("/api/v1/processes", {
      ...writes,
      data: {
        name: `Festa di via ${stamp}`,
        language: "it",
        governanceModel: "G+G",
        visibility: "private",
        schemaId: "default",
      },
    })
  ).json();
  const tree = await (await page.request.get(`/api/v1/processes/${process.id}/tree`)).json();
  const task = tree.items[0].children[0].children[0] as { id: string };

  await page.goto(`/processes/${process.id}/tasks/${task.id}`);
  const form = page.getByRole("form", { name: "Aggiungi uno strumento" });
  await form.getByLabel("Strumento", { exact: true }).selectOption({ label: "Lista di controllo" });
  await form.getByLabel(/^Nome/).fill("Preparativi");
  await expect(form.getByLabel(/^Prime voci/)).toBeVisible();
  await form.getByRole("button", { name: "Aggiungi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Preparativi");
  await expect(page.getByText("Ancora nessuna voce.")).toBeVisible();

  const newItem = page.getByLabel("Nuova voce");
  for (const text of ["Prenotare la sala", "Ordinare le sedie", "Comprare la limonata"]) {
    await newItem.fill(text);
    await newItem.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: `Aggiunta «${text}».` })).toBeVisible();
    await expect(newItem).toHaveValue("");
  }
  const items = page.getByRole("list", { name: "Voci" }).getByRole("checkbox");
  await expect(items).toHaveCount(3);

  // The box shows the server's state: it turns checked once the tick is saved.
  await page.getByRole("checkbox", { name: "Ordinare le sedie" }).click();
  await expect(page.getByRole("checkbox", { name: "Ordinare le sedie" })).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: "Spuntata «Ordinare le sedie»." })).toBeVisible();
  await expect(page.getByText("Fatte: 1 su 3 voci.")).toBeVisible();
  await expect(page.getByText(/^Spuntata da Giulia Bianchi il /)).toBeVisible();

  // Up twice with the keyboard: the focus stays on the item that moves.
  const up = page.getByRole("button", { name: "Sposta su «Comprare la limonata»" });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "ora è la numero 2 di 3" })).toBeVisible();
  await expect(up).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({ hasText: "«Comprare la limonata» ora è la numero 1 di 3." }),
  ).toBeVisible();
  await expectAccessible(page);
  await expectNoEnglish(page, "it", [stamp]);
  await expectNoOverflow(page);

  await page.reload();
  await expect(items.first()).toBeVisible();
  const labels = page.getByRole("list", { name: "Voci" }).locator("label");
  await expect(labels).toHaveText(["Comprare la limonata", "Prenotare la sala", "Ordinare le sedie"]);
  await expect(page.getByRole("checkbox", { name: "Ordinare le sedie" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Prenotare la sala" })).not.toBeChecked();
  await expectAccessible(page);
  await expectNoEnglish(page, "it", [stamp]);
  await page.screenshot({ path: info.outputPath(`checklist-${info.project.name}.png`), fullPage: true });

  const activity = await (await page.request.get(`/api/v1/processes/${process.id}/activity?limit=10`)).json();
  expect(activity.items.map((entry: { action: string }) => entry.action)).toEqual(
    expect.arrayContaining(["checklist.item_added", "checklist.item_done", "checklist.item_moved"]),
  );
});

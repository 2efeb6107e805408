import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { signUp } from "./people.js";

// Two people write in the same shared document at the same time, each in their own browser, and both see both
// edits and each other; a named version brings an earlier text back for everyone.

async function openEditor(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByText("Connected: changes are shared live")).toBeVisible();
  const editor = page.getByRole("textbox", { name: "Document text" });
  await expect(editor).toBeVisible();
  return editor;
}

/**
 * What the document says, without the other people's carets: each is drawn inside the text with its owner's name,
 * wherever their cursor stands (even mid-word), which is not part of what anyone wrote.
 */
function writtenText(editor: Locator) {
  return expect.poll(() =>
    editor.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const caret of copy.querySelectorAll(".collaboration-carets__caret")) caret.remove();
      return copy.textContent ?? "";
    }),
  );
}

test("two people write in one document at once and both see both edits", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  const stamp = `${info.project.name}-${Date.now()}`;
  await signUp(page, { name: "Anna Bērziņa", email: `anna-${stamp}@example.org` });
  const second = await (await browser.newContext({ baseURL, viewport })).newPage();
  const markoId = (await signUp(second, { name: "Marko Rossi", email: `marko-${stamp}@example.org` })).id;

  const writes = { headers: { origin: baseURL! } };
  const process = await (
    await page.request.post("/api/v1/processes", {
      ...writes,
      data: {
        name: `Library ${stamp}`,
        language: "en",
        governanceModel: "G+G",
        visibility: "private",
        schemaId: "default",
      },
    })
  ).json();
  const tree = await (await page.request.get(`/api/v1/processes/${process.id}/tree`)).json();
  const taskId = tree.items[0].children[0].children[0].id;
  const created = await page.request.post(`/api/v1/tasks/${taskId}/assets`, {
    ...writes,
    data: { kind: "interlinker", interlinkerId: "document", name: "Meeting notes", input: { markdown: "# Agenda" } },
  });
  expect(created.status()).toBe(201);
  const asset = await created.json();
  const granted = await page.request.post(`/api/v1/processes/${process.id}/grants`, {
    ...writes,
    data: { userId: markoId, rights: ["view", "edit_assets"] },
  });
  expect(granted.status()).toBe(201);

  const url = `/processes/${process.id}/assets/${asset.id}`;
  const annaEditor = await openEditor(page, url);
  const markoEditor = await openEditor(second, url);
  await expect(annaEditor.getByRole("heading", { name: "Agenda" })).toBeVisible();

  // Each sees the other in "Who is here".
  const presence = (where: Page) => where.getByRole("region", { name: "Who is here" });
  await expect(presence(page).getByText("Marko Rossi")).toBeVisible();
  await expect(presence(second).getByText("Anna Bērziņa")).toBeVisible();
  await expectAccessible(page);

  // Both type at the same time, in their own paragraphs. Each new empty paragraph must have reached the other
  // editor first: typing into a paragraph the other side has not seen yet races with its arrival.
  const paragraphs = await annaEditor.locator("p").count();
  await annaEditor.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await expect(markoEditor.locator("p")).toHaveCount(paragraphs + 1);
  await markoEditor.click();
  await second.keyboard.press("Control+End");
  await second.keyboard.press("Enter");
  await expect(annaEditor.locator("p")).toHaveCount(paragraphs + 2);
  // Anna's caret goes back to her own paragraph (Marko's came after it).
  await annaEditor.locator("p").nth(paragraphs).click();
  // Each sentence goes in as one edit, both at once. Typed key by key at machine speed, a remote edit that lands
  // between two of a person's own keystrokes can put that person's caret back by one character (the editor
  // library maps the selection across the remote edit); that caret is not what this journey checks.
  await Promise.all([
    page.keyboard.insertText("Anna: opening hours on Saturdays"),
    second.keyboard.insertText("Marko: and a reading room for students"),
  ]);
  for (const editor of [annaEditor, markoEditor]) {
    await writtenText(editor).toContain("Anna: opening hours on Saturdays");
    await writtenText(editor).toContain("Marko: and a reading room for students");
  }

  // The toolbar is buttons with names and pressed states.
  const bold = page.getByRole("button", { name: "Bold" });
  await expect(bold).toHaveAttribute("aria-pressed", "false");

  // A named version, then a later edit, then the version restored: both see the earlier text again.
  await page.getByLabel("Name of the new version").fill("After the first round");
  await page.getByRole("button", { name: "Save version" }).click();
  await expect(page.getByText("Version “After the first round” saved.")).toBeVisible();
  await markoEditor.click();
  await second.keyboard.press("Control+End");
  await second.keyboard.type(" — to be checked");
  await writtenText(annaEditor).toContain("to be checked");
  await page.getByRole("button", { name: "Restore version “After the first round”" }).click();
  await page.getByRole("button", { name: "Yes, restore" }).click();
  await expect(page.getByText("Version “After the first round” restored; everyone here sees it now.")).toBeVisible();
  for (const editor of [annaEditor, markoEditor]) {
    await writtenText(editor).not.toContain("to be checked");
    await writtenText(editor).toContain("Marko: and a reading room for students");
  }
  await expectAccessible(second);

  // The export carries what both wrote.
  const markdown = await (await page.request.get(`/api/v1/assets/${asset.id}/document/export?format=markdown`)).text();
  expect(markdown).toContain("Anna: opening hours on Saturdays");
  expect(markdown).toContain("Marko: and a reading room for students");
  await second.context().close();
});

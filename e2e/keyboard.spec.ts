import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { lastMailLink } from "./mail.js";
import { password } from "./people.js";
import { expectNoOverflow } from "./readable.js";

// Keyboard only, no mouse: a newcomer signs up from the home page, opens a task, writes in its document and votes
// in its decision. Every step is Tab, Shift+Tab, Enter, Space or typing; a control that Tab cannot reach fails.

/** Presses Tab until the control has focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, most = 120) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press("Tab");
    if (
      await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))
    )
      return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test("sign-up, a task, its document and its decision with the keyboard alone", async ({ page, baseURL }, info) => {
  test.slow();
  const stamp = `${info.project.name}-${Date.now()}`;
  const email = `keys-${stamp}@example.org`;

  // Sign up from the home page.
  await page.goto("/");
  await tabTo(page, page.getByRole("link", { name: "Create an account" }).filter({ visible: true }).first());
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");
  await tabTo(page, page.getByLabel(/^Your name/));
  await page.keyboard.type("Keyboard Person");
  await tabTo(page, page.getByLabel(/^E-mail address/));
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel(/^Password/));
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your mail");
  await expectAccessible(page);
  // The link in the mail (opened from the mail program) confirms the address and signs them in.
  await page.goto(await lastMailLink(email, "/verify-email"));
  await tabTo(page, page.getByRole("link", { name: "Go to my work" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My work");

  // A process of theirs with a document and a decision on its first task (made through the API: the journey is
  // about reaching and using them).
  const origin = { origin: baseURL! };
  const created = await page.request.post("/api/v1/processes", {
    headers: origin,
    data: { name: `Keys ${stamp}`, language: "en", governanceModel: "G2C", visibility: "private", schemaId: "default" },
  });
  expect(created.status()).toBe(201);
  const processId = (await created.json()).id as string;
  const tree = await (await page.request.get(`/api/v1/processes/${processId}/tree`)).json();
  const task = tree.items[0].children[0].children[0] as { id: string; name: string };
  for (const data of [
    { kind: "interlinker", interlinkerId: "document", name: "Working notes" },
    {
      kind: "interlinker",
      interlinkerId: "decision",
      name: "Opening hours",
      input: { type: "single_choice", options: [{ label: "Mornings" }, { label: "Evenings" }] },
    },
  ]) {
    const response = await page.request.post(`/api/v1/tasks/${task.id}/assets`, { headers: origin, data });
    expect(response.status()).toBe(201);
  }

  // The task, from the plan.
  await page.goto(`/processes/${processId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Keys ${stamp}`);
  await tabTo(page, page.getByRole("link", { name: task.name, exact: true }).first());
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: task.name, exact: true })).toBeVisible();
  await expectNoOverflow(page);
  await expectAccessible(page);

  // Its document: typing goes into the live editor and stays there.
  await tabTo(page, page.getByRole("link", { name: "Working notes" }));
  await page.keyboard.press("Enter");
  const editor = page.getByRole("textbox", { name: "Document text" });
  await tabTo(page, editor);
  await page.keyboard.type("Written without a mouse.");
  await expect(editor).toContainText("Written without a mouse.");
  await expectAccessible(page);

  // Back to the task and on to the decision: a ballot chosen with the arrow keys and cast with Enter.
  await tabTo(page, page.getByRole("link", { name: "← Back to the task" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("link", { name: "Opening hours" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("radio", { name: "Mornings" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "Mornings" })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Cast my ballot" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Your ballot is saved.").first()).toBeVisible();
  await expectNoOverflow(page);
  await expectAccessible(page);
});

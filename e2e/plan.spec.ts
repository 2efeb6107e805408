import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { itemNamesIn } from "./items.js";
import { chooseLanguage, signUp } from "./people.js";

// The plan as a workspace: a process administrator, in Italian on a desktop and in Latvian on a phone, opens and
// closes phases, starts a task, renames one, adds a task, moves it with the keyboard only, deletes it, is told why
// a task cannot start yet, and opens a task by its address, goes to one of its assets and comes back to it.

const words = {
  it: {
    statusOf: (name: string) => `Stato di «${name}»`,
    inProgress: "In corso",
    change: (name: string) => `Modifica «${name}»`,
    name: /^Nome/,
    save: "Salva",
    saved: (name: string) => `«${name}» salvato.`,
    status: (name: string) => `«${name}» ora è: In corso.`,
    newTaskIn: (name: string) => `Nuovo compito in «${name}»`,
    addTask: "Aggiungi il compito",
    added: (name: string) => `«${name}» aggiunto.`,
    moveUp: (name: string) => `Sposta su «${name}»`,
    movedUp: (name: string) => `«${name}» spostato su.`,
    moveTo: "Sposta in un altro obiettivo",
    move: "Sposta",
    movedTo: (name: string, to: string) => `«${name}» spostato in «${to}».`,
    delete: (name: string) => `Elimina «${name}»`,
    deleteQuestion: (name: string) => `Eliminare «${name}»? L’operazione non si può annullare.`,
    deleteConfirm: "Sì, elimina",
    deleted: (name: string) => `«${name}» eliminato.`,
    refusal: (phase: string) => `Può iniziare solo quando “${phase}” è terminato.`,
    startAnyway: "Avvia comunque (come amministratore)",
    backToTask: "← Torna al compito",
    backToPlan: "← Torna al piano",
    renamed: "Analizzare il problema a fondo",
    added_: "Intervistare i bibliotecari",
    settingsTab: "Impostazioni",
    planTab: "Piano",
    settingsName: "Nome",
    aim: "Scopo",
    saveSettings: "Salva le impostazioni",
    settingsSaved: "Impostazioni salvate.",
    newName: "Orari della biblioteca",
    newAim: "Aperta quando le persone possono venire",
    notFound: "Pagina non trovata",
  },
  lv: {
    statusOf: (name: string) => `“${name}” statuss`,
    inProgress: "Notiek",
    change: (name: string) => `Mainīt “${name}”`,
    name: /^Nosaukums/,
    save: "Saglabāt",
    saved: (name: string) => `“${name}” saglabāts.`,
    status: (name: string) => `“${name}” tagad: Notiek.`,
    newTaskIn: (name: string) => `Jauns uzdevums mērķī “${name}”`,
    addTask: "Pievienot uzdevumu",
    added: (name: string) => `“${name}” pievienots.`,
    moveUp: (name: string) => `Pārvietot “${name}” augstāk`,
    movedUp: (name: string) => `“${name}” pārvietots augstāk.`,
    moveTo: "Pārvietot uz citu mērķi",
    move: "Pārvietot",
    movedTo: (name: string, to: string) => `“${name}” pārvietots uz “${to}”.`,
    delete: (name: string) => `Dzēst “${name}”`,
    deleteQuestion: (name: string) => `Dzēst “${name}”? To nevarēs atsaukt.`,
    deleteConfirm: "Jā, dzēst",
    deleted: (name: string) => `“${name}” izdzēsts.`,
    refusal: (phase: string) => `To var sākt tikai tad, kad pabeigts “${phase}”.`,
    startAnyway: "Tomēr sākt (kā administrators)",
    backToTask: "← Atpakaļ uz uzdevumu",
    backToPlan: "← Atpakaļ uz plānu",
    renamed: "Problēmas analīze kopā",
    added_: "Intervēt bibliotekārus",
    settingsTab: "Iestatījumi",
    planTab: "Plāns",
    settingsName: "Nosaukums",
    aim: "Nolūks",
    saveSettings: "Saglabāt iestatījumus",
    settingsSaved: "Iestatījumi saglabāti.",
    newName: "Bibliotēkas darba laiks",
    newAim: "Atvērta, kad cilvēki var nākt",
    notFound: "Lapa nav atrasta",
  },
};

/** Nothing is wider than the screen: no sideways scrolling. */
async function expectFits(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function check(page: Page, shot?: string) {
  await expectFits(page);
  await expectAccessible(page);
  if (shot && process.env.PLAN_SHOTS)
    await page.screenshot({ path: `${process.env.PLAN_SHOTS}/${shot}.png`, fullPage: true });
}

/** A toast says what was done (a polite status message). */
async function expectToast(page: Page, text: string) {
  await expect(page.getByRole("status").filter({ hasText: text }).first()).toBeVisible();
}

/** Keyboard only: focus moves there with the keyboard's effect, Enter presses. */
async function press(locator: Locator) {
  await locator.focus();
  await locator.page().keyboard.press("Enter");
}

function objectiveTasks(page: Page, objective: string) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: objective, exact: true }) })
    .last()
    .locator("> ul > li > div a");
}

test("an administrator works in the plan: status, names, new tasks, moves, deletions, prerequisites, task pages", async ({
  page,
  baseURL,
}, info) => {
  test.slow();
  const language = info.project.name === "phone" ? "lv" : "it";
  const w = words[language];
  const phone = info.project.name === "phone";
  const stamp = `${info.project.name}-${Date.now()}`;
  const origin = { origin: baseURL! };
  await chooseLanguage(page, language);

  await signUp(page, { name: "Ilze Ozola", email: `ilze-${stamp}@example.org` });
  const created = await page.request.post("/api/v1/processes", {
    headers: origin,
    data: {
      name: `Library hours ${stamp}`,
      language: "en",
      governanceModel: "G+G",
      visibility: "private",
      schemaId: "default",
    },
  });
  expect(created.status()).toBe(201);
  const processId = (await created.json()).id as string;
  const n = await itemNamesIn(page.request, processId, language);

  await page.goto(`/processes/${processId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Library hours ${stamp}`);
  await check(page, `${language}-plan`);

  // A phase closes and opens again; the button says which.
  const engage = page.getByRole("button", { name: n("Engage"), exact: true });
  await expect(engage).toHaveAttribute("aria-expanded", "true");
  await engage.click();
  await expect(engage).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("button", { name: n("Understand the context"), exact: true })).toHaveCount(0);
  await check(page);
  await engage.click();
  await expect(engage).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByRole("link", { name: n("Map the stakeholders") })).toBeVisible();

  // A task starts.
  await page.getByRole("combobox", { name: w.statusOf(n("Map the stakeholders")) }).selectOption("in_progress");
  await expectToast(page, w.status(n("Map the stakeholders")));
  await expect(page.getByRole("combobox", { name: w.statusOf(n("Map the stakeholders")) })).toHaveValue("in_progress");
  await check(page);

  // A task gets a new name.
  await page.getByRole("button", { name: w.change(n("Analyse the problem")) }).click();
  const editor = page.getByRole("region", { name: w.change(n("Analyse the problem")) });
  await editor.getByRole("textbox", { name: w.name }).fill(w.renamed);
  await check(page, `${language}-editor`);
  await editor.getByRole("button", { name: w.save, exact: true }).click();
  await expectToast(page, w.saved(w.renamed));
  await expect(page.getByRole("link", { name: w.renamed })).toBeVisible();

  // A task is added under an objective.
  await page.getByRole("button", { name: w.change(n("Understand the context")) }).click();
  const objectiveEditor = page.getByRole("region", { name: w.change(n("Understand the context")) });
  await objectiveEditor.getByRole("textbox", { name: w.newTaskIn(n("Understand the context")) }).fill(w.added_);
  await objectiveEditor.getByRole("button", { name: w.addTask }).click();
  await expectToast(page, w.added(w.added_));
  await expect(objectiveTasks(page, n("Understand the context"))).toHaveText([
    n("Map the stakeholders"),
    w.renamed,
    n("Review existing services and data"),
    w.added_,
  ]);
  await page.getByRole("button", { name: w.change(n("Understand the context")) }).click();
  await check(page);

  // With the keyboard only: open its changes, move it up, then under another objective.
  await press(page.getByRole("button", { name: w.change(w.added_) }));
  const moveUp = page.getByRole("button", { name: w.moveUp(w.added_) });
  await press(moveUp);
  await expectToast(page, w.movedUp(w.added_));
  await expect(objectiveTasks(page, n("Understand the context"))).toHaveText([
    n("Map the stakeholders"),
    w.renamed,
    w.added_,
    n("Review existing services and data"),
  ]);
  await expect(moveUp).toBeFocused();
  const moveTo = page.getByRole("combobox", { name: w.moveTo });
  await moveTo.focus();
  await moveTo.selectOption({ label: n("Build the co-production team") });
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: w.move, exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expectToast(page, w.movedTo(w.added_, n("Build the co-production team")));
  await expect(objectiveTasks(page, n("Build the co-production team"))).toHaveText([
    n("Invite participants"),
    n("Agree on roles and responsibilities"),
    n("Set the rules of collaboration"),
    w.added_,
  ]);
  await expect(page.getByRole("combobox", { name: w.moveTo })).toBeFocused();
  await check(page);

  // It is deleted after a question.
  await page.getByRole("button", { name: w.delete(w.added_) }).click();
  await expect(page.getByText(w.deleteQuestion(w.added_))).toBeVisible();
  await check(page);
  await page.getByRole("button", { name: w.deleteConfirm }).click();
  await expectToast(page, w.deleted(w.added_));
  await expect(page.getByRole("link", { name: w.added_ })).toHaveCount(0);

  // Design waits for Engage: starting one of its tasks is refused, and the plan says why, next to the task.
  await page.getByRole("button", { name: n("Explore user needs"), exact: true }).click();
  await page.getByRole("combobox", { name: w.statusOf(n("Research with users")) }).selectOption("in_progress");
  await expect(page.getByRole("alert").filter({ hasText: w.refusal(n(n("Engage"))) })).toBeVisible();
  await expect(page.getByRole("button", { name: w.startAnyway })).toBeVisible();
  await expect(page.getByRole("combobox", { name: w.statusOf(n("Research with users")) })).toHaveValue("awaiting");
  await check(page, `${language}-refusal`);

  // Settings: the name and the aim change; an empty name is refused next to the field.
  await page.getByRole("tab", { name: w.settingsTab }).click();
  const nameField = page.getByRole("textbox", { name: w.settingsName, exact: true });
  await nameField.fill("");
  await page.getByRole("button", { name: w.saveSettings }).click();
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await check(page, `${language}-settings`);
  await nameField.fill(`${w.newName} ${stamp}`);
  await page.getByRole("textbox", { name: w.aim, exact: true }).fill(w.newAim);
  await page.getByRole("button", { name: w.saveSettings }).click();
  await expectToast(page, w.settingsSaved);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${w.newName} ${stamp}`);
  await expect(page.getByRole("paragraph").filter({ hasText: w.newAim })).toBeVisible();
  await page.getByRole("tab", { name: w.planTab }).click();

  // A task by its address; one of its assets; back to the same task; back to the plan, at that task.
  const tree = await (await page.request.get(`/api/v1/processes/${processId}/tree`)).json();
  const taskId = tree.items[0].children[0].children[0].id as string;
  const asset = await page.request.post(`/api/v1/tasks/${taskId}/assets`, {
    headers: origin,
    data: { kind: "interlinker", interlinkerId: "document", name: "Stakeholder notes" },
  });
  expect(asset.status()).toBe(201);
  await page.goto(`/processes/${processId}/tasks/${taskId}`);
  const taskHeading = page.getByRole("heading", { level: phone ? 1 : 2, name: n("Map the stakeholders") });
  await expect(taskHeading).toBeVisible();
  await expect(taskHeading).toBeFocused();
  await check(page, `${language}-task`);
  await page.getByRole("link", { name: "Stakeholder notes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stakeholder notes");
  await check(page);
  await page.getByRole("link", { name: w.backToTask }).click();
  await expect(page).toHaveURL(new RegExp(`/processes/${processId}/tasks/${taskId}$`));
  await expect(taskHeading).toBeVisible();
  await page.getByRole("link", { name: w.backToPlan }).click();
  const taskLink = page.getByRole("link", { name: n("Map the stakeholders") });
  await expect(taskLink).toBeFocused();
  await expect(taskLink).toBeInViewport();
  await check(page);

  // The browser's back button returns to the task, and again to the plan.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/tasks/${taskId}$`));
  await expect(taskHeading).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stakeholder notes");
  await page.goForward();
  await expect(taskHeading).toBeVisible();
  await check(page);

  // A process that does not exist says so, with a way home.
  await page.goto("/processes/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.notFound);
  await check(page);
});

import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { itemNamesIn } from "./items.js";
import { chooseLanguage, signUp } from "./people.js";
import { expectNoEnglish, expectNoOverflow } from "./readable.js";

// Who answers for a task and what it waits for: a civil servant (in Italian on a desktop and a phone, in Latvian on
// a phone) makes a colleague responsible for a task and gives it a prerequisite, with the keyboard; sees both on the
// plan and on the task, follows the prerequisite's link, is refused a cycle in their language, and reads the change
// in the trail as a sentence.

const words = {
  it: {
    change: (name: string) => `Modifica «${name}»`,
    form: "Chi ne risponde e cosa attende",
    responsible: "Responsabili",
    prerequisites: "Prerequisiti",
    option: (name: string, type: string) => `${name} (${type})`,
    task: "compito",
    save: "Salva responsabili e prerequisiti",
    saved: (name: string) => `«${name}»: responsabili e prerequisiti salvati.`,
    note: (names: string) => `Responsabile: ${names}`,
    cycle: "Con questi prerequisiti gli elementi si aspetterebbero a vicenda per sempre.",
    waitsFor: "In attesa di:",
    trailTab: "Attività",
    mine: "Di cosa sei responsabile",
    trail: (actor: string, person: string, task: string) => `${actor} ha reso ${person} responsabile di «${task}».`,
  },
  lv: {
    change: (name: string) => `Mainīt “${name}”`,
    form: "Kas par to atbild un ko tas gaida",
    responsible: "Atbildīgās personas",
    prerequisites: "Priekšnosacījumi",
    option: (name: string, type: string) => `${name} (${type})`,
    task: "uzdevums",
    save: "Saglabāt atbildīgos un priekšnosacījumus",
    saved: (name: string) => `“${name}”: atbildīgie un priekšnosacījumi saglabāti.`,
    note: (names: string) => `Atbildīgais: ${names}`,
    cycle: "Ar šiem priekšnosacījumiem vienumi mūžīgi gaidītu cits citu.",
    waitsFor: "Gaida:",
    trailTab: "Darbības",
    mine: "Par ko jūs atbildat",
    trail: (actor: string, person: string, task: string) => `${actor} iecēla ${person} par atbildīgo: „${task}”.`,
  },
};

async function check(page: Page, language: string, shot?: string) {
  await expectNoOverflow(page);
  await expectNoEnglish(page, language);
  await expectAccessible(page);
  if (shot && process.env.RESPONSIBLE_SHOTS)
    await page.screenshot({ path: `${process.env.RESPONSIBLE_SHOTS}/${shot}.png`, fullPage: true });
}

async function expectToast(page: Page, text: string) {
  await expect(page.getByRole("status").filter({ hasText: text }).first()).toBeVisible();
}

for (const language of ["it", "lv"] as const) {
  test(`a civil servant in ${language} makes a colleague responsible and sets a prerequisite`, async ({
    page,
    baseURL,
    playwright,
  }, info) => {
    test.skip(language === "lv" && info.project.name !== "phone", "Latvian is tried on the phone");
    test.slow();
    const w = words[language];
    const phone = info.project.name === "phone";
    const stamp = `${info.project.name}-${language}-${Date.now()}`;
    const origin = { origin: baseURL! };
    await chooseLanguage(page, language);

    const giuliaId = (await signUp(page, { name: "Giulia Bianchi", email: `giulia-${stamp}@example.org` })).id;
    // A colleague with an account of their own, who takes part through a grant.
    const colleague = await playwright.request.newContext({ baseURL });
    const marcoId = (await signUp(colleague, { name: "Marco Rossi", email: `marco-${stamp}@example.org` })).id;
    await colleague.dispose();

    const created = await page.request.post("/api/v1/processes", {
      headers: origin,
      data: {
        name: `Biblioteca ${stamp}`,
        language,
        governanceModel: "G+G",
        visibility: "private",
        schemaId: "default",
      },
    });
    expect(created.status()).toBe(201);
    const processId = (await created.json()).id as string;
    const granted = await page.request.post(`/api/v1/processes/${processId}/grants`, {
      headers: origin,
      data: { userId: marcoId, rights: ["create_assets"] },
    });
    expect(granted.status()).toBe(201);
    const n = await itemNamesIn(page.request, processId, language);
    const map = n("Map the stakeholders");
    const review = n("Review existing services and data");
    const tree = await (await page.request.get(`/api/v1/processes/${processId}/tree`)).json();
    const mapId = tree.items[0].children[0].children[0].id as string;

    await page.goto(`/processes/${processId}`);
    await expect(page.getByRole("link", { name: map })).toBeVisible();

    // With the keyboard: Marco answers for "Map the stakeholders", which waits for "Review existing services".
    await page.getByRole("button", { name: w.change(map) }).click();
    const editor = page.getByRole("region", { name: w.change(map) });
    const form = editor.getByRole("form", { name: w.form });
    const people = form.getByLabel(w.responsible, { exact: true });
    await people.focus();
    await page.keyboard.type("Marco");
    await expect(page.getByRole("option", { name: "Marco Rossi" })).toBeVisible();
    await check(page, language, `${language}-${info.project.name}-choosing`);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    const waits = form.getByLabel(w.prerequisites, { exact: true });
    await waits.focus();
    await page.keyboard.type(review.slice(0, 12));
    await expect(page.getByRole("option", { name: w.option(review, w.task) })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Escape");
    await check(page, language, `${language}-${info.project.name}-editor`);
    await form.getByRole("button", { name: w.save }).press("Enter");
    await expectToast(page, w.saved(map));
    await expect(page.locator(`#item-${mapId} > .plan-row`).getByText(w.note("Marco Rossi"))).toBeVisible();
    await page.getByRole("button", { name: w.change(map) }).click();
    await check(page, language, `${language}-${info.project.name}-plan`);

    // "Review" waiting for "Map" would make both wait forever: refused, in the reader's language, under the list.
    await page.getByRole("button", { name: w.change(review) }).click();
    const reviewForm = page.getByRole("region", { name: w.change(review) }).getByRole("form", { name: w.form });
    await reviewForm.getByLabel(w.prerequisites, { exact: true }).focus();
    await page.keyboard.type(map.slice(0, 12));
    await page.getByRole("option", { name: w.option(map, w.task) }).click();
    await page.keyboard.press("Escape");
    await reviewForm.getByRole("button", { name: w.save }).click();
    await expect(reviewForm.getByText(w.cycle)).toBeVisible();
    await expect(reviewForm.getByLabel(w.prerequisites, { exact: true })).toHaveAttribute("aria-invalid", "true");
    await check(page, language, `${language}-${info.project.name}-cycle`);

    // The task says who answers for it and what it waits for, linked.
    await page.goto(`/processes/${processId}/tasks/${mapId}`);
    const heading = page.getByRole("heading", { level: phone ? 1 : 2, name: map });
    await expect(heading).toBeVisible();
    const task = page.getByRole("region", { name: map });
    await expect(task.getByText(w.note("Marco Rossi"))).toBeVisible();
    const waitsFor = task.getByRole("list", { name: w.waitsFor });
    await expect(waitsFor.getByRole("listitem")).toHaveCount(1);
    await check(page, language, `${language}-${info.project.name}-task`);
    await waitsFor.getByRole("link", { name: review }).click();
    await expect(page.getByRole("heading", { level: phone ? 1 : 2, name: review })).toBeVisible();

    // The trail says it as a sentence.
    await page.goto(`/processes/${processId}`);
    await page.getByRole("tab", { name: w.trailTab }).click();
    await expect(page.getByText(w.trail("Giulia Bianchi", "Marco Rossi", map))).toBeVisible();
    await check(page, language, `${language}-${info.project.name}-trail`);

    // What Giulia answers for herself waits for her on the home page, linked to the task.
    const reviewId = tree.items[0].children[0].children[2].id as string;
    const assigned = await page.request.patch(`/api/v1/items/${reviewId}`, {
      headers: origin,
      data: { responsible: [giuliaId] },
    });
    expect(assigned.status()).toBe(200);
    await page.goto("/");
    const mine = page.getByRole("region", { name: w.mine });
    await expect(mine.getByRole("link", { name: review })).toBeVisible();
    await check(page, language, `${language}-${info.project.name}-home`);
    await mine.getByRole("link", { name: review }).click();
    await expect(page.getByRole("heading", { level: phone ? 1 : 2, name: review })).toBeVisible();
  });
}

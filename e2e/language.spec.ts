import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { chooseLanguage, signUp } from "./people.js";
import { closeMenu, openMenu } from "./shell.js";

/** Signs up through the API (which signs the browser in) and makes the app start in `language`. */
async function signUpIn(page: Page, language: "it" | "lv", stamp: string) {
  await signUp(page, { name: "Līga Bērziņa", email: `liga-lang-${language}-${stamp}@example.org`, language });
  await chooseLanguage(page, language);
}

async function createOrganization(page: Page, baseURL: string, name: string): Promise<string> {
  const answer = await page.request.post("/api/v1/organizations", {
    data: { name: { en: name }, type: "public_administration", visibility: "public" },
    headers: { origin: baseURL },
  });
  expect(answer.ok(), await answer.text()).toBe(true);
  return (await answer.json()).id;
}

/** What each language says when the server refuses an administrator's address (by its code), or invites it. */
const words = {
  it: {
    form: "Invita un amministratore",
    field: "Indirizzo e-mail del nuovo amministratore",
    invalidEmail: "Indica un indirizzo e-mail valido.",
    sent: (email: string) => `Invito inviato a ${email}. Diventa amministratore quando lo accetta.`,
  },
  lv: {
    form: "Uzaicināt administratoru",
    field: "Jaunā administratora e-pasta adrese",
    invalidEmail: "Norādiet derīgu e-pasta adresi.",
    sent: (email: string) => `Ielūgums nosūtīts uz ${email}. Persona kļūs par administratoru, kad to pieņems.`,
  },
} as const;

for (const language of ["it", "lv"] as const) {
  test(`in ${language}, the server's refusal of a field and its invitation are said in ${language}`, async ({
    page,
    baseURL,
  }, info) => {
    const stamp = `${info.project.name}-${Date.now()}`;
    await signUpIn(page, language, stamp);
    const organizationId = await createOrganization(page, baseURL!, `Valmieras birojs ${stamp}`);
    await page.goto(`/organizations/${organizationId}`);
    const form = page.getByRole("form", { name: words[language].form });
    const field = form.getByRole("textbox", { name: words[language].field });

    // No browser tooltip: the server checks the address (zod's invalid_format → invalid_email) and the web says so.
    await field.fill("non-un-indirizzo");
    await form.getByRole("button", { name: words[language].form }).click();
    await expect(field).toHaveAccessibleDescription(new RegExp(words[language].invalidEmail.replace(".", "\\.")));
    await expect(page.getByText(words[language].invalidEmail)).toBeVisible();
    await expectAccessible(page);

    // A valid address is invited, whether or not it has an account, and the page says so in the same language.
    const nobody = `nobody-${stamp}@example.org`;
    await field.fill(nobody);
    await form.getByRole("button", { name: words[language].form }).click();
    await expect(page.getByRole("status").filter({ hasText: words[language].sent(nobody) })).toBeVisible();
    await expect(page.getByText(/Invitation sent/)).toHaveCount(0);
    await expectAccessible(page);
    if (language === "lv") await page.screenshot({ path: `test-results/language-${info.project.name}-lv-refusal.png` });
  });
}

test("a process made from the default schema in Latvian reads in Italian when the reader switches", async ({
  page,
  baseURL,
}, info) => {
  const stamp = `${info.project.name}-${Date.now()}`;
  await signUpIn(page, "lv", stamp);
  const created = await page.request.post("/api/v1/processes", {
    data: {
      name: `Bibliotēkas darba laiks ${stamp}`,
      language: "lv",
      governanceModel: "G+G",
      visibility: "private",
      schemaId: "default",
    },
    headers: { origin: baseURL! },
  });
  expect(created.ok(), await created.text()).toBe(true);
  await page.goto(`/processes/${(await created.json()).id}`);
  await expect(page.getByText("Iesaiste", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `test-results/language-${info.project.name}-lv-process.png` });

  await (await openMenu(page)).getByRole("combobox", { name: "Valoda" }).selectOption("it");
  await closeMenu(page);
  await expect(page.getByText("Coinvolgimento", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Iesaiste", { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: `test-results/language-${info.project.name}-it-process.png` });
});

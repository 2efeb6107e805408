import { expect, type Locator, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { lastMailLink } from "./mail.js";
import { chooseLanguage, password, signUp } from "./people.js";
import { closeMenu, isPhone, menuButton, openMenu } from "./shell.js";

/** Texts that do not fit their box (or stick out of the screen) inside `area`, as "text: why" lines. */
async function cutOff(area: Locator): Promise<string[]> {
  return area.evaluate((root) => {
    const problems: string[] = [];
    for (const element of root.querySelectorAll<HTMLElement>("a, button, select, .mantine-Button-label")) {
      const box = element.getBoundingClientRect();
      if (box.width === 0) continue;
      const name = (element.textContent || element.getAttribute("aria-label") || "").trim();
      if (element.scrollWidth > element.clientWidth)
        problems.push(`${name}: ${element.scrollWidth} > ${element.clientWidth}`);
      if (box.left < 0 || box.right > window.innerWidth) problems.push(`${name}: outside the screen`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push("the page scrolls sideways");
    return problems;
  });
}

for (const language of ["lv", "it"] as const) {
  test(`in ${language}, the header and the menu fit, signed out and signed in`, async ({ page }, info) => {
    await chooseLanguage(page, language);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await cutOff(page.getByRole("banner"))).toEqual([]);
    await expectAccessible(page);
    const menu = await openMenu(page);
    expect(await cutOff(menu)).toEqual([]);
    await expectAccessible(page);
    await closeMenu(page);

    // Signed in, the header holds the most: my work, organizations, profile, sign out.
    await signUp(page, {
      name: "Anna Maria Bērziņa-Esposito",
      email: `fit-${language}-${info.project.name}-${Date.now()}@example.org`,
    });
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Anna Maria");
    expect(await cutOff(page.getByRole("banner"))).toEqual([]);
    await expectAccessible(page);
    const signedIn = await openMenu(page);
    await expect(
      signedIn.getByRole("link", { name: language === "lv" ? "Mans darbs" : "Il mio lavoro" }),
    ).toBeVisible();
    await expect(signedIn.getByRole("button", { name: language === "lv" ? "Iziet" : "Esci" })).toBeVisible();
    expect(await cutOff(signedIn)).toEqual([]);
    await expectAccessible(page);
    await closeMenu(page);

    // The smallest phones in use are 320 px wide.
    if (isPhone(page)) {
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await cutOff(page.getByRole("banner"))).toEqual([]);
      expect(await cutOff(await openMenu(page))).toEqual([]);
    }
  });
}

test("a newcomer finds sign-up through the menu, signs up and is told to check their mail", async ({ page }, info) => {
  await chooseLanguage(page, "it");
  const email = `newcomer-${info.project.name}-${Date.now()}@example.org`;
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coprodurre servizi pubblici, insieme");
  const menu = await openMenu(page);
  await menu.getByRole("link", { name: "Crea un account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Crea un account");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expectAccessible(page);

  // Nothing is sent before the fields are right, and each says what it wants, in Italian.
  await page.getByRole("button", { name: "Crea account" }).click();
  await expect(page.getByLabel("Il tuo nome")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Inserisci il tuo nome.")).toBeVisible();
  await expect(page.getByLabel(/^Password/)).toHaveAccessibleDescription(/Tra 10 e 128 caratteri/);
  await expectAccessible(page);

  await page.getByLabel("Il tuo nome").fill("Giulia Conti");
  await page.getByLabel(/^Indirizzo e-mail/).fill(email);
  await page.getByLabel(/^Password/).fill("corta");
  await page.getByRole("button", { name: "Crea account" }).click();
  await expect(page.getByLabel(/^Password/)).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Crea account" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Controlla la posta");
  await expect(page.getByRole("main")).toContainText(`Abbiamo inviato un messaggio a ${email}`);
  await expectAccessible(page);
  await lastMailLink(email, "/verify-email");
  await page.getByRole("button", { name: "Invia di nuovo il messaggio" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Un nuovo messaggio è in arrivo a ${email}, se l'indirizzo` }),
  ).toBeVisible();

  // Not signed in yet: the sign-in page leads to sign-up and back, refuses a wrong password as for anyone, and
  // with the right one says the address waits for confirmation and offers the mail again.
  await (await openMenu(page)).getByRole("link", { name: "Accedi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accedi");
  await page.getByRole("link", { name: "Creane uno" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Crea un account");
  await page.getByRole("main").getByRole("link", { name: "Accedi" }).click();
  await page.getByLabel(/^Indirizzo e-mail/).fill(email);
  await page.getByLabel(/^Password/).fill("not the password");
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page.getByRole("alert")).toHaveText("L'indirizzo e-mail o la password non sono corretti.");
  await expectAccessible(page);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page.getByRole("alert")).toHaveText(/^Il tuo indirizzo e-mail non è ancora confermato/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Invia di nuovo il messaggio" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Un nuovo messaggio" }).first()).toBeVisible();

  // The newest link confirms the address and signs the person in.
  await page.goto(await lastMailLink(email, "/verify-email"));
  await expect(page.getByRole("status")).toHaveText("Il tuo indirizzo e-mail è confermato. Grazie!");
  await page.getByRole("link", { name: "Vai al mio lavoro" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Il mio lavoro");
});

test("the home page's call to action leads a Latvian visitor to sign-up", async ({ page }) => {
  await chooseLanguage(page, "lv");
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Izveidot kontu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Izveidot kontu");
  await expect(page.getByRole("main").getByRole("link", { name: "Pieteikties" })).toBeVisible();
});

test("an unknown address shows a translated page with the way home", async ({ page }) => {
  await chooseLanguage(page, "lv");
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lapa nav atrasta");
  await expect(page.getByText("Šī lapa neeksistē, vai arī jums nav tiesību to redzēt.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("main").getByRole("link", { name: "Uz sākumlapu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kopā veidot publiskos pakalpojumus");

  // An organization the API does not know (or hides) says the same.
  await page.goto("/organizations/01900000-0000-7000-8000-000000000000");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lapa nav atrasta");
  await expect(page.getByRole("main").getByRole("link", { name: "Apskatīt katalogu" })).toBeVisible();
});

test("the phone menu keeps focus, closes on Escape and on navigation", async ({ page }) => {
  test.skip(!isPhone(page), "the menu button is only on narrow screens");
  await chooseLanguage(page, "lv");
  await page.goto("/");
  const button = menuButton(page);
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const drawer = page.getByRole("dialog", { name: "Izvēlne" });
  await expect(drawer).toBeVisible();
  // Tabbing stays inside the drawer.
  for (let step = 0; step < 8; step += 1) {
    await page.keyboard.press("Tab");
    expect(await drawer.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute("aria-expanded", "false");

  await button.click();
  await drawer.getByRole("link", { name: "Katalogs" }).click();
  await expect(page).toHaveURL(/\/catalogue$/);
  await expect(drawer).toBeHidden();
  await expect(page.locator("#main")).toBeFocused();
});

test("while offline, a notice says so politely", async ({ page, context }) => {
  await chooseLanguage(page, "it");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByText("Sei offline")).toBeVisible();
  await expectAccessible(page);
  await context.setOffline(false);
  await expect(page.getByText("Sei offline")).toBeHidden();
});

import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { lastMailLink } from "./mail.js";
import { password } from "./people.js";
import { closeMenu, openMenu } from "./shell.js";

test("a visitor reads the home page, signs up, confirms their address, lands on their work, and switches to Latvian", async ({
  page,
}, info) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Co-produce public services, together");
  await expectAccessible(page);

  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");
  await expectAccessible(page);
  await page.getByLabel("Your name").fill("Līga Bērziņa");
  const email = `liga-${info.project.name}-${Date.now()}@example.org`;
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your mail");
  // Not signed in before the address is confirmed: the link in the mail does both.
  await expect(page.getByRole("link", { name: "Go to my work" })).toHaveCount(0);
  await page.goto(await lastMailLink(email, "/verify-email"));
  await expect(page.getByRole("status")).toHaveText("Your e-mail address is confirmed. Thank you!");
  await page.getByRole("link", { name: "Go to my work" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My work");
  await expect(page.getByText("You take part in no process yet.")).toBeVisible();
  await expectAccessible(page);

  await (await openMenu(page)).getByLabel("Language").selectOption("lv");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mans darbs");
  await closeMenu(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "lv");
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mans darbs");

  // The profile keeps the choice for mails too, and a bad name is refused next to its field.
  await (await openMenu(page)).getByRole("link", { name: "Profils" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jūsu profils");
  await page.getByLabel("Vārds").fill("");
  await page.getByRole("button", { name: "Saglabāt", exact: true }).click();
  await expect(page.getByLabel("Vārds")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await page.getByLabel("Vārds").fill("Līga B.");
  await page.getByLabel(/^Saskarnes/).selectOption("lv");
  await page.getByRole("button", { name: "Saglabāt", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saglabāts." })).toHaveText("Saglabāts.");
});

test("the accessibility statement is one link away, in every language", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Accessibility" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
  await expectAccessible(page);
  await (await openMenu(page)).getByLabel("Language").selectOption("it");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dichiarazione di accessibilità");
});

test("the app can be installed: a branded manifest, icons, and a service worker", async ({ page, request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ name: "INTERLINK", display: "standalone", start_url: "/" });
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
  await page.goto("/");
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? "none"))
    .toBe("activated");
});

test("the skip link leads keyboard users to the content", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
});

import { expect, type Locator, type Page } from "@playwright/test";

// The header shows its links inline from Mantine's "md" breakpoint (62em); narrower, they are in the menu drawer.
const inlineFrom = 992;
const menuButtonName = /^(Menu|Menú|Izvēlne)$/;

export const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) < inlineFrom;

export function menuButton(page: Page): Locator {
  return page.getByRole("banner").getByRole("button", { name: menuButtonName });
}

/**
 * Where the navigation, the language switcher and the account links are: the opened menu drawer on a phone,
 * the header on a wide screen.
 */
export async function openMenu(page: Page): Promise<Locator> {
  if (!isPhone(page)) return page.getByRole("banner");
  const button = menuButton(page);
  await expect(button).toBeVisible();
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  const drawer = page.getByRole("dialog");
  await expect(drawer).toBeVisible();
  // The drawer slides in from the right: wait until it is all on the screen.
  await expect
    .poll(() =>
      drawer.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.left >= 0 && box.right <= window.innerWidth + 0.5;
      }),
    )
    .toBe(true);
  return drawer;
}

/** Closes the phone menu (Escape) if it is open; nothing to do on a wide screen. */
export async function closeMenu(page: Page): Promise<void> {
  if (!isPhone(page) || !(await page.getByRole("dialog").isVisible())) return;
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
}

import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 A and AA, as EN 301 549 asks of public-sector sites: no violation at all. */
export async function expectAccessible(page: Page): Promise<void> {
  // Something fading or sliding in (a toast, the phone menu) is half transparent for a moment: axe would measure
  // the contrast of that moment. Check the page once nothing moves.
  // Endless ones (a spinner) never stop and are left out.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== "running" || animation.effect?.getTiming().iterations === Infinity),
  );
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(summary).toEqual([]);
}

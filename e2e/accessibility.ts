import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 A and AA, as EN 301 549 asks of public-sector sites: no violation at all. */
export async function expectAccessible(page: Page): Promise<void> {
  // Something fading or sliding in (a toast, the phone menu) is half transparent for a moment: axe would measure
  // the contrast of that moment. Check the page once nothing has moved for a while: a toast's fade starts a frame
  // or two after the toast is drawn, so one quiet instant is not enough (it once let axe see a toast at half
  // opacity). Endless animations (a spinner) never stop and are left out.
  await page.evaluate(() => {
    (window as unknown as { quietSince?: number }).quietSince = undefined;
  });
  await page.waitForFunction(
    () => {
      const state = window as unknown as { quietSince?: number };
      const moving = document
        .getAnimations()
        .some(
          (animation) => animation.playState === "running" && animation.effect?.getTiming().iterations !== Infinity,
        );
      if (moving) {
        state.quietSince = undefined;
        return false;
      }
      state.quietSince ??= performance.now();
      return performance.now() - state.quietSince >= 200;
    },
    undefined,
    { polling: 50 },
  );
  // A toast may still begin to fade out while axe runs (its close timer is its own, and axe takes a while on a
  // busy machine): for the analysis, what moves jumps to where it is going, so axe sees it whole or not at all.
  const still = await page.addStyleTag({
    content: "*, *::before, *::after { transition: none !important; }",
  });
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze()
    .finally(() => still.evaluate((element) => (element as Element).remove()).catch(() => {}));
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(summary).toEqual([]);
}

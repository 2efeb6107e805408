import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { signUp } from "./people.js";

// A ranked-choice decision: a civil servant adds it to a task through the "add a tool" form, three people rank
// the options (two in the browser, one through the API), the servant closes it with an outcome, and everyone sees
// the result with each instant-runoff round.

async function newPage(browser: Browser, baseURL: string, viewport: { width: number; height: number } | null) {
  const context = await browser.newContext({ baseURL, viewport });
  return context.newPage();
}

/** Moves an option up in the ranking with its button, as someone using a keyboard would. */
async function moveUp(page: Page, option: string, times = 1) {
  for (let step = 0; step < times; step++) {
    await page.getByRole("button", { name: `Move ${option} up` }).focus();
    await page.keyboard.press("Enter");
  }
}

test("a ranked-choice decision voted by three people, closed with an outcome", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  // Three people in three browsers and six accessibility checks: longer than one journey on a shared machine.
  test.setTimeout(240_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const origin = { origin: baseURL! };
  await signUp(page, { name: "Civil Servant", email: `servant-${stamp}@example.org` });
  const alice = await newPage(browser, baseURL!, viewport);
  const aliceId = (await signUp(alice, { name: "Alice", email: `alice-${stamp}@example.org` })).id;
  const bob = await newPage(browser, baseURL!, viewport);
  const bobId = (await signUp(bob, { name: "Bob", email: `bob-${stamp}@example.org` })).id;

  const created = await page.request.post("/api/v1/processes", {
    headers: origin,
    data: {
      name: `Library hours ${stamp}`,
      language: "en",
      governanceModel: "G2C",
      visibility: "private",
      schemaId: "default",
    },
  });
  expect(created.ok()).toBe(true);
  const processId = (await created.json()).id;
  // The servant's process adjusts its rulebook: its administrators close decisions, the people taking part vote.
  const rules = (await (await page.request.get(`/api/v1/processes/${processId}/governance`)).json()).rules.map(
    (rule: { action: string }) =>
      rule.action === "close_decision" ? { action: "close_decision", permittedBy: ["administrators"] } : rule,
  );
  const adjusted = await page.request.put(`/api/v1/processes/${processId}/governance`, {
    headers: origin,
    data: { rules },
  });
  expect(adjusted.ok()).toBe(true);
  for (const userId of [aliceId, bobId]) {
    const granted = await page.request.post(`/api/v1/processes/${processId}/grants`, {
      headers: origin,
      data: { userId, rights: ["view"] },
    });
    expect(granted.ok()).toBe(true);
  }

  // The servant adds the decision to the first task of Build, with the decision's own creation fields.
  await page.goto(`/processes/${processId}`);
  const build = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Build", exact: true }) });
  await build.first().locator("li").first().getByRole("button").first().click();
  await build.first().getByRole("link").first().click();
  const form = page.getByRole("form", { name: "Add a tool" });
  await form.getByLabel("Tool", { exact: true }).selectOption({ label: "Decision" });
  await form.getByLabel(/^Name/).fill("When should the library open?");
  await form.getByLabel("Kind of poll").selectOption({ label: "Ranked choice (instant runoff)" });
  // A refusal from the server shows next to the field it names.
  await form.getByRole("button", { name: "Add" }).click();
  await expect(form.getByLabel(/^Options, one per line/)).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await form.getByLabel(/^Options, one per line/).fill("Saturday mornings\nWeekday evenings\nSunday afternoons");
  await form.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("When should the library open?");
  const assetUrl = page.url();
  const assetId = assetUrl.split("/").pop()!;
  await expect(page.getByText("0 ballots cast. 3 people may vote.")).toBeVisible();
  await expectAccessible(page);

  // The servant ranks Sunday first, moving it up with the keyboard.
  await moveUp(page, "Sunday afternoons", 2);
  await expect(page.getByRole("status").filter({ hasText: "is now number" })).toHaveText(
    "Sunday afternoons is now number 1.",
  );
  await page.getByRole("button", { name: "Cast my ballot" }).click();
  await expect(page.getByText("Your ballot is saved.")).toBeVisible();
  await expect(page.getByText(/^Your ballot now:/)).toContainText(
    "1. Sunday afternoons; 2. Saturday mornings; 3. Weekday evenings",
  );

  // Alice ranks the evenings first in her browser.
  await alice.goto(assetUrl);
  await moveUp(alice, "Weekday evenings");
  await alice.getByRole("button", { name: "Cast my ballot" }).click();
  await expect(alice.getByText("Your ballot is saved.")).toBeVisible();
  await expect(alice.getByRole("button", { name: "Close and record the outcome" })).toHaveCount(0);
  await expectAccessible(alice);

  // Bob votes through the API, in the order the options are listed.
  const poll = await (await bob.request.get(`/api/v1/assets/${assetId}/decision`)).json();
  const ranking = poll.options.map((option: { id: string }) => option.id);
  const cast = await bob.request.put(`/api/v1/assets/${assetId}/decision/ballot`, {
    headers: origin,
    data: { ranking },
  });
  expect(cast.ok()).toBe(true);

  // Round 1 is a three-way tie: the option listed last (Sunday) goes; Saturday then has 2 of 3.
  await page.reload();
  await expect(page.getByText("3 ballots cast. 3 people may vote.")).toBeVisible();
  await page.getByLabel(/^Outcome statement/).fill("We open on Saturday mornings from March.");
  await page.getByRole("button", { name: "Close and record the outcome" }).click();
  await expect(page.getByText("We open on Saturday mornings from March.")).toBeVisible();
  await expect(page.getByText("Chosen: Saturday mornings.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Round 1" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Round 2" })).toBeVisible();
  await expect(
    page.getByText("Tie for fewest votes: Sunday afternoons is eliminated because it is listed last."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Cast my ballot" })).toHaveCount(0);
  // Nothing is wider than the screen, down to a 360 px phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expectAccessible(page);

  // Alice sees the outcome and the rounds too.
  await alice.reload();
  await expect(alice.getByText("Chosen: Saturday mornings.")).toBeVisible();
  await expect(alice.getByRole("row", { name: /Saturday mornings \(chosen\)/ }).first()).toBeVisible();
  await expectAccessible(alice);

  // The outcome is in the process's trail, which still verifies.
  const activity = await (await page.request.get(`/api/v1/processes/${processId}/activity?limit=1`)).json();
  expect(activity.items[0]).toMatchObject({
    action: "decision.closed",
    summary: { after: { outcome: "We open on Saturday mornings from March.", winner: { label: "Saturday mornings" } } },
  });
  const verified = await (await page.request.get(`/api/v1/processes/${processId}/activity/verify`)).json();
  expect(verified.valid).toBe(true);
});

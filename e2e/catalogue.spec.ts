import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { signUp } from "./people.js";

test("someone searches the catalogue, reads a template's instructions, and rates it", async ({ page }, info) => {
  await page.goto("/catalogue");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Catalogue");
  await expectAccessible(page);
  await page.getByLabel("Search the catalogue").fill("stakeholders");
  await page.getByLabel("Kind").selectOption("knowledge");
  await page.getByRole("button", { name: "Search" }).click();
  const result = page.getByRole("link", { name: "Stakeholder map" });
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stakeholder map");
  await expect(page.getByRole("heading", { name: "How to use it" })).toBeVisible();
  await expectAccessible(page);

  const email = `rater-${info.project.name}-${Date.now()}@example.org`;
  await signUp(page, { name: "Rater", email });
  await page.reload();
  await page.getByLabel(/^Stars/).fill("4");
  await page.getByLabel("Comment").fill("Clear and quick to fill in.");
  await page.getByRole("button", { name: "Save rating" }).click();
  await expect(page.getByRole("status")).toHaveText("Your rating is saved.");
  await expect(page.getByText(/Rating: 4 of 5/)).toBeVisible();
  await expectAccessible(page);
});

test("someone previews the plan of a process schema in the catalogue", async ({ page }) => {
  await page.goto("/catalogue");
  const schemas = page.getByRole("region", { name: "Process schemas" });
  const name = "Co-production of a public service";
  const toggle = schemas.getByRole("button", { name: `Show the plan of ${name}` });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  const plan = schemas.getByRole("region", { name: `Plan of ${name}` });
  // Phases, then their objectives, then their tasks, each level named.
  const engage = plan.getByRole("listitem").filter({ hasText: /^EngagePhase/ });
  await expect(engage).toBeVisible();
  const objective = engage.getByRole("listitem").filter({ hasText: /^Understand the contextObjective/ });
  await expect(objective.getByRole("listitem").filter({ hasText: "Map the stakeholders" })).toContainText("Task");
  for (const phase of ["Design", "Build", "Sustain"])
    await expect(plan.getByText(phase, { exact: true })).toBeVisible();
  await expectAccessible(page);
  await schemas.getByRole("button", { name: `Hide the plan of ${name}` }).click();
  await expect(plan).toHaveCount(0);
});

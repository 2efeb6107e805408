import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";

test("someone searches the catalogue, reads a template's instructions, and rates it", async ({
  page,
  baseURL,
}, info) => {
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
  await page.request.post("/api/auth/sign-up/email", {
    headers: { origin: baseURL! },
    data: { name: "Rater", email, password: "a long enough password" },
  });
  await page.reload();
  await page.getByLabel(/^Stars/).fill("4");
  await page.getByLabel("Comment").fill("Clear and quick to fill in.");
  await page.getByRole("button", { name: "Save rating" }).click();
  await expect(page.getByRole("status")).toHaveText("Your rating is saved.");
  await expect(page.getByText(/Rating: 4 of 5/)).toBeVisible();
  await expectAccessible(page);
});

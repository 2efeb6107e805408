import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { signUp } from "./people.js";

test("a team administrator accepts a request to join from the dashboard", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  const stamp = `${info.project.name}-${Date.now()}`;
  const origin = { origin: baseURL! };
  const administrator = { name: "Inese Liepa", email: `inese-${stamp}@example.org` };
  const applicant = { name: "Marco Ferri", email: `marco-${stamp}@example.org` };
  const organizationName = `Valmiera youth centre ${stamp}`;
  const teamName = `Skate park ${stamp}`;

  await signUp(page, administrator);
  const organization = await page.request.post("/api/v1/organizations", {
    headers: origin,
    data: { name: { en: organizationName }, type: "public_administration", visibility: "public" },
  });
  const { id: organizationId } = (await organization.json()) as { id: string };
  const team = await page.request.post(`/api/v1/organizations/${organizationId}/teams`, {
    headers: origin,
    data: { name: { en: teamName }, type: "citizen" },
  });
  const { id: teamId } = (await team.json()) as { id: string };

  // The applicant asks in their own browser, and finds the request waiting on their dashboard.
  const applicantPage = await (await browser.newContext({ baseURL: baseURL!, viewport })).newPage();
  await signUp(applicantPage, applicant);
  const asked = await applicantPage.request.post(`/api/v1/teams/${teamId}/join-requests`, {
    headers: origin,
    data: { message: "I can repair ramps." },
  });
  expect(asked.status()).toBe(201);
  await applicantPage.goto("/dashboard");
  const mine = applicantPage.getByRole("region", { name: "Your requests to join" });
  await expect(mine.getByRole("link", { name: teamName })).toBeVisible();
  await expect(mine.getByText(`in ${organizationName}`)).toBeVisible();
  await expect(mine.getByText(/waiting for an answer/)).toBeVisible();
  await expectAccessible(applicantPage);

  await page.goto("/dashboard");
  const waiting = page.getByRole("region", { name: "Requests waiting for your answer" });
  const request = waiting.getByRole("listitem").filter({ hasText: applicant.name });
  await expect(request.getByText("I can repair ramps.")).toBeVisible();
  await expect(request.getByRole("link", { name: teamName })).toBeVisible();
  await expect(page.getByRole("region", { name: "Your requests to join" })).toHaveCount(0);
  await expectAccessible(page);
  await request.getByRole("button", { name: `Approve the request of ${applicant.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "joined" })).toHaveText(`${applicant.name} joined the team.`);
  await expect(waiting).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`/teams/${teamId}`);
  const members = page.getByRole("region", { name: "Members" });
  await expect(members.getByRole("listitem").filter({ hasText: applicant.name })).toBeVisible();

  await applicantPage.reload();
  await expect(applicantPage.getByRole("heading", { level: 1 })).toHaveText("My work");
  await expect(applicantPage.getByRole("region", { name: "Your requests to join" })).toHaveCount(0);
  await applicantPage.context().close();
});

import { type Browser, expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { signIn, signUp } from "./people.js";

// Two people discuss in a task: the process's administrator starts a thread, a member replies mentioning her,
// reacts and reports; she marks the reply as the answer and moderates. Setup goes through the API.

async function newPage(browser: Browser, baseURL: string, viewport: { width: number; height: number } | null) {
  const context = await browser.newContext({ baseURL, viewport });
  return context.newPage();
}

test("a discussion with a reply and a mention between two people", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  // Two browsers and eight axe checks on a machine shared with other work: more than the default 90 s.
  test.setTimeout(240_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const adminEmail = `ana-${stamp}@example.org`;
  const memberEmail = `bruno-${stamp}@example.org`;
  const origin = { origin: baseURL! };

  await signUp(page, { name: "Ana Admin", email: adminEmail });
  const member = await newPage(browser, baseURL!, viewport);
  const memberId = (await signUp(member, { name: "Bruno Member", email: memberEmail })).id;

  // Ana's process, a grant for Bruno on the whole of it, and a discussion on the first Engage task.
  const organization = await (
    await page.request.post("/api/v1/organizations", {
      headers: origin,
      data: { name: { en: `City ${stamp}` }, type: "public_administration", visibility: "public" },
    })
  ).json();
  const process = await (
    await page.request.post("/api/v1/processes", {
      headers: origin,
      data: {
        name: "Library opening hours",
        aim: "Open when people can come",
        language: "en",
        organizationId: organization.id,
        governanceModel: "G+G",
        visibility: "private",
        tags: [],
        schemaId: "default",
      },
    })
  ).json();
  const tree = await (await page.request.get(`/api/v1/processes/${process.id}/tree`)).json();
  const taskId = tree.items[0].children[0].children[0].id;
  const granted = await page.request.post(`/api/v1/processes/${process.id}/grants`, {
    headers: origin,
    data: { userId: memberId, rights: ["view"] },
  });
  expect(granted.ok()).toBe(true);
  const asset = await (
    await page.request.post(`/api/v1/tasks/${taskId}/assets`, {
      headers: origin,
      data: { kind: "interlinker", interlinkerId: "discussion", name: "Opening hours" },
    })
  ).json();
  const assetUrl = `/processes/${process.id}/assets/${asset.id}`;

  // Ana starts a thread, checking the preview first.
  await signIn(page, { email: adminEmail });
  await page.goto(assetUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Opening hours");
  await expect(page.getByText("No threads yet.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Open reports" })).toBeVisible();
  await page.getByLabel("Title").fill("Open on Saturdays?");
  await page.getByLabel("Message").fill("Should we **open on Saturdays**? <script>alert(1)</script>");
  await page.getByRole("tab", { name: "Preview" }).click();
  await expect(page.locator("strong", { hasText: "open on Saturdays" })).toBeVisible();
  await expect(page.getByText("<script>alert(1)</script>")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Post" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Open on Saturdays?" })).toBeFocused();
  await expectAccessible(page);

  // Bruno replies, mentioning Ana through the member list, and reacts.
  await signIn(member, { email: memberEmail });
  await member.goto(assetUrl);
  await member.getByRole("button", { name: "Open on Saturdays?" }).click();
  await expect(member.getByRole("heading", { level: 2, name: "Open on Saturdays?" })).toBeVisible();
  await expect(member.getByRole("button", { name: "Hide" })).toHaveCount(0);
  const reply = member.getByLabel("Your reply");
  await reply.fill("Yes, from 10 to 14. Thanks @an");
  await member.getByRole("button", { name: "@Ana Admin" }).click();
  await expect(reply).toHaveValue("Yes, from 10 to 14. Thanks @Ana Admin ");
  await expect(reply).toBeFocused();
  await member.getByRole("button", { name: "Reply", exact: true }).click();
  const replyCard = member.getByRole("article").filter({ hasText: "Yes, from 10 to 14." });
  await expect(replyCard.locator(".mention")).toHaveText("@Ana Admin");
  const opening = member.getByRole("article").filter({ hasText: "Should we" });
  await opening.getByRole("button", { name: "Agree", exact: true }).click();
  await expect(opening.getByRole("button", { name: "Agree 1" })).toHaveAttribute("aria-pressed", "true");
  await expectAccessible(member);

  // He reports Ana's post: the dialog takes the focus to its reason.
  await opening.getByRole("button", { name: "Report" }).click();
  const reportDialog = member.getByRole("dialog", { name: "Report this post to the administrators" });
  await expect(reportDialog.getByLabel("Reason")).toBeFocused();
  await expectAccessible(member);
  await reportDialog.getByLabel("Reason").fill("Off topic?");
  await reportDialog.getByRole("button", { name: "Report" }).click();
  await expect(opening.getByRole("status")).toHaveText("Thank you: the administrators will look at it.");

  // Ana sees the mention, marks the reply as the answer, and sees and dismisses the report.
  await page.reload();
  await page.getByRole("button", { name: "Open on Saturdays?" }).click();
  const answer = page.getByRole("article").filter({ hasText: "Yes, from 10 to 14." });
  await expect(answer.locator(".mention")).toHaveText("@Ana Admin");
  await answer.getByRole("button", { name: "Mark as the answer" }).click();
  await expect(answer.getByText("✓ Answer")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "All threads" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Threads" })).toBeFocused();
  await expect(page.getByText("Reported by Bruno Member: Off topic?")).toBeVisible();
  await expect(page.getByText("✓ Answered")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByText("No open reports.")).toBeVisible();

  // She hides Bruno's reply with a reason; he sees the reason instead of his words being served to others.
  await page.getByRole("button", { name: "Open on Saturdays?" }).click();
  await answer.getByRole("button", { name: "Hide" }).click();
  const hideDialog = page.getByRole("dialog", { name: "Hide this post" });
  await hideDialog.getByLabel("Reason").fill("Testing moderation");
  await expectAccessible(page);
  await hideDialog.getByRole("button", { name: "Hide" }).click();
  await expect(answer.getByText("Hidden by a moderator: Testing moderation")).toBeVisible();
  await expect(answer.getByRole("button", { name: "Show again" })).toBeVisible();
  await expectAccessible(page);
});

import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { signInThroughApi, signUp } from "./people.js";

/** Opens the first task under a phase (found by the phase's exact name), opening its first objective if closed. */
async function openFirstTaskOf(page: Page, phase: string) {
  const phaseItem = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: phase, exact: true }) })
    .first();
  const objective = phaseItem.locator("li").first().getByRole("button").first();
  if ((await objective.getAttribute("aria-expanded")) === "false") await objective.click();
  await phaseItem.getByRole("link").first().click();
}

test("process administrators are invited, accept, and are removed, never down to none; a team member is told why not", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  // A long journey with many axe checks of a large page: slow on a busy machine.
  test.slow();
  const stamp = `${info.project.name}-${Date.now()}`;
  const origin = { origin: baseURL! };
  const owner = { name: "Elena Ruiz", email: `elena-${stamp}@example.org` };
  const colleague = { name: "Andris Kalns", email: `andris-${stamp}@example.org` };
  const member = { name: "Sofia Greco", email: `sofia-${stamp}@example.org` };
  const processName = `Bus stop benches ${stamp}`;

  // The owner signs up first: on a fresh platform the first account administers the platform, and the member
  // must be an ordinary person.
  await signUp(page, owner);
  const memberPage = await (await browser.newContext({ baseURL: baseURL!, viewport })).newPage();
  await signUp(memberPage, member);
  const organization = await (
    await memberPage.request.post("/api/v1/organizations", {
      headers: origin,
      data: { name: { en: `Commuters ${stamp}` }, type: "citizen", visibility: "public" },
    })
  ).json();
  const team = await (
    await memberPage.request.post(`/api/v1/organizations/${organization.id}/teams`, {
      headers: origin,
      data: { name: { en: "Morning riders" }, type: "citizen" },
    })
  ).json();

  const colleagueContext = await browser.newContext({ baseURL: baseURL! });
  await signUp(colleagueContext, colleague);
  await colleagueContext.close();

  const created = await page.request.post("/api/v1/processes", {
    headers: origin,
    data: { name: processName, language: "en", governanceModel: "G+G", visibility: "private", schemaId: "default" },
  });
  expect(created.status()).toBe(201);
  const { id: processId } = (await created.json()) as { id: string };
  // The team is another organization's: it is offered the rights, and its administrator (the member) accepts.
  const granted = await page.request.post(`/api/v1/processes/${processId}/grants`, {
    headers: origin,
    data: { teamId: team.id, rights: ["view"] },
  });
  expect(granted.status()).toBe(202);
  const accepted = await memberPage.request.post(`/api/v1/invitations/${(await granted.json()).invitation.id}/accept`, {
    headers: origin,
    data: {},
  });
  expect(accepted.status()).toBe(200);

  await page.goto(`/processes/${processId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(processName);
  await page.getByRole("tab", { name: "Settings" }).click();
  const administrators = page.getByRole("region", { name: "Administrators of the process" });
  await expect(administrators.getByRole("listitem")).toHaveText([new RegExp(`${owner.name} \\(you\\)`)]);
  await expectAccessible(page);

  // The last administrator cannot go, so no "Remove" is offered: the card says what to do instead.
  await expect(administrators.getByRole("button", { name: `Remove ${owner.name} as administrator` })).toHaveCount(0);
  await expect(
    administrators.getByText("The only administrator cannot be removed: add another one first."),
  ).toBeVisible();
  await expectAccessible(page);

  // An address without an account is invited like any other, and the invitation can be withdrawn.
  const email = administrators.getByRole("textbox", { name: /^E-mail address of the new administrator/ });
  const nobody = `nobody-${stamp}@example.org`;
  await email.fill(nobody);
  await administrators.getByRole("button", { name: "Invite an administrator" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${nobody}.` })).toBeVisible();
  const pending = administrators.getByRole("region", { name: "Invited, waiting for an answer" });
  await expect(pending.getByRole("listitem")).toHaveText([new RegExp(nobody)]);
  await expectAccessible(page);
  await pending.getByRole("button", { name: `Withdraw the invitation to ${nobody}` }).click();
  await pending.getByRole("button", { name: "Yes, withdraw" }).click();
  await expect(pending).toHaveCount(0);

  await email.fill(colleague.email);
  await administrators.getByRole("button", { name: "Invite an administrator" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${colleague.email}.` })).toBeVisible();
  await expect(email).toHaveValue("");
  await expect(pending.getByRole("listitem")).toHaveText([new RegExp(colleague.email)]);

  // The colleague signs in in a browser of their own, finds the invitation on their dashboard, accepts.
  const colleaguePage = await (await browser.newContext({ baseURL: baseURL!, viewport })).newPage();
  await signInThroughApi(colleaguePage, colleague);
  await colleaguePage.goto("/dashboard");
  const forYou = colleaguePage.getByRole("region", { name: "Invitations for you" });
  await expect(
    forYou.getByText(`${owner.name} invites you to administer the co-production process ${processName}.`),
  ).toBeVisible();
  await expectAccessible(colleaguePage);
  await forYou.getByRole("button", { name: `Accept the invitation to ${processName}` }).click();
  await expect(
    colleaguePage.getByRole("status").filter({ hasText: `You accepted: welcome to ${processName}.` }),
  ).toBeVisible();
  await expect(forYou).toHaveCount(0);
  await colleaguePage.context().close();

  await page.reload();
  await page.getByRole("tab", { name: "Settings" }).click();
  await expect(administrators.getByRole("listitem")).toHaveCount(2);
  await expect(administrators.getByRole("listitem").filter({ hasText: colleague.name })).toContainText(colleague.email);
  await expectAccessible(page);

  await administrators.getByRole("button", { name: `Remove ${colleague.name} as administrator` }).click();
  await expect(administrators.getByText(`Remove ${colleague.name} as administrator of this process?`)).toBeVisible();
  await administrators.getByRole("button", { name: "Yes, remove" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `${colleague.name} is no longer an administrator.` }),
  ).toBeVisible();
  await expect(administrators.getByRole("listitem")).toHaveCount(1);
  await expectAccessible(page);

  // A member of a team that may only look sees why the settings, rights and adding are not offered.
  await memberPage.goto(`/processes/${processId}`);
  await expect(memberPage.getByRole("heading", { level: 1 })).toHaveText(processName);
  await openFirstTaskOf(memberPage, "Build");
  await expect(
    memberPage.getByText("Your team has no right to add to this task; a process administrator can give it."),
  ).toBeVisible();
  await expect(memberPage.getByRole("button", { name: "Add", exact: true })).toHaveCount(0);
  await expectAccessible(memberPage);
  await memberPage.getByRole("link", { name: "← Back to the plan" }).click();
  await memberPage.getByRole("tab", { name: "Teams and rights" }).click();
  await expect(
    memberPage.getByText("Only the process’s administrators decide which teams work in it and with what rights."),
  ).toBeVisible();
  await memberPage.getByRole("tab", { name: "Settings" }).click();
  await expect(
    memberPage.getByText("Only the process’s administrators can change its settings; they are listed below."),
  ).toBeVisible();
  await expect(memberPage.getByRole("button", { name: "Save settings" })).toHaveCount(0);
  const seenByMember = memberPage.getByRole("region", { name: "Administrators of the process" });
  await expect(seenByMember.getByRole("listitem")).toHaveText([owner.name]);
  await expect(seenByMember.getByRole("textbox")).toHaveCount(0);
  await expect(
    seenByMember.getByText("Only the process’s administrators can add or remove administrators."),
  ).toBeVisible();
  await expectAccessible(memberPage);
  await memberPage.context().close();
});

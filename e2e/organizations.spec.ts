import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { lastMailLink } from "./mail.js";
import { password, signUp } from "./people.js";

test("a person creates an organization and a team, and invites a colleague by e-mail, who accepts", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  // A long journey with an axe check at every step: slow on a busy machine.
  test.slow();
  const stamp = `${info.project.name}-${Date.now()}`;
  const colleague = { name: "Jānis Ozols", email: `janis-${stamp}@example.org` };
  const organizationName = `Riga Neighbourhood Office ${stamp}`;
  const teamName = `Park volunteers ${stamp}`;

  // The colleague's account exists first; then Līga signs up, and the browser is hers (sign-up's own screens are
  // the journeys of account.spec.ts).
  await signUp(page, colleague);
  await page.context().clearCookies();
  await signUp(page, { name: "Līga Bērziņa", email: `liga-org-${stamp}@example.org` });

  await page.goto("/organizations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organizations");
  await expect(page.getByText("You do not administer or belong to any organization yet.")).toBeVisible();
  await expectAccessible(page);

  // An empty name is refused next to the field, announced, and focus goes there.
  await page.getByRole("button", { name: "Create an organization" }).click();
  const organizationForm = page.getByRole("form", { name: "New organization" });
  const nameField = organizationForm.getByRole("textbox", { name: /^Name/ });
  await expect(nameField).toBeFocused();
  await organizationForm.getByRole("button", { name: "Create organization" }).click();
  await expect(organizationForm.getByRole("alert")).toHaveText("Give a name.");
  await expect(nameField).toHaveAttribute("aria-invalid", "true");
  await expect(nameField).toHaveAccessibleDescription(/Give a name\./);
  await expect(nameField).toBeFocused();
  await expectAccessible(page);

  await nameField.fill(organizationName);
  await organizationForm.getByRole("textbox", { name: "Description" }).fill("We look after parks and courtyards.");
  await organizationForm.getByRole("radio", { name: "Public administration" }).check();
  await organizationForm.getByRole("radio", { name: "Public", exact: true }).check();
  await organizationForm.getByRole("radio", { name: "Only its administrators" }).check();
  await organizationForm.getByRole("button", { name: "Create organization" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(organizationName);
  await expect(page).toHaveURL(/\/organizations\/[0-9a-f-]{36}$/);
  await expect(page.getByText("We look after parks and courtyards.")).toBeVisible();
  await expect(page.getByText("Who may create teams: Only its administrators.")).toBeVisible();
  const administrators = page.getByRole("region", { name: "Administrators" });
  await expect(administrators.getByRole("listitem")).toHaveText([/Līga Bērziņa \(you\)/]);
  await expect(page.getByRole("button", { name: "Edit organization" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete organization" })).toBeVisible();
  await expect(page.getByText("No teams yet.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Create a team" }).click();
  const teamForm = page.getByRole("form", { name: "New team" });
  await teamForm.getByRole("textbox", { name: /^Name/ }).fill(teamName);
  await teamForm.getByRole("radio", { name: "Citizen group" }).check();
  await teamForm.getByRole("button", { name: "Create team" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(teamName);
  await expect(page.getByText("Your role: Administrator")).toBeVisible();
  await expect(page.getByRole("link", { name: `Part of ${organizationName}` })).toBeVisible();
  const members = page.getByRole("region", { name: "Members" });
  await expect(members.getByText("1 member", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // An address without an account is invited like any other: the answer says nothing about accounts.
  const invite = page.getByRole("form", { name: "Invite to the team" });
  const emailField = invite.getByRole("textbox", { name: /E-mail address of the new member/ });
  const nobody = `nobody-${stamp}@example.org`;
  await emailField.fill(nobody);
  await invite.getByRole("button", { name: "Invite to the team" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${nobody}.` })).toBeVisible();
  await expect(emailField).toHaveValue("");
  const pending = page.getByRole("region", { name: "Invited, waiting for an answer" });
  await expect(pending.getByRole("listitem").filter({ hasText: nobody })).toBeVisible();
  await expectAccessible(page);
  // Withdrawn after asking first.
  await pending.getByRole("button", { name: `Withdraw the invitation to ${nobody}` }).click();
  await pending.getByRole("button", { name: "Yes, withdraw" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `The invitation to ${nobody} was withdrawn.` }),
  ).toBeVisible();

  await emailField.fill(colleague.email);
  await invite.getByRole("button", { name: "Invite to the team" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${colleague.email}.` })).toBeVisible();
  await expect(pending.getByRole("listitem").filter({ hasText: colleague.email })).toBeVisible();
  // Nobody joins before accepting.
  await expect(members.getByText("1 member", { exact: true })).toBeVisible();

  // The colleague, in a browser of their own, opens the mail's link signed out: signing in brings them back to it.
  const colleagueContext = await browser.newContext({ baseURL, viewport });
  const colleaguePage = await colleagueContext.newPage();
  await colleaguePage.goto(new URL(await lastMailLink(colleague.email, "/invitations/")).pathname);
  await expect(colleaguePage.getByText(/^Sign in with the address this invitation was sent to/)).toBeVisible();
  await colleaguePage.getByRole("link", { name: "Sign in" }).last().click();
  await colleaguePage.getByLabel(/^E-mail address/).fill(colleague.email);
  await colleaguePage.getByLabel(/^Password/).fill(password);
  await colleaguePage.getByRole("button", { name: "Sign in" }).click();
  await expect(colleaguePage.getByText(`Līga Bērziņa invites you to join the team ${teamName}.`)).toBeVisible();
  await expectAccessible(colleaguePage);
  await colleaguePage.getByRole("button", { name: `Accept the invitation to ${teamName}` }).click();
  await expect(
    colleaguePage.getByRole("status").filter({ hasText: `You accepted: welcome to ${teamName}.` }),
  ).toBeVisible();
  await expect(colleaguePage.getByText("This invitation was accepted.")).toBeVisible();
  await colleagueContext.close();

  await page.reload();
  await expect(members.getByText("2 members", { exact: true })).toBeVisible();
  await expect(members.getByRole("listitem").filter({ hasText: colleague.name })).toBeVisible();
  await expect(pending).toHaveCount(0);
  await expectAccessible(page);
  // With a colleague in the team, its only administrator may not leave: the server says so, the page tells why.
  await expect(page.getByRole("button", { name: "Leave team" })).toHaveCount(0);
  await expect(
    page.getByText("You are this team's only administrator: make someone else one before you leave."),
  ).toBeVisible();
  await page.screenshot({ path: info.outputPath("team-sole-administrator.png"), fullPage: true });

  // Nor is demoting herself offered while she is the only one; once her colleague is one too, it is.
  await expect(members.getByRole("combobox", { name: "Role of Līga Bērziņa" })).toHaveCount(0);
  await members.getByRole("combobox", { name: `Role of ${colleague.name}` }).selectOption("administrator");
  await expect(
    page.getByRole("status").filter({ hasText: `New role of ${colleague.name}: Administrator.` }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Leave team" })).toBeVisible();
  await expect(members.getByRole("combobox", { name: "Role of Līga Bērziņa" })).toBeVisible();
  await expectAccessible(page);

  // Back on the list, the new organization is among mine and found by a word of its name.
  await page.getByRole("link", { name: `Part of ${organizationName}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(organizationName);
  await expect(page.getByRole("region", { name: "Teams" }).getByRole("link", { name: teamName })).toBeVisible();
  await page.getByRole("link", { name: "All organizations" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organizations");
  await expect(
    page.getByRole("region", { name: "My organizations" }).getByRole("link", { name: organizationName }),
  ).toBeVisible();
  await page.getByRole("searchbox", { name: "Search organizations by name" }).fill(stamp);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const all = page.getByRole("region", { name: "All organizations" });
  await expect(all.getByText("1 organization", { exact: true })).toBeVisible();
  await expect(all.getByRole("link", { name: organizationName })).toBeVisible();
  await expectAccessible(page);
});

test("someone asks to join a team and an administrator, told live, approves", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  const stamp = `${info.project.name}-${Date.now()}`;
  const administrator = { name: "Giulia Rossi", email: `giulia-${stamp}@example.org` };
  const applicant = { name: "Pablo García", email: `pablo-${stamp}@example.org` };
  const origin = { origin: baseURL! };

  await signUp(page, administrator);
  const organization = await page.request.post("/api/v1/organizations", {
    headers: origin,
    data: { name: { en: `Bologna library ${stamp}` }, type: "public_administration", visibility: "public" },
  });
  expect(organization.status()).toBe(201);
  const { id: organizationId } = (await organization.json()) as { id: string };
  const team = await page.request.post(`/api/v1/organizations/${organizationId}/teams`, {
    headers: origin,
    data: { name: { en: `Reading circle ${stamp}` }, type: "citizen" },
  });
  expect(team.status()).toBe(201);
  const { id: teamId } = (await team.json()) as { id: string };

  // The administrator has the dashboard open, listening, with nothing unread.
  const listening = page.waitForResponse((answer) => answer.url().endsWith("/api/v1/me/notifications/stream"));
  await page.goto("/dashboard");
  await listening;
  const bell = page.getByRole("banner").getByRole("link", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications, none unread");

  const applicantContext = await browser.newContext({ baseURL: baseURL!, viewport });
  const asking = await applicantContext.newPage();
  await signUp(asking, applicant);
  await asking.goto(`/teams/${teamId}`);
  await expect(asking.getByRole("heading", { level: 1 })).toHaveText(`Reading circle ${stamp}`);
  await expect(asking.getByRole("button", { name: "Leave team" })).toHaveCount(0);
  await expectAccessible(asking);
  const join = asking.getByRole("form", { name: "Join this team" });
  await join.getByRole("textbox", { name: /Message to the team's administrators/ }).fill("I run a book club nearby.");
  await join.getByRole("button", { name: "Ask to join" }).click();
  await expect(asking.getByText("Your request was sent. The team's administrators will answer it.")).toBeVisible();
  await expect(join).toHaveCount(0);
  await expectAccessible(asking);

  // The request reaches the administrator live; the inbox leads to the team, where she decides.
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await bell.click();
  await page
    .getByRole("link", {
      name: `${applicant.name} asks to join the team “Reading circle ${stamp}”. Approve or reject the request.`,
    })
    .click();
  await expect(page).toHaveURL(new RegExp(`/teams/${teamId}$`));
  const requests = page.getByRole("region", { name: "Requests to join" });
  await expect(requests.getByText("1 request waiting")).toBeVisible();
  await expect(requests.getByText("I run a book club nearby.")).toBeVisible();
  await expectAccessible(page);
  await requests.getByRole("button", { name: `Approve the request of ${applicant.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `${applicant.name} joined the team.` })).toBeVisible();
  await expect(requests.getByText("No requests are waiting.")).toBeVisible();
  const members = page.getByRole("region", { name: "Members" });
  await expect(members.getByRole("listitem").filter({ hasText: applicant.name })).toBeVisible();
  await expectAccessible(page);

  // The answer reaches the applicant's open page live too.
  await expect(asking.getByRole("banner").getByRole("link", { name: /^Notifications/ })).toHaveAccessibleName(
    "Notifications, 1 unread",
  );
  await applicantContext.close();

  await members.getByRole("button", { name: `Remove ${applicant.name} from the team` }).click();
  await members.getByRole("button", { name: "Yes, remove" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `${applicant.name} is no longer in the team.` }),
  ).toBeVisible();
  await expect(members.getByText("1 member", { exact: true })).toBeVisible();
  await expectAccessible(page);
});

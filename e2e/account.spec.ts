import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { lastMailLink } from "./mail.js";
import { password, signUp } from "./people.js";

test("a new person confirms their e-mail address, after a broken link and a new one", async ({ page }, info) => {
  const email = `confirm-${info.project.name}-${Date.now()}@example.org`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Marta Kalniņa");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your mail");
  const first = new URL(await lastMailLink(email, "/verify-email"));

  // Nobody is signed in before confirming: a link cut short says so, and offers a new one to the address given.
  await page.goto(`/verify-email?token=${first.searchParams.get("token")!.slice(0, 40)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your e-mail address");
  await expect(page.getByRole("alert")).toContainText("This link is not valid");
  await expect(page.getByLabel(/^E-mail address/)).toHaveValue("");
  await page.getByLabel(/^E-mail address/).fill(email);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send a new link" }).click();
  await expect(page.getByRole("status")).toHaveText(/a new link is on its way/);

  const second = await lastMailLink(email, "/verify-email");
  await page.goto(second);
  await expect(page.getByRole("status")).toHaveText("Your e-mail address is confirmed. Thank you!");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Go to my work" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My work");
  const me = await (await page.request.get("/api/v1/me")).json();
  expect(me.emailVerified).toBe(true);
});

test("someone who signs up on their way somewhere is led back there by the confirmation link", async ({
  page,
}, info) => {
  const email = `on-the-way-${info.project.name}-${Date.now()}@example.org`;
  await page.goto("/sign-up?redirect=%2Fcatalogue");
  await page.getByLabel("Your name").fill("Jānis Ozols");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your mail");
  const link = new URL(await lastMailLink(email, "/verify-email"));
  expect(link.searchParams.get("redirect")).toBe("/catalogue");
  await page.goto(link.toString());
  await expect(page.getByRole("status")).toHaveText("Your e-mail address is confirmed. Thank you!");
  await page.getByRole("link", { name: "Continue where I was" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Catalogue");
});

test("signing up with an address that has an account looks like any sign-up; its owner is mailed how to sign in", async ({
  page,
}, info) => {
  const email = `taken-${info.project.name}-${Date.now()}@example.org`;
  await signUp(page, { name: "Anna Rossi", email });
  await page.context().clearCookies();

  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Someone Else");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel(/^Password/).fill("someone else's password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your mail");
  await expect(page.getByRole("main")).toContainText(`We sent a mail to ${email}`);
  await expect(page.getByRole("main")).toContainText("If this address already has an account, the mail says how");
  await expectAccessible(page);

  // The owner's mail leads to sign-in, where their own password still works (the stranger's never does).
  await page.goto(await lastMailLink(email, "/sign-in"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await page.getByLabel(/^E-mail address/).fill(email);
  await page.getByLabel(/^Password/).fill("someone else's password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("The e-mail address or the password is not right.");
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My work");
});

test("someone who forgot their password asks for a link and chooses a new one", async ({ page }, info) => {
  const email = `forgetful-${info.project.name}-${Date.now()}@example.org`;
  await signUp(page, { name: "Paolo Bianchi", email });
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset your password");
  await page.getByLabel(/^E-mail address/).fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status")).toHaveText(/a link is on its way/);
  await expectAccessible(page);

  const link = await lastMailLink(email, "/reset-password");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  const field = page.getByLabel(/^New password/);
  await field.fill("too short");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("alert")).toHaveText("The password needs at least 10 characters.");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/at least 10 characters/);
  await expectAccessible(page);
  await field.fill("my brand new password");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is changed");
  await expectAccessible(page);

  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel(/^E-mail address/).fill(email);
  await page.getByLabel(/^Password/).fill("my brand new password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My work");

  // The link works once.
  await page.goto(link);
  await page.getByLabel(/^New password/).fill("yet another password");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("alert")).toContainText("This link is not valid");
  await expect(page.getByRole("alert").getByRole("link", { name: "Ask for a new link" })).toBeVisible();
  await expectAccessible(page);
});

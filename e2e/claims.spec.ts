import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { chooseLanguage, signUp } from "./people.js";
import { expectNoEnglish, expectNoOverflow } from "./readable.js";

// Contribution claims (issue #13): a resident taking part in a citizen-sourcing process, reading Latvian on a
// 360 px phone, claims the work she did on a task, naming the sketch she added. A claim she had already made in
// another tab is refused in Latvian and shown, so she withdraws it first. The process's administrator, at her
// desk in English, hears of the claim live, follows the inbox to the task, tries to reject without a reason (told
// one is needed) and approves; the resident's inbox has the answer, and the task shows the work credited. The
// process is public, yet a passer-by reading the task sees nothing of who did what.

test("a resident claims work on a task from her phone, the administrator approves it from the inbox", async ({
  page: resident,
  browser,
  baseURL,
}, info) => {
  test.skip(info.project.name !== "phone", "one journey holds both: the resident's phone and the administrator's desk");
  test.setTimeout(180_000);
  const stamp = `${Date.now()}`;
  const origin = { origin: baseURL! };
  const post = async (on: Page, url: string, data: unknown) => {
    const answer = await on.request.post(url, { headers: origin, data });
    expect(answer.ok(), await answer.text()).toBe(true);
    return answer.json();
  };

  const desk = await browser.newContext({ baseURL: baseURL!, viewport: { width: 1280, height: 800 } });
  const admin = await desk.newPage();
  await signUp(admin, { name: "Ada Admin" });
  await chooseLanguage(resident, "lv");
  const ilze = await signUp(resident, { name: "Ilze Iedzīvotāja", language: "lv" });

  // Ada's process, a task in it with the resident's sketch, and the resident taking part.
  const processName = `Skeitparks ${stamp}`;
  const process = await post(admin, "/api/v1/processes", {
    name: processName,
    language: "lv",
    governanceModel: "C2G",
    // Public: anyone may read the plan, but only the people taking part read who did what.
    visibility: "public",
  });
  const item = async (body: Record<string, unknown>) =>
    (await post(admin, `/api/v1/processes/${process.id}/items`, body)).id as string;
  const design = await item({ type: "phase", name: "Dizains" });
  const sketches = await item({ type: "objective", parentId: design, name: "Skices" });
  const taskName = "Uzzīmēt rampas";
  const task = await item({ type: "task", parentId: sketches, name: taskName });
  await post(admin, `/api/v1/processes/${process.id}/grants`, { userId: ilze.id, rights: ["edit_assets"] });
  const sketch = await post(resident, `/api/v1/tasks/${task}/assets`, {
    kind: "external",
    name: "Rampu skice",
    url: "https://example.org/rampas",
  });
  const taskUrl = `/processes/${process.id}/tasks/${task}`;
  // Ilze is told she takes part now; she reads it, so the answer to her claim is what her bell counts later.
  await expect
    .poll(async () => (await (await resident.request.get("/api/v1/me/notifications?limit=1")).json()).unread, {
      timeout: 15_000,
    })
    .toBe(1);
  await post(resident, "/api/v1/me/notifications/read", { all: true });

  // In another tab she had already claimed: the page she has open does not know it yet.
  await resident.goto(taskUrl);
  const section = resident.getByRole("region", { name: "Paveiktais darbs" });
  await expect(section.getByRole("heading", { level: 2, name: "Paveiktais darbs" })).toBeVisible();
  const form = section.getByRole("form", { name: "Pieteikt paveikto darbu" });
  await expect(form).toBeVisible();
  await post(resident, `/api/v1/items/${task}/claims`, { description: "Pirmā skice" });
  const description = "Uzzīmēju <b>trīs</b> rampu skices un izmērīju laukumu.";
  await form.getByLabel("Ko jūs izdarījāt").fill(description);
  await form.getByLabel("Kurā uzdevuma resursā ir darbs (nav obligāti)").selectOption({ label: "Rampu skice" });
  await form.getByRole("button", { name: "Pieteikt šo darbu" }).click();
  await expect(section.getByRole("alert")).toContainText(
    "Jūs jau esat pieteicis darbu šeit: gaidiet atbildi vai atsauciet šo pieteikumu.",
  );
  const open = section.getByTestId("claim").filter({ hasText: "Pirmā skice" });
  await expect(open.getByText("Gaida atbildi")).toBeVisible();

  // The earlier claim reached Ada before it is withdrawn: she reads it, so what follows is the one she counts.
  await expect
    .poll(async () => (await (await admin.request.get("/api/v1/me/notifications?limit=1")).json()).unread, {
      message: "the first claim's notice reached the administrator",
    })
    .toBe(1);
  await post(admin, "/api/v1/me/notifications/read", { all: true });
  await open.getByRole("button", { name: "Atsaukt manu pieteikumu" }).click();
  await expect(resident.getByRole("status").filter({ hasText: "Jūsu pieteikums ir atsaukts." })).toBeVisible();
  await expect(section.getByTestId("claim")).toHaveCount(0);

  // Ada has her dashboard open: nothing unread.
  const counted = admin.waitForResponse((answer) => answer.url().includes("/api/v1/me/notifications?"));
  const listening = admin.waitForResponse((answer) => answer.url().endsWith("/api/v1/me/notifications/stream"));
  await admin.goto("/dashboard");
  await Promise.all([counted, listening]);
  const bell = admin.getByRole("banner").getByRole("link", { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName("Notifications, none unread");

  // The resident claims her work, now with nothing in the way; the description shows as she typed it.
  await form.getByLabel("Ko jūs izdarījāt").fill(description);
  await form.getByLabel("Kurā uzdevuma resursā ir darbs (nav obligāti)").selectOption({ label: "Rampu skice" });
  await form.getByRole("button", { name: "Pieteikt šo darbu" }).click();
  await expect(
    resident.getByRole("status").filter({ hasText: "Jūsu pieteikums ir nosūtīts. Jums paziņos atbildi." }),
  ).toBeVisible();
  const mine = section.getByTestId("claim");
  await expect(mine).toHaveCount(1);
  await expect(mine.getByText(description, { exact: true })).toBeVisible();
  await expect(mine.locator("b")).toHaveCount(0);
  await expect(mine.getByText("Gaida atbildi")).toBeVisible();
  await expect(mine.getByRole("link", { name: "Rampu skice" })).toHaveAttribute("href", sketch.url);
  await expect(section.getByText("Jūsu pieteikums gaida atbildi.", { exact: false })).toBeVisible();
  await expect(form).toHaveCount(0);
  const userTexts = [processName, taskName, "Rampu skice", "Ilze Iedzīvotāja", description];
  await expectNoEnglish(resident, "lv", userTexts);
  await expectNoOverflow(resident);
  await expectAccessible(resident);
  await resident.screenshot({ path: info.outputPath("claim-resident-lv-360.png"), fullPage: true });

  // Ada's bell rises without a reload; the inbox leads to the task.
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await bell.click();
  // The inbox also keeps the notice of the withdrawn claim, read already: the new one is marked so.
  await admin
    .getByRole("listitem")
    .filter({ has: admin.getByText("New", { exact: true }) })
    .getByRole("link", {
      name: `Ilze Iedzīvotāja says they did work on “${taskName}” in “${processName}”. Approve or reject the claim.`,
    })
    .click();
  await expect(admin).toHaveURL(new RegExp(`${taskUrl}$`));
  const claims = admin.getByRole("region", { name: "Work done" });
  const claim = claims.getByTestId("claim");
  await expect(claim.getByText(description, { exact: true })).toBeVisible();
  await expect(claim.getByText("Awaiting an answer")).toBeVisible();
  // The administrator may claim too, but not answer her own: the resident's claim is the one with answers.
  await expect(claims.getByRole("form", { name: "Claim work you did" })).toBeVisible();

  // A rejection needs a reason the resident reads: without one, Ada is told, and nothing is sent.
  await claim.getByRole("button", { name: "Reject the work Ilze Iedzīvotāja claims" }).click();
  const rejecting = claim.getByRole("form", { name: "Reject the work Ilze Iedzīvotāja claims" });
  await rejecting.getByRole("button", { name: "Reject the claim" }).click();
  await expect(rejecting.getByText("Say why, so Ilze Iedzīvotāja knows what is missing.")).toBeVisible();
  await expectAccessible(admin);
  await admin.screenshot({ path: info.outputPath("claim-admin-reject-en-desktop.png"), fullPage: true });
  await rejecting.getByRole("button", { name: "Cancel" }).click();

  await claim.getByRole("button", { name: "Approve the work Ilze Iedzīvotāja claims" }).click();
  await expect(
    admin.getByRole("status").filter({ hasText: "The work Ilze Iedzīvotāja claimed is approved and credited." }),
  ).toBeVisible();
  await expect(claim.getByText("Approved", { exact: true })).toBeVisible();
  await expect(claim.getByText(/^Approved by Ada Admin on /)).toBeVisible();
  await expect(claim.getByRole("button", { name: /Approve|Reject/ })).toHaveCount(0);
  await expectAccessible(admin);
  await admin.screenshot({ path: info.outputPath("claim-admin-approved-en-desktop.png"), fullPage: true });

  // The resident's inbox has the answer, in Latvian, and leads back to the task where the work is credited.
  await resident.goto("/dashboard");
  const residentBell = resident.getByRole("banner").getByRole("link", { name: /^Paziņojumi/ });
  await expect(residentBell).toHaveAccessibleName("Paziņojumi, 1 nelasīts");
  await residentBell.click();
  await resident
    .getByRole("link", {
      name: `Ada Admin apstiprināja jūsu pieteikumu par darbu pie “${taskName}” procesā “${processName}”: tas ir ieskaitīts jums.`,
    })
    .click();
  await expect(resident).toHaveURL(new RegExp(`${taskUrl}$`));
  await expect(mine.getByText("Apstiprināts", { exact: true })).toBeVisible();
  await expect(mine.getByText(/ apstiprināja Ada Admin\.$/)).toBeVisible();
  await expect(mine.getByRole("button")).toHaveCount(0);
  // With no claim open, she may claim more work.
  await expect(form).toBeVisible();
  await expectNoEnglish(resident, "lv", [...userTexts, "Ada Admin"]);
  await expectNoOverflow(resident);
  await expectAccessible(resident);
  await resident.screenshot({ path: info.outputPath("claim-approved-lv-360.png"), fullPage: true });
  await desk.close();

  // Someone signed in who takes no part reads the public task, but not who did what: no section, not an empty one.
  const street = await browser.newContext({ baseURL: baseURL!, viewport: { width: 360, height: 740 } });
  const passerBy = await street.newPage();
  await signUp(passerBy, { name: "Pēteris Garāmgājējs" });
  const refused = passerBy.waitForResponse((answer) => answer.url().endsWith(`/api/v1/items/${task}/claims`));
  await passerBy.goto(taskUrl);
  expect((await refused).status()).toBe(403);
  await expect(passerBy.getByRole("heading", { level: 1, name: taskName })).toBeVisible();
  await expect(passerBy.getByRole("link", { name: "Rampu skice" })).toBeVisible();
  // Neither the section nor a failure to load it.
  await expect(passerBy.getByText(/work done/i)).toHaveCount(0);
  await expect(passerBy.getByText(description)).toHaveCount(0);
  await street.close();
});

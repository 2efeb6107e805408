import { expect, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { chooseLanguage, signUp } from "./people.js";
import { expectNoEnglish, expectNoOverflow } from "./readable.js";

// A citizen who reads Italian has her page open when an administrator mentions her in a discussion: the bell's
// count rises without a reload, the inbox says it in Italian and leads to the discussion, and she chooses a daily
// digest for mentions on her profile. Setup goes through the API, as in the other journeys.

test("a mention reaches the bell live, the inbox leads to it, and the mail choice is saved", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  test.setTimeout(180_000);
  const stamp = `${info.project.name}-${Date.now()}`;
  const origin = { origin: baseURL! };
  const threadTitle = `Orari ${stamp}`;

  await signUp(page, { name: "Ana Admin" });
  const context = await browser.newContext({
    baseURL,
    viewport,
    isMobile: info.project.name === "phone",
    hasTouch: info.project.name === "phone",
  });
  const citizen = await context.newPage();
  await chooseLanguage(citizen, "it");
  const chiara = await signUp(citizen, { name: "Chiara Rossi", language: "it" });

  // Ana's process, where Chiara may read the tasks' assets (and so be mentioned).
  const organization = await (
    await page.request.post("/api/v1/organizations", {
      headers: origin,
      data: { name: { en: `Town ${stamp}` }, type: "public_administration", visibility: "public" },
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
    data: { userId: chiara.id, rights: ["view"] },
  });
  expect(granted.ok()).toBe(true);
  // The rights given are news to Chiara (grant.changed); she has read that one already.
  // It is written just after the answer: wait for it before reading it all.
  await expect
    .poll(async () => {
      const told = await (await citizen.request.get("/api/v1/me/notifications?unread=true")).json();
      return told.items.map((notification: { type: string }) => notification.type);
    })
    .toEqual(["grant.changed"]);
  const read = await citizen.request.post("/api/v1/me/notifications/read", { headers: origin, data: { all: true } });
  expect(read.ok(), await read.text()).toBe(true);

  // Chiara's page is open before anything else happens: nothing unread.
  // Counted and listening before the mention: otherwise the first count could already include it.
  const counted = citizen.waitForResponse((answer) => answer.url().includes("/api/v1/me/notifications?"));
  const listening = citizen.waitForResponse((answer) => answer.url().endsWith("/api/v1/me/notifications/stream"));
  await citizen.goto("/dashboard");
  await Promise.all([counted, listening]);
  const bell = citizen.getByRole("banner").getByRole("link", { name: /^Notifiche/ });
  await expect(bell).toHaveAccessibleName("Notifiche, nessuna da leggere");
  await expect(bell).toHaveText("");

  // Ana starts a discussion whose first post mentions Chiara.
  const created = await page.request.post(`/api/v1/tasks/${taskId}/assets`, {
    headers: origin,
    data: {
      kind: "interlinker",
      interlinkerId: "discussion",
      name: "Opening hours",
      input: { thread: { title: threadTitle, source: "Can you open on Saturdays, @Chiara Rossi?" } },
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const asset = await created.json();

  // The count rises live, and the arrival is announced once, politely.
  await expect(bell).toHaveText("1");
  await expect(bell).toHaveAccessibleName("Notifiche, 1 non letta");
  await expect(citizen.locator("[aria-live=polite]").filter({ hasText: "Nuova notifica: 1 non letta" })).toHaveCount(1);

  // The inbox says it in Italian and marks it as new in words, not colour alone.
  await bell.click();
  await expect(citizen).toHaveURL(/\/notifications$/);
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Notifiche");
  const item = citizen.getByRole("listitem").filter({ hasText: threadTitle });
  const link = item.getByRole("link", { name: `Ana Admin ti ha menzionato in «${threadTitle}».` });
  await expect(link).toBeVisible();
  await expect(item.getByText("Nuova", { exact: true })).toBeVisible();
  await expectNoEnglish(citizen, "it", [threadTitle]);
  await expectNoOverflow(citizen);
  await expectAccessible(citizen);

  // Opening it leads to the discussion and marks it read.
  await link.click();
  await expect(citizen).toHaveURL(new RegExp(`/processes/${process.id}/assets/${asset.id}$`));
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Opening hours");
  await expect(bell).toHaveAccessibleName("Notifiche, nessuna da leggere");
  await bell.click();
  await expect(item.getByText("Nuova", { exact: true })).toHaveCount(0);
  await expect(citizen.getByRole("button", { name: "Segna tutte come lette" })).toBeDisabled();
  await citizen.getByText("Non lette", { exact: true }).click();
  await expect(citizen.getByText("Niente da leggere")).toBeVisible();

  // A second mention joins the open inbox by itself; "mark all read" empties the unread list and says so.
  const secondTitle = `Domeniche ${stamp}`;
  const second = await page.request.post(`/api/v1/tasks/${taskId}/assets`, {
    headers: origin,
    data: {
      kind: "interlinker",
      interlinkerId: "discussion",
      name: "Sundays",
      input: { thread: { title: secondTitle, source: "And on Sundays, @Chiara Rossi?" } },
    },
  });
  expect(second.ok(), await second.text()).toBe(true);
  await expect(citizen.getByRole("link", { name: `Ana Admin ti ha menzionato in «${secondTitle}».` })).toBeVisible();
  await expect(bell).toHaveAccessibleName("Notifiche, 1 non letta");
  await citizen.getByRole("button", { name: "Segna tutte come lette" }).click();
  await expect(
    citizen.getByRole("status").filter({ hasText: "Tutte le tue notifiche sono segnate come lette." }),
  ).toBeVisible();
  await expect(citizen.getByText("Niente da leggere")).toBeVisible();
  await expect(bell).toHaveAccessibleName("Notifiche, nessuna da leggere");

  // Put away what is dealt with: it leaves the list and waits under "Archiviate"; the process filter narrows.
  await citizen.getByText("Tutte", { exact: true }).click();
  await citizen.getByRole("button", { name: `Archivia: Ana Admin ti ha menzionato in «${secondTitle}».` }).click();
  await expect(citizen.getByRole("status").filter({ hasText: "Archiviata. La trovi in «Archiviate»." })).toBeVisible();
  await expect(citizen.getByRole("link", { name: `Ana Admin ti ha menzionato in «${secondTitle}».` })).toHaveCount(0);
  await citizen.getByText("Archiviate", { exact: true }).click();
  await expect(citizen.getByRole("link", { name: `Ana Admin ti ha menzionato in «${secondTitle}».` })).toBeVisible();
  await citizen.getByLabel("Processo").selectOption({ label: "Library opening hours" });
  await expect(citizen.getByRole("link", { name: `Ana Admin ti ha menzionato in «${secondTitle}».` })).toBeVisible();
  await expectNoEnglish(citizen, "it", [secondTitle, "Library opening hours"]);
  await expectNoOverflow(citizen);
  await expectAccessible(citizen);
  await citizen.screenshot({ path: info.outputPath(`inbox-archived-it-${info.project.name}.png`), fullPage: true });
  await citizen
    .getByRole("button", { name: `Riporta tra le notifiche: Ana Admin ti ha menzionato in «${secondTitle}».` })
    .click();
  await expect(citizen.getByText("Niente di archiviato")).toBeVisible();

  // From the inbox to the mail choices: mentions in a daily digest.
  await citizen.getByRole("link", { name: "Scegli quali notifiche ricevere anche per e-mail" }).click();
  await expect(citizen).toHaveURL(/\/profile#mail-notifications$/);
  const mentions = citizen.getByLabel("Quando qualcuno ti menziona");
  await expect(mentions).toHaveValue("immediately");
  await mentions.selectOption({ label: "In un riepilogo giornaliero" });
  await citizen.getByRole("button", { name: "Salva le scelte per l'e-mail" }).click();
  await expect(
    citizen.getByRole("status").filter({ hasText: "Le tue scelte per l'e-mail sono salvate." }),
  ).toBeVisible();
  const saved = await (await citizen.request.get("/api/v1/me/notification-preferences")).json();
  expect(saved.events).toMatchObject({ mentions: "daily" });
  await expectNoEnglish(citizen, "it");
  await expectNoOverflow(citizen);
  await expectAccessible(citizen);

  // On the process's own page, she takes part and turns its mail off altogether; the inbox still has it all.
  await citizen.goto(`/processes/${process.id}?tab=overview`);
  const processMail = citizen.getByRole("region", { name: "E-mail su questo processo" });
  const choice = processMail.getByLabel("Come ti arrivano le sue notifiche per e-mail");
  await expect(choice).toHaveValue("profile");
  await choice.selectOption({ label: "Mai" });
  await expect(
    citizen.getByRole("status").filter({ hasText: "La tua scelta di e-mail per questo processo è salvata." }),
  ).toBeVisible();
  const overridden = await (await citizen.request.get("/api/v1/me/notification-preferences")).json();
  expect(overridden.processes[process.id]).toEqual({
    mentions: "off",
    discussions: "off",
    requests_to_decide: "off",
    assignments: "off",
    answers: "off",
    process_updates: "off",
  });
  // Her choices per group are kept as they were.
  expect(overridden.events).toMatchObject({ mentions: "daily" });
  await expect(choice).toHaveValue("off");
  await expectNoEnglish(citizen, "it", ["Library opening hours", "Open when people can come"]);
  await expectNoOverflow(citizen);
  await expectAccessible(citizen);
  await processMail.screenshot({ path: info.outputPath(`process-mail-it-${info.project.name}.png`) });

  // The profile lists the process with its own choice, and takes it back from there.
  await processMail.getByRole("link", { name: "Scegli per tipo di notifica nel tuo profilo" }).click();
  await expect(citizen).toHaveURL(/\/profile#mail-notifications$/);
  const overrides = citizen.getByRole("region", { name: "Processi con una scelta propria" });
  await expect(overrides.getByRole("listitem")).toHaveText(/Library opening hours: Mai/);
  await expectNoOverflow(citizen);
  await expectAccessible(citizen);
  await citizen.screenshot({ path: info.outputPath(`profile-mail-it-${info.project.name}.png`), fullPage: true });
  await overrides.getByRole("button", { name: "Usa le mie scelte qui sopra per Library opening hours" }).click();
  await expect(
    citizen.getByRole("status").filter({ hasText: "Quel processo segue ora le tue scelte qui sopra." }),
  ).toBeVisible();
  await expect(overrides).toHaveCount(0);
  const restored = await (await citizen.request.get("/api/v1/me/notification-preferences")).json();
  expect(restored.processes).toEqual({});

  await context.close();
});

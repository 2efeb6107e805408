import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { expectAccessible } from "./accessibility.js";
import { lastMailLink } from "./mail.js";
import { chooseLanguage, password, signUp } from "./people.js";
import { expectNoEnglish, expectNoOverflow } from "./readable.js";

// An administrator gives a public process a cover image; a visitor reading Latvian finds it on the home page,
// reads its overview and one of its documents without an account, then signs up from "Take part", comes back
// to the process and asks to join a team taking part; once the team lets them in, they open a task and write in
// its document. Every screen the visitor sees is checked for fit, English words and axe.

async function fitsTheScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

test("a visitor reads a public process and its document, signs up, joins a team and writes in a task's document", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  const stamp = `${info.project.name}-${Date.now()}`;
  const writes = { headers: { origin: baseURL! } };
  await signUp(page, { name: "Ilze Kalniņa", email: `ilze-${stamp}@example.org` });
  const city = await (
    await page.request.post("/api/v1/organizations", {
      ...writes,
      data: {
        name: { en: "Valmiera City", lv: "Valmieras pilsēta" },
        type: "public_administration",
        visibility: "public",
      },
    })
  ).json();
  const team = await (
    await page.request.post(`/api/v1/organizations/${city.id}/teams`, {
      ...writes,
      data: { name: { en: "Residents", lv: "Iedzīvotāji" }, type: "citizen" },
    })
  ).json();
  const name = `Bibliotēkas darba laiks ${stamp}`;
  const process = await (
    await page.request.post("/api/v1/processes", {
      ...writes,
      data: {
        name,
        aim: "Lai bibliotēka būtu atvērta, kad cilvēki var atnākt",
        language: "lv",
        // Government as a platform: its administrator closes a decision alone (G+G would take two keys).
        governanceModel: "G2C",
        visibility: "public",
        schemaId: "default",
      },
    })
  ).json();
  const granted = await page.request.post(`/api/v1/processes/${process.id}/grants`, {
    ...writes,
    data: { teamId: team.id, rights: ["view", "create_assets", "edit_assets"] },
  });
  expect(granted.status()).toBe(201);
  const tree = await (await page.request.get(`/api/v1/processes/${process.id}/tree`)).json();
  const taskId = tree.items[0].children[0].children[0].id;
  const document = await (
    await page.request.post(`/api/v1/tasks/${taskId}/assets`, {
      ...writes,
      data: {
        kind: "interlinker",
        interlinkerId: "document",
        name: "Sanāksmes piezīmes",
        input: { markdown: "# Darba kārtība\n\nAtvērt bibliotēku arī **svētdienās**." },
      },
    })
  ).json();

  // A decision on the same task, voted and closed with its outcome: the public page lists how it came out.
  const decision = await (
    await page.request.post(`/api/v1/tasks/${taskId}/assets`, {
      ...writes,
      data: {
        kind: "interlinker",
        interlinkerId: "decision",
        name: "Kur likt soliņu",
        input: {
          type: "single_choice",
          options: [{ label: "Soliņš pie strūklakas" }, { label: "Soliņš zem ozola" }],
          anonymous: true,
          hideResultsUntilClosed: true,
        },
      },
    })
  ).json();
  const poll = await (await page.request.get(`/api/v1/assets/${decision.id}/decision`)).json();
  const voted = await page.request.put(`/api/v1/assets/${decision.id}/decision/ballot`, {
    ...writes,
    data: { optionId: poll.options[0].id },
  });
  expect(voted.status()).toBe(200);
  const closed = await page.request.post(`/api/v1/assets/${decision.id}/decision/close`, {
    ...writes,
    data: { outcome: "Soliņu uzstādīsim pie strūklakas pavasarī." },
  });
  expect(closed.status()).toBe(200);

  // The administrator adds the cover image in the settings, with its description.
  await page.goto(`/processes/${process.id}`);
  await page.getByRole("tab", { name: "Settings" }).click();
  const cover = page.getByRole("region", { name: "Cover image" });
  await cover.getByRole("button", { name: "Save image" }).click();
  await expect(cover.getByText("Choose an image file first.")).toBeVisible();
  const png = await sharp({ create: { width: 1200, height: 600, channels: 3, background: "#2b6cb0" } })
    .png()
    .toBuffer();
  const chooser = page.waitForEvent("filechooser");
  await cover.getByRole("button", { name: /^Image file/ }).click();
  await (await chooser).setFiles({ name: "library.png", mimeType: "image/png", buffer: png });
  await expect(cover.getByText("Preview")).toBeVisible();
  // The preview really shows the picked file (a blob: address the page's CSP must allow), not a broken image.
  await expect
    .poll(() =>
      cover
        .locator("img")
        .first()
        .evaluate((image: HTMLImageElement) => image.naturalWidth),
    )
    .toBeGreaterThan(0);
  await cover.getByLabel(/^Description of the image/).fill("Valmieras bibliotēkas ēka saulainā dienā");
  await cover.getByRole("button", { name: "Save image" }).click();
  await expect(page.getByText("Cover image saved.")).toBeVisible();
  await expect(cover.getByRole("img", { name: "Valmieras bibliotēkas ēka saulainā dienā" })).toBeVisible();
  await fitsTheScreen(page);
  await expectAccessible(page);
  await cover.screenshot({ path: info.outputPath("cover-settings.png") });

  // A visitor without an account, reading Latvian, finds the process on the home page.
  const visitorContext = await browser.newContext({ baseURL, viewport });
  await chooseLanguage(visitorContext, "lv");
  const visitor = await visitorContext.newPage();
  await visitor.goto("/");
  await visitor.getByRole("link", { name }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(visitor.getByRole("tab", { name: "Pārskats" })).toHaveAttribute("aria-selected", "true");
  await expect(visitor.getByRole("img", { name: "Valmieras bibliotēkas ēka saulainā dienā" })).toBeVisible();
  const phases = visitor.getByRole("region", { name: "Posmi" });
  await expect(phases.getByRole("listitem")).toHaveCount(4);
  const current = phases.locator('li[aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText("Pašreizējais posms");
  const participants = visitor.getByRole("region", { name: "Kas piedalās" });
  await expect(participants.getByText("Iedzīvotāji (Valmieras pilsēta)")).toBeVisible();
  await expect(participants.getByText("1 organizācija · 1 komanda")).toBeVisible();
  const results = visitor.getByRole("region", { name: "Līdzšinējie rezultāti" });
  await expect(results).not.toContainText("Pagaidām nekas");
  const decisions = results.getByRole("region", { name: "Lēmumi" });
  const closedDecision = decisions.getByRole("listitem");
  await expect(closedDecision).toHaveCount(1);
  await expect(closedDecision.getByRole("link", { name: "Kur likt soliņu" })).toHaveAttribute(
    "href",
    `/processes/${process.id}/assets/${decision.id}`,
  );
  await expect(closedDecision).toContainText("Izvēlēts: „Soliņš pie strūklakas”, to atbalsta 1 no 1 biļetena.");
  await expect(closedDecision).toContainText("Iznākums: Soliņu uzstādīsim pie strūklakas pavasarī.");
  const latvianTree = await (
    await page.request.get(`/api/v1/processes/${process.id}/tree`, { headers: { "accept-language": "lv" } })
  ).json();
  await expect(closedDecision).toContainText(
    `Uzdevums „${latvianTree.items[0].children[0].children[0].name}” · slēgts`,
  );
  await expectNoEnglish(visitor, "lv");
  await expectNoOverflow(visitor);
  await fitsTheScreen(visitor);
  await expectAccessible(visitor);
  await visitor.screenshot({ path: info.outputPath("overview-lv.png"), fullPage: true });

  // Opened from its address (a shared link), the page comes with the answers to its first requests inside it
  // (common/pagePreloads.ts): the overview shows without the browser asking the API for them.
  const asked: string[] = [];
  const record = (request: { url(): string }) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith("/api/")) asked.push(url.pathname + url.search);
  };
  visitor.on("request", record);
  await visitor.goto(`/processes/${process.id}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(participants.getByText("Iedzīvotāji (Valmieras pilsēta)")).toBeVisible();
  await expect(closedDecision).toContainText("Iznākums: Soliņu uzstādīsim pie strūklakas pavasarī.");
  await expect(phases.getByRole("listitem")).toHaveCount(4);
  visitor.off("request", record);
  const firstRequests = ["/api/v1/platform", "/api/v1/me", `/api/v1/processes/${process.id}`].concat(
    ["tree", "participants", "decision/closed"].map((part) => `/api/v1/processes/${process.id}/${part}`),
  );
  expect(asked.filter((url) => firstRequests.includes(url))).toEqual([]);
  await expectNoEnglish(visitor, "lv");

  // The document reads without an account: its text, a calm note, no connection badge.
  await visitor.goto(`/processes/${process.id}/assets/${document.id}`);
  const text = visitor.getByRole("article", { name: "Dokumenta teksts" });
  await expect(text.getByRole("heading", { name: "Darba kārtība" })).toBeVisible();
  await expect(text.getByText("svētdienās")).toBeVisible();
  await expect(visitor.getByTestId("reading-note")).toContainText("Jūs lasāt; piesakieties, lai piedalītos.");
  await expect(visitor.getByText("Savienojas…")).toHaveCount(0);
  await expect(visitor.getByRole("alert")).toHaveCount(0);
  await fitsTheScreen(visitor);
  await expectNoEnglish(visitor, "lv");
  await visitor.screenshot({ path: info.outputPath("document-lv.png"), fullPage: true });
  await expectAccessible(visitor);

  // "Take part": create an account, and come back to the process.
  await visitor.goto(`/processes/${process.id}`);
  const takePart = visitor.getByRole("region", { name: "Piedalieties" });
  await takePart.getByRole("link", { name: "Izveidot kontu" }).click();
  await expect(visitor).toHaveURL(/\/sign-up\?redirect=/);
  await expectNoEnglish(visitor, "lv");
  await visitor.getByLabel("Jūsu vārds").fill("Jānis Ozoliņš");
  await visitor.getByLabel("E-pasta adrese").fill(`janis-${stamp}@example.org`);
  await visitor.getByLabel("Parole").fill(password);
  await visitor.getByRole("button", { name: "Izveidot kontu" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Pārbaudiet e-pastu");
  // The link in the mail confirms the address, signs him in and leads back to the process.
  await visitor.goto(await lastMailLink(`janis-${stamp}@example.org`, "/verify-email"));
  await expect(visitor.getByRole("status")).toHaveText("Jūsu e-pasta adrese ir apstiprināta. Paldies!");
  await visitor.getByRole("link", { name: "Turpināt, kur biju" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/processes/${process.id}$`));
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(name);
  const join = visitor.getByRole("region", { name: "Piedalieties" });
  await expect(join.getByText("Iedzīvotāji (Valmieras pilsēta)")).toBeVisible();
  await expectAccessible(visitor);
  await join.getByRole("button", { name: "Lūgt uzņemt komandā Iedzīvotāji" }).click();
  await expect(visitor.getByText("Lūgums pievienoties komandai Iedzīvotāji nosūtīts.", { exact: false })).toBeVisible();
  await expect(join.getByText("Lūgums nosūtīts: gaida atbildi")).toBeVisible();
  await expect(join.getByRole("button", { name: /Lūgt uzņemt/ })).toHaveCount(0);
  await fitsTheScreen(visitor);
  await expectAccessible(visitor);
  await expectNoEnglish(visitor, "lv");
  await visitor.screenshot({ path: info.outputPath("pending-lv.png"), fullPage: true });

  // Ilze, who runs the team, lets Jānis in; he opens the task in the plan and writes in its document.
  const requests = await (await page.request.get(`/api/v1/teams/${team.id}/join-requests`)).json();
  expect(requests.items).toHaveLength(1);
  const approved = await page.request.post(`/api/v1/join-requests/${requests.items[0].id}/approve`, {
    ...writes,
    data: {},
  });
  expect(approved.ok()).toBe(true);
  const taskName = latvianTree.items[0].children[0].children[0].name as string;
  await visitor.reload();
  await visitor.getByRole("tab", { name: "Plāns" }).click();
  await visitor.getByRole("link", { name: taskName, exact: true }).click();
  await expect(visitor.getByRole("heading", { name: taskName })).toBeFocused();
  await fitsTheScreen(visitor);
  await expectNoEnglish(visitor, "lv");
  await expectAccessible(visitor);
  await visitor.getByRole("link", { name: "Sanāksmes piezīmes" }).click();
  await expect(visitor.getByText("Savienots: izmaiņas tiek kopīgotas uzreiz")).toBeVisible();
  const editor = visitor.getByRole("textbox", { name: "Dokumenta teksts" });
  await editor.getByText("svētdienās").click();
  await visitor.keyboard.press("End");
  await visitor.keyboard.type(" Un sestdienās līdz 18:00.");
  await expect(editor).toContainText("Un sestdienās līdz 18:00.");
  await fitsTheScreen(visitor);
  await expectNoEnglish(visitor, "lv");
  await expectAccessible(visitor);
  await visitor.screenshot({ path: info.outputPath("writing-lv.png"), fullPage: true });
  // What he wrote is stored: anyone reading the document later, signed in or not, finds it.
  await expect
    .poll(async () => {
      const stored = await page.request.get(`/api/v1/assets/${document.id}/document/content`);
      return stored.ok() ? JSON.stringify(await stored.json()) : "";
    })
    .toContain("Un sestdienās līdz 18:00.");
  await visitorContext.close();
});

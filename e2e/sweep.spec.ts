import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { post } from "./api.js";
import { chooseLanguage, signUp } from "./people.js";
import { expectNoEnglish, expectNoOverflow } from "./readable.js";

// Every screen, as a reader in Latvian on a phone and in Italian on a desktop would see it: nothing sideways,
// not a word of English, axe clean. The data is made through the API; only the looking is done in the browser.

interface World {
  processId: string;
  taskId: string;
  organizationId: string;
  teamId: string;
  documentId: string;
  discussionId: string;
  decisionId: string;
}

/** A public process of a citizens' organization, with a document, a discussion and a decision on a task. */
async function makeWorld(request: APIRequestContext, baseURL: string, stamp: string): Promise<World> {
  await signUp(request, { name: "Ilze Kalniņa", email: `ilze-${stamp}@example.org` });
  const organization = await post(request, baseURL, "/api/v1/organizations", {
    name: { lv: `Iedzīvotāju biedrība ${stamp}`, it: `Associazione dei residenti ${stamp}` },
    type: "citizen",
    visibility: "public",
  });
  const team = await post(request, baseURL, `/api/v1/organizations/${organization.id}/teams`, {
    name: { lv: "Bibliotēkas lietotāji", it: "Utenti della biblioteca" },
    type: "citizen",
  });
  const process = await post(request, baseURL, "/api/v1/processes", {
    name: `Bibliotēka ${stamp}`,
    aim: "Atvērt bibliotēku, kad cilvēki var atnākt",
    language: "lv",
    // Government as a platform: its administrator, in no citizen team, may still start the decision.
    governanceModel: "G2C",
    visibility: "public",
    schemaId: "default",
  });
  const tree = await (await request.get(`/api/v1/processes/${process.id}/tree`)).json();
  const task = tree.items[0].children[0].children[0];
  const asset = (data: unknown) => post(request, baseURL, `/api/v1/tasks/${task.id}/assets`, data);
  const document = await asset({ kind: "interlinker", interlinkerId: "document", name: "Darba plāns" });
  const discussion = await asset({ kind: "interlinker", interlinkerId: "discussion", name: "Saruna" });
  const decision = await asset({
    kind: "interlinker",
    interlinkerId: "decision",
    name: "Darba laiks",
    input: { type: "single_choice", options: [{ label: "Rīts" }, { label: "Vakars" }] },
  });
  return {
    processId: process.id,
    taskId: task.id,
    organizationId: organization.id,
    teamId: team.id,
    documentId: document.id,
    discussionId: discussion.id,
    decisionId: decision.id,
  };
}

/** A public administration with a public service described in full, for the public-service screens. */
async function makeServices(request: APIRequestContext, baseURL: string, stamp: string) {
  const organization = await post(request, baseURL, "/api/v1/organizations", {
    name: { lv: `Pilsētas dome ${stamp}`, it: `Comune ${stamp}` },
    type: "public_administration",
    visibility: "public",
  });
  const service = await post(request, baseURL, "/api/v1/public-services", {
    organizationId: organization.id,
    name: { lv: "Bibliotēkas karte", it: "Tessera della biblioteca" },
    description: { lv: "Karte grāmatu ņemšanai līdzi.", it: "La tessera per prendere in prestito i libri." },
    keywords: ["bibliotēka"],
    thematicAreas: ["http://publications.europa.eu/resource/authority/data-theme/EDUC"],
    sectors: ["http://data.europa.eu/ux2/nace2/R"],
    status: "completed",
    visibility: "public",
    channels: [
      { type: "online", url: "https://example.org/karte" },
      { type: "in_person", address: "Brīvības iela 1" },
      { type: "email", email: "biblioteka@example.org" },
    ],
    costs: [{ value: 0, currency: "EUR" }],
    requirements: [{ name: "Personas apliecība" }],
    outputs: [{ name: "Bibliotēkas karte" }],
    processingTime: "PT2H",
    legalResources: ["https://likumi.lv/ta/id/1"],
    languages: ["lv", "en"],
    spatial: ["http://publications.europa.eu/resource/authority/country/LVA"],
    contactPoint: { email: "biblioteka@example.org", phone: "+371 60000000", openingHours: "P–Pk 9–18" },
  });
  return { organizationId: organization.id as string, serviceId: service.id as string };
}

/** A G2C process of the administration, its staff team taking part, and its story published (with the service). */
async function makeStory(
  request: APIRequestContext,
  baseURL: string,
  stamp: string,
  services: { organizationId: string; serviceId: string },
) {
  const staff = await post(request, baseURL, `/api/v1/organizations/${services.organizationId}/teams`, {
    name: { lv: "Bibliotēkas darbinieki", it: "Personale della biblioteca" },
    type: "public_administration",
  });
  const process = await post(request, baseURL, "/api/v1/processes", {
    name: `Bibliotēkas karte ${stamp}`,
    language: "lv",
    organizationId: services.organizationId,
    governanceModel: "G2C",
    visibility: "public",
    schemaId: "default",
  });
  await post(request, baseURL, `/api/v1/processes/${process.id}/grants`, { teamId: staff.id, rights: ["view"] });
  const tree = await (await request.get(`/api/v1/processes/${process.id}/tree`)).json();
  const story = await post(request, baseURL, `/api/v1/processes/${process.id}/story`, {
    title: { lv: "Bibliotēkas karte tiešsaistē", it: "La tessera della biblioteca online" },
    problem: { lv: "Karti varēja saņemt tikai klātienē.", it: "La tessera si otteneva solo di persona." },
    phases: [
      { itemId: tree.items[0].id, text: { lv: "Aptaujājām lasītājus.", it: "Abbiamo intervistato i lettori." } },
    ],
    outcomes: { lv: "Karti tagad var pieteikt tiešsaistē.", it: "Ora la tessera si chiede online." },
    lessons: { lv: "Jautājiet lasītājiem agri.", it: "Chiedete presto ai lettori." },
    keywords: ["bibliotēka"],
    publicServiceId: services.serviceId,
    language: "lv",
  });
  return { processId: process.id as string, storyId: story.id as string };
}

async function look(page: Page, language: string, url: string, heading?: RegExp | string) {
  await page.goto(url);
  if (heading) await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  else await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expectNoOverflow(page);
  await expectNoEnglish(page, language, ["INTERLINK", "EUPL-1.2"]);
  await expectAccessible(page);
}

test("every screen fits the window and speaks the reader's language", async ({ page, baseURL }, info) => {
  test.slow();
  const language = info.project.name === "phone" ? "lv" : "it";
  const stamp = `${info.project.name}-${Date.now()}`;
  await chooseLanguage(page, language);

  // Signed out.
  for (const url of [
    "/",
    "/sign-in",
    "/sign-up",
    "/forgot-password",
    "/catalogue",
    "/public-services",
    "/stories",
    "/accessibility",
  ])
    await look(page, language, url);
  await look(page, language, "/catalogue/stakeholder-map");

  const world = await makeWorld(page.request, baseURL!, stamp);
  const services = await makeServices(page.request, baseURL!, stamp);
  const story = await makeStory(page.request, baseURL!, stamp, services);
  for (const url of [
    "/dashboard",
    "/profile",
    "/organizations",
    `/organizations/${world.organizationId}`,
    `/teams/${world.teamId}`,
    "/processes/new",
    `/processes/${world.processId}`,
    `/processes/${world.processId}/tasks/${world.taskId}`,
    `/processes/${world.processId}/assets/${world.discussionId}`,
    `/processes/${world.processId}/assets/${world.decisionId}`,
    `/processes/${world.processId}/assets/${world.documentId}`,
    `/organizations/${services.organizationId}`,
    "/public-services",
    `/public-services/new?organizationId=${services.organizationId}`,
    `/public-services/${services.serviceId}`,
    `/public-services/${services.serviceId}/edit`,
  ])
    await look(page, language, url);

  // The stories' screens, kept as screenshots to look at (each project's language and width).
  for (const [name, url] of [
    ["stories", "/stories"],
    ["story", `/stories/${story.storyId}`],
    ["story-form", `/processes/${story.processId}/story`],
    ["story-edit", `/processes/${story.processId}/story?edit=${story.storyId}`],
  ] as const) {
    await look(page, language, url);
    await page.screenshot({ path: info.outputPath(`${name}-${language}-${info.project.name}.png`), fullPage: true });
  }

  // Each tab of the process.
  await page.goto(`/processes/${world.processId}`);
  for (const tab of await page.getByRole("tab").all()) {
    await tab.click();
    await page.waitForLoadState("networkidle");
    await expectNoOverflow(page);
    await expectNoEnglish(page, language, ["INTERLINK", "EUPL-1.2"]);
    await expectAccessible(page);
  }

  // An address that leads nowhere still says where to go, in the reader's language.
  await look(page, language, "/no-such-page");
});

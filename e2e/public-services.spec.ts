import fs from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { post, uniqueWord } from "./api.js";
import { chooseLanguage, signUp } from "./people.js";
import { expectNoEnglish, expectNoOverflow } from "./readable.js";

// A civil servant describes a service of her administration in Latvian; a resident reads it in Italian, signed out,
// after finding it in the catalogue. Each screen is checked with axe, for overflow and for English.

async function check(page: Page, language: string, shot: string, info: { outputPath: (name: string) => string }) {
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: info.outputPath(`${shot}.png`), fullPage: true });
  await expectNoOverflow(page);
  await expectNoEnglish(page, language, ["INTERLINK", "EUPL-1.2", "CPSV-AP", "Turtle", "JSON-LD"]);
  await expectAccessible(page);
}

test("a civil servant describes a public service in Latvian; a resident finds and reads it in Italian", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  test.slow();
  const size = info.project.name === "phone" ? "360" : "desktop";
  const word = uniqueWord("kods");
  const serviceName = `Suņu reģistrācija ${word}`;
  await chooseLanguage(page, "lv");
  await signUp(page, { name: "Inese Liepa", language: "lv" });
  const organization = await post(page.request, baseURL!, "/api/v1/organizations", {
    name: { lv: `Ogres novada pašvaldība ${word}`, it: `Comune di Ogre ${word}` },
    type: "public_administration",
    visibility: "public",
  });
  await post(page.request, baseURL!, `/api/v1/organizations/${organization.id}/teams`, {
    name: { lv: "Klientu apkalpošanas centrs" },
    type: "public_administration",
  });

  // The administration's page offers to describe a service.
  await page.goto(`/organizations/${organization.id}`);
  const services = page.getByRole("region", { name: "Publiskie pakalpojumi" });
  await expect(services.getByText("Publiskie pakalpojumi vēl nav aprakstīti.")).toBeVisible();
  await services.getByRole("link", { name: "Aprakstīt publisko pakalpojumu" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aprakstīt publisko pakalpojumu");
  const form = page.getByRole("form", { name: "Aprakstīt pakalpojumu" });
  await expect(form.getByLabel("Iestāde, kas to sniedz")).toHaveValue(organization.id);

  // Nothing written yet: refused next to the name, in Latvian.
  await form.getByRole("button", { name: "Aprakstīt pakalpojumu" }).click();
  await expect(form.getByText("Norādiet pakalpojuma nosaukumu vismaz vienā valodā.")).toBeVisible();

  await form.getByLabel("Nosaukums (Latviešu)").fill(serviceName);
  await form
    .getByLabel("Apraksts (Latviešu)")
    .fill("Reģistrējiet savu suni novada reģistrā.\nReģistrācija ir obligāta visiem suņiem.");
  const theme = form.getByLabel("Tematiskā joma", { exact: true });
  await theme.focus();
  await page.keyboard.type("Iedzīvot");
  await page.getByRole("option", { name: "Iedzīvotāji un sabiedrība" }).click();
  await page.keyboard.press("Escape");

  await form.getByRole("button", { name: "Pievienot kanālu" }).click();
  await form.getByLabel("1. kanāls: tīmekļa adrese").fill("https://ogre.example.lv/suni");
  await form.getByRole("button", { name: "Pievienot kanālu" }).click();
  await form.getByLabel("2. kanāls: veids").selectOption("phone");
  await form.getByLabel("2. kanāls: tālruņa numurs").fill("+371 65 000 000");

  await form.getByRole("button", { name: "Pievienot maksu" }).click();
  await form.getByLabel("1. maksa: summa").fill("12,5");
  await expect(form.getByLabel("1. maksa: valūta")).toHaveValue("EUR");
  await form.getByLabel("1. maksa: par ko").fill("Mikroshēmas reģistrācija");

  await form.getByRole("button", { name: "Pievienot prasību" }).click();
  await form.getByLabel("1. prasība: nosaukums").fill("Suņa pase");

  await form.getByLabel("Izpildes laiks").fill("3");
  await check(page, "lv", `service-form-lv-${size}`, info);

  // An address without its scheme: the server's refusal sits next to the field, in Latvian.
  const address = form.getByLabel("1. kanāls: tīmekļa adrese");
  await address.fill("ogre.example.lv/suni");
  await form.getByRole("button", { name: "Aprakstīt pakalpojumu" }).click();
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await expect(address).toHaveAccessibleDescription(/Norādiet tīmekļa adresi, kas sākas ar http:\/\/ vai https:\/\//);
  await expect(address).toBeFocused();
  await address.fill("https://ogre.example.lv/suni");

  const created = page.waitForResponse(
    (response) => response.url().endsWith("/api/v1/public-services") && response.request().method() === "POST",
  );
  await form.getByRole("button", { name: "Aprakstīt pakalpojumu" }).click();
  const body = (await created).request().postDataJSON();
  expect(body.processingTime).toBe("P3D");
  expect(body.costs).toEqual([{ value: 12.5, currency: "EUR", description: "Mikroshēmas reģistrācija" }]);

  // The service's page.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(serviceName);
  await expect(page.getByRole("status").filter({ hasText: "Publiskais pakalpojums ir aprakstīts." })).toBeVisible();
  const serviceId = new URL(page.url()).pathname.split("/").at(-1)!;
  await expect(page.getByText("Reģistrējiet savu suni novada reģistrā.")).toBeVisible();
  const channels = page.getByRole("region", { name: "Kā to saņemt" });
  await expect(channels.getByRole("link", { name: "https://ogre.example.lv/suni" })).toHaveAttribute(
    "href",
    "https://ogre.example.lv/suni",
  );
  await expect(channels.getByRole("link", { name: "+371 65 000 000" })).toHaveAttribute("href", "tel:+37165000000");
  await expect(page.getByRole("region", { name: "Cik tas maksā" })).toContainText("12,50 €");
  await expect(page.getByRole("region", { name: "Cik ilgi jāgaida" })).toHaveText(/3 dienas/);
  await expect(page.getByRole("region", { name: "Kas nepieciešams" })).toContainText("Suņa pase");
  await expect(page.getByRole("region", { name: "Tēmas" })).toContainText("Iedzīvotāji un sabiedrība");
  const turtle = page.getByRole("link", { name: "Lejupielādēt CPSV-AP (Turtle)" });
  await expect(turtle).toHaveAttribute("href", `/api/v1/public-services/${serviceId}.ttl`);
  await expect(turtle).toHaveAttribute("download", "");
  const jsonld = page.getByRole("link", { name: "Lejupielādēt CPSV-AP (JSON-LD)" });
  await expect(jsonld).toHaveAttribute("href", `/api/v1/public-services/${serviceId}.jsonld`);
  await expect(jsonld).toHaveAttribute("download", "");
  // What the civil servant downloads is the service in the EU's vocabulary, with what the form said.
  const [downloaded] = await Promise.all([page.waitForEvent("download"), turtle.click()]);
  const ttl = await fs.promises.readFile((await downloaded.path())!, "utf8");
  expect(ttl).toContain("cpsv:PublicService");
  expect(ttl).toContain("Suņa pase");
  const linked = await page.request.get(`/api/v1/public-services/${serviceId}.jsonld`);
  expect(linked.headers()["content-type"]).toContain("application/ld+json");
  expect((await linked.json())["@context"]).toContain("cpsv-ap");
  const history = page.getByRole("region", { name: "Izmaiņas" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await check(page, "lv", `service-page-lv-${size}`, info);

  // A new description: only it is sent, and the history has its second version.
  await page.getByRole("link", { name: "Labot pakalpojumu" }).click();
  const editForm = page.getByRole("form", { name: "Saglabāt izmaiņas" });
  await expect(editForm.getByLabel("Nosaukums (Latviešu)")).toHaveValue(serviceName);
  await editForm.getByLabel("Apraksts (Latviešu)").fill("Reģistrējiet savu suni tiešsaistē vai klientu centrā.");
  await check(page, "lv", `service-edit-lv-${size}`, info);
  const changed = page.waitForResponse(
    (response) =>
      response.url().endsWith(`/api/v1/public-services/${serviceId}`) && response.request().method() === "PATCH",
  );
  await editForm.getByRole("button", { name: "Saglabāt izmaiņas" }).click();
  expect(Object.keys((await changed).request().postDataJSON())).toEqual(["description"]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(serviceName);
  await expect(page.getByText("Reģistrējiet savu suni tiešsaistē vai klientu centrā.")).toBeVisible();
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").first()).toContainText("2. versija");
  await expect(history.getByRole("listitem").first()).toContainText("Mainīts: Apraksts.");

  // A resident, signed out, in Italian: finds it by a word of its name and reads it.
  const visitorContext = await browser.newContext({ baseURL, viewport });
  const visitor = await visitorContext.newPage();
  await chooseLanguage(visitor, "it");
  await visitor.goto("/public-services");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Servizi pubblici");
  await visitor.getByRole("searchbox", { name: "Cerca per parole" }).fill(word);
  await visitor.getByRole("button", { name: "Cerca", exact: true }).click();
  const result = visitor.getByRole("link", { name: serviceName });
  await expect(result).toBeVisible();
  await expect(result).toHaveAttribute("lang", "lv");
  await check(visitor, "it", `service-catalogue-it-${size}`, info);
  await result.click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(serviceName);
  await expect(visitor.getByRole("heading", { level: 1 }).locator("[lang=lv]")).toHaveCount(1);
  await expect(visitor.getByRole("link", { name: `Comune di Ogre ${word}` })).toBeVisible();
  await expect(visitor.getByRole("region", { name: "Quanto tempo richiede" })).toHaveText(/3 giorni/);
  await expect(visitor.getByRole("region", { name: "Quanto costa" })).toContainText("12,50 €");
  await expect(visitor.getByRole("region", { name: "Temi" })).toContainText("Popolazione e società");
  await expect(visitor.getByRole("link", { name: "Modifica il servizio" })).toHaveCount(0);
  await expect(visitor.getByRole("button", { name: "Elimina il servizio" })).toHaveCount(0);
  await check(visitor, "it", `service-page-it-${size}`, info);

  // The civil servant deletes it, after being told what that means; its address then leads nowhere.
  await page.getByRole("button", { name: "Dzēst pakalpojumu" }).click();
  await expect(page.getByText(/^Dzēst šo publisko pakalpojumu\?/)).toBeVisible();
  await page.getByRole("button", { name: "Jā, dzēst" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Publiskais pakalpojums ir dzēsts." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ogres novada pašvaldība ${word}`);
  await expect(services.getByText("Publiskie pakalpojumi vēl nav aprakstīti.")).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Pagina non trovata");
  await visitorContext.close();
});

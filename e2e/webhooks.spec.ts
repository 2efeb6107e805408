import { createHmac } from "node:crypto";
import fs from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { webhookCertificate } from "../playwright.config.js";
import { expectAccessible } from "./accessibility.js";
import { chooseLanguage, signUp } from "./people.js";
import { expectNoEnglish, expectNoOverflow } from "./readable.js";

// A process administrator who reads Italian sends the process's events to her city's system: she registers an
// https receiver in the process's settings, keeps the secret shown once, sends a test, and reads the delivery;
// the receiver (a real https server here) gets it signed with that secret.

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

test("an administrator registers a webhook, keeps its secret and sees a signed test arrive", async ({
  page,
  baseURL,
}, info) => {
  test.setTimeout(120_000);
  const received: Received[] = [];
  const receiver = https.createServer(
    { key: fs.readFileSync(webhookCertificate.key), cert: fs.readFileSync(webhookCertificate.cert) },
    (request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        received.push({ headers: request.headers, body });
        response.writeHead(204).end();
      });
    },
  );
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const hookUrl = `https://127.0.0.1:${(receiver.address() as AddressInfo).port}/interlink/${info.project.name}`;
  try {
    await chooseLanguage(page, "it");
    await signUp(page, { name: "Giulia Verdi", language: "it" });
    const origin = { origin: baseURL! };
    const process = await (
      await page.request.post("/api/v1/processes", {
        headers: origin,
        data: {
          name: `Orti urbani ${info.project.name}`,
          language: "it",
          governanceModel: "G+G",
          visibility: "private",
        },
      })
    ).json();

    await page.goto(`/processes/${process.id}`);
    await page.getByRole("tab", { name: "Impostazioni" }).click();
    const section = page.getByRole("region", { name: "Webhook" });
    await expect(section.getByText("Ancora nessun webhook.")).toBeVisible();

    // A plain http address is refused, in Italian, and nothing is registered.
    const form = section.getByRole("form", { name: "Nuovo webhook" });
    await form.getByLabel("Indirizzo del ricevitore").fill("http://example.org/hook");
    await form.getByRole("button", { name: "Registra il webhook" }).click();
    await expect(
      form.getByText("I webhook sono consegnati solo via https: l'indirizzo deve iniziare con https://."),
    ).toBeVisible();
    await expect(section.getByText("Ancora nessun webhook.")).toBeVisible();

    // Only decisions and sign-offs, to the real receiver.
    await form.getByLabel("Indirizzo del ricevitore").fill(hookUrl);
    await form.getByLabel("Solo alcuni").check();
    await form.getByLabel("Un’approvazione in attesa").check();
    await form.getByLabel("Una decisione aperta").check();
    await form.getByRole("button", { name: "Registra il webhook" }).click();
    const secret = (await section.getByTestId("webhook-secret").textContent())!.trim();
    expect(secret.length).toBeGreaterThan(20);
    await expectNoEnglish(page, "it", [hookUrl, secret, `Orti urbani ${info.project.name}`]);
    await expectNoOverflow(page);
    await expectAccessible(page);
    await page.screenshot({ path: info.outputPath(`webhook-secret-it-${info.project.name}.png`), fullPage: true });
    await section.getByRole("button", { name: "L’ho conservato" }).click();
    await expect(section.getByTestId("webhook-secret")).toHaveCount(0);

    const hook = section.getByRole("listitem").filter({ hasText: hookUrl });
    await expect(hook.getByText("Attivo", { exact: true })).toBeVisible();
    await expect(hook.getByText("Un’approvazione in attesa, Una decisione aperta")).toBeVisible();

    // A test goes out, arrives signed with the secret, and the delivery says so.
    await hook.getByRole("button", { name: "Invia una prova" }).click();
    await expect(hook.getByRole("list", { name: "Ultime consegne, dalla più recente" })).toContainText(
      /Consegnato: 204 in \d+ ms/,
    );
    expect(received).toHaveLength(1);
    const [ping] = received;
    const timestamp = String(ping!.headers["x-interlink-timestamp"]);
    const expected = `sha256=${createHmac("sha256", secret).update(`${timestamp}.${ping!.body}`).digest("hex")}`;
    expect(ping!.headers["x-interlink-signature"]).toBe(expected);
    expect(JSON.parse(ping!.body)).toMatchObject({ type: "ping" });
    await expectAccessible(page);
    await section.screenshot({ path: info.outputPath(`webhook-delivered-it-${info.project.name}.png`) });

    // Paused, then removed.
    await hook.getByRole("button", { name: "Metti in pausa" }).click();
    await expect(hook.getByText("In pausa", { exact: true })).toBeVisible();
    page.once("dialog", (dialog) => void dialog.accept());
    await hook.getByRole("button", { name: "Elimina" }).click();
    await expect(section.getByText("Ancora nessun webhook.")).toBeVisible();
  } finally {
    await new Promise((resolve) => receiver.close(resolve));
  }
});

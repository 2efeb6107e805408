import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./accessibility.js";
import { chooseLanguage, signUp } from "./people.js";
import { expectNoEnglish, expectNoOverflow } from "./readable.js";

// The notification screens as a newcomer sees them in her own language: a Latvian on a 360 px phone, an Italian at
// a desk. An administrator invites her to a team and gives her rights in a process; she invites him to her own team
// and he accepts. Her inbox says all three in her language, the invitation leads to where she answers it, and her
// profile has the mail choices and the switch for this device. Each screen is photographed for a person to look at.

const words = {
  lv: {
    bell: /^Paziņojumi/,
    inbox: "Paziņojumi",
    invited: (team: string) =>
      `Ana Admin aicina jūs pievienoties komandai “${team}”. Pieņemiet vai noraidiet ielūgumu.`,
    granted: (process: string) => `Ana Admin piešķīra jums tiesības procesā “${process}”: tagad jūs tajā piedalāties.`,
    answered: (team: string) => `Ana Admin pieņēma jūsu ielūgumu uz “${team}”.`,
    accept: "Pieņemt",
    acceptedStatus: "Šis ielūgums ir pieņemts.",
    openTeam: "Atvērt komandu",
    mailSettings: "Izvēlieties, kurus paziņojumus saņemt arī e-pastā",
    requests: "Pieprasījumi un ielūgumi, uz kuriem jums jāatbild vai kas jāapstiprina",
    rights: "Lēmumi, apstiprināšana, tiesības un dokumenti jūsu procesos",
    daily: "Kopsavilkumā reizi dienā",
    save: "Saglabāt e-pasta izvēles",
    saved: "Jūsu e-pasta izvēles ir saglabātas.",
    device: "Paziņojumi šajā ierīcē",
  },
  it: {
    bell: /^Notifiche/,
    inbox: "Notifiche",
    invited: (team: string) => `Ana Admin ti invita a entrare nel team «${team}». Accetta o rifiuta l’invito.`,
    granted: (process: string) => `Ana Admin ti ha dato dei diritti in «${process}»: ora vi partecipi.`,
    answered: (team: string) => `Ana Admin ha accettato il tuo invito a «${team}».`,
    accept: "Accetta",
    acceptedStatus: "Questo invito è stato accettato.",
    openTeam: "Apri il team",
    mailSettings: "Scegli quali notifiche ricevere anche per e-mail",
    requests: "Richieste e inviti a cui rispondere o da approvare",
    rights: "Decisioni, approvazioni, diritti e documenti nei tuoi processi",
    daily: "In un riepilogo giornaliero",
    save: "Salva le scelte per l'e-mail",
    saved: "Le tue scelte per l'e-mail sono salvate.",
    device: "Notifiche su questo dispositivo",
  },
} as const;

async function look(page: Page, language: "lv" | "it", names: string[]): Promise<void> {
  await expectNoEnglish(page, language, names);
  await expectNoOverflow(page);
  await expectAccessible(page);
}

test("a newcomer's notifications, inbox and mail choices read well in her language", async ({
  page,
  browser,
  baseURL,
  viewport,
}, info) => {
  test.slow();
  const phone = info.project.name === "phone";
  const language = phone ? "lv" : "it";
  const say = words[language];
  const stamp = `${info.project.name}-${Date.now()}`;
  const origin = { origin: baseURL! };
  const shot = (name: string) =>
    ({ path: info.outputPath(`${name}-${language}-${info.project.name}.png`), fullPage: true }) as const;

  const admin = await signUp(page, { name: "Ana Admin" });
  const context = await browser.newContext({ baseURL, viewport, isMobile: phone, hasTouch: phone });
  const newcomer = await context.newPage();
  await chooseLanguage(newcomer, language);
  const person = await signUp(newcomer, { name: phone ? "Laura Ozola" : "Giulia Bianchi", language });

  // Ana's team, to which she invites the newcomer, and Ana's process, where she gives her rights.
  const teamName = `Riverside ${stamp}`;
  const organization = await (
    await page.request.post("/api/v1/organizations", {
      headers: origin,
      data: { name: { en: `Town ${stamp}` }, type: "public_administration", visibility: "public" },
    })
  ).json();
  const team = await (
    await page.request.post(`/api/v1/organizations/${organization.id}/teams`, {
      headers: origin,
      data: { name: { en: teamName }, type: "public_administration" },
    })
  ).json();
  const invited = await page.request.post(`/api/v1/teams/${team.id}/members`, {
    headers: origin,
    data: { email: person.email },
  });
  expect(invited.status(), await invited.text()).toBe(202);
  const processName = `Park benches ${stamp}`;
  const process = await (
    await page.request.post("/api/v1/processes", {
      headers: origin,
      data: {
        name: processName,
        language: "en",
        organizationId: organization.id,
        governanceModel: "G+G",
        visibility: "private",
        schemaId: "default",
      },
    })
  ).json();
  const granted = await page.request.post(`/api/v1/processes/${process.id}/grants`, {
    headers: origin,
    data: { userId: person.id, rights: ["view"] },
  });
  expect(granted.ok(), await granted.text()).toBe(true);

  // The newcomer's own team: she invites Ana, and Ana accepts.
  const ownTeamName = `Neighbours ${stamp}`;
  const ownOrganization = await (
    await newcomer.request.post("/api/v1/organizations", {
      headers: origin,
      data: { name: { en: `Street ${stamp}` }, type: "citizen", visibility: "public" },
    })
  ).json();
  const ownTeam = await (
    await newcomer.request.post(`/api/v1/organizations/${ownOrganization.id}/teams`, {
      headers: origin,
      data: { name: { en: ownTeamName }, type: "citizen" },
    })
  ).json();
  const ownInvitation = await newcomer.request.post(`/api/v1/teams/${ownTeam.id}/members`, {
    headers: origin,
    data: { email: admin.email },
  });
  expect(ownInvitation.status(), await ownInvitation.text()).toBe(202);
  const accepted = await page.request.post(`/api/v1/invitations/${(await ownInvitation.json()).invitation.id}/accept`, {
    headers: origin,
    data: {},
  });
  expect(accepted.ok(), await accepted.text()).toBe(true);
  const names = [teamName, processName, ownTeamName, person.name];

  // The inbox, from the bell: three notices in her language.
  await newcomer.goto("/dashboard");
  await newcomer.getByRole("banner").getByRole("link", { name: say.bell }).click();
  await expect(newcomer).toHaveURL(/\/notifications$/);
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText(say.inbox);
  const invitation = newcomer.getByRole("link", { name: say.invited(teamName) });
  await expect(invitation).toBeVisible();
  await expect(newcomer.getByRole("link", { name: say.granted(processName) })).toBeVisible();
  await expect(newcomer.getByRole("link", { name: say.answered(ownTeamName) })).toBeVisible();
  await look(newcomer, language, names);
  await newcomer.screenshot(shot("inbox"));

  // The invitation leads to where she answers it; accepting says so and offers the way to the team.
  await invitation.click();
  await expect(newcomer).toHaveURL(/\/invitations\/[0-9a-f-]+$/);
  const accept = newcomer.getByRole("button", { name: new RegExp(`^${say.accept}`) });
  await expect(accept).toBeVisible();
  await look(newcomer, language, names);
  await newcomer.screenshot(shot("invitation"));
  await accept.click();
  await expect(newcomer.getByRole("status").filter({ hasText: say.acceptedStatus })).toBeVisible();
  await expect(newcomer.getByRole("link", { name: say.openTeam })).toBeVisible();
  await look(newcomer, language, names);
  await newcomer.screenshot(shot("invitation-accepted"));

  // Back in the inbox, the answered invitation is read; the way to the mail choices is there.
  await newcomer.getByRole("banner").getByRole("link", { name: say.bell }).click();
  await expect(newcomer.getByRole("link", { name: say.granted(processName) })).toBeVisible();
  await newcomer.getByRole("link", { name: say.mailSettings }).click();
  await expect(newcomer).toHaveURL(/\/profile#mail-notifications$/);

  // Requests to decide in a daily digest; saving says so.
  const requests = newcomer.getByLabel(say.requests);
  await expect(requests).toHaveValue("immediately");
  // Where the rights she was given belong is named, so she can find it.
  await expect(newcomer.getByLabel(say.rights)).toBeVisible();
  await look(newcomer, language, names);
  await newcomer.screenshot(shot("profile"));
  await requests.selectOption({ label: say.daily });
  await newcomer.getByRole("button", { name: say.save }).click();
  await expect(newcomer.getByRole("status").filter({ hasText: say.saved })).toBeVisible();
  const saved = await (await newcomer.request.get("/api/v1/me/notification-preferences")).json();
  expect(saved.events).toMatchObject({ requests_to_decide: "daily" });
  await look(newcomer, language, names);
  await newcomer.screenshot(shot("profile-saved"));

  // The switch for this device is there, off until she turns it on. (Turning it on asks the browser's permission,
  // a prompt that a browser without a screen never answers: that part is not tried here.)
  await expect(newcomer.getByRole("switch", { name: say.device })).not.toBeChecked();

  await context.close();
});

import { type Language, pickTranslation, type Translated } from "../../../common/languages.js";
import type { NotificationType } from "../../../common/notifications.js";

/**
 * What each notification says, in the recipient's language: one sentence for the inbox (also the mail's first
 * line) and a mail subject. `data` holds the names the event carried; a missing one reads as an empty string.
 */
type Words = (data: Record<string, string>) => string;

const texts: Record<NotificationType, Record<Language, { text: Words; subject: Words }>> = {
  mentioned: {
    en: {
      text: (d) => `${d.by} mentioned you in “${d.title}”.`,
      subject: (d) => `${d.by} mentioned you`,
    },
    es: {
      text: (d) => `${d.by} te ha mencionado en «${d.title}».`,
      subject: (d) => `${d.by} te ha mencionado`,
    },
    it: {
      text: (d) => `${d.by} ti ha menzionato in «${d.title}».`,
      subject: (d) => `${d.by} ti ha menzionato`,
    },
    lv: {
      text: (d) => `${d.by} jūs pieminēja sadaļā “${d.title}”.`,
      subject: (d) => `${d.by} jūs pieminēja`,
    },
  },
  "join_request.created": {
    en: {
      text: (d) => `${d.by} asks to join the team “${d.team}”. Approve or reject the request.`,
      subject: (d) => `${d.by} asks to join “${d.team}”`,
    },
    es: {
      text: (d) => `${d.by} pide unirse al equipo «${d.team}». Aprueba o rechaza la solicitud.`,
      subject: (d) => `${d.by} pide unirse a «${d.team}»`,
    },
    it: {
      text: (d) => `${d.by} chiede di entrare nel team «${d.team}». Approva o rifiuta la richiesta.`,
      subject: (d) => `${d.by} chiede di entrare in «${d.team}»`,
    },
    lv: {
      text: (d) => `${d.by} lūdz pievienoties komandai “${d.team}”. Apstipriniet vai noraidiet pieprasījumu.`,
      subject: (d) => `${d.by} lūdz pievienoties komandai “${d.team}”`,
    },
  },
  "join_request.decided": {
    en: {
      text: (d) =>
        d.decision === "approved"
          ? `Your request to join the team “${d.team}” was approved: you are a member now.`
          : `Your request to join the team “${d.team}” was rejected.`,
      subject: (d) => `Your request to join “${d.team}” was ${d.decision === "approved" ? "approved" : "rejected"}`,
    },
    es: {
      text: (d) =>
        d.decision === "approved"
          ? `Tu solicitud para unirte al equipo «${d.team}» ha sido aprobada: ya eres miembro.`
          : `Tu solicitud para unirte al equipo «${d.team}» ha sido rechazada.`,
      subject: (d) =>
        `Tu solicitud para unirte a «${d.team}» ha sido ${d.decision === "approved" ? "aprobada" : "rechazada"}`,
    },
    it: {
      text: (d) =>
        d.decision === "approved"
          ? `La tua richiesta di entrare nel team «${d.team}» è stata approvata: ora ne fai parte.`
          : `La tua richiesta di entrare nel team «${d.team}» è stata rifiutata.`,
      subject: (d) =>
        `La tua richiesta di entrare in «${d.team}» è stata ${d.decision === "approved" ? "approvata" : "rifiutata"}`,
    },
    lv: {
      text: (d) =>
        d.decision === "approved"
          ? `Jūsu pieprasījums pievienoties komandai “${d.team}” ir apstiprināts: tagad esat tās dalībnieks.`
          : `Jūsu pieprasījums pievienoties komandai “${d.team}” ir noraidīts.`,
      subject: (d) =>
        `Jūsu pieprasījums pievienoties komandai “${d.team}” ir ${d.decision === "approved" ? "apstiprināts" : "noraidīts"}`,
    },
  },
  "participation_request.created": {
    en: {
      text: (d) => `${d.by} asks to take part in “${d.process}”. Accept or decline the request.`,
      subject: (d) => `${d.by} asks to take part in “${d.process}”`,
    },
    es: {
      text: (d) => `${d.by} pide participar en «${d.process}». Acepta o rechaza la solicitud.`,
      subject: (d) => `${d.by} pide participar en «${d.process}»`,
    },
    it: {
      text: (d) => `${d.by} chiede di partecipare a «${d.process}». Accetta o rifiuta la richiesta.`,
      subject: (d) => `${d.by} chiede di partecipare a «${d.process}»`,
    },
    lv: {
      text: (d) => `${d.by} lūdz iespēju piedalīties procesā “${d.process}”. Pieņemiet vai noraidiet pieprasījumu.`,
      subject: (d) => `${d.by} lūdz iespēju piedalīties procesā “${d.process}”`,
    },
  },
  "participation_request.decided": {
    en: {
      text: (d) =>
        d.decision === "accepted"
          ? `Your request to take part in “${d.process}” was accepted: you take part now.`
          : `Your request to take part in “${d.process}” was declined. The process page says why.`,
      subject: (d) => `Your request to take part in “${d.process}” was ${d.decision}`,
    },
    es: {
      text: (d) =>
        d.decision === "accepted"
          ? `Tu solicitud para participar en «${d.process}» ha sido aceptada: ya participas.`
          : `Tu solicitud para participar en «${d.process}» ha sido rechazada. La página del proceso explica por qué.`,
      subject: (d) =>
        `Tu solicitud para participar en «${d.process}» ha sido ${d.decision === "accepted" ? "aceptada" : "rechazada"}`,
    },
    it: {
      text: (d) =>
        d.decision === "accepted"
          ? `La tua richiesta di partecipare a «${d.process}» è stata accettata: ora partecipi.`
          : `La tua richiesta di partecipare a «${d.process}» è stata rifiutata. La pagina del processo spiega perché.`,
      subject: (d) =>
        `La tua richiesta di partecipare a «${d.process}» è stata ${d.decision === "accepted" ? "accettata" : "rifiutata"}`,
    },
    lv: {
      text: (d) =>
        d.decision === "accepted"
          ? `Jūsu pieprasījums piedalīties procesā “${d.process}” ir pieņemts: tagad jūs tajā piedalāties.`
          : `Jūsu pieprasījums piedalīties procesā “${d.process}” ir noraidīts. Procesa lapā ir norādīts iemesls.`,
      subject: (d) =>
        `Jūsu pieprasījums piedalīties procesā “${d.process}” ir ${d.decision === "accepted" ? "pieņemts" : "noraidīts"}`,
    },
  },
  "webhook.disabled": {
    en: {
      text: (d) =>
        `Your webhook to ${d.host}${d.process ? ` for “${d.process}”` : ""} was turned off after ${d.failures} failed deliveries. Fix the receiver and turn it on again.`,
      subject: (d) => `Your webhook to ${d.host} was turned off`,
    },
    es: {
      text: (d) =>
        `Tu webhook a ${d.host}${d.process ? ` de «${d.process}»` : ""} se ha desactivado tras ${d.failures} entregas fallidas. Corrige el receptor y vuelve a activarlo.`,
      subject: (d) => `Tu webhook a ${d.host} se ha desactivado`,
    },
    it: {
      text: (d) =>
        `Il tuo webhook verso ${d.host}${d.process ? ` per «${d.process}»` : ""} è stato disattivato dopo ${d.failures} consegne non riuscite. Correggi il ricevitore e riattivalo.`,
      subject: (d) => `Il tuo webhook verso ${d.host} è stato disattivato`,
    },
    lv: {
      text: (d) =>
        `Jūsu tīmekļa āķis uz ${d.host}${d.process ? ` procesam “${d.process}”` : ""} tika izslēgts pēc ${d.failures} neizdevušām piegādēm. Izlabojiet saņēmēju un ieslēdziet to atkal.`,
      subject: (d) => `Jūsu tīmekļa āķis uz ${d.host} tika izslēgts`,
    },
  },
};

const mailClosing: Record<Language, (url: string, settingsUrl: string) => string> = {
  en: (url, settings) => `Open it: ${url}\n\nChoose which mails you get: ${settings}`,
  es: (url, settings) => `Ábrelo: ${url}\n\nElige qué correos recibes: ${settings}`,
  it: (url, settings) => `Aprilo: ${url}\n\nScegli quali e-mail ricevere: ${settings}`,
  lv: (url, settings) => `Atvērt: ${url}\n\nIzvēlieties, kādas vēstules saņemt: ${settings}`,
};

/** What an event names: a plain string, or a name in several languages (a team's, a discussion's). */
export type NotificationData = Record<string, string | Translated>;

/** The event's names in the reader's language; a missing one reads as an empty string. */
const inLanguage = (data: NotificationData, language: Language): Record<string, string> =>
  new Proxy({} as Record<string, string>, {
    get: (_target, key) => {
      const value = typeof key === "string" ? data[key] : undefined;
      return value === undefined ? "" : typeof value === "string" ? value : pickTranslation(value, language);
    },
  });

export function notificationText(type: NotificationType, data: NotificationData, language: Language): string {
  return texts[type][language].text(inLanguage(data, language));
}

export function notificationMail(
  type: NotificationType,
  data: NotificationData,
  language: Language,
  links: { url: string; settingsUrl: string },
): { subject: string; text: string } {
  const words = texts[type][language];
  const named = inLanguage(data, language);
  return {
    subject: words.subject(named),
    text: `${words.text(named)}\n\n${mailClosing[language](links.url, links.settingsUrl)}`,
  };
}

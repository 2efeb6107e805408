import { type Language, pickTranslation, type Translated } from "../../../common/languages.js";
import type { NotificationType } from "../../../common/notifications.js";
import { mailHtml } from "../mail/html.js";

/**
 * What each notification says, in the recipient's language: one sentence for the inbox (also the mail's first
 * line) and a mail subject. `data` holds the names the event carried; a missing one reads as an empty string.
 */
type Words = (data: Record<string, string>) => string;

/** What an invitation offers, as its addressee reads it. */
const invitationAims: Record<Language, Words> = {
  en: (d) =>
    ({
      team_member: `${d.by} invites you to join the team “${d.target}”.`,
      organization_administrator: `${d.by} invites you to administer the organization “${d.target}”.`,
      process_administrator: `${d.by} invites you to administer the process “${d.target}”.`,
      process_grant: `${d.by} invites your team “${d.team}” to take part in the process “${d.target}”.`,
    })[d.kind!] ?? "",
  es: (d) =>
    ({
      team_member: `${d.by} te invita a unirte al equipo «${d.target}».`,
      organization_administrator: `${d.by} te invita a administrar la organización «${d.target}».`,
      process_administrator: `${d.by} te invita a administrar el proceso «${d.target}».`,
      process_grant: `${d.by} invita a tu equipo «${d.team}» a participar en el proceso «${d.target}».`,
    })[d.kind!] ?? "",
  it: (d) =>
    ({
      team_member: `${d.by} ti invita a entrare nel team «${d.target}».`,
      organization_administrator: `${d.by} ti invita ad amministrare l’organizzazione «${d.target}».`,
      process_administrator: `${d.by} ti invita ad amministrare il processo «${d.target}».`,
      process_grant: `${d.by} invita il tuo team «${d.team}» a partecipare al processo «${d.target}».`,
    })[d.kind!] ?? "",
  lv: (d) =>
    ({
      team_member: `${d.by} aicina jūs pievienoties komandai “${d.target}”.`,
      organization_administrator: `${d.by} aicina jūs administrēt organizāciju “${d.target}”.`,
      process_administrator: `${d.by} aicina jūs administrēt procesu “${d.target}”.`,
      process_grant: `${d.by} aicina jūsu komandu “${d.team}” piedalīties procesā “${d.target}”.`,
    })[d.kind!] ?? "",
};

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
  replied: {
    en: {
      text: (d) => `${d.by} replied in “${d.title}”, where you took part.`,
      subject: (d) => `${d.by} replied in “${d.title}”`,
    },
    es: {
      text: (d) => `${d.by} ha respondido en «${d.title}», donde participaste.`,
      subject: (d) => `${d.by} ha respondido en «${d.title}»`,
    },
    it: {
      text: (d) => `${d.by} ha risposto in «${d.title}», dove hai partecipato.`,
      subject: (d) => `${d.by} ha risposto in «${d.title}»`,
    },
    lv: {
      text: (d) => `${d.by} atbildēja sarunā “${d.title}”, kurā jūs piedalījāties.`,
      subject: (d) => `${d.by} atbildēja sarunā “${d.title}”`,
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
  "invitation.received": {
    en: {
      text: (d) => `${invitationAims.en(d)} Accept or decline the invitation.`,
      subject: (d) => `${d.by} invites you: “${d.target}”`,
    },
    es: {
      text: (d) => `${invitationAims.es(d)} Acepta o rechaza la invitación.`,
      subject: (d) => `${d.by} te invita: «${d.target}»`,
    },
    it: {
      text: (d) => `${invitationAims.it(d)} Accetta o rifiuta l’invito.`,
      subject: (d) => `${d.by} ti invita: «${d.target}»`,
    },
    lv: {
      text: (d) => `${invitationAims.lv(d)} Pieņemiet vai noraidiet ielūgumu.`,
      subject: (d) => `${d.by} jūs aicina: “${d.target}”`,
    },
  },
  "invitation.answered": {
    en: {
      text: (d) => `${d.by} ${d.decision === "accepted" ? "accepted" : "declined"} your invitation to “${d.target}”.`,
      subject: (d) => `${d.by} ${d.decision === "accepted" ? "accepted" : "declined"} your invitation`,
    },
    es: {
      text: (d) => `${d.by} ha ${d.decision === "accepted" ? "aceptado" : "rechazado"} tu invitación a «${d.target}».`,
      subject: (d) => `${d.by} ha ${d.decision === "accepted" ? "aceptado" : "rechazado"} tu invitación`,
    },
    it: {
      text: (d) => `${d.by} ha ${d.decision === "accepted" ? "accettato" : "rifiutato"} il tuo invito a «${d.target}».`,
      subject: (d) => `${d.by} ha ${d.decision === "accepted" ? "accettato" : "rifiutato"} il tuo invito`,
    },
    lv: {
      text: (d) => `${d.by} ${d.decision === "accepted" ? "pieņēma" : "noraidīja"} jūsu ielūgumu uz “${d.target}”.`,
      subject: (d) => `${d.by} ${d.decision === "accepted" ? "pieņēma" : "noraidīja"} jūsu ielūgumu`,
    },
  },
  "grant.changed": {
    en: {
      text: (d) =>
        d.change === "given"
          ? d.team
            ? `Your team “${d.team}” now takes part in “${d.process}”.`
            : `${d.by} gave you rights in “${d.process}”: you take part in it now.`
          : d.team
            ? `${d.by} took back the rights of your team “${d.team}” in “${d.process}”.`
            : `${d.by} took back your rights in “${d.process}”.`,
      subject: (d) => (d.change === "given" ? `You take part in “${d.process}”` : `Rights changed in “${d.process}”`),
    },
    es: {
      text: (d) =>
        d.change === "given"
          ? d.team
            ? `Tu equipo «${d.team}» participa ahora en «${d.process}».`
            : `${d.by} te ha dado derechos en «${d.process}»: ahora participas en él.`
          : d.team
            ? `${d.by} ha retirado los derechos de tu equipo «${d.team}» en «${d.process}».`
            : `${d.by} ha retirado tus derechos en «${d.process}».`,
      subject: (d) =>
        d.change === "given" ? `Participas en «${d.process}»` : `Han cambiado los derechos en «${d.process}»`,
    },
    it: {
      text: (d) =>
        d.change === "given"
          ? d.team
            ? `Il tuo team «${d.team}» ora partecipa a «${d.process}».`
            : `${d.by} ti ha dato dei diritti in «${d.process}»: ora vi partecipi.`
          : d.team
            ? `${d.by} ha revocato i diritti del tuo team «${d.team}» in «${d.process}».`
            : `${d.by} ha revocato i tuoi diritti in «${d.process}».`,
      subject: (d) => (d.change === "given" ? `Partecipi a «${d.process}»` : `Diritti cambiati in «${d.process}»`),
    },
    lv: {
      text: (d) =>
        d.change === "given"
          ? d.team
            ? `Jūsu komanda “${d.team}” tagad piedalās procesā “${d.process}”.`
            : `${d.by} piešķīra jums tiesības procesā “${d.process}”: tagad jūs tajā piedalāties.`
          : d.team
            ? `${d.by} atsauca jūsu komandas “${d.team}” tiesības procesā “${d.process}”.`
            : `${d.by} atsauca jūsu tiesības procesā “${d.process}”.`,
      subject: (d) =>
        d.change === "given" ? `Jūs piedalāties procesā “${d.process}”` : `Mainītas tiesības procesā “${d.process}”`,
    },
  },
  "assignment.received": {
    en: {
      text: (d) => `${d.by} made you responsible for “${d.item}” in “${d.process}”.`,
      subject: (d) => `You are responsible for “${d.item}”`,
    },
    es: {
      text: (d) => `${d.by} te ha hecho responsable de «${d.item}» en «${d.process}».`,
      subject: (d) => `Eres responsable de «${d.item}»`,
    },
    it: {
      text: (d) => `${d.by} ti ha reso responsabile di «${d.item}» in «${d.process}».`,
      subject: (d) => `Sei responsabile di «${d.item}»`,
    },
    lv: {
      text: (d) => `${d.by} jūs iecēla par atbildīgo par “${d.item}” procesā “${d.process}”.`,
      subject: (d) => `Jūs esat atbildīgs par “${d.item}”`,
    },
  },
  "gate.pending": {
    en: {
      text: (d) => `“${d.item}” in “${d.process}” waits for your sign-off. Approve or reject it.`,
      subject: (d) => `“${d.item}” waits for your sign-off`,
    },
    es: {
      text: (d) => `«${d.item}» en «${d.process}» espera tu visto bueno. Apruébalo o recházalo.`,
      subject: (d) => `«${d.item}» espera tu visto bueno`,
    },
    it: {
      text: (d) => `«${d.item}» in «${d.process}» attende la tua approvazione. Approvalo o rifiutalo.`,
      subject: (d) => `«${d.item}» attende la tua approvazione`,
    },
    lv: {
      text: (d) => `“${d.item}” procesā “${d.process}” gaida jūsu apstiprinājumu. Apstipriniet vai noraidiet to.`,
      subject: (d) => `“${d.item}” gaida jūsu apstiprinājumu`,
    },
  },
  "gate.decided": {
    en: {
      text: (d) =>
        d.decision === "approved"
          ? `“${d.item}” in “${d.process}” is signed off.`
          : `${d.by} rejected the sign-off of “${d.item}” in “${d.process}”: it is open again.`,
      subject: (d) => `“${d.item}” was ${d.decision === "approved" ? "signed off" : "rejected"}`,
    },
    es: {
      text: (d) =>
        d.decision === "approved"
          ? `«${d.item}» en «${d.process}» tiene el visto bueno.`
          : `${d.by} ha rechazado el visto bueno de «${d.item}» en «${d.process}»: vuelve a estar abierto.`,
      subject: (d) => `«${d.item}» ha sido ${d.decision === "approved" ? "aprobado" : "rechazado"}`,
    },
    it: {
      text: (d) =>
        d.decision === "approved"
          ? `«${d.item}» in «${d.process}» è stato approvato.`
          : `${d.by} ha rifiutato l’approvazione di «${d.item}» in «${d.process}»: è di nuovo aperto.`,
      subject: (d) => `«${d.item}» è stato ${d.decision === "approved" ? "approvato" : "rifiutato"}`,
    },
    lv: {
      text: (d) =>
        d.decision === "approved"
          ? `“${d.item}” procesā “${d.process}” ir apstiprināts.`
          : `${d.by} noraidīja “${d.item}” apstiprināšanu procesā “${d.process}”: tas atkal ir atvērts.`,
      subject: (d) => `“${d.item}” ir ${d.decision === "approved" ? "apstiprināts" : "noraidīts"}`,
    },
  },
  "claim.created": {
    en: {
      text: (d) => `${d.by} says they did work on “${d.item}” in “${d.process}”. Approve or reject the claim.`,
      subject: (d) => `${d.by} claims work on “${d.item}”`,
    },
    es: {
      text: (d) => `${d.by} dice que ha trabajado en «${d.item}» de «${d.process}». Aprueba o rechaza la solicitud.`,
      subject: (d) => `${d.by} reclama trabajo en «${d.item}»`,
    },
    it: {
      text: (d) => `${d.by} dice di aver lavorato a «${d.item}» in «${d.process}». Approva o rifiuta la richiesta.`,
      subject: (d) => `${d.by} rivendica lavoro su «${d.item}»`,
    },
    lv: {
      text: (d) =>
        `${d.by} norāda, ka ir strādājis pie “${d.item}” procesā “${d.process}”. Apstipriniet vai noraidiet pieteikumu.`,
      subject: (d) => `${d.by} piesaka paveikto darbu pie “${d.item}”`,
    },
  },
  "claim.decided": {
    en: {
      text: (d) =>
        d.decision === "approved"
          ? `${d.by} approved your claim of work on “${d.item}” in “${d.process}”: it is credited to you.`
          : `${d.by} rejected your claim of work on “${d.item}” in “${d.process}”. The reason is on the item.`,
      subject: (d) => `Your claim on “${d.item}” was ${d.decision === "approved" ? "approved" : "rejected"}`,
    },
    es: {
      text: (d) =>
        d.decision === "approved"
          ? `${d.by} ha aprobado tu solicitud de trabajo en «${d.item}» de «${d.process}»: se te reconoce.`
          : `${d.by} ha rechazado tu solicitud de trabajo en «${d.item}» de «${d.process}». El motivo está en la tarea.`,
      subject: (d) => `Tu solicitud sobre «${d.item}» ha sido ${d.decision === "approved" ? "aprobada" : "rechazada"}`,
    },
    it: {
      text: (d) =>
        d.decision === "approved"
          ? `${d.by} ha approvato la tua richiesta per il lavoro su «${d.item}» in «${d.process}»: ti viene riconosciuto.`
          : `${d.by} ha rifiutato la tua richiesta per il lavoro su «${d.item}» in «${d.process}». Il motivo è indicato nell’attività.`,
      subject: (d) =>
        `La tua richiesta su «${d.item}» è stata ${d.decision === "approved" ? "approvata" : "rifiutata"}`,
    },
    lv: {
      text: (d) =>
        d.decision === "approved"
          ? `${d.by} apstiprināja jūsu pieteikumu par darbu pie “${d.item}” procesā “${d.process}”: tas ir ieskaitīts jums.`
          : `${d.by} noraidīja jūsu pieteikumu par darbu pie “${d.item}” procesā “${d.process}”. Iemesls ir norādīts pie uzdevuma.`,
      subject: (d) => `Jūsu pieteikums par “${d.item}” ir ${d.decision === "approved" ? "apstiprināts" : "noraidīts"}`,
    },
  },
  "decision.opened": {
    en: {
      text: (d) => `${d.by} opened the decision “${d.title}” in “${d.process}”. Cast your vote.`,
      subject: (d) => `A decision to vote on: “${d.title}”`,
    },
    es: {
      text: (d) => `${d.by} ha abierto la decisión «${d.title}» en «${d.process}». Emite tu voto.`,
      subject: (d) => `Una decisión que votar: «${d.title}»`,
    },
    it: {
      text: (d) => `${d.by} ha aperto la decisione «${d.title}» in «${d.process}». Esprimi il tuo voto.`,
      subject: (d) => `Una decisione da votare: «${d.title}»`,
    },
    lv: {
      text: (d) => `${d.by} atvēra lēmumu “${d.title}” procesā “${d.process}”. Nobalsojiet.`,
      subject: (d) => `Lēmums, par kuru balsot: “${d.title}”`,
    },
  },
  "decision.closing": {
    en: {
      text: (d) => `The vote on “${d.title}” in “${d.process}” ends within 24 hours. Vote now if you have not yet.`,
      subject: (d) => `The vote on “${d.title}” ends within 24 hours`,
    },
    es: {
      text: (d) =>
        `La votación de «${d.title}» en «${d.process}» termina en menos de 24 horas. Vota ahora si aún no lo has hecho.`,
      subject: (d) => `La votación de «${d.title}» termina en menos de 24 horas`,
    },
    it: {
      text: (d) =>
        `La votazione su «${d.title}» in «${d.process}» si chiude entro 24 ore. Vota ora se non l’hai ancora fatto.`,
      subject: (d) => `La votazione su «${d.title}» si chiude entro 24 ore`,
    },
    lv: {
      text: (d) =>
        `Balsošana par “${d.title}” procesā “${d.process}” beigsies 24 stundu laikā. Balsojiet tagad, ja vēl neesat to izdarījis.`,
      subject: (d) => `Balsošana par “${d.title}” beigsies 24 stundu laikā`,
    },
  },
  "decision.ended": {
    en: {
      text: (d) => `Voting on “${d.title}” in “${d.process}” has ended. Close the decision to record its outcome.`,
      subject: (d) => `Voting on “${d.title}” has ended: record the outcome`,
    },
    es: {
      text: (d) =>
        `La votación de «${d.title}» en «${d.process}» ha terminado. Cierra la decisión para registrar el resultado.`,
      subject: (d) => `La votación de «${d.title}» ha terminado: registra el resultado`,
    },
    it: {
      text: (d) =>
        `La votazione su «${d.title}» in «${d.process}» è terminata. Chiudi la decisione per registrarne l’esito.`,
      subject: (d) => `La votazione su «${d.title}» è terminata: registra l’esito`,
    },
    lv: {
      text: (d) =>
        `Balsošana par “${d.title}” procesā “${d.process}” ir beigusies. Noslēdziet lēmumu, lai ierakstītu rezultātu.`,
      subject: (d) => `Balsošana par “${d.title}” ir beigusies: ierakstiet rezultātu`,
    },
  },
  "decision.closed": {
    en: {
      text: (d) => `The decision “${d.title}” in “${d.process}” is closed. Outcome: ${d.outcome}`,
      subject: (d) => `Decided: “${d.title}”`,
    },
    es: {
      text: (d) => `La decisión «${d.title}» en «${d.process}» está cerrada. Resultado: ${d.outcome}`,
      subject: (d) => `Decidido: «${d.title}»`,
    },
    it: {
      text: (d) => `La decisione «${d.title}» in «${d.process}» è chiusa. Esito: ${d.outcome}`,
      subject: (d) => `Deciso: «${d.title}»`,
    },
    lv: {
      text: (d) => `Lēmums “${d.title}” procesā “${d.process}” ir pieņemts. Rezultāts: ${d.outcome}`,
      subject: (d) => `Izlemts: “${d.title}”`,
    },
  },
  "document.restored": {
    en: {
      text: (d) => `${d.by} brought back the version “${d.version}” of “${d.title}” in “${d.process}”.`,
      subject: (d) => `“${d.title}” was brought back to an earlier version`,
    },
    es: {
      text: (d) => `${d.by} ha recuperado la versión «${d.version}» de «${d.title}» en «${d.process}».`,
      subject: (d) => `«${d.title}» ha vuelto a una versión anterior`,
    },
    it: {
      text: (d) => `${d.by} ha ripristinato la versione «${d.version}» di «${d.title}» in «${d.process}».`,
      subject: (d) => `«${d.title}» è tornato a una versione precedente`,
    },
    lv: {
      text: (d) => `${d.by} atjaunoja versiju “${d.version}” dokumentam “${d.title}” procesā “${d.process}”.`,
      subject: (d) => `Dokuments “${d.title}” atjaunots uz agrāku versiju`,
    },
  },
  "suggestion.accepted": {
    en: {
      text: (d) =>
        `${d.by} accepted your suggestion for the public service “${d.service}” (“${d.title}” in “${d.process}”).`,
      subject: (d) => `Your suggestion for “${d.service}” was accepted`,
    },
    es: {
      text: (d) =>
        `${d.by} ha aceptado tu sugerencia para el servicio público «${d.service}» («${d.title}» en «${d.process}»).`,
      subject: (d) => `Aceptada tu sugerencia para «${d.service}»`,
    },
    it: {
      text: (d) =>
        `${d.by} ha accettato il tuo suggerimento per il servizio pubblico «${d.service}» («${d.title}» in «${d.process}»).`,
      subject: (d) => `Accettato il tuo suggerimento per «${d.service}»`,
    },
    lv: {
      text: (d) =>
        `${d.by} pieņēma jūsu ieteikumu publiskajam pakalpojumam “${d.service}” (“${d.title}” procesā “${d.process}”).`,
      subject: (d) => `Jūsu ieteikums pakalpojumam “${d.service}” pieņemts`,
    },
  },
  "story.published": {
    en: {
      text: (d) =>
        `${d.by} published the story of “${d.process}”: “${d.title}”. If you took part, you may ask to be named in it.`,
      subject: (d) => `The story of “${d.process}” is published`,
    },
    es: {
      text: (d) =>
        `${d.by} ha publicado la historia de «${d.process}»: «${d.title}». Si participaste, puedes pedir que te nombren en ella.`,
      subject: (d) => `Publicada la historia de «${d.process}»`,
    },
    it: {
      text: (d) =>
        `${d.by} ha pubblicato la storia di «${d.process}»: «${d.title}». Se hai partecipato, puoi chiedere di esservi nominato.`,
      subject: (d) => `Pubblicata la storia di «${d.process}»`,
    },
    lv: {
      text: (d) =>
        `${d.by} publicēja procesa “${d.process}” stāstu “${d.title}”. Ja jūs piedalījāties, varat lūgt, lai jūs tajā nosauc.`,
      subject: (d) => `Publicēts procesa “${d.process}” stāsts`,
    },
  },
  "story.awaiting_consent": {
    en: {
      text: (d) =>
        `${d.by} wants to publish the story of “${d.process}”: “${d.title}”. It goes out once your side consents too.`,
      subject: (d) => `The story of “${d.process}” waits for your side's consent`,
    },
    es: {
      text: (d) =>
        `${d.by} quiere publicar la historia de «${d.process}»: «${d.title}». Se publicará cuando tu parte también dé su consentimiento.`,
      subject: (d) => `La historia de «${d.process}» espera el consentimiento de tu parte`,
    },
    it: {
      text: (d) =>
        `${d.by} vuole pubblicare la storia di «${d.process}»: «${d.title}». Sarà pubblicata quando anche la tua parte darà il consenso.`,
      subject: (d) => `La storia di «${d.process}» attende il consenso della tua parte`,
    },
    lv: {
      text: (d) =>
        `${d.by} vēlas publicēt procesa “${d.process}” stāstu “${d.title}”. Tas tiks publicēts, kad piekritīs arī jūsu puse.`,
      subject: (d) => `Procesa “${d.process}” stāsts gaida jūsu puses piekrišanu`,
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

/** How a notification mail ends: the way to what it is about, and to the person's mail choices. */
const mailClosing: Record<Language, { open: string; choose: string }> = {
  en: { open: "Open it", choose: "Choose which mails you get" },
  es: { open: "Ábrelo", choose: "Elige qué correos recibes" },
  it: { open: "Aprilo", choose: "Scegli quali e-mail ricevere" },
  lv: { open: "Atvērt", choose: "Izvēlieties, kādas vēstules saņemt" },
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
): { subject: string; text: string; html: string } {
  const words = texts[type][language];
  const named = inLanguage(data, language);
  const closing = mailClosing[language];
  const sentence = words.text(named);
  const subject = words.subject(named);
  return {
    subject,
    text: `${sentence}\n\n${closing.open}: ${links.url}\n\n${closing.choose}: ${links.settingsUrl}`,
    html: mailHtml(language, subject, [
      { paragraph: sentence },
      { link: { label: closing.open, url: links.url } },
      { link: { label: closing.choose, url: links.settingsUrl } },
    ]),
  };
}

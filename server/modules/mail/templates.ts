import type { Right } from "../../../common/coproduction.js";
import type { InvitationKind } from "../../../common/invitations.js";
import type { Language } from "../../../common/languages.js";

type MailText = { subject: string; text: (name: string, url: string) => string };
/** The mail to the owner of an address someone tried to sign up with: where to sign in, where to reset. */
type ExistingAccountText = { subject: string; text: (name: string, signInUrl: string, resetUrl: string) => string };

/** The platform's own mails, in each language a user may choose. */
export const mailTemplates: Record<"verify-email" | "reset-password", Record<Language, MailText>> & {
  "existing-account": Record<Language, ExistingAccountText>;
} = {
  "verify-email": {
    en: {
      subject: "Confirm your e-mail address for INTERLINK",
      text: (name, url) =>
        `Hello ${name},\n\nplease confirm your e-mail address by opening this link:\n${url}\n\n` +
        "If you did not create an INTERLINK account, you can ignore this message.",
    },
    es: {
      subject: "Confirma tu dirección de correo en INTERLINK",
      text: (name, url) =>
        `Hola, ${name}:\n\nconfirma tu dirección de correo abriendo este enlace:\n${url}\n\n` +
        "Si no has creado una cuenta en INTERLINK, puedes ignorar este mensaje.",
    },
    it: {
      subject: "Conferma il tuo indirizzo e-mail su INTERLINK",
      text: (name, url) =>
        `Ciao ${name},\n\nconferma il tuo indirizzo e-mail aprendo questo link:\n${url}\n\n` +
        "Se non hai creato un account INTERLINK, puoi ignorare questo messaggio.",
    },
    lv: {
      subject: "Apstipriniet savu e-pasta adresi INTERLINK",
      text: (name, url) =>
        `Labdien, ${name}!\n\nLūdzu, apstipriniet savu e-pasta adresi, atverot šo saiti:\n${url}\n\n` +
        "Ja jūs neesat izveidojis INTERLINK kontu, šo ziņu varat neņemt vērā.",
    },
  },
  "reset-password": {
    en: {
      subject: "Reset your INTERLINK password",
      text: (name, url) =>
        `Hello ${name},\n\nsomeone asked to reset the password of your INTERLINK account. ` +
        `To choose a new password, open this link within an hour:\n${url}\n\n` +
        "If it was not you, ignore this message: your password stays as it is.",
    },
    es: {
      subject: "Restablece tu contraseña de INTERLINK",
      text: (name, url) =>
        `Hola, ${name}:\n\nalguien ha pedido restablecer la contraseña de tu cuenta de INTERLINK. ` +
        `Para elegir una nueva, abre este enlace en menos de una hora:\n${url}\n\n` +
        "Si no has sido tú, ignora este mensaje: tu contraseña no cambia.",
    },
    it: {
      subject: "Reimposta la password di INTERLINK",
      text: (name, url) =>
        `Ciao ${name},\n\nqualcuno ha chiesto di reimpostare la password del tuo account INTERLINK. ` +
        `Per sceglierne una nuova, apri questo link entro un'ora:\n${url}\n\n` +
        "Se non sei stato tu, ignora questo messaggio: la password resta invariata.",
    },
    lv: {
      subject: "Atiestatiet savu INTERLINK paroli",
      text: (name, url) =>
        `Labdien, ${name}!\n\nKāds ir lūdzis atiestatīt jūsu INTERLINK konta paroli. ` +
        `Lai izvēlētos jaunu paroli, stundas laikā atveriet šo saiti:\n${url}\n\n` +
        "Ja tas nebijāt jūs, neņemiet šo ziņu vērā: jūsu parole paliek nemainīga.",
    },
  },
  "existing-account": {
    en: {
      subject: "Someone tried to create an INTERLINK account with your address",
      text: (name, signInUrl, resetUrl) =>
        `Hello ${name},\n\nsomeone tried to create a new INTERLINK account with this e-mail address, ` +
        "which already has an account. No new account was created and nothing was changed.\n\n" +
        `If it was you, sign in here:\n${signInUrl}\n\n` +
        `If you do not remember your password, choose a new one here:\n${resetUrl}\n\n` +
        "If it was not you, you can ignore this message.",
    },
    es: {
      subject: "Alguien ha intentado crear una cuenta de INTERLINK con tu dirección",
      text: (name, signInUrl, resetUrl) =>
        `Hola, ${name}:\n\nalguien ha intentado crear una nueva cuenta de INTERLINK con esta dirección de correo, ` +
        "que ya tiene una cuenta. No se ha creado ninguna cuenta nueva ni se ha cambiado nada.\n\n" +
        `Si has sido tú, inicia sesión aquí:\n${signInUrl}\n\n` +
        `Si no recuerdas tu contraseña, elige una nueva aquí:\n${resetUrl}\n\n` +
        "Si no has sido tú, puedes ignorar este mensaje.",
    },
    it: {
      subject: "Qualcuno ha provato a creare un account INTERLINK con il tuo indirizzo",
      text: (name, signInUrl, resetUrl) =>
        `Ciao ${name},\n\nqualcuno ha provato a creare un nuovo account INTERLINK con questo indirizzo e-mail, ` +
        "che ha già un account. Nessun nuovo account è stato creato e nulla è cambiato.\n\n" +
        `Se sei stato tu, accedi qui:\n${signInUrl}\n\n` +
        `Se non ricordi la password, scegline una nuova qui:\n${resetUrl}\n\n` +
        "Se non sei stato tu, puoi ignorare questo messaggio.",
    },
    lv: {
      subject: "Kāds mēģināja izveidot INTERLINK kontu ar jūsu adresi",
      text: (name, signInUrl, resetUrl) =>
        `Labdien, ${name}!\n\nKāds mēģināja izveidot jaunu INTERLINK kontu ar šo e-pasta adresi, ` +
        "kurai jau ir konts. Jauns konts netika izveidots, un nekas netika mainīts.\n\n" +
        `Ja tas bijāt jūs, piesakieties šeit:\n${signInUrl}\n\n` +
        `Ja neatceraties paroli, izvēlieties jaunu šeit:\n${resetUrl}\n\n` +
        "Ja tas nebijāt jūs, šo ziņu varat neņemt vērā.",
    },
  },
};

/** What an invitation mail says: who invites, to what, and how to answer. */
export interface InvitationMailFacts {
  kind: InvitationKind;
  inviterName: string;
  /** The team, organization or process, in the recipient's language where it has one. */
  targetName: string;
  /** Grant invitations: the team offered rights, and the rights. */
  teamName?: string;
  rights?: readonly Right[];
  /** Team invitations as administrator say so. */
  asAdministrator?: boolean;
  /** The invited address (person invitations). */
  email?: string;
  /** The address has an account: it is asked to sign in, not to sign up. */
  hasAccount: boolean;
  url: string;
  expiresOn: string;
}

/** The facts with the rights worded in the recipient's language. */
type WordedFacts = InvitationMailFacts & { rightsText: string };

interface InvitationWords {
  subject: (facts: WordedFacts) => string;
  offer: (facts: WordedFacts) => string;
  signIn: string;
  signUp: (email: string) => string;
  expires: (date: string) => string;
  ignore: string;
  rights: Record<Right, string>;
}

const invitationWords: Record<Language, InvitationWords> = {
  en: {
    subject: ({ inviterName, targetName }) => `${inviterName} invites you to ${targetName} on INTERLINK`,
    offer: (facts) =>
      ({
        team_member: `${facts.inviterName} invites you to join the team "${facts.targetName}"${facts.asAdministrator ? " as one of its administrators" : ""}.`,
        organization_administrator: `${facts.inviterName} invites you to administer the organization "${facts.targetName}".`,
        process_administrator: `${facts.inviterName} invites you to administer the co-production process "${facts.targetName}".`,
        process_grant: `${facts.inviterName} invites your team "${facts.teamName}" to take part in the co-production process "${facts.targetName}" (${facts.rightsText}). As one of the team's administrators you accept or decline; until then the team takes no part in it.`,
      })[facts.kind],
    signIn: "To accept or decline, sign in and open:",
    signUp: (email) => `To accept, create an INTERLINK account with the address ${email} and open:`,
    expires: (date) => `The invitation is valid until ${date}.`,
    ignore: "If you do not want it, ignore this message: nothing happens without your answer.",
    rights: {
      view: "see the work",
      create_assets: "add work",
      edit_assets: "edit work",
      delete_assets: "delete work",
      manage_items: "change the plan",
    },
  },
  es: {
    subject: ({ inviterName, targetName }) => `${inviterName} te invita a ${targetName} en INTERLINK`,
    offer: (facts) =>
      ({
        team_member: `${facts.inviterName} te invita a unirte al equipo «${facts.targetName}»${facts.asAdministrator ? " como uno de sus administradores" : ""}.`,
        organization_administrator: `${facts.inviterName} te invita a administrar la organización «${facts.targetName}».`,
        process_administrator: `${facts.inviterName} te invita a administrar el proceso de coproducción «${facts.targetName}».`,
        process_grant: `${facts.inviterName} invita a tu equipo «${facts.teamName}» a participar en el proceso de coproducción «${facts.targetName}» (${facts.rightsText}). Como administrador del equipo, aceptas o rechazas; hasta entonces el equipo no participa.`,
      })[facts.kind],
    signIn: "Para aceptar o rechazar, inicia sesión y abre:",
    signUp: (email) => `Para aceptar, crea una cuenta de INTERLINK con la dirección ${email} y abre:`,
    expires: (date) => `La invitación es válida hasta el ${date}.`,
    ignore: "Si no la quieres, ignora este mensaje: no pasa nada sin tu respuesta.",
    rights: {
      view: "ver el trabajo",
      create_assets: "añadir trabajo",
      edit_assets: "editar el trabajo",
      delete_assets: "eliminar trabajo",
      manage_items: "cambiar el plan",
    },
  },
  it: {
    subject: ({ inviterName, targetName }) => `${inviterName} ti invita a ${targetName} su INTERLINK`,
    offer: (facts) =>
      ({
        team_member: `${facts.inviterName} ti invita a entrare nel team «${facts.targetName}»${facts.asAdministrator ? " come uno dei suoi amministratori" : ""}.`,
        organization_administrator: `${facts.inviterName} ti invita ad amministrare l'organizzazione «${facts.targetName}».`,
        process_administrator: `${facts.inviterName} ti invita ad amministrare il processo di coproduzione «${facts.targetName}».`,
        process_grant: `${facts.inviterName} invita il tuo team «${facts.teamName}» a partecipare al processo di coproduzione «${facts.targetName}» (${facts.rightsText}). Come amministratore del team accetti o rifiuti; fino ad allora il team non vi partecipa.`,
      })[facts.kind],
    signIn: "Per accettare o rifiutare, accedi e apri:",
    signUp: (email) => `Per accettare, crea un account INTERLINK con l'indirizzo ${email} e apri:`,
    expires: (date) => `L'invito è valido fino al ${date}.`,
    ignore: "Se non lo vuoi, ignora questo messaggio: senza la tua risposta non succede nulla.",
    rights: {
      view: "vedere il lavoro",
      create_assets: "aggiungere lavoro",
      edit_assets: "modificare il lavoro",
      delete_assets: "eliminare il lavoro",
      manage_items: "modificare il piano",
    },
  },
  lv: {
    subject: ({ inviterName, targetName }) => `${inviterName} aicina jūs: ${targetName} (INTERLINK)`,
    offer: (facts) =>
      ({
        team_member: `${facts.inviterName} aicina jūs pievienoties komandai “${facts.targetName}”${facts.asAdministrator ? " kā vienam no tās administratoriem" : ""}.`,
        organization_administrator: `${facts.inviterName} aicina jūs administrēt organizāciju “${facts.targetName}”.`,
        process_administrator: `${facts.inviterName} aicina jūs administrēt koprades procesu “${facts.targetName}”.`,
        process_grant: `${facts.inviterName} aicina jūsu komandu “${facts.teamName}” piedalīties koprades procesā “${facts.targetName}” (${facts.rightsText}). Kā komandas administrators jūs piekrītat vai atsakāties; līdz tam komanda tajā nepiedalās.`,
      })[facts.kind],
    signIn: "Lai piekristu vai atteiktos, pierakstieties un atveriet:",
    signUp: (email) => `Lai piekristu, izveidojiet INTERLINK kontu ar adresi ${email} un atveriet:`,
    expires: (date) => `Ielūgums ir derīgs līdz ${date}.`,
    ignore: "Ja jūs to nevēlaties, neņemiet šo ziņu vērā: bez jūsu atbildes nekas nenotiek.",
    rights: {
      view: "skatīt darbu",
      create_assets: "pievienot darbu",
      edit_assets: "labot darbu",
      delete_assets: "dzēst darbu",
      manage_items: "mainīt plānu",
    },
  },
};

/** An invitation mail in the recipient's language. */
export function invitationMail(language: Language, facts: InvitationMailFacts): { subject: string; text: string } {
  const words = invitationWords[language];
  const localized = { ...facts, rightsText: (facts.rights ?? []).map((right) => words.rights[right]).join(", ") };
  const how = facts.hasAccount || !facts.email ? words.signIn : words.signUp(facts.email);
  return {
    subject: words.subject(localized),
    text: `${words.offer(localized)}\n\n${how}\n${facts.url}\n\n${words.expires(facts.expiresOn)}\n${words.ignore}`,
  };
}

/** What a mail is for: one per template, kept beside each mail in the outbox and in its file. */
export type MailPurpose = keyof typeof mailTemplates | "invitation" | "notification" | "notification-digest";

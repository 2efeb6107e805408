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

/** What a mail is for: one per template, kept beside each mail in the outbox and in its file. */
export type MailPurpose = keyof typeof mailTemplates;

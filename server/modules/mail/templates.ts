import type { Language } from "../../../common/languages.js";

type MailText = { subject: string; text: (name: string, url: string) => string };

/** The platform's own mails, in each language a user may choose. */
export const mailTemplates: Record<"verify-email" | "reset-password", Record<Language, MailText>> = {
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
};

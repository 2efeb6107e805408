import type { InterlinkerManifest } from "../sdk/server.js";

export const augmenterManifest: InterlinkerManifest = {
  id: "augmenter",
  nature: "software",
  name: {
    en: "Service description enhancement",
    es: "Mejora de la descripción de un servicio",
    it: "Miglioramento della descrizione di un servizio",
    lv: "Pakalpojuma apraksta uzlabošana",
  },
  description: {
    en: "Citizens select a passage of a public service's description and suggest clearer words or comment on it; moderators accept, reject or merge the suggestions into the service.",
    es: "La ciudadanía selecciona un pasaje de la descripción de un servicio público y sugiere palabras más claras o lo comenta; la moderación acepta, rechaza o combina las sugerencias en el servicio.",
    it: "I cittadini selezionano un passaggio della descrizione di un servizio pubblico e suggeriscono parole più chiare o lo commentano; i moderatori accettano, respingono o uniscono i suggerimenti nel servizio.",
    lv: "Iedzīvotāji atlasa publiskā pakalpojuma apraksta fragmentu un iesaka skaidrākus vārdus vai to komentē; moderatori ieteikumus pieņem, noraida vai apvieno pakalpojumā.",
  },
  instructions: {
    en: "Add it to a task and choose the public service to improve. Everyone taking part selects a passage of its name or description and suggests a replacement or writes a comment; moderators accept a suggestion (the service's text changes and its history records it), reject it with a reason, or merge overlapping ones into one text.",
    es: "Añádela a una tarea y elige el servicio público que mejorar. Quien participa selecciona un pasaje de su nombre o descripción y sugiere un reemplazo o escribe un comentario; la moderación acepta una sugerencia (el texto del servicio cambia y su historial lo registra), la rechaza con un motivo o combina las que se solapan en un solo texto.",
    it: "Aggiungilo a un compito e scegli il servizio pubblico da migliorare. Chi partecipa seleziona un passaggio del nome o della descrizione e suggerisce una sostituzione o scrive un commento; i moderatori accettano un suggerimento (il testo del servizio cambia e la sua cronologia lo registra), lo respingono con un motivo o uniscono quelli sovrapposti in un solo testo.",
    lv: "Pievienojiet to uzdevumam un izvēlieties uzlabojamo publisko pakalpojumu. Dalībnieki atlasa tā nosaukuma vai apraksta fragmentu un iesaka aizstājēju vai raksta komentāru; moderatori ieteikumu pieņem (pakalpojuma teksts mainās, un vēsture to ieraksta), noraida, norādot iemeslu, vai apvieno pārklājošos vienā tekstā.",
  },
  functions: ["documentation"],
  problemProfiles: [],
  tags: ["public services", "annotation", "plain language"],
  licence: "copyleft",
  difficulty: "easy",
  administrativeScopes: ["eu", "national", "local"],
  languages: ["en", "es", "it", "lv"],
};

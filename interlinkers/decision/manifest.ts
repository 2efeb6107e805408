import type { InterlinkerManifest } from "../sdk/server.js";

export const decisionManifest: InterlinkerManifest = {
  id: "decision",
  nature: "software",
  name: { en: "Decision", es: "Decisión", it: "Decisione", lv: "Lēmums" },
  description: {
    en: "Decide together: a proposal to consent to, a single or approval choice, ranked choice with instant runoff, dot voting, scores, or a meeting time, with quorum, closing time and an outcome recorded in the process trail.",
    es: "Decidir en común: una propuesta para dar consentimiento, elección única o por aprobación, voto por orden de preferencia con segunda vuelta instantánea, votación por puntos, puntuaciones o una fecha de reunión, con quórum, cierre y un resultado anotado en el registro del proceso.",
    it: "Decidere insieme: una proposta da approvare per consenso, scelta singola o per approvazione, voto per preferenze con ballottaggio istantaneo, voto a punti, punteggi o l'orario di una riunione, con quorum, chiusura e un esito registrato nella traccia del processo.",
    lv: "Lemt kopā: priekšlikums, kuram piekrist, vienas izvēles vai apstiprinājuma balsojums, preferenciālais balsojums ar tūlītēju otro kārtu, punktu balsojums, vērtējumi vai tikšanās laiks, ar kvorumu, slēgšanas laiku un iznākumu, kas ierakstīts procesa žurnālā.",
  },
  instructions: {
    en: "Add a decision to a task, choose the kind of poll and its options. Everyone with a right on the task (or the teams you name) votes once and may change their ballot until the poll closes. Those who may edit the task's assets close it and write the outcome, which is added to the process activity.",
    es: "Añade una decisión a una tarea y elige el tipo de votación y sus opciones. Quien tenga un derecho sobre la tarea (o los equipos que nombres) vota una vez y puede cambiar su voto hasta el cierre. Quien puede editar los recursos de la tarea la cierra y escribe el resultado, que se añade a la actividad del proceso.",
    it: "Aggiungi una decisione a un compito e scegli il tipo di votazione e le sue opzioni. Chi ha un diritto sul compito (o le squadre che indichi) vota una volta e può cambiare il voto fino alla chiusura. Chi può modificare le risorse del compito la chiude e scrive l'esito, che viene aggiunto all'attività del processo.",
    lv: "Pievienojiet uzdevumam lēmumu, izvēlieties balsojuma veidu un iespējas. Ikviens ar tiesībām uz uzdevumu (vai jūsu nosauktās komandas) balso vienreiz un var mainīt savu balsi līdz slēgšanai. Tie, kas drīkst labot uzdevuma resursus, balsojumu slēdz un uzraksta iznākumu, kas tiek pievienots procesa darbību žurnālam.",
  },
  functions: ["decision"],
  problemProfiles: ["collective-decision-making", "agree-shared-goals", "schedule-meetings", "conflict-resolution"],
  tags: ["poll", "vote", "consent", "ranked choice", "meeting"],
  licence: "copyleft",
  difficulty: "easy",
  administrativeScopes: ["eu", "national", "local"],
  languages: ["en", "es", "it", "lv"],
};

import type { InterlinkerManifest } from "../sdk/server.js";

export const discussionManifest: InterlinkerManifest = {
  id: "discussion",
  nature: "software",
  name: { en: "Discussion", es: "Debate", it: "Discussione", lv: "Diskusija" },
  description: {
    en: "Threads and replies in Markdown, with @mentions of the process's members, reactions, a marked answer or outcome, edit history and moderation by the process's administrators.",
    es: "Hilos y respuestas en Markdown, con @menciones de los miembros del proceso, reacciones, una respuesta o resultado marcado, historial de ediciones y moderación por los administradores del proceso.",
    it: "Discussioni e risposte in Markdown, con @menzioni dei membri del processo, reazioni, una risposta o un esito segnato, cronologia delle modifiche e moderazione da parte degli amministratori del processo.",
    lv: "Pavedieni un atbildes Markdown formātā ar procesa dalībnieku @pieminēšanu, reakcijām, atzīmētu atbildi vai iznākumu, labojumu vēsturi un procesa administratoru moderāciju.",
  },
  instructions: {
    en: "Everyone who may see the task's assets reads the discussion. Members of the process (administrators and people holding a grant in it, on their own or through a team) who may see the task start threads, reply, react and report posts. Authors edit their own posts; earlier versions stay visible. The thread's author or anyone who may edit the task's assets marks a reply as the answer or outcome. Process administrators hide posts with a reason, which is written to the process's activity, and see the open reports.",
    es: "Quien puede ver los recursos de la tarea lee el debate. Los miembros del proceso (administradores y personas con un permiso en él, propio o a través de un equipo) que pueden ver la tarea abren hilos, responden, reaccionan y denuncian mensajes. Cada autor edita sus mensajes; las versiones anteriores siguen visibles. El autor del hilo o quien puede editar los recursos de la tarea marca una respuesta como respuesta o resultado. Los administradores del proceso ocultan mensajes indicando el motivo, que queda en la actividad del proceso, y ven las denuncias abiertas.",
    it: "Chi può vedere le risorse del compito legge la discussione. I membri del processo (amministratori e persone con un permesso nel processo, proprio o tramite una squadra) che possono vedere il compito aprono discussioni, rispondono, reagiscono e segnalano messaggi. Gli autori modificano i propri messaggi; le versioni precedenti restano visibili. L'autore della discussione o chi può modificare le risorse del compito segna una risposta come risposta o esito. Gli amministratori del processo nascondono messaggi indicando il motivo, che resta nell'attività del processo, e vedono le segnalazioni aperte.",
    lv: "Diskusiju lasa ikviens, kas drīkst redzēt uzdevuma resursus. Procesa dalībnieki (administratori un personas ar piešķirtām tiesībām procesā, pašas vai caur komandu), kas drīkst redzēt uzdevumu, sāk pavedienus, atbild, reaģē un ziņo par ierakstiem. Autori labo savus ierakstus; iepriekšējās versijas paliek redzamas. Pavediena autors vai tas, kas drīkst labot uzdevuma resursus, atzīmē atbildi kā atbildi vai iznākumu. Procesa administratori paslēpj ierakstus, norādot iemeslu, kas tiek ierakstīts procesa darbību žurnālā, un redz atvērtos ziņojumus.",
  },
  functions: ["communication", "decision"],
  problemProfiles: [],
  tags: ["discussion", "forum", "threads"],
  licence: "copyleft",
  difficulty: "very_easy",
  administrativeScopes: ["eu", "national", "local"],
  languages: ["en", "es", "it", "lv"],
};

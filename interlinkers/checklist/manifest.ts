import type { InterlinkerManifest } from "../sdk/server.js";

export const checklistManifest: InterlinkerManifest = {
  id: "checklist",
  nature: "software",
  name: { en: "Checklist", es: "Lista de verificación", it: "Lista di controllo", lv: "Kontrolsaraksts" },
  description: {
    en: "A task's to-do list: items to tick off, each with an optional person responsible and a due date.",
    es: "La lista de pendientes de una tarea: puntos que marcar, cada uno con una persona responsable y una fecha límite opcionales.",
    it: "L'elenco delle cose da fare di un compito: voci da spuntare, ciascuna con una persona responsabile e una scadenza facoltative.",
    lv: "Uzdevuma darāmo darbu saraksts: punkti, ko atzīmēt, katram pēc izvēles atbildīgā persona un termiņš.",
  },
  instructions: {
    en: "Add a checklist to a task, write one item per line, then tick items off as they are done. Items can be reordered, given to one of the task's people and given a due date.",
    es: "Añade una lista de verificación a una tarea, escribe un punto por línea y márcalos a medida que se completan. Los puntos se pueden reordenar, asignar a una de las personas de la tarea y fechar.",
    it: "Aggiungi una lista di controllo a un compito, scrivi una voce per riga e spuntale man mano che sono fatte. Le voci si possono riordinare, affidare a una delle persone del compito e dotare di una scadenza.",
    lv: "Pievienojiet uzdevumam kontrolsarakstu, ierakstiet katru punktu savā rindā un atzīmējiet tos, kad paveikti. Punktus var pārkārtot, uzticēt kādam no uzdevuma cilvēkiem un piešķirt tiem termiņu.",
  },
  functions: ["organization"],
  problemProfiles: [],
  tags: ["to-do", "tasks", "checklist"],
  licence: "copyleft",
  difficulty: "very_easy",
  administrativeScopes: ["eu", "national", "local"],
  languages: ["en", "es", "it", "lv"],
};

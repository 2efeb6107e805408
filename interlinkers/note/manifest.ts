import type { InterlinkerManifest } from "../sdk/server.js";

export const noteManifest: InterlinkerManifest = {
  id: "note",
  nature: "software",
  name: { en: "Note", es: "Nota", it: "Nota", lv: "Piezīme" },
  description: {
    en: "Plain text a team writes together: minutes, drafts, lists, and the templates of the knowledge catalogue.",
    es: "Texto sencillo que un equipo escribe en común: actas, borradores, listas y las plantillas del catálogo.",
    it: "Testo semplice che una squadra scrive insieme: verbali, bozze, elenchi e i modelli del catalogo.",
    lv: "Vienkāršs teksts, ko komanda raksta kopā: protokoli, melnraksti, saraksti un kataloga veidnes.",
  },
  instructions: {
    en: "Add a note to a task, or use a template from the catalogue to start from a prepared text.",
    es: "Añade una nota a una tarea o usa una plantilla del catálogo para empezar con un texto preparado.",
    it: "Aggiungi una nota a un compito o usa un modello del catalogo per partire da un testo preparato.",
    lv: "Pievienojiet uzdevumam piezīmi vai izmantojiet kataloga veidni, lai sāktu ar sagatavotu tekstu.",
  },
  functions: ["documentation"],
  problemProfiles: [],
  tags: ["text", "notes"],
  licence: "copyleft",
  difficulty: "very_easy",
  administrativeScopes: ["eu", "national", "local"],
  languages: ["en", "es", "it", "lv"],
};

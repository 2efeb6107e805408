import type { InterlinkerManifest } from "../sdk/server.js";

export const documentManifest: InterlinkerManifest = {
  id: "document",
  nature: "software",
  name: { en: "Shared document", es: "Documento compartido", it: "Documento condiviso", lv: "Kopīgs dokuments" },
  description: {
    en: "Rich text a team writes together at the same time, seeing who is there; with named versions and export to HTML and Markdown.",
    es: "Texto enriquecido que un equipo escribe a la vez, viendo quién está presente; con versiones con nombre y exportación a HTML y Markdown.",
    it: "Testo formattato che una squadra scrive insieme nello stesso momento, vedendo chi è presente; con versioni con nome ed esportazione in HTML e Markdown.",
    lv: "Formatēts teksts, ko komanda raksta kopā vienlaikus, redzot, kas ir klāt; ar nosauktām versijām un eksportu uz HTML un Markdown.",
  },
  instructions: {
    en: "Add a shared document to a task, or use a template from the catalogue to start from prepared content. Save a named version before big changes.",
    es: "Añade un documento compartido a una tarea o usa una plantilla del catálogo para empezar con contenido preparado. Guarda una versión con nombre antes de cambios grandes.",
    it: "Aggiungi un documento condiviso a un compito o usa un modello del catalogo per partire da un contenuto preparato. Salva una versione con nome prima di grandi modifiche.",
    lv: "Pievienojiet uzdevumam kopīgu dokumentu vai izmantojiet kataloga veidni, lai sāktu ar sagatavotu saturu. Pirms lielām izmaiņām saglabājiet nosauktu versiju.",
  },
  functions: ["documentation"],
  problemProfiles: [],
  tags: ["text", "collaboration", "writing"],
  licence: "copyleft",
  difficulty: "very_easy",
  administrativeScopes: ["eu", "national", "local"],
  languages: ["en", "es", "it", "lv"],
};

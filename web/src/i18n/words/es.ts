// One language's files, in a chunk of its own (gathered by web/src/i18n/index.ts).
export const features = import.meta.glob<Record<string, unknown>>("../locales/es/*.json", {
  eager: true,
  import: "default",
});
export const interlinkers = import.meta.glob<Record<string, unknown>>("../../../../interlinkers/*/locales/es.json", {
  eager: true,
  import: "default",
});

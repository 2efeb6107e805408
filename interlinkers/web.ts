import type { AssetView, CreateFieldsModule } from "./sdk/web";

// Where the web app finds the built-in interlinkers' web parts; their contract (the types) is in sdk/web.ts.
const views = import.meta.glob<{ default: AssetView }>("./*/web/index.tsx");

/** The loader of an interlinker's web part, or undefined when it has none. */
export function findAssetView(interlinkerId: string): (() => Promise<{ default: AssetView }>) | undefined {
  return views[`./${interlinkerId}/web/index.tsx`];
}

const createFields = import.meta.glob<CreateFieldsModule>("./*/web/create.tsx");

/** The loader of an interlinker's creation fields, or undefined when it needs only a name. */
export function findCreateFields(interlinkerId: string): (() => Promise<CreateFieldsModule>) | undefined {
  return createFields[`./${interlinkerId}/web/create.tsx`];
}

/** The ids of the built-in interlinkers that have a web part, i.e. can be worked with in the browser. */
export const interlinkersWithViews = Object.keys(views).map((file) => file.split("/")[1]!);

import type { ComponentType } from "react";
import type { Language } from "../common/languages";
import type { components } from "../web/src/api/schema";

/**
 * The web half of the interlinker contract. A built-in interlinker's `web/index.tsx` default-exports a component
 * taking these props; the asset page finds it by the asset's interlinker id and loads it only when it is opened.
 * Its words live in `locales/<language>.json` and are reached as `interlinkers.<id>.<key>`.
 */
export interface AssetViewProps {
  asset: components["schemas"]["Asset"];
}

export type AssetView = ComponentType<AssetViewProps>;

/**
 * Optional: `web/create.tsx` default-exports the fields an interlinker needs to create an asset (rendered inside
 * the task's "add a tool" form, server errors shown next to them as `input.<field>`) and exports `readInput`,
 * which turns the submitted form into the `input` of `POST /tasks/:id/assets`.
 */
export interface CreateFieldsProps {
  errors: Record<string, string>;
  /** The language of the task's process, for what the tool copies into it (a template's language). */
  processLanguage?: Language;
}
export interface CreateFieldsModule {
  default: ComponentType<CreateFieldsProps>;
  readInput(form: FormData): unknown;
  /**
   * Optional: a knowledge template the fields chose (one whose software interlinker is this tool). The form then
   * sends that template's id, and its language, instead of this tool's id and `input`.
   */
  readTemplate?(form: FormData): { interlinkerId: string; language?: Language } | null;
}

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

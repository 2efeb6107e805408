import type { ComponentType } from "react";
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

const views = import.meta.glob<{ default: AssetView }>("./*/web/index.tsx");

/** The loader of an interlinker's web part, or undefined when it has none. */
export function findAssetView(interlinkerId: string): (() => Promise<{ default: AssetView }>) | undefined {
  return views[`./${interlinkerId}/web/index.tsx`];
}

/** Every interlinker's words, by language then interlinker id. */
export const interlinkerMessages: Record<string, Record<string, unknown>> = {};
const files = import.meta.glob<Record<string, unknown>>("./*/locales/*.json", { eager: true, import: "default" });
for (const [file, messages] of Object.entries(files)) {
  const [, id, , name] = file.split("/");
  const language = name!.replace(/\.json$/, "");
  interlinkerMessages[language] ??= {};
  interlinkerMessages[language]![id!] = messages;
}

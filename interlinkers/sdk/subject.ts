import type { asset } from "../../server/db/schema/processes.js";
import type { ItemSubject } from "../../server/policies/process.js";

export type AssetRow = typeof asset.$inferSelect;

/**
 * An asset as policies see it: the asset, the actor's rights on its task, and what the interlinker's policy loaded
 * about it (`state`), e.g. a poll's voters or a thread's author.
 */
export interface AssetSubject<State = unknown> {
  kind: "asset";
  interlinkerId: string;
  asset: AssetRow;
  task: ItemSubject;
  state: State;
}

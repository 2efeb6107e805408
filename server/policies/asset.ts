import type { AssetSubject } from "../interlinkers/registry.js";
import { findBuiltinInterlinker } from "../interlinkers/registry.js";
import type { MaybeActor } from "./actor.js";
import { explainItem, explainProcess, governedItemActions, type ItemAction, itemActions } from "./process.js";
import { type Decision, deny } from "./verdict.js";

export type { AssetSubject };

/** On an asset: a right on its task (view_assets, edit_assets, …), or one of its interlinker's own actions. */
export type AssetAction = ItemAction | (string & {});

/**
 * The task's actions an asset answers for itself; the rulebook's vote, close_decision and moderate are its
 * interlinker's to ask (as `task(…)`), under its own names.
 */
const taskActions: readonly string[] = [...itemActions, ...governedItemActions];
const isItemAction = (action: string): action is ItemAction => taskActions.includes(action);

/**
 * Nobody who may not see the task's assets may do anything with one; past that, a task right is the core's to
 * decide and any other action the interlinker's policy (interlinkers/<id>/policy.ts). "view" is view_assets.
 */
export function explainAsset(actor: MaybeActor, action: AssetAction, subject: AssetSubject): Decision {
  const view = explainItem(actor, "view_assets", subject.task);
  if (!view.allowed || action === "view" || action === "view_assets") return view;
  if (isItemAction(action)) return explainItem(actor, action, subject.task);
  const policy = findBuiltinInterlinker(subject.interlinkerId)?.policy;
  if (!policy?.actions.includes(action)) return deny(`"${action}" is not something one can do with this asset.`);
  return policy.explain({
    actor,
    action,
    subject,
    task: (taskAction) => explainItem(actor, taskAction, subject.task),
    process: (processAction) => explainProcess(actor, processAction, subject.task.process),
  });
}

import { allow, deny, type InterlinkerPolicy } from "../sdk/server.js";
import type { ChecklistItemRow } from "./tables.js";

export const checklistActions = ["tick", "edit_items"] as const;
export type ChecklistAction = (typeof checklistActions)[number];

/** The item a decision is about, when it is about one (ticking it); the list's own routes ask with none. */
export interface ChecklistState {
  item: ChecklistItemRow | null;
}

export const checklistPolicy: InterlinkerPolicy<ChecklistAction, ChecklistState> = {
  actions: checklistActions,
  // Nothing to load for the whole list: the item a tick is about is put into the subject by the route.
  load: async () => ({ item: null }),
  explain({ actor, action, subject, task }) {
    switch (action) {
      case "tick": {
        const editing = task("edit_assets");
        if (editing.allowed) return allow("Those who may edit this task's assets may tick its items off.");
        // Someone given an item can say it is done without being trusted with the rest of the list.
        const item = subject.state.item;
        if (actor && item?.assigneeId === actor.userId) return allow("This item is yours to tick off.");
        return deny("Ticking items off needs the right to edit this task's assets, unless the item is yours.");
      }
      case "edit_items":
        return task("edit_assets");
    }
  },
};

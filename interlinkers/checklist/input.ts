import { z } from "zod";
import { canMap, timestamp } from "../sdk/server.js";
import { checklistActions } from "./policy.js";

export const maxItems = 200;
export const maxItemLength = 500;

/**
 * An item's words on one line: line breaks and runs of spaces become one space, so every item survives the
 * Markdown task list it is exported as.
 */
export const itemText = z
  .string()
  .overwrite((text) => text.replace(/\s+/g, " ").trim())
  .min(1)
  .max(maxItemLength);

const assigneeId = z.uuid({ message: "Not a valid id." }).nullable();
const dueOn = z.iso.date({ message: "Give the date as YYYY-MM-DD." }).nullable();

/** What a team may give when it adds a checklist to a task: the first items, in order. */
export const creationInput = z.strictObject({ items: z.array(itemText).max(maxItems).optional() });
export type CreationInput = z.output<typeof creationInput>;

export const itemParams = z.strictObject({ itemId: z.uuid({ message: "Not a valid id." }) });

export const addItemBody = z.strictObject({
  text: itemText,
  assigneeId: assigneeId.optional(),
  dueOn: dueOn.optional(),
});

/** `version` is the item's as the editor last saw it: an edit of a changed item is refused, not merged. */
export const editItemBody = z.strictObject({
  version: z.int().positive(),
  text: itemText.optional(),
  assigneeId: assigneeId.optional(),
  dueOn: dueOn.optional(),
});

export const itemDoneBody = z.strictObject({ done: z.boolean() });

/** `version` is the list's as the mover last saw it: positions mean nothing on a list that changed since. */
export const moveItemBody = z.strictObject({ position: z.int().min(0), version: z.int().positive() });

const person = z.object({ id: z.string(), name: z.string() }).meta({ id: "ChecklistPerson" });

const itemOutput = z
  .object({
    id: z.uuid(),
    position: z.int(),
    text: z.string(),
    assignee: person.nullable(),
    dueOn: z.string().nullable(),
    done: z.boolean(),
    doneAt: timestamp.nullable(),
    /** Who ticked it off; null when not done, or when that account is gone. */
    doneBy: person.nullable(),
    version: z.int(),
    can: canMap(["tick"] as const),
  })
  .meta({ id: "ChecklistItem" });

export const checklistOutput = z
  .object({
    assetId: z.uuid(),
    version: z.int(),
    maxItems: z.int(),
    items: z.array(itemOutput),
    /** The task's people: whom an item may be given to. */
    people: z.array(person),
    can: canMap(checklistActions),
  })
  .meta({ id: "Checklist" });
export type ChecklistOutput = z.output<typeof checklistOutput>;

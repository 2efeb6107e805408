import { defineInterlinker } from "../sdk/server.js";
import {
  addItemBody,
  checklistOutput,
  creationInput,
  editItemBody,
  itemDoneBody,
  itemParams,
  moveItemBody,
} from "./input.js";
import { checklistManifest } from "./manifest.js";
import { checklistPolicy } from "./policy.js";
import { cloneChecklist, createChecklist, exportChecklist, importChecklist, parseTaskList } from "./portable.js";
import { presentChecklist } from "./presenter.js";
import { addItem, deleteItem, editItem, findItem, moveItem, setItemDone } from "./service.js";

export default defineInterlinker({
  manifest: checklistManifest,
  input: creationInput,
  policy: checklistPolicy,

  hooks: {
    async instantiate({ tx, asset, input, template }) {
      const entries = input.items
        ? input.items.map((text) => ({ text, done: false, dueOn: null }))
        : parseTaskList(template ?? "");
      await createChecklist({ tx, asset, entries });
    },
    clone: cloneChecklist,
    // The cascade from the asset removes the list and its items.
    async delete() {},
    export: exportChecklist,
    import: importChecklist,
  },

  routes(route, platform) {
    const response = { 200: checklistOutput };

    route.get("", { summary: "A checklist's items, in order", response }, ({ db, actor, subject }) =>
      presentChecklist({ db, platform, actor, subject }),
    );

    route.post(
      "/items",
      {
        summary: "Add an item at the end",
        action: "edit_items",
        body: addItemBody,
        response: { 201: checklistOutput },
      },
      async ({ db, actor, asset, subject, body, reply }) => {
        await db.transaction((tx) => addItem({ tx, platform, asset, actor: actor!, ...body }));
        reply.code(201);
        return presentChecklist({ db, platform, actor, subject });
      },
    );

    route.patch(
      "/items/:itemId",
      {
        summary: "Change an item's text, assignee or due date",
        action: "edit_items",
        params: itemParams,
        body: editItemBody,
        response,
      },
      async ({ db, actor, asset, subject, params, body }) => {
        await db.transaction((tx) => editItem({ tx, platform, asset, actor: actor!, itemId: params.itemId, ...body }));
        return presentChecklist({ db, platform, actor, subject });
      },
    );

    route.put(
      "/items/:itemId/done",
      {
        summary: "Tick an item off, or reopen it",
        description: "Those who may edit the task's assets may tick any item; an item's assignee may tick their own.",
        // The decision is about one item, so the route asks `tick` itself once it has loaded that item.
        action: "view_assets",
        params: itemParams,
        body: itemDoneBody,
        response,
      },
      async ({ db, actor, asset, subject, params, body }) => {
        const item = await findItem(db, asset.id, params.itemId);
        platform.policies.authorize(actor, "tick", { ...subject, state: { item } });
        await db.transaction((tx) => setItemDone({ tx, platform, asset, actor: actor!, item, done: body.done }));
        return presentChecklist({ db, platform, actor, subject });
      },
    );

    route.post(
      "/items/:itemId/move",
      { summary: "Move an item to a position", action: "edit_items", params: itemParams, body: moveItemBody, response },
      async ({ db, actor, asset, subject, params, body }) => {
        await db.transaction((tx) => moveItem({ tx, platform, asset, actor: actor!, itemId: params.itemId, ...body }));
        return presentChecklist({ db, platform, actor, subject });
      },
    );

    route.delete(
      "/items/:itemId",
      { summary: "Delete an item", action: "edit_items", params: itemParams, response },
      async ({ db, actor, asset, subject, params }) => {
        await db.transaction((tx) => deleteItem({ tx, platform, asset, actor: actor!, itemId: params.itemId }));
        return presentChecklist({ db, platform, actor, subject });
      },
    );
  },
});

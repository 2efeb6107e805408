import type { Visibility } from "../../common/actors.js";
import type { ItemType, Right } from "../../common/coproduction.js";
import type { MaybeActor } from "./actor.js";
import { allow, type Decision, deny } from "./verdict.js";

/** A process as policies see it, with the actor's place in it. */
export interface ProcessSubject {
  kind: "process";
  visibility: Visibility;
  actorIsAdministrator: boolean;
  /** The actor (or one of their teams) holds some grant in this process. */
  actorHasAnyGrant: boolean;
  /** Rights the actor holds on the whole process (grants without an item). */
  processRights: ReadonlySet<Right>;
}

/** An item of a process tree with the actor's effective rights on it: the union along the path to the root. */
export interface ItemSubject {
  kind: "item";
  process: ProcessSubject;
  type: ItemType;
  rights: ReadonlySet<Right>;
}

export const processActions = [
  "view",
  "update",
  "delete",
  "manage_administrators",
  "manage_grants",
  "create_phases",
  "clone",
  "export",
  "see_people",
] as const;
export type ProcessAction = (typeof processActions)[number];

export const itemActions = [
  "view",
  "view_assets",
  "create_assets",
  "edit_assets",
  "delete_assets",
  "manage_items",
  "update_status",
  "force_status",
] as const;
export type ItemAction = (typeof itemActions)[number];

function explainProcessView(actor: MaybeActor, process: ProcessSubject): Decision {
  if (actor?.isPlatformAdmin) return allow("Platform administrators may do everything.");
  if (actor && process.actorIsAdministrator) return allow("You administer this process.");
  if (process.visibility === "public") return allow("The process is public.");
  if (actor && process.actorHasAnyGrant) return allow("You or one of your teams take part in this process.");
  return deny("The process is private and you take no part in it.");
}

export function explainProcess(actor: MaybeActor, action: ProcessAction, process: ProcessSubject): Decision {
  const view = explainProcessView(actor, process);
  if (action === "view" || action === "export") return view;
  if (!view.allowed) return view;
  if (!actor) return deny("Sign in first.");
  if (actor.isPlatformAdmin || process.actorIsAdministrator) return view;
  switch (action) {
    case "clone":
      return allow("Anyone who can see a process may reuse it as a new process of their own.");
    case "see_people":
      // A public visitor reads what was done, not who did it.
      return process.actorHasAnyGrant
        ? allow("You or one of your teams take part in this process.")
        : deny("Only the people taking part in this process can see who did what.");
    case "create_phases":
      return process.processRights.has("manage_items")
        ? allow("You may manage the items of the whole process.")
        : deny("Adding phases needs the manage_items right on the whole process.");
    case "update":
    case "delete":
    case "manage_administrators":
    case "manage_grants":
      return deny("Only the process's administrators may do this.");
  }
}

/** Asset rights include seeing the assets: a team that may add to a task sees what it added. */
const assetReading: readonly Right[] = ["view", "create_assets", "edit_assets", "delete_assets", "manage_items"];

/** Whether these rights on an item let their holder see its assets (with or without a grant of `view`). */
export const rightsReadAssets = (rights: ReadonlySet<Right>): boolean =>
  assetReading.some((right) => rights.has(right));

export function explainItem(actor: MaybeActor, action: ItemAction, item: ItemSubject): Decision {
  const view = explainProcessView(actor, item.process);
  if (!view.allowed) return view;
  if (action === "view") return view;
  const administers = actor !== null && (actor.isPlatformAdmin || item.process.actorIsAdministrator);
  if (administers)
    return allow(
      actor?.isPlatformAdmin ? "Platform administrators may do everything." : "You administer this process.",
    );

  if (action === "view_assets") {
    if (item.process.visibility === "public") return allow("The process is public.");
    return rightsReadAssets(item.rights)
      ? allow("Your rights cover this part of the process.")
      : deny("Your rights in this process do not cover this part of it.");
  }
  if (!actor) return deny("Sign in first.");
  if (action === "force_status") {
    return deny("Only process administrators may start an item before its prerequisites are finished.");
  }
  if (action === "update_status") {
    return item.rights.has("manage_items") || item.rights.has("edit_assets")
      ? allow("You may work on this part of the process.")
      : deny("Changing the status needs the manage_items or edit_assets right here.");
  }
  return item.rights.has(action)
    ? allow(`You hold the ${action} right here.`)
    : deny(`This needs the ${action} right on this ${item.type} or one of its parents.`);
}

/**
 * Rights on each item of a tree: what the grants on the whole process give (no item), plus those on the item
 * and on each of its ancestors.
 */
export function effectiveRights(
  items: readonly { id: string; parentId: string | null }[],
  grants: readonly { itemId: string | null; rights: readonly Right[] }[],
): Map<string, Set<Right>> {
  const direct = new Map<string | null, Right[]>();
  for (const entry of grants) direct.set(entry.itemId, [...(direct.get(entry.itemId) ?? []), ...entry.rights]);
  const children = new Map<string | null, string[]>();
  for (const entry of items) children.set(entry.parentId, [...(children.get(entry.parentId) ?? []), entry.id]);
  const result = new Map<string, Set<Right>>();
  const visit = (parentId: string | null, inherited: Set<Right>) => {
    for (const childId of children.get(parentId) ?? []) {
      const added = direct.get(childId);
      // Without a grant of its own an item shares its parent's set, so callers may memoize per set.
      const own = added ? new Set([...inherited, ...added]) : inherited;
      result.set(childId, own);
      visit(childId, own);
    }
  };
  visit(null, new Set(direct.get(null) ?? []));
  return result;
}

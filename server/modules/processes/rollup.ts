import type { ItemStatus } from "../../../common/coproduction.js";
import type { GateState } from "../../../common/governance.js";
import { childrenByParent, type ItemRow } from "./access.js";

export interface Rolled {
  status: ItemStatus;
  progress: number;
  startDate: string | null;
  endDate: string | null;
}

/**
 * Status, progress and dates of every item. A leaf keeps its own; an item with children is finished when all
 * are, in progress when any has started, and spans their dates; progress is the share of finished children,
 * in-progress ones counting half. A phase or objective whose gate was rejected is reopened: in progress until the
 * rejection is withdrawn (a rejected task is set back to in progress itself).
 */
export function rollUp(items: ItemRow[], gates?: ReadonlyMap<string, { state: GateState }>): Map<string, Rolled> {
  const children = childrenByParent(items);
  const result = new Map<string, Rolled>();
  const compute = (node: ItemRow): Rolled => {
    const kids = (children.get(node.id) ?? []).map(compute);
    let rolled: Rolled;
    if (kids.length === 0) {
      rolled = {
        status: node.status,
        progress: node.status === "finished" ? 100 : node.status === "in_progress" ? 50 : 0,
        startDate: node.startDate,
        endDate: node.endDate,
      };
    } else {
      const finished = kids.filter((kid) => kid.status === "finished").length;
      const started = kids.filter((kid) => kid.status === "in_progress").length;
      const starts = kids.map((kid) => kid.startDate).filter((date): date is string => date !== null);
      const ends = kids.map((kid) => kid.endDate).filter((date): date is string => date !== null);
      const reopened = gates?.get(node.id)?.state === "rejected";
      rolled = {
        status:
          finished === kids.length && !reopened
            ? "finished"
            : finished + started > 0 || reopened
              ? "in_progress"
              : "awaiting",
        progress: Math.round((100 * (finished + started / 2)) / kids.length),
        startDate: starts.length ? starts.sort()[0]! : node.startDate,
        endDate: ends.length ? ends.sort().at(-1)! : node.endDate,
      };
    }
    result.set(node.id, rolled);
    return rolled;
  };
  for (const root of children.get(null) ?? []) compute(root);
  return result;
}

/** The item and its ancestors, nearest first. */
export function pathToRoot(items: ItemRow[], itemId: string): ItemRow[] {
  const byId = new Map(items.map((entry) => [entry.id, entry]));
  const path: ItemRow[] = [];
  for (let current = byId.get(itemId); current; current = current.parentId ? byId.get(current.parentId) : undefined) {
    path.push(current);
    if (path.length > items.length) break;
  }
  return path;
}

/** The item and everything below it. */
export function subtree(items: ItemRow[], itemId: string): ItemRow[] {
  const children = childrenByParent(items);
  const result: ItemRow[] = [];
  const stack = items.filter((entry) => entry.id === itemId);
  while (stack.length) {
    const next = stack.pop()!;
    result.push(next);
    stack.push(...(children.get(next.id) ?? []));
  }
  return result;
}

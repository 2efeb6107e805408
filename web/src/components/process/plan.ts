import { useCallback, useState } from "react";
import type { Problem } from "../../api/client";
import type { components } from "../../api/schema";

export type TreeItem = components["schemas"]["TreeItem"];
export type ItemType = TreeItem["type"];
export type ItemStatus = TreeItem["status"];
export const childTypeOf: Record<ItemType, ItemType | null> = { phase: "objective", objective: "task", task: null };

/** Every item of the tree with its parent, for look-ups by id. */
export interface PlanIndex {
  roots: TreeItem[];
  byId: Map<string, TreeItem>;
  parentOf: Map<string, TreeItem | null>;
  /** Items of one type in tree order, for "Move to…". */
  ofType: (type: ItemType) => TreeItem[];
}

export function indexTree(roots: TreeItem[]): PlanIndex {
  const byId = new Map<string, TreeItem>();
  const parentOf = new Map<string, TreeItem | null>();
  const ordered: TreeItem[] = [];
  const visit = (items: TreeItem[], parent: TreeItem | null) => {
    for (const item of items) {
      byId.set(item.id, item);
      parentOf.set(item.id, parent);
      ordered.push(item);
      visit(item.children, item);
    }
  };
  visit(roots, null);
  return { roots, byId, parentOf, ofType: (type) => ordered.filter((item) => item.type === type) };
}

export function ancestorsOf(index: PlanIndex, id: string): TreeItem[] {
  const result: TreeItem[] = [];
  let parent = index.parentOf.get(id) ?? null;
  while (parent) {
    result.unshift(parent);
    parent = index.parentOf.get(parent.id) ?? null;
  }
  return result;
}

export function siblingsOf(index: PlanIndex, item: TreeItem): TreeItem[] {
  const parent = index.parentOf.get(item.id) ?? null;
  return parent ? parent.children : index.roots;
}

/** The prerequisites an item waits for (its own and its ancestors'), not yet finished: what the server checks. */
export function unfinishedPrerequisites(index: PlanIndex, item: TreeItem): TreeItem[] {
  const path = [...ancestorsOf(index, item.id), item];
  return path
    .flatMap((entry) => entry.prerequisites)
    .map((id) => index.byId.get(id))
    .filter((entry): entry is TreeItem => entry !== undefined && entry.status !== "finished");
}

/** The problem type's last segment: `/problems/prerequisites-unfinished` → `prerequisites-unfinished`. */
export function problemType(problem: Problem | null | undefined): string | undefined {
  return problem?.type?.split("/").pop();
}

const openKey = (processId: string) => `interlink.plan.open.${processId}`;

function readOpen(processId: string): Record<string, boolean> {
  try {
    const stored = JSON.parse(localStorage.getItem(openKey(processId)) ?? "{}");
    return stored && typeof stored === "object" ? stored : {};
  } catch {
    return {};
  }
}

/**
 * Which phases and objectives are open, remembered per process in this browser. What the reader never toggled
 * follows the default: phases open, and of the objectives only the first that is not finished (the next step).
 */
export function useOpenItems(processId: string, index: PlanIndex | undefined) {
  const [chosen, setChosen] = useState(() => readOpen(processId));
  const nextObjective = index?.ofType("objective").find((item) => item.status !== "finished")?.id;
  const isOpen = useCallback(
    (item: TreeItem) => chosen[item.id] ?? (item.type === "phase" || item.id === nextObjective),
    [chosen, nextObjective],
  );
  const setOpen = useCallback(
    (ids: string[], open: boolean) =>
      setChosen((current) => {
        if (ids.every((id) => current[id] === open)) return current;
        const next = { ...current, ...Object.fromEntries(ids.map((id) => [id, open])) };
        localStorage.setItem(openKey(processId), JSON.stringify(next));
        return next;
      }),
    [processId],
  );
  return { isOpen, setOpen };
}

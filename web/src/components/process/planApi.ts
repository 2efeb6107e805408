import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, type Problem } from "../../api/client";
import type { components } from "../../api/schema";
import { dataOf, toProblem } from "../../api/unwrap";
import { onEachFrameUntil } from "../../ui/focus";
import { toastSuccess } from "../../ui/toast";
import { useApproverWords } from "./gateWords";
import { ancestorsOf, type PlanIndex, problemType, type TreeItem, unfinishedPrerequisites } from "./plan";

type ItemUpdate = components["schemas"]["ItemUpdate"];
type ItemCreate = components["schemas"]["ItemCreate"];

/** A refusal in the reader's language: known problem types have their own sentence, else the server's detail. */
export function usePlanProblemMessage() {
  const { t } = useTranslation();
  const who = useApproverWords();
  return (problem: Problem, item?: TreeItem, index?: PlanIndex): string => {
    const type = problemType(problem);
    if (type === "gate-pending" && item) {
      // The item's own gate (finishing a gated task), else the prerequisites not signed off yet.
      if (item.gate && item.gate.state !== "approved")
        return t("plan.problem.gate-pending-self", { who: who(item.gate) });
      const unsigned = index
        ? [...ancestorsOf(index, item.id), item]
            .flatMap((entry) => entry.prerequisites)
            .map((id) => index.byId.get(id))
            .filter((entry): entry is TreeItem => entry?.gate != null && entry.gate.state !== "approved")
        : [];
      if (unsigned.length > 0) {
        return t("plan.problem.gate-pending", { names: unsigned.map((entry) => `“${entry.name}”`).join(", ") });
      }
    }
    if (type === "prerequisites-unfinished" && item && index) {
      const waiting = unfinishedPrerequisites(index, item);
      if (waiting.length > 0) {
        return t("plan.problem.prerequisites", {
          count: waiting.length,
          names: waiting.map((entry) => `“${entry.name}”`).join(", "),
        });
      }
    }
    const known = [
      "prerequisites-unfinished",
      "derived-status",
      "move-into-itself",
      "prerequisite-cycle",
      "not-found",
      "gate-not-ready",
      "gate-decision-open",
    ];
    if (type && known.includes(type)) return t(`plan.problem.${type}`);
    if (problem.status === 403) return t("plan.problem.forbidden");
    if (problem.status === 401) return t("plan.problem.signIn");
    return problem.detail || t("plan.problem.failed");
  };
}

/** The process's people, whom an item can be given to (only fetched where someone may change items). */
export function useProcessPeople(processId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["process", processId, "people"],
    enabled,
    queryFn: async () =>
      (await dataOf(api.GET("/api/v1/processes/{id}/people", { params: { path: { id: processId } } }))).items,
  });
}

function useRefreshTree(processId: string) {
  const queryClient = useQueryClient();
  return () => {
    // What the reader answers for (on the home page) follows the plan: who is responsible, what is finished.
    queryClient.invalidateQueries({ queryKey: ["me", "responsibilities"] });
    return queryClient.invalidateQueries({ queryKey: ["process", processId, "tree"] });
  };
}

/**
 * What to do around a success, carried with the request: these run even when the row that asked has been
 * re-inserted elsewhere in the tree (a moved or deleted item), unlike per-call callbacks. `before` runs before the
 * tree is fetched again, `focus` once the new tree is on screen.
 */
interface Around {
  done: string;
  before?: () => void;
  /** Moves focus; answers whether it could (else it is tried again on the next frame). */
  focus?: () => boolean;
}

function afterRefresh(focus?: () => boolean) {
  // The new tree renders a moment later, and a control stays disabled while its request is marked as running.
  if (focus) onEachFrameUntil(focus);
}
/** PATCH an item; each caller keeps its own refusal to show in place, and a toast says what changed. */
export function useUpdateItem(processId: string) {
  const refresh = useRefreshTree(processId);
  const [problem, setProblem] = useState<Problem | null>(null);
  const mutation = useMutation({
    mutationFn: (variables: { id: string; body: ItemUpdate } & Around) =>
      dataOf(
        api.PATCH("/api/v1/items/{id}", {
          params: { path: { id: variables.id } },
          body: variables.body,
        }),
      ),
    onMutate: () => setProblem(null),
    onSuccess: async (_data, variables) => {
      variables.before?.();
      await refresh();
      toastSuccess(variables.done);
      afterRefresh(variables.focus);
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  return { ...mutation, problem, clearProblem: () => setProblem(null) };
}

export function useCreateItem(processId: string) {
  const refresh = useRefreshTree(processId);
  const [problem, setProblem] = useState<Problem | null>(null);
  const mutation = useMutation({
    mutationFn: (variables: { body: ItemCreate; onCreated?: (id: string) => void } & Around) =>
      dataOf(api.POST("/api/v1/processes/{id}/items", { params: { path: { id: processId } }, body: variables.body })),
    onMutate: () => setProblem(null),
    onSuccess: async (data, variables) => {
      variables.before?.();
      if (data) variables.onCreated?.(data.id);
      await refresh();
      toastSuccess(variables.done);
      afterRefresh(variables.focus);
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  return { ...mutation, problem, clearProblem: () => setProblem(null) };
}

export function useDeleteItem(processId: string) {
  const refresh = useRefreshTree(processId);
  const [problem, setProblem] = useState<Problem | null>(null);
  const mutation = useMutation({
    mutationFn: (variables: { id: string } & Around) =>
      dataOf(api.DELETE("/api/v1/items/{id}", { params: { path: { id: variables.id } }, body: {} })),
    onMutate: () => setProblem(null),
    onSuccess: async (_data, variables) => {
      variables.before?.();
      await refresh();
      toastSuccess(variables.done);
      afterRefresh(variables.focus);
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  return { ...mutation, problem };
}

import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { api } from "./client";
import type { paths } from "./schema";
import { dataOf, toProblem } from "./unwrap";

// The requests the public pages open with, shared by the screen that shows them and the router's loader that
// starts them as soon as the address is known (in parallel with the screen's code, not after it). What the loader
// brought is fresh for a moment, so the screen mounting right after it does not ask a second time; later visits
// ask again as before.
const startedByLoader = { staleTime: 3_000 } as const;

export const publicProcessesQuery = queryOptions({
  queryKey: ["processes", "public"],
  queryFn: () => dataOf(api.GET("/api/v1/processes", { params: { query: { limit: 20 } } })),
  ...startedByLoader,
});

export const processQuery = (processId: string) =>
  queryOptions({
    queryKey: ["process", processId],
    queryFn: () => dataOf(api.GET("/api/v1/processes/{id}", { params: { path: { id: processId } } })),
    retry: (count, error) => ![404, 422].includes(toProblem(error).status) && count < 2,
    ...startedByLoader,
  });

export const processTreeQuery = (processId: string) =>
  queryOptions({
    queryKey: ["process", processId, "tree"],
    queryFn: () => dataOf(api.GET("/api/v1/processes/{id}/tree", { params: { path: { id: processId } } })),
    ...startedByLoader,
  });

/** What the catalogue's search form narrows the list by. */
export type InterlinkerFilters = Omit<
  NonNullable<paths["/api/v1/interlinkers"]["get"]["parameters"]["query"]>,
  "limit" | "cursor"
>;

export const interlinkersQuery = (filters: InterlinkerFilters) =>
  infiniteQueryOptions({
    queryKey: ["interlinkers", filters],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      (await api.GET("/api/v1/interlinkers", { params: { query: { ...filters, limit: 20, cursor: pageParam } } }))
        .data!,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    ...startedByLoader,
  });

export const schemasQuery = queryOptions({
  queryKey: ["schemas"],
  queryFn: () => dataOf(api.GET("/api/v1/schemas")),
  ...startedByLoader,
});

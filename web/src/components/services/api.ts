import { infiniteQueryOptions, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { paths } from "../../api/schema";
import { useMe } from "../../api/session";
import { dataOf, toProblem } from "../../api/unwrap";

/** What the service catalogue's search form narrows the list by. */
export type ServiceFilters = Pick<
  NonNullable<paths["/api/v1/public-services"]["get"]["parameters"]["query"]>,
  "q" | "thematicArea" | "status"
>;

export const publicServicesQuery = (filters: ServiceFilters) =>
  infiniteQueryOptions({
    queryKey: ["public-services", "list", filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      dataOf(
        api.GET("/api/v1/public-services", {
          params: { query: { ...filters, limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const publicServiceQuery = (id: string) =>
  queryOptions({
    queryKey: ["public-services", "one", id],
    queryFn: () => dataOf(api.GET("/api/v1/public-services/{id}", { params: { path: { id } } })),
    retry: (count, error) => ![404, 422].includes(toProblem(error).status) && count < 2,
  });

export const serviceHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: ["public-services", "one", id, "history"],
    queryFn: () => dataOf(api.GET("/api/v1/public-services/{id}/history", { params: { path: { id } } })),
  });

/** The organizations the signed-in person may describe public services for (none when signed out). */
export function useDescribingOrganizations() {
  const me = useMe();
  const organizations = useQuery({
    queryKey: ["organizations", "mine"],
    queryFn: () => dataOf(api.GET("/api/v1/organizations", { params: { query: { mine: "true", limit: 100 } } })),
    enabled: Boolean(me.data),
  });
  return {
    isPending: me.isPending || (Boolean(me.data) && organizations.isPending),
    items: me.data ? (organizations.data?.items ?? []).filter((organization) => organization.can.describe_service) : [],
  };
}

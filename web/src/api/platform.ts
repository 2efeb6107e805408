import { queryOptions, useQuery } from "@tanstack/react-query";
import { languages } from "../../../common/languages";
import { api } from "./client";

const fallback = { name: "INTERLINK", primaryColor: "#364fc7", logoUrl: null, languages: [...languages] };

export const platformQuery = queryOptions({
  queryKey: ["platform"],
  queryFn: async () => (await api.GET("/api/v1/platform")).data ?? fallback,
  staleTime: Number.POSITIVE_INFINITY,
});

/** The instance's name, brand colour and logo, as its operator configured them. */
export function usePlatform() {
  return useQuery(platformQuery).data ?? fallback;
}

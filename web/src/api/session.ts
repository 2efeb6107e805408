import { useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "./client";

/** The signed-in person, or null; one query shared by every component that asks. */
export function useMe() {
  return useQuery({
    queryKey: ["me"],
    queryFn: async () => {
      const { data, response } = await api.GET("/api/v1/me");
      if (response.status === 401) return null;
      return data ?? null;
    },
    staleTime: 60_000,
  });
}

async function authPost(path: string, body: unknown): Promise<void> {
  const response = await fetch(`/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { message?: string; detail?: string };
    throw new Error(problem.message ?? problem.detail ?? response.statusText);
  }
}

export function useSessionActions() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["me"] });
  return {
    signIn: async (email: string, password: string) => {
      await authPost("/sign-in/email", { email, password });
      await refresh();
    },
    signUp: async (name: string, email: string, password: string, language: string) => {
      await authPost("/sign-up/email", { name, email, password, language });
      await refresh();
    },
    signOut: async () => {
      await authPost("/sign-out", {});
      queryClient.clear();
    },
  };
}

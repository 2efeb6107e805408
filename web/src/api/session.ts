import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "./client";
import { turnOffPushHere } from "./push";
import { returnTo } from "./returnTo";

export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: async () => {
    const { data, response } = await api.GET("/api/v1/me");
    if (response.status === 401) return null;
    return data ?? null;
  },
  staleTime: 60_000,
});

/** The signed-in person, or null; one query shared by every component that asks. */
export function useMe() {
  return useQuery(meQuery);
}

/** A refusal from better-auth: its machine code (e.g. `INVALID_TOKEN`) lets screens say it in the user's language. */
export class AuthError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

async function authRequest<T = unknown>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/auth${path}`, {
    method,
    ...(method === "POST" ? { headers: { "content-type": "application/json" }, body: JSON.stringify(body) } : {}),
  });
  const answer = (await response.json().catch(() => ({}))) as { message?: string; detail?: string; code?: string };
  if (!response.ok) {
    throw new AuthError(answer.message ?? answer.detail ?? response.statusText, response.status, answer.code);
  }
  return answer as T;
}

const authPost = (path: string, body: unknown) => authRequest("POST", path, body);

/** The page to come back to after confirming, when there is one: the mailed link leads there (`?redirect=`). */
const callbackURL = () => returnTo("") || undefined;

/** The e-mail, password-reset and verification steps that happen before or outside a session. */
export const accountRecovery = {
  /** Confirms an address with the mailed token; better-auth signs the person in as well. */
  verifyEmail: (token: string) => authRequest("GET", `/verify-email?token=${encodeURIComponent(token)}`),
  resendVerification: (email: string) => authPost("/send-verification-email", { email, callbackURL: callbackURL() }),
  requestPasswordReset: (email: string) => authPost("/request-password-reset", { email }),
  resetPassword: (token: string, newPassword: string) => authPost("/reset-password", { token, newPassword }),
};

export function useSessionActions() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["me"] });
  return {
    signIn: async (email: string, password: string) => {
      await authPost("/sign-in/email", { email, password });
      await refresh();
    },
    /** Nobody is signed in by signing up: the mailed link confirms the address and signs the person in. */
    signUp: async (name: string, email: string, password: string, language: string) => {
      await authPost("/sign-up/email", { name, email, password, language, callbackURL: callbackURL() });
    },
    signOut: async () => {
      // While still signed in, so the platform forgets this browser; signing out never waits on push failing.
      await turnOffPushHere().catch(() => {});
      await authPost("/sign-out", {});
      queryClient.clear();
    },
  };
}

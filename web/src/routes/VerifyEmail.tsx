import { Alert, Anchor, Button, Group, Loader, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { redirectSearch, returnTo } from "../api/returnTo";
import { AuthError, accountRecovery, useMe } from "../api/session";
import { AnchorLink } from "../components/AnchorLink";
import { authErrorMessage } from "./authErrors";

/** Where the verification mail's link lands: confirms the address, or says why not and offers a new link. */
export function VerifyEmail() {
  const { t } = useTranslation();
  const { token } = useSearch({ from: "/verify-email" });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useMe();
  const verification = useQuery({
    queryKey: ["verify-email", token],
    enabled: Boolean(token),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async () => {
      await accountRecovery.verifyEmail(token!);
      // better-auth signs the person in on verification.
      await queryClient.invalidateQueries({ queryKey: ["me"] });
      return true;
    },
  });
  const resend = useMutation({ mutationFn: (address: string) => accountRecovery.resendVerification(address) });

  const failure = token ? verification.error : new AuthError("", 400, "INVALID_TOKEN");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    resend.mutate(String(new FormData(event.currentTarget).get("email") ?? "").trim());
  };

  return (
    <Stack maw={480} mx="auto">
      <Title order={1}>{t("auth.verifyTitle")}</Title>
      {token && verification.isPending && (
        <Group gap="xs" role="status">
          <Loader size="sm" aria-hidden />
          <Text>{t("auth.verifying")}</Text>
        </Group>
      )}
      {verification.isSuccess && (
        <>
          <Alert color="green.9" variant="outline" role="status">
            {t("auth.verified")}
          </Alert>
          <Group>
            {me.data ? (
              // Any page of this site (returnTo keeps to them), so not a typed route.
              <Anchor
                href={returnTo()}
                fw={600}
                onClick={(event) => {
                  event.preventDefault();
                  void navigate({ href: returnTo() });
                }}
              >
                {returnTo("") ? t("auth.continueBack") : t("auth.continue")}
              </Anchor>
            ) : (
              <AnchorLink to="/sign-in" search={redirectSearch()} fw={600}>
                {t("nav.signIn")}
              </AnchorLink>
            )}
          </Group>
        </>
      )}
      {failure && (
        <>
          <Alert color="red.9" variant="outline" role="alert" title={t("auth.verifyFailed")}>
            {authErrorMessage(t, failure)}
          </Alert>
          <form noValidate onSubmit={submit} aria-label={t("auth.resend")}>
            <Stack gap="xs">
              <Text>{t("auth.resendLead")}</Text>
              <TextInput
                name="email"
                type="email"
                label={t("auth.email")}
                autoComplete="email"
                required
                // Filled with the signed-in person's address once it is known.
                key={me.data?.email ?? "anonymous"}
                defaultValue={me.data?.email ?? ""}
                error={resend.error ? authErrorMessage(t, resend.error) : undefined}
                errorProps={{ role: "alert" }}
              />
              <Group>
                <Button type="submit" loading={resend.isPending}>
                  {t("auth.resend")}
                </Button>
              </Group>
            </Stack>
          </form>
          <Text role="status">{resend.isSuccess ? t("auth.resent") : ""}</Text>
        </>
      )}
    </Stack>
  );
}

import { Alert, Button, PasswordInput, Stack, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useSearch } from "@tanstack/react-router";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { AuthError, accountRecovery } from "../api/session";
import { AnchorLink } from "../components/AnchorLink";
import { authErrorMessage } from "./authErrors";

const passwordCodes = new Set(["PASSWORD_TOO_SHORT", "PASSWORD_TOO_LONG"]);

/** Where the reset mail's link lands: choose a new password; a spent or unknown link says so and offers a new one. */
export function ResetPassword() {
  const { t } = useTranslation();
  const { token } = useSearch({ from: "/reset-password" });
  const reset = useMutation({
    mutationFn: (newPassword: string) => accountRecovery.resetPassword(token ?? "", newPassword),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset.mutate(String(new FormData(event.currentTarget).get("password") ?? ""));
  };
  const error = token ? reset.error : new AuthError("", 400, "INVALID_TOKEN");
  const fieldError = error instanceof AuthError && passwordCodes.has(error.code ?? "");

  if (reset.isSuccess) {
    return (
      <Stack maw={420} mx="auto">
        <Title order={1}>{t("auth.resetTitle")}</Title>
        <Alert color="green.9" variant="outline" role="status">
          {t("auth.resetDone")}
        </Alert>
        <AnchorLink to="/sign-in" fw={600}>
          {t("nav.signIn")}
        </AnchorLink>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420} mx="auto">
        <Title order={1}>{t("auth.resetTitle")}</Title>
        {error && !fieldError && (
          <Alert color="red.9" variant="outline" role="alert">
            {authErrorMessage(t, error)}{" "}
            <AnchorLink to="/forgot-password" underline="always">
              {t("auth.askAgain")}
            </AnchorLink>
          </Alert>
        )}
        {token && (
          <>
            <PasswordInput
              name="password"
              label={t("auth.newPassword")}
              description={t("auth.passwordRule")}
              autoComplete="new-password"
              required
              error={fieldError ? authErrorMessage(t, error) : undefined}
              // Mantine's PasswordInput does not mark itself invalid for assistive technology.
              aria-invalid={fieldError || undefined}
              errorProps={{ role: "alert" }}
            />
            <Button type="submit" loading={reset.isPending}>
              {t("auth.resetSubmit")}
            </Button>
          </>
        )}
      </Stack>
    </form>
  );
}

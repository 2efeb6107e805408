import { Alert, Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { accountRecovery } from "../api/session";
import { authErrorMessage } from "./authErrors";

/** Asks for a password-reset mail; the answer is the same whether or not the address has an account. */
export function ForgotPassword() {
  const { t } = useTranslation();
  const request = useMutation({ mutationFn: (email: string) => accountRecovery.requestPasswordReset(email) });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate(String(new FormData(event.currentTarget).get("email") ?? "").trim());
  };
  return (
    <form noValidate onSubmit={submit}>
      <Stack maw={420} mx="auto">
        <Title order={1}>{t("auth.forgotTitle")}</Title>
        <Text>{t("auth.forgotLead")}</Text>
        <TextInput
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="email"
          required
          error={request.error ? authErrorMessage(t, request.error) : undefined}
          errorProps={{ role: "alert" }}
        />
        <Button type="submit" loading={request.isPending}>
          {t("auth.forgotSubmit")}
        </Button>
        <div role="status">
          {request.isSuccess && (
            <Alert color="green.9" variant="outline">
              {t("auth.forgotSent")}
            </Alert>
          )}
        </div>
      </Stack>
    </form>
  );
}

import { Alert, Button, PasswordInput, Stack, TextInput, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemMessage } from "../api/client";
import { returnTo } from "../api/returnTo";
import { useSessionActions } from "../api/session";
import { AnchorLink } from "../components/AnchorLink";

export function SignIn() {
  const { t } = useTranslation();
  const { signIn } = useSessionActions();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      await signIn(String(form.get("email")), String(form.get("password")));
      await navigate({ href: returnTo() });
    } catch (failure) {
      setError(problemMessage(failure));
    }
  };

  return (
    <form onSubmit={submit}>
      <Stack maw={420} mx="auto">
        <Title order={1}>{t("auth.signInTitle")}</Title>
        {error && (
          <Alert color="red" role="alert">
            {t("auth.failed", { message: error })}
          </Alert>
        )}
        <TextInput name="email" type="email" label={t("auth.email")} autoComplete="email" required />
        <PasswordInput name="password" label={t("auth.password")} autoComplete="current-password" required />
        <AnchorLink to="/forgot-password" size="sm">
          {t("auth.forgotPassword")}
        </AnchorLink>
        <Button type="submit">{t("auth.submitSignIn")}</Button>
      </Stack>
    </form>
  );
}

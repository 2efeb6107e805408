import { Alert, Button, PasswordInput, Stack, TextInput, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemMessage } from "../api/client";
import { returnTo } from "../api/returnTo";
import { useSessionActions } from "../api/session";

export function SignUp() {
  const { t, i18n } = useTranslation();
  const { signUp } = useSessionActions();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      await signUp(String(form.get("name")), String(form.get("email")), String(form.get("password")), i18n.language);
      await navigate({ href: returnTo() });
    } catch (failure) {
      setError(problemMessage(failure));
    }
  };

  return (
    <form onSubmit={submit}>
      <Stack maw={420} mx="auto">
        <Title order={1}>{t("auth.signUpTitle")}</Title>
        {error && (
          <Alert color="red" role="alert">
            {t("auth.failed", { message: error })}
          </Alert>
        )}
        <TextInput name="name" label={t("auth.name")} autoComplete="name" required maxLength={200} />
        <TextInput name="email" type="email" label={t("auth.email")} autoComplete="email" required />
        <PasswordInput name="password" label={t("auth.password")} autoComplete="new-password" required minLength={10} />
        <Button type="submit">{t("auth.submitSignUp")}</Button>
      </Stack>
    </form>
  );
}

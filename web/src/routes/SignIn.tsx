import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { redirectSearch, returnTo } from "../api/returnTo";
import { AuthError, useSessionActions } from "../api/session";
import { AnchorLink } from "../components/AnchorLink";
import { ResendConfirmation } from "../components/ResendConfirmation";
import { emailError, type FieldErrors, withoutEmpty } from "./accountRules";
import { authErrorMessage } from "./authErrors";

export function SignIn() {
  const { t } = useTranslation();
  const { signIn } = useSessionActions();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const attempt = useMutation({
    mutationFn: ({ email, password }: { email: string; password: string }) => signIn(email, password),
    onSuccess: () => navigate({ href: returnTo() }),
  });

  useEffect(() => {
    if (Object.keys(errors).length > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    const found = withoutEmpty({
      email: emailError(t, email),
      password: password ? undefined : t("shell.fields.passwordMissing"),
    });
    setErrors(found);
    if (Object.keys(found).length === 0) attempt.mutate({ email, password });
  };

  return (
    <form onSubmit={submit} noValidate ref={form}>
      <Stack maw={420} mx="auto">
        <Title order={1}>{t("auth.signInTitle")}</Title>
        {attempt.error && (
          <Alert color="red.9" variant="outline" role="alert">
            {authErrorMessage(t, attempt.error)}
          </Alert>
        )}
        {/* Only whoever gave the right password learns that the address waits for confirmation. */}
        {attempt.error instanceof AuthError && attempt.error.code === "EMAIL_NOT_VERIFIED" && (
          <ResendConfirmation email={attempt.variables?.email ?? ""} />
        )}
        <TextInput
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="email"
          required
          error={errors.email}
          errorProps={{ role: "alert" }}
        />
        <PasswordInput
          name="password"
          label={t("auth.password")}
          autoComplete="current-password"
          required
          error={errors.password}
          // Mantine's PasswordInput does not mark itself invalid for assistive technology.
          aria-invalid={Boolean(errors.password) || undefined}
          errorProps={{ role: "alert" }}
        />
        <AnchorLink to="/forgot-password" size="sm">
          {t("auth.forgotPassword")}
        </AnchorLink>
        <Button type="submit" loading={attempt.isPending}>
          {t("auth.submitSignIn")}
        </Button>
        <Text>
          {t("shell.signIn.noAccount")}{" "}
          <AnchorLink to="/sign-up" search={redirectSearch()} fw={600}>
            {t("shell.signIn.createOne")}
          </AnchorLink>
        </Text>
      </Stack>
    </form>
  );
}

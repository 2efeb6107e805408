import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { redirectSearch } from "../api/returnTo";
import { useSessionActions } from "../api/session";
import { AnchorLink } from "../components/AnchorLink";
import { ResendConfirmation } from "../components/ResendConfirmation";
import { emailError, type FieldErrors, nameError, nameMaxLength, newPasswordError, withoutEmpty } from "./accountRules";
import { authErrorMessage } from "./authErrors";

/**
 * After signing up: where the mail went and what to do with it. The same words whether or not the address already
 * had an account (its owner gets a mail saying how to sign in instead), so the screen reveals nothing either.
 */
function MailSent({ email }: { email: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone: focus goes to the news, so screen-reader and keyboard users start from it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack maw={480} mx="auto">
      <Title order={1} ref={heading} tabIndex={-1} style={{ outline: "none" }}>
        {t("shell.mailSent.title")}
      </Title>
      <Text size="lg" style={{ overflowWrap: "anywhere" }}>
        <Trans i18nKey="shell.mailSent.text" values={{ email }} components={{ strong: <strong /> }} />
      </Text>
      <Text>{t("shell.mailSent.existing")}</Text>
      <Text size="sm">{t("shell.mailSent.noMail")}</Text>
      <ResendConfirmation email={email} />
    </Stack>
  );
}

export function SignUp() {
  const { t, i18n } = useTranslation();
  const { signUp } = useSessionActions();
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const attempt = useMutation({
    mutationFn: ({ name, email, password }: { name: string; email: string; password: string }) =>
      signUp(name, email, password, i18n.language),
  });

  useEffect(() => {
    if (Object.keys(errors).length > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  if (attempt.isSuccess) return <MailSent email={attempt.variables.email} />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      name: String(data.get("name") ?? "").trim(),
      email: String(data.get("email") ?? "").trim(),
      password: String(data.get("password") ?? ""),
    };
    const found = withoutEmpty({
      name: nameError(t, input.name),
      email: emailError(t, input.email),
      password: newPasswordError(t, input.password),
    });
    setErrors(found);
    if (Object.keys(found).length === 0) attempt.mutate(input);
  };

  return (
    <form onSubmit={submit} noValidate ref={form}>
      <Stack maw={420} mx="auto">
        <Title order={1}>{t("auth.signUpTitle")}</Title>
        {attempt.error && (
          <Alert color="red.9" variant="outline" role="alert">
            {authErrorMessage(t, attempt.error)}
          </Alert>
        )}
        <TextInput
          name="name"
          label={t("auth.name")}
          autoComplete="name"
          required
          maxLength={nameMaxLength}
          error={errors.name}
          errorProps={{ role: "alert" }}
        />
        <TextInput
          name="email"
          type="email"
          label={t("auth.email")}
          description={t("shell.fields.emailRule")}
          autoComplete="email"
          required
          error={errors.email}
          errorProps={{ role: "alert" }}
        />
        <PasswordInput
          name="password"
          label={t("auth.password")}
          description={t("auth.passwordRule")}
          autoComplete="new-password"
          required
          error={errors.password}
          // Mantine's PasswordInput does not mark itself invalid for assistive technology.
          aria-invalid={Boolean(errors.password) || undefined}
          errorProps={{ role: "alert" }}
        />
        <Button type="submit" loading={attempt.isPending}>
          {t("auth.submitSignUp")}
        </Button>
        <Text>
          {t("shell.signUp.haveAccount")}{" "}
          <AnchorLink to="/sign-in" search={redirectSearch()} fw={600}>
            {t("nav.signIn")}
          </AnchorLink>
        </Text>
      </Stack>
    </form>
  );
}

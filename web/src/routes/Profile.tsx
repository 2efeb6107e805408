import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Language, languageNames, languages } from "../../../common/languages";
import { api, type Problem } from "../api/client";
import { errorFor, fieldErrors } from "../api/problems";
import { useMe } from "../api/session";
import { dataOf, toProblem } from "../api/unwrap";
import { DevicePush } from "../components/DevicePush";
import { MailPreferences } from "../components/MailPreferences";
import { ResendConfirmation } from "../components/ResendConfirmation";
import { setLanguage } from "../i18n";

export function Profile() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const save = useMutation({
    mutationFn: (body: { name: string; language: Language }) => dataOf(api.PATCH("/api/v1/me", { body })),
    onSuccess: async (updated) => {
      setProblem(null);
      await setLanguage(updated.language);
      await queryClient.invalidateQueries({ queryKey: ["me"] });
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  if (!me.data) return null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save.mutate({ name: String(form.get("name") ?? ""), language: String(form.get("language")) as Language });
  };

  return (
    <Stack maw={480} mx="auto" gap="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={1}>{t("profile.title")}</Title>
          <Text style={{ overflowWrap: "anywhere" }}>
            {t("profile.email")}: {me.data.email} (
            {me.data.emailVerified ? t("profile.verified") : t("profile.unverified")})
          </Text>
          {!me.data.emailVerified && (
            <Alert color="#7a4d00" variant="outline" role="note" title={t("shell.profile.unverifiedTitle")}>
              <Stack gap="sm">
                <Text size="sm">{t("shell.profile.unverifiedText")}</Text>
                <ResendConfirmation email={me.data.email} />
              </Stack>
            </Alert>
          )}
          {save.isSuccess && (
            <Alert color="green" role="status">
              {t("profile.saved")}
            </Alert>
          )}
          <TextInput
            name="name"
            label={t("profile.name")}
            defaultValue={me.data.name}
            error={errorFor(errors, "name")}
          />
          <NativeSelect
            name="language"
            label={t("profile.language")}
            defaultValue={me.data.language}
            data={languages.map((language) => ({ value: language, label: languageNames[language] }))}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("profile.save")}
            </Button>
          </Group>
        </Stack>
      </form>
      <MailPreferences />
      <DevicePush />
    </Stack>
  );
}

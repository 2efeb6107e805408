import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { type ErrorComponentProps, useRouter } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ButtonLink, wrappingButton } from "./ButtonLink";
import { useOnline } from "./OfflineNotice";

/** What a screen that failed to load or crashed shows instead: what happened in plain words, retry, or go home. */
export function ErrorPage({ reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const online = useOnline();
  return (
    <Stack maw={640} mx="auto" gap="md">
      <Title order={1}>{t("shell.error.title")}</Title>
      <Text size="lg">{online ? t("shell.error.text") : t("shell.error.offline")}</Text>
      <Group gap="md">
        <Button
          variant="default"
          {...wrappingButton}
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          {t("shell.error.retry")}
        </Button>
        <ButtonLink to="/" onClick={() => reset()}>
          {t("shell.goHome")}
        </ButtonLink>
      </Group>
    </Stack>
  );
}

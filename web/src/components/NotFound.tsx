import { Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/session";
import { AnchorLink } from "./AnchorLink";
import { ButtonLink } from "./ButtonLink";

/**
 * What an unknown address, or a process, organization or team the API answers 404 for, shows: it may not exist
 * or be private (the API does not tell which), so the page says both and offers a way on.
 */
export function NotFound() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack maw={640} mx="auto" gap="md">
      <Title order={1}>{t("shell.notFound.title")}</Title>
      <Text size="lg">{t("shell.notFound.text")}</Text>
      {me.isSuccess && !me.data && <Text>{t("shell.notFound.signInHint")}</Text>}
      <Group gap="md">
        <ButtonLink to="/">{t("shell.goHome")}</ButtonLink>
        <AnchorLink to="/catalogue">{t("shell.notFound.catalogue")}</AnchorLink>
        {me.isSuccess && !me.data && <AnchorLink to="/sign-in">{t("nav.signIn")}</AnchorLink>}
      </Group>
    </Stack>
  );
}

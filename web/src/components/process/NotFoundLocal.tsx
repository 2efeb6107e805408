import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../AnchorLink";

/** Until the shared not-found page exists: says so plainly and offers a way home. */
export function ProcessNotFound() {
  const { t } = useTranslation();
  return (
    <Stack maw={700} mx="auto">
      <Title order={1}>{t("plan.notFound.title")}</Title>
      <Text>{t("plan.notFound.text")}</Text>
      <AnchorLink to="/" underline="always">
        {t("plan.notFound.home")}
      </AnchorLink>
    </Stack>
  );
}

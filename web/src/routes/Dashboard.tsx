import { Group, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../components/ButtonLink";
import { MyWork } from "../components/MyWork";

export function Dashboard() {
  const { t } = useTranslation();
  return (
    <Stack maw={860} mx="auto" gap="lg">
      <Title order={1}>{t("dashboard.title")}</Title>
      <Group>
        <ButtonLink to="/processes/new">{t("dashboard.newProcess")}</ButtonLink>
      </Group>
      <MyWork />
    </Stack>
  );
}

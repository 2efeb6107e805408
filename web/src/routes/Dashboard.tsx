import { Card, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { AnchorLink } from "../components/AnchorLink";
import { PendingJoinRequests } from "../components/organizations/PendingJoinRequests";

export function Dashboard() {
  const { t } = useTranslation();
  const mine = useQuery({
    queryKey: ["processes", "mine"],
    queryFn: async () => (await api.GET("/api/v1/processes", { params: { query: { mine: "true", limit: 50 } } })).data,
  });
  return (
    <Stack maw={860} mx="auto">
      <Title order={1}>{t("dashboard.title")}</Title>
      <Group>
        <AnchorLink to="/processes/new" fw={600}>
          {t("dashboard.newProcess")}
        </AnchorLink>
        <AnchorLink to="/profile">{t("nav.profile")}</AnchorLink>
        <AnchorLink to="/organizations" hiddenFrom="sm">
          {t("nav.organizations")}
        </AnchorLink>
      </Group>
      <Title order={2}>{t("dashboard.myProcesses")}</Title>
      {mine.data?.items.length === 0 && <Text>{t("dashboard.none")}</Text>}
      <Stack component="ul" gap="sm" p={0} style={{ listStyle: "none" }}>
        {mine.data?.items.map((process) => (
          <Card component="li" key={process.id} withBorder>
            <AnchorLink to="/processes/$processId" params={{ processId: process.id }} fw={600}>
              {process.name}
            </AnchorLink>
          </Card>
        ))}
      </Stack>
      <PendingJoinRequests />
    </Stack>
  );
}

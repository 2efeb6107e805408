import { Card, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { AnchorLink } from "../components/AnchorLink";

export function Home() {
  const { t } = useTranslation();
  const processes = useQuery({
    queryKey: ["processes", "public"],
    queryFn: async () => (await api.GET("/api/v1/processes", { params: { query: { limit: 20 } } })).data,
  });
  return (
    <Stack maw={860} mx="auto">
      <Title order={1}>{t("home.title")}</Title>
      <Text size="lg">{t("home.lead")}</Text>
      <AnchorLink to="/catalogue" fw={600}>
        {t("nav.catalogue")}
      </AnchorLink>
      <Title order={2}>{t("home.publicProcesses")}</Title>
      {processes.data && processes.data.items.length === 0 && <Text>{t("home.noProcesses")}</Text>}
      {processes.data && processes.data.items.length > 0 && (
        <Text c="dimmed">{t("processes_count", { count: processes.data.items.length })}</Text>
      )}
      <Stack component="ul" gap="sm" p={0} style={{ listStyle: "none" }}>
        {processes.data?.items.map((process) => (
          <Card component="li" key={process.id} withBorder>
            <AnchorLink to="/processes/$processId" params={{ processId: process.id }} fw={600}>
              {process.name}
            </AnchorLink>
            {process.aim && <Text size="sm">{process.aim}</Text>}
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}

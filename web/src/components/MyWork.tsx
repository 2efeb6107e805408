import { Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { Section } from "./organizations/layout";
import { PendingJoinRequests } from "./organizations/PendingJoinRequests";
import { ProcessCard, ProcessCardList } from "./ProcessCard";

export function useMyProcesses(enabled = true) {
  return useQuery({
    queryKey: ["processes", "mine"],
    enabled,
    queryFn: async () => (await api.GET("/api/v1/processes", { params: { query: { mine: "true", limit: 50 } } })).data,
  });
}

/** What a signed-in person works on and what waits for them: their processes and the requests to decide. */
export function MyWork() {
  const { t } = useTranslation();
  const mine = useMyProcesses();
  return (
    // "md": the join requests begin with an empty live region, which takes a gap of its own.
    <Stack gap="md">
      <Section title={t("dashboard.myProcesses")}>
        {mine.data?.items.length === 0 && <Text>{t("dashboard.none")}</Text>}
        {mine.data && mine.data.items.length > 0 && (
          <ProcessCardList>
            {mine.data.items.map((process) => (
              <ProcessCard key={process.id} process={process} />
            ))}
          </ProcessCardList>
        )}
      </Section>
      <PendingJoinRequests />
    </Stack>
  );
}

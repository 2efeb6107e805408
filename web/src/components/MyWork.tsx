import { Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { dataOf } from "../api/unwrap";
import { Section } from "../ui/layout";
import { AnchorLink } from "./AnchorLink";
import { MyInvitations } from "./invitations/MyInvitations";
import { PendingJoinRequests } from "./organizations/PendingJoinRequests";
import { ProcessCard, ProcessCardList } from "./ProcessCard";

export function useMyProcesses(enabled = true) {
  return useQuery({
    queryKey: ["processes", "mine"],
    enabled,
    queryFn: () => dataOf(api.GET("/api/v1/processes", { params: { query: { mine: "true", limit: 50 } } })),
  });
}

/**
 * The phases, objectives and tasks the person answers for and has not finished, each linked (tasks to their own
 * page, the rest to the plan). Said only when there are some.
 */
function MyResponsibilities() {
  const { t } = useTranslation();
  const mine = useQuery({
    queryKey: ["me", "responsibilities"],
    queryFn: () => dataOf(api.GET("/api/v1/me/responsibilities")),
  });
  const items = mine.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Section title={t("dashboard.responsible.title")}>
      <Stack component="ul" gap="xs" style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {items.map((entry) => (
          <li key={entry.id} style={{ overflowWrap: "anywhere" }}>
            <Group gap="xs" wrap="wrap" style={{ rowGap: 0 }}>
              {entry.type === "task" ? (
                <AnchorLink
                  to="/processes/$processId/tasks/$taskId"
                  params={{ processId: entry.processId, taskId: entry.id }}
                  underline="always"
                >
                  {entry.name}
                </AnchorLink>
              ) : (
                <AnchorLink to="/processes/$processId" params={{ processId: entry.processId }} underline="always">
                  {t("plan.people.option", { name: entry.name, type: t(`plan.itemType.${entry.type}`) })}
                </AnchorLink>
              )}
              <Text span size="sm">
                {t("dashboard.responsible.inProcess", { process: entry.processName })} ·{" "}
                {t(`process.status.${entry.status}`)}
              </Text>
            </Group>
          </li>
        ))}
      </Stack>
    </Section>
  );
}

/**
 * What a signed-in person works on and what waits for them: invitations to answer, their processes and the requests
 * to decide.
 */
export function MyWork() {
  const { t } = useTranslation();
  const mine = useMyProcesses();
  return (
    // "md": the join requests begin with an empty live region, which takes a gap of its own.
    <Stack gap="md">
      <MyInvitations />
      <MyResponsibilities />
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

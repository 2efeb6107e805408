import { Badge, Group, Progress, Stack, Tabs, Text, Title, UnstyledButton } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import type { components } from "../api/schema";
import { ActivityPanel } from "../components/process/ActivityPanel";
import { GrantsPanel } from "../components/process/GrantsPanel";
import { Overview, startTab } from "../components/process/Overview";
import { SettingsPanel } from "../components/process/SettingsPanel";
import { TaskPanel } from "../components/process/TaskPanel";
import { WhyNot } from "../components/WhyNot";

type TreeItem = components["schemas"]["TreeItem"];

function Node({ item, level, onSelect }: { item: TreeItem; level: number; onSelect: (task: TreeItem) => void }) {
  const { t } = useTranslation();
  const label =
    item.type === "task" ? (
      <UnstyledButton
        onClick={() => onSelect(item)}
        aria-label={t("processes.task.select", { name: item.name })}
        style={{ textDecoration: "underline" }}
      >
        {item.name}
      </UnstyledButton>
    ) : (
      <Text component="span" fw={level === 0 ? 700 : 600}>
        {item.name}
      </Text>
    );
  return (
    <li>
      <Group gap="xs" wrap="wrap">
        {label}
        <Badge
          variant="outline"
          color={item.status === "finished" ? "green.9" : item.status === "in_progress" ? "blue.9" : "gray.8"}
        >
          {t(`process.status.${item.status}`)}
        </Badge>
      </Group>
      {item.type !== "task" && (
        <Progress
          value={item.progress}
          size="sm"
          aria-label={t("process.progress", { value: item.progress })}
          maw={240}
        />
      )}
      {item.children.length > 0 && (
        <ul>
          {item.children.map((child) => (
            <Node key={child.id} item={child} level={level + 1} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}

function findItem(items: TreeItem[], id: string): TreeItem | undefined {
  for (const item of items) {
    if (item.id === id) return item;
    const inside = findItem(item.children, id);
    if (inside) return inside;
  }
  return undefined;
}

export function Process() {
  const { t } = useTranslation();
  const { processId } = useParams({ from: "/processes/$processId" });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const process = useQuery({
    queryKey: ["process", processId],
    queryFn: async () => (await api.GET("/api/v1/processes/{id}", { params: { path: { id: processId } } })).data,
  });
  const tree = useQuery({
    queryKey: ["process", processId, "tree"],
    queryFn: async () => (await api.GET("/api/v1/processes/{id}/tree", { params: { path: { id: processId } } })).data,
  });
  const [tab, setTab] = useState<string | null>(null);
  const selected = selectedId && tree.data ? findItem(tree.data.items, selectedId) : undefined;

  return (
    <Stack maw={1100} mx="auto">
      <Title order={1}>{process.data?.name}</Title>
      {process.data?.aim && <Text>{process.data.aim}</Text>}
      <Tabs value={tab ?? startTab(process.data, tree.data?.items)} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t("publicPage.tab")}</Tabs.Tab>
          <Tabs.Tab value="tree">{t("processes.tabs.tree")}</Tabs.Tab>
          <Tabs.Tab value="teams">{t("processes.tabs.teams")}</Tabs.Tab>
          <Tabs.Tab value="activity">{t("processes.tabs.activity")}</Tabs.Tab>
          <Tabs.Tab value="settings">{t("processes.settings.tab")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          {process.data && <Overview process={process.data} tree={tree.data?.items ?? []} />}
        </Tabs.Panel>
        <Tabs.Panel value="tree" pt="md">
          <Group align="flex-start" wrap="wrap" gap="xl">
            <section aria-labelledby="plan" style={{ flex: "1 1 320px" }}>
              <Title order={2} id="plan" size="h3">
                {t("process.tree")}
              </Title>
              <ul>
                {tree.data?.items.map((item) => (
                  <Node key={item.id} item={item} level={0} onSelect={(task) => setSelectedId(task.id)} />
                ))}
              </ul>
            </section>
            {selected && (
              <div style={{ flex: "1 1 320px" }}>
                <TaskPanel key={selected.id} task={selected} processId={processId} />
              </div>
            )}
          </Group>
        </Tabs.Panel>
        <Tabs.Panel value="teams" pt="md">
          {process.data?.can.manage_grants ? (
            <GrantsPanel processId={processId} tree={tree.data?.items ?? []} />
          ) : (
            <WhyNot>{t("processes.grants.whyNot")}</WhyNot>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="activity" pt="md">
          <ActivityPanel processId={processId} />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          {process.data && <SettingsPanel process={process.data} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

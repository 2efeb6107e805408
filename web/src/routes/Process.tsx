import { Badge, Group, Progress, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import type { components } from "../api/schema";

type TreeItem = components["schemas"]["TreeItem"];

function Node({ item, level }: { item: TreeItem; level: number }) {
  const { t } = useTranslation();
  return (
    <li>
      <Group gap="xs" wrap="wrap">
        <Text component="span" fw={level === 0 ? 700 : 500}>
          {item.name}
        </Text>
        <Badge
          variant="light"
          color={item.status === "finished" ? "green" : item.status === "in_progress" ? "blue" : "gray"}
        >
          {t(`process.status.${item.status}`)}
        </Badge>
      </Group>
      <Progress
        value={item.progress}
        size="sm"
        aria-label={t("process.progress", { value: item.progress })}
        maw={240}
      />
      {item.children.length > 0 && (
        <ul>
          {item.children.map((child) => (
            <Node key={child.id} item={child} level={level + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function Process() {
  const { t } = useTranslation();
  const { processId } = useParams({ from: "/processes/$processId" });
  const process = useQuery({
    queryKey: ["process", processId],
    queryFn: async () => (await api.GET("/api/v1/processes/{id}", { params: { path: { id: processId } } })).data,
  });
  const tree = useQuery({
    queryKey: ["process", processId, "tree"],
    queryFn: async () => (await api.GET("/api/v1/processes/{id}/tree", { params: { path: { id: processId } } })).data,
  });
  return (
    <Stack maw={960} mx="auto">
      <Title order={1}>{process.data?.name}</Title>
      {process.data?.aim && <Text>{process.data.aim}</Text>}
      <Title order={2}>{t("process.tree")}</Title>
      <ul>
        {tree.data?.items.map((item) => (
          <Node key={item.id} item={item} level={0} />
        ))}
      </ul>
    </Stack>
  );
}

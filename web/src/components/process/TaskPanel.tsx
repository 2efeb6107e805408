import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, type Problem } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { useMe } from "../../api/session";
import { useTranslated } from "../../i18n/translated";
import { AnchorLink } from "../AnchorLink";
import { WhyNot } from "../WhyNot";
import { AddToolForm } from "./AddToolForm";

type TreeItem = components["schemas"]["TreeItem"];

/** A task: what the team works on in it, adding links and notes where rights allow, and fitting interlinkers. */
export function TaskPanel({ task, processId }: { task: TreeItem; processId: string }) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const queryClient = useQueryClient();
  const me = useMe();
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const assets = useQuery({
    queryKey: ["task", task.id, "assets"],
    enabled: task.can.view_assets,
    queryFn: async () => (await api.GET("/api/v1/tasks/{id}/assets", { params: { path: { id: task.id } } })).data,
  });
  const recommendations = useQuery({
    queryKey: ["task", task.id, "recommendations"],
    queryFn: async () =>
      (await api.GET("/api/v1/tasks/{id}/recommendations", { params: { path: { id: task.id }, query: { limit: 5 } } }))
        .data,
  });
  const add = useMutation({
    mutationFn: async (body: components["schemas"]["AssetCreate"]) => {
      const { data, error } = await api.POST("/api/v1/tasks/{id}/assets", { params: { path: { id: task.id } }, body });
      if (error) throw error;
      return data;
    },
    onSuccess: () => {
      setProblem(null);
      return queryClient.invalidateQueries({ queryKey: ["task", task.id, "assets"] });
    },
    onError: (error) => setProblem(error as unknown as Problem),
  });

  const addLink = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    add.mutate({ kind: "external", name: String(form.get("name")), url: String(form.get("url")) });
    event.currentTarget.reset();
  };
  return (
    <Stack component="section" aria-labelledby={`task-${task.id}`}>
      <Title order={2} id={`task-${task.id}`}>
        {task.name}
      </Title>
      {task.description && <Text>{task.description}</Text>}
      <Title order={3}>{t("processes.task.assets")}</Title>
      {!task.can.view_assets && <Text>{t("processes.task.cannotSee")}</Text>}
      {assets.data?.items.length === 0 && <Text>{t("processes.task.noAssets")}</Text>}
      <ul>
        {assets.data?.items.map((asset) => (
          <li key={asset.id}>
            {asset.url ? (
              <Anchor href={asset.url} target="_blank" rel="noopener noreferrer">
                {asset.name}
              </Anchor>
            ) : (
              <AnchorLink
                to="/processes/$processId/assets/$assetId"
                params={{ processId: asset.processId, assetId: asset.id }}
              >
                {asset.name}
              </AnchorLink>
            )}
          </li>
        ))}
      </ul>
      {errors[""] && (
        <Alert color="red" role="alert">
          {errors[""]}
        </Alert>
      )}
      {!task.can.create_assets && (
        <WhyNot>{me.data ? t("processes.task.whyNotAdd") : t("processes.task.signInToAdd")}</WhyNot>
      )}
      {task.can.create_assets && (
        <>
          <form noValidate onSubmit={addLink} aria-label={t("processes.task.addLink")}>
            <Stack gap="xs">
              <Title order={4}>{t("processes.task.addLink")}</Title>
              <TextInput name="name" label={t("processes.task.linkName")} required error={errorFor(errors, "name")} />
              <TextInput
                name="url"
                type="url"
                label={t("processes.task.linkUrl")}
                required
                error={errorFor(errors, "url")}
              />
              <Group>
                <Button type="submit" loading={add.isPending}>
                  {t("processes.task.add")}
                </Button>
              </Group>
            </Stack>
          </form>
          <AddToolForm taskId={task.id} processId={processId} />
        </>
      )}
      {(recommendations.data?.items.length ?? 0) > 0 && (
        <>
          <Title order={3}>{t("processes.task.recommended")}</Title>
          <ul>
            {recommendations.data?.items.map((interlinker) => (
              <li key={interlinker.id}>
                <Text component="span" fw={500}>
                  {translate(interlinker.name)}
                </Text>{" "}
                <Text component="span" size="sm">
                  {translate(interlinker.description)}
                </Text>{" "}
                {task.can.create_assets && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    loading={
                      add.isPending &&
                      add.variables?.kind === "interlinker" &&
                      add.variables.interlinkerId === interlinker.id
                    }
                    onClick={() => add.mutate({ kind: "interlinker", interlinkerId: interlinker.id })}
                  >
                    {t("processes.task.use", { name: translate(interlinker.name) })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}

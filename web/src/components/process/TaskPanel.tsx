import { Alert, Button, Group, Stack, Text, TextInput, Title, type TitleOrder } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, type Problem } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { useMe } from "../../api/session";
import { dataOf, toProblem } from "../../api/unwrap";
import { useTranslated } from "../../i18n/translated";
import { toastSuccess } from "../../ui/toast";
import { WhyNot } from "../WhyNot";
import { AddToolForm } from "./AddToolForm";
import { AssetLink } from "./AssetLink";
import { GateControl } from "./GateControl";
import { ResponsibleNote, WaitsFor } from "./ItemPeople";
import { ItemDates } from "./PlanTree";
import { ancestorsOf, type PlanIndex, type TreeItem } from "./plan";
import { StatusControl } from "./StatusControl";
import { WorkClaims } from "./WorkClaims";

/**
 * A task: where it sits, its status, who answers for it and what it waits for, what the team works on in it, adding links and tools where
 * rights allow, the work done on it that people claim, and fitting interlinkers. `level` is its heading's level: 1 when it is a screen of its own.
 */
export function TaskPanel({
  task,
  index,
  processId,
  level,
  back,
  processName,
}: {
  task: TreeItem;
  index: PlanIndex;
  processId: string;
  level: 1 | 2;
  back: ReactNode;
  /** Said above the task when it is a screen of its own. */
  processName?: string;
}) {
  const { t } = useTranslation();
  const sub = (level + 1) as TitleOrder;
  const subsub = (level + 2) as TitleOrder;
  const where = [...(processName ? [processName] : []), ...ancestorsOf(index, task.id).map((entry) => entry.name)].join(
    " › ",
  );
  const translate = useTranslated();
  const queryClient = useQueryClient();
  const me = useMe();
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const assets = useQuery({
    queryKey: ["task", task.id, "assets"],
    enabled: task.can.view_assets,
    queryFn: () => dataOf(api.GET("/api/v1/tasks/{id}/assets", { params: { path: { id: task.id } } })),
  });
  const recommendations = useQuery({
    queryKey: ["task", task.id, "recommendations"],
    queryFn: async () =>
      (await api.GET("/api/v1/tasks/{id}/recommendations", { params: { path: { id: task.id }, query: { limit: 5 } } }))
        .data,
  });
  const add = useMutation({
    mutationFn: (body: components["schemas"]["AssetCreate"]) =>
      dataOf(api.POST("/api/v1/tasks/{id}/assets", { params: { path: { id: task.id } }, body })),
    onSuccess: async (created) => {
      setProblem(null);
      await queryClient.invalidateQueries({ queryKey: ["task", task.id, "assets"] });
      toastSuccess(t("plan.done.assetAdded", { name: created?.name ?? "" }));
    },
    onError: (error) => setProblem(toProblem(error)),
  });

  const addLink = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    add.mutate({ kind: "external", name: String(form.get("name")), url: String(form.get("url")) });
    event.currentTarget.reset();
  };
  return (
    <Stack component="section" aria-labelledby="task-heading" style={{ minWidth: 0 }}>
      <div>{back}</div>
      {where && (
        <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
          {where}
        </Text>
      )}
      <Title order={level} id="task-heading" tabIndex={-1} style={{ overflowWrap: "anywhere" }}>
        {task.name}
      </Title>
      <Group gap="xs" wrap="wrap" align="flex-start">
        <Text size="sm" fw={600} component="span">
          {t("plan.status")}
        </Text>
        <StatusControl item={task} index={index} processId={processId} />
      </Group>
      <ItemDates item={task} />
      <ResponsibleNote item={task} sayNone={task.can.manage_items} />
      <WaitsFor item={task} index={index} processId={processId} />
      <GateControl item={task} processId={processId} />
      {task.description && <Text>{task.description}</Text>}
      <Title order={sub}>{t("processes.task.assets")}</Title>
      {!task.can.view_assets && <Text>{t("processes.task.cannotSee")}</Text>}
      {assets.data?.items.length === 0 && <Text>{t("processes.task.noAssets")}</Text>}
      <ul style={{ paddingLeft: "1.25rem", margin: 0 }}>
        {assets.data?.items.map((asset) => (
          <li key={asset.id} style={{ overflowWrap: "anywhere" }}>
            <AssetLink asset={asset} />
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
          <form onSubmit={addLink} aria-label={t("processes.task.addLink")} noValidate>
            <Stack gap="xs">
              <Title order={subsub}>{t("processes.task.addLink")}</Title>
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
      <WorkClaims itemId={task.id} assets={assets.data?.items ?? []} level={sub} />
      {(recommendations.data?.items.length ?? 0) > 0 && (
        <>
          <Title order={sub}>{t("processes.task.recommended")}</Title>
          <ul style={{ paddingLeft: "1.25rem", margin: 0 }}>
            {recommendations.data?.items.map((interlinker) => (
              <li key={interlinker.id} style={{ marginBottom: "0.75rem", overflowWrap: "anywhere" }}>
                <Text component="span" fw={500}>
                  {translate(interlinker.name)}
                </Text>{" "}
                <Text component="span" size="sm">
                  {translate(interlinker.description)}
                </Text>
                {task.can.create_assets && (
                  <Button
                    display="block"
                    mt={4}
                    size="compact-sm"
                    variant="light"
                    h="auto"
                    py={4}
                    maw="100%"
                    styles={{
                      label: { whiteSpace: "normal", textAlign: "left" },
                      inner: { justifyContent: "flex-start" },
                    }}
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

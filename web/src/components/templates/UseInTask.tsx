import { Alert, Anchor, Button, Group, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../../../common/languages";
import { api, type Problem } from "../../api/client";
import { fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { useMe } from "../../api/session";
import { dataOf, toProblem } from "../../api/unwrap";
import { toastSuccess } from "../../ui/toast";
import { AnchorLink } from "../AnchorLink";
import { defaultCopyLanguage, TemplateLanguageChoice } from "./TemplateLanguage";

type TreeItem = components["schemas"]["TreeItem"];
type Asset = components["schemas"]["Asset"];

/** The tasks of a tree where the person may add assets, each named with its phase and objective. */
function tasksWhereAllowed(items: TreeItem[], path: string[] = []): { id: string; label: string }[] {
  return items.flatMap((item) =>
    item.type === "task"
      ? item.can.create_assets
        ? [{ id: item.id, label: [...path, item.name].join(" › ") }]
        : []
      : tasksWhereAllowed(item.children, [...path, item.name]),
  );
}

/**
 * "Use in a task…" on a knowledge interlinker's page: pick one of your processes and a task where you may add
 * assets, see the language the copy will be in, confirm. Signed out, an invitation to sign in.
 */
export function UseInTask({ interlinker }: { interlinker: components["schemas"]["InterlinkerDetail"] }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [processId, setProcessId] = useState<string>("");
  const [taskId, setTaskId] = useState<string>("");
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [created, setCreated] = useState<{ asset: Asset; task: string } | null>(null);
  const errors = fieldErrors(problem);

  const processes = useQuery({
    queryKey: ["processes", "mine", "all"],
    enabled: open && Boolean(me.data),
    queryFn: () => dataOf(api.GET("/api/v1/processes", { params: { query: { mine: "true", limit: 100 } } })),
  });
  const process = processes.data?.items.find((candidate) => candidate.id === processId);
  const tree = useQuery({
    queryKey: ["process", processId, "tree"],
    enabled: Boolean(processId),
    queryFn: () => dataOf(api.GET("/api/v1/processes/{id}/tree", { params: { path: { id: processId } } })),
  });
  const tasks = tree.data ? tasksWhereAllowed(tree.data.items) : [];
  const task = tasks.find((candidate) => candidate.id === taskId);
  const language =
    chosenLanguage && interlinker.templateLanguages.includes(chosenLanguage)
      ? chosenLanguage
      : defaultCopyLanguage(interlinker.templateLanguages, process?.language);

  const use = useMutation({
    mutationFn: () =>
      dataOf(
        api.POST("/api/v1/tasks/{id}/assets", {
          params: { path: { id: taskId } },
          body: { kind: "interlinker", interlinkerId: interlinker.id, language },
        }),
      ),
    onSuccess: (asset) => {
      setProblem(null);
      setCreated({ asset, task: task?.label ?? "" });
      // The toast lives outside the router, so its link is a plain one.
      toastSuccess(
        <>
          {t("templates.use.done", { name: asset.name, task: task?.label ?? "" })}{" "}
          <Anchor href={`/processes/${asset.processId}/assets/${asset.id}`} underline="always">
            {t("templates.use.openAsset", { name: asset.name })}
          </Anchor>
        </>,
      );
      return queryClient.invalidateQueries({ queryKey: ["task", taskId, "assets"] });
    },
    onError: (error) => setProblem(toProblem(error)),
  });

  if (interlinker.nature !== "knowledge" || !interlinker.hasTemplate) return null;
  if (me.isSuccess && !me.data) {
    return (
      <Text>
        {t("templates.use.signIn")}{" "}
        <AnchorLink to="/sign-in" underline="always">
          {t("templates.use.signInLink")}
        </AnchorLink>
      </Text>
    );
  }
  if (!me.data) return null;
  if (!open) {
    return (
      <Group>
        <Button onClick={() => setOpen(true)} h="auto" mih={36} styles={{ label: { whiteSpace: "normal" } }}>
          {t("templates.use.open")}
        </Button>
      </Group>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    use.mutate();
  };
  const items = processes.data?.items ?? [];

  return (
    <Paper withBorder p="md" radius="sm" component="section" aria-labelledby="use-in-task">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="use-in-task">
            {t("templates.use.title")}
          </Title>
          {processes.isSuccess && items.length === 0 ? (
            <Text>
              {t("templates.use.noProcesses")}{" "}
              <AnchorLink to="/processes/new" underline="always">
                {t("templates.use.newProcess")}
              </AnchorLink>
            </Text>
          ) : (
            <NativeSelect
              label={t("templates.use.process")}
              description={t("templates.use.processHint")}
              value={processId}
              onChange={(event) => {
                setProcessId(event.currentTarget.value);
                setTaskId("");
                setChosenLanguage(null);
                setCreated(null);
              }}
              data={[
                { value: "", label: t("templates.use.pickProcess"), disabled: true },
                ...items.map((candidate) => ({ value: candidate.id, label: candidate.name })),
              ]}
            />
          )}
          {processId && tree.isSuccess && tasks.length === 0 && <Text>{t("templates.use.noTasks")}</Text>}
          {processId && tasks.length > 0 && (
            <NativeSelect
              label={t("templates.use.task")}
              description={t("templates.use.taskHint")}
              value={taskId}
              onChange={(event) => {
                setTaskId(event.currentTarget.value);
                setCreated(null);
              }}
              data={[
                { value: "", label: t("templates.use.pickTask"), disabled: true },
                ...tasks.map((candidate) => ({ value: candidate.id, label: candidate.label })),
              ]}
            />
          )}
          {process && (
            <TemplateLanguageChoice
              templateLanguages={interlinker.templateLanguages}
              processLanguage={process.language}
              value={language}
              onChange={setChosenLanguage}
            />
          )}
          {problem && (
            <Alert color="red" role="alert">
              {errors.language ?? errors[""] ?? problem.detail}
            </Alert>
          )}
          {created && (
            <Alert color="green" role="status">
              {t("templates.use.done", { name: created.asset.name, task: created.task })}{" "}
              <AnchorLink
                to="/processes/$processId/assets/$assetId"
                params={{ processId: created.asset.processId, assetId: created.asset.id }}
                underline="always"
              >
                {t("templates.use.openAsset", { name: created.asset.name })}
              </AnchorLink>
            </Alert>
          )}
          <Group>
            <Button
              type="submit"
              disabled={!taskId}
              loading={use.isPending}
              h="auto"
              mih={36}
              styles={{ label: { whiteSpace: "normal" } }}
            >
              {t("templates.use.confirm")}
            </Button>
            <Button variant="default" onClick={() => setOpen(false)}>
              {t("templates.use.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

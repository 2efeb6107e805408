import { Alert, Button, Group, NativeSelect, Stack, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, lazy, Suspense, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { findCreateFields, interlinkersWithViews } from "../../../../interlinkers/web";
import { api, type Problem } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import { useTranslated } from "../../i18n/translated";

/**
 * Adds a built-in interlinker's asset to a task: pick the tool, name it, give what the tool asks for (its own
 * creation fields), then open it.
 */
export function AddToolForm({ taskId, processId }: { taskId: string; processId: string }) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const tools = useQuery({
    queryKey: ["interlinkers", "software"],
    queryFn: async () =>
      (await api.GET("/api/v1/interlinkers", { params: { query: { nature: "software", limit: 50 } } })).data,
    staleTime: 5 * 60_000,
  });
  const choices = (tools.data?.items ?? []).filter((tool) => interlinkersWithViews.includes(tool.id));
  const [chosen, setChosen] = useState<string | null>(null);
  const toolId = chosen ?? choices[0]?.id ?? null;
  const loadFields = toolId ? findCreateFields(toolId) : undefined;
  const Fields = useMemo(() => (loadFields ? lazy(loadFields) : null), [loadFields]);

  const add = useMutation({
    mutationFn: async (form: FormData) => {
      const module = loadFields ? await loadFields() : undefined;
      const name = String(form.get("name") ?? "").trim();
      const { data, error } = await api.POST("/api/v1/tasks/{id}/assets", {
        params: { path: { id: taskId } },
        body: {
          kind: "interlinker",
          interlinkerId: toolId ?? "",
          ...(name ? { name } : {}),
          ...(module ? { input: module.readInput(form) } : {}),
        },
      });
      if (error) throw error;
      return data;
    },
    onSuccess: (created) =>
      navigate({ to: "/processes/$processId/assets/$assetId", params: { processId, assetId: created.id } }),
    onError: (error) => setProblem(error as unknown as Problem),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate(new FormData(event.currentTarget));
  };

  if (choices.length === 0) return null;
  return (
    <form onSubmit={submit} aria-label={t("processes.task.addTool")}>
      <Stack gap="xs">
        <Title order={4}>{t("processes.task.addTool")}</Title>
        <NativeSelect
          label={t("processes.task.tool")}
          value={toolId ?? ""}
          onChange={(event) => setChosen(event.currentTarget.value)}
          data={choices.map((tool) => ({ value: tool.id, label: translate(tool.name) }))}
        />
        <TextInput name="name" label={t("processes.task.toolName")} required error={errorFor(errors, "name")} />
        {Fields && (
          <Suspense fallback={null}>
            <Fields key={toolId} errors={errors} />
          </Suspense>
        )}
        {errors[""] && (
          <Alert color="red" role="alert">
            {errors[""]}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t("processes.task.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

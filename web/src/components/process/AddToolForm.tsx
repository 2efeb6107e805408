import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, lazy, Suspense, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { findCreateFields, interlinkersWithViews } from "../../../../interlinkers/web";
import { api, type Problem } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { dataOf, toProblem } from "../../api/unwrap";
import { useTranslated } from "../../i18n/translated";
import { toastSuccess } from "../../ui/toast";

type RemoteTool = components["schemas"]["RemoteTool"];

/** The id a remote service may post back: it becomes a path segment on the service, so nothing else passes. */
const externalIdPattern = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,199}$/;

/** `{code: "asset_created", message: {id}}`, the original INTERLINK creation page's message; else null. */
function createdAssetId(data: unknown): string | null {
  if (!data || typeof data !== "object") return null;
  const { code, message } = data as { code?: unknown; message?: unknown };
  if (code !== "asset_created" || !message || typeof message !== "object") return null;
  const id = (message as { id?: unknown }).id;
  const text = typeof id === "number" && Number.isInteger(id) && id >= 0 ? String(id) : id;
  return typeof text === "string" && externalIdPattern.test(text) ? text : null;
}

/** A remote tool's creation page in a popup, waiting for it to say which asset it made. */
interface Waiting {
  tool: RemoteTool;
  popup: Window;
  name: string;
}

/**
 * Adds an asset to a task: pick the tool, name it, then either give what a built-in tool asks for (its own
 * creation fields) or, for a remote tool, make the asset in the service's own page, which opens in a popup.
 */
export function AddToolForm({ taskId, processId }: { taskId: string; processId: string }) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [popupBlocked, setPopupBlocked] = useState(false);
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const errors = fieldErrors(problem);
  const tools = useQuery({
    queryKey: ["interlinkers", "software"],
    queryFn: () => dataOf(api.GET("/api/v1/interlinkers", { params: { query: { nature: "software", limit: 50 } } })),
    staleTime: 5 * 60_000,
  });
  const remoteTools = useQuery({
    queryKey: ["remote-tools"],
    queryFn: () => dataOf(api.GET("/api/v1/remote-tools")),
    staleTime: 60_000,
  });
  const builtin = (tools.data?.items ?? []).filter((tool) => interlinkersWithViews.includes(tool.id));
  const remote = remoteTools.data?.items ?? [];
  const choices = [
    ...builtin.map((tool) => ({ value: tool.id, label: translate(tool.name) })),
    ...remote.map((tool) => ({ value: tool.id, label: t("remote.toolLabel", { name: translate(tool.name) }) })),
  ];
  const [chosen, setChosen] = useState<string | null>(null);
  const toolId = chosen ?? choices[0]?.value ?? null;
  const remoteTool = remote.find((tool) => tool.id === toolId);
  const loadFields = toolId && !remoteTool ? findCreateFields(toolId) : undefined;
  const Fields = useMemo(() => (loadFields ? lazy(loadFields) : null), [loadFields]);

  const process = useQuery({
    queryKey: ["process", processId],
    queryFn: () => dataOf(api.GET("/api/v1/processes/{id}", { params: { path: { id: processId } } })),
  });

  const add = useMutation({
    mutationFn: async (request: { form?: FormData; element?: HTMLFormElement; name: string; externalId?: string }) => {
      const module = loadFields && request.form ? await loadFields() : undefined;
      // The tool's fields may have chosen a knowledge template it opens: then that template is what is copied.
      const template = module && request.form ? (module.readTemplate?.(request.form) ?? null) : null;
      return dataOf(
        api.POST("/api/v1/tasks/{id}/assets", {
          params: { path: { id: taskId } },
          body: {
            kind: "interlinker",
            interlinkerId: template?.interlinkerId ?? toolId ?? "",
            ...(request.name ? { name: request.name } : {}),
            ...(template?.language ? { language: template.language } : {}),
            ...(template
              ? {}
              : request.externalId !== undefined
                ? { input: { externalId: request.externalId } }
                : module && request.form
                  ? { input: module.readInput(request.form) }
                  : {}),
          },
        }),
      );
    },
    onSuccess: (created, request) => {
      toastSuccess(t("feedback.tool.added", { name: created.name }));
      request.element?.reset();
      return navigate({ to: "/processes/$processId/assets/$assetId", params: { processId, assetId: created.id } });
    },
    onError: (error) => setProblem(toProblem(error)),
  });

  // Only a message from the popup we opened, from exactly the service's origin, in the protocol's shape, counts.
  useEffect(() => {
    if (!waiting) return;
    const receive = (event: MessageEvent) => {
      if (event.origin !== waiting.tool.serviceOrigin || event.source !== waiting.popup) return;
      const externalId = createdAssetId(event.data);
      if (!externalId) return;
      setWaiting(null);
      add.mutate({ name: waiting.name, externalId });
    };
    window.addEventListener("message", receive);
    return () => window.removeEventListener("message", receive);
  }, [waiting, add.mutate]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One click, one asset: nothing more is sent while a request runs or once the asset exists.
    if (add.isPending || add.isSuccess) return;
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "").trim();
    setProblem(null);
    if (remoteTool) {
      // Opened right in the click's handler, so browsers do not block it as an unasked popup.
      const popup = window.open(remoteTool.instantiateUrl, `interlink-${remoteTool.id}`, "popup,width=800,height=700");
      setPopupBlocked(!popup);
      if (popup) setWaiting({ tool: remoteTool, popup, name });
      return;
    }
    add.mutate({ form, element: event.currentTarget, name });
  };

  if (choices.length === 0) return null;
  return (
    <form onSubmit={submit} noValidate aria-label={t("processes.task.addTool")}>
      <Stack gap="xs">
        <Title order={4}>{t("processes.task.addTool")}</Title>
        <NativeSelect
          label={t("processes.task.tool")}
          value={toolId ?? ""}
          onChange={(event) => {
            setChosen(event.currentTarget.value);
            setWaiting(null);
          }}
          data={choices}
        />
        <TextInput name="name" label={t("processes.task.toolName")} required error={errorFor(errors, "name")} />
        {Fields && (
          <Suspense fallback={null}>
            <Fields key={toolId} errors={errors} processLanguage={process.data?.language} />
          </Suspense>
        )}
        {remoteTool && <Text size="sm">{t("remote.opensService", { origin: remoteTool.serviceOrigin })}</Text>}
        {popupBlocked && (
          <Alert color="red" role="alert">
            {t("remote.popupBlocked")}
          </Alert>
        )}
        {waiting && (
          <Alert color="blue" role="status">
            {t("remote.waiting", { name: translate(waiting.tool.name) })}
          </Alert>
        )}
        {(errors[""] || errors.input || errors["input.externalId"]) && (
          <Alert color="red" role="alert">
            {errors[""] ?? errors["input.externalId"] ?? errors.input}
          </Alert>
        )}
        <Group>
          {/* Busy until the asset's page opens, so a second click cannot make a duplicate. */}
          <Button type="submit" loading={add.isPending || add.isSuccess}>
            {remoteTool ? t("remote.create") : t("processes.task.add")}
          </Button>
          {waiting && (
            <Button variant="subtle" onClick={() => setWaiting(null)}>
              {t("remote.cancel")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Anchor, Button, Group, Radio, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { governanceModels } from "../../../../common/coproduction";
import { api, type Problem } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { dataOf, toProblem } from "../../api/unwrap";
import { toastSuccess } from "../../ui/toast";
import { AnchorLink } from "../AnchorLink";
import { WebhooksPanel } from "../WebhooksPanel";
import { WhyNot } from "../WhyNot";
import { CoverImage } from "./CoverImage";
import { ProcessAdministrators } from "./ProcessAdministrators";

type Process = components["schemas"]["Process"];

/** Visibility and governance for administrators; copy, download and import for whoever may. */
export function SettingsPanel({ process }: { process: Process }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const errors = fieldErrors(problem);
  const fail = (error: unknown) => setProblem(toProblem(error));
  const shownFields = ["name", "aim"];
  const otherMessages = Object.entries(errors)
    .filter(([key]) => !shownFields.some((field) => key === field || key.startsWith(`${field}.`)))
    .map(([, message]) => message);

  const update = useMutation({
    mutationFn: (body: components["schemas"]["ProcessUpdate"]) =>
      dataOf(api.PATCH("/api/v1/processes/{id}", { params: { path: { id: process.id } }, body })),
    onSuccess: async () => {
      setProblem(null);
      await queryClient.invalidateQueries({ queryKey: ["process", process.id] });
      toastSuccess(t("processes.settings.saved"));
    },
    onError: fail,
  });
  const copy = useMutation({
    mutationFn: (name: string) =>
      dataOf(
        api.POST("/api/v1/processes/{id}/clone", {
          params: { path: { id: process.id } },
          body: { name, visibility: "private", includeGrants: false, includeAssets: true },
        }),
      ),
    onError: fail,
  });
  const importFile = useMutation({
    mutationFn: async (chosen: File) =>
      dataOf(api.POST("/api/v1/processes/import", { body: JSON.parse(await chosen.text()) })),
    onError: fail,
  });

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    update.mutate({
      name: String(form.get("name") ?? "").trim(),
      aim: String(form.get("aim") ?? "").trim(),
      visibility: String(form.get("visibility")) as Process["visibility"],
      governanceModel: String(form.get("governanceModel")) as Process["governanceModel"],
    });
  };
  const clone = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    copy.mutate(String(new FormData(event.currentTarget).get("name") ?? process.name));
  };

  return (
    <Stack>
      {otherMessages.length > 0 && (
        <Alert color="red" role="alert">
          {otherMessages.map((message) => (
            <Text key={message} size="sm">
              {message}
            </Text>
          ))}
        </Alert>
      )}
      {!process.can.update && <WhyNot>{t("processes.settings.whyNot")}</WhyNot>}
      {process.can.update && (
        <form onSubmit={save} noValidate>
          <Stack gap="sm">
            <Title order={2}>{t("processes.settings.tab")}</Title>
            <TextInput
              name="name"
              label={t("processes.name")}
              description={t("plan.settings.nameRule")}
              defaultValue={process.name}
              error={errorFor(errors, "name")}
            />
            <Textarea
              name="aim"
              label={t("processes.aim")}
              description={t("plan.settings.aimRule")}
              defaultValue={process.aim}
              autosize
              minRows={2}
              error={errorFor(errors, "aim")}
            />
            <Radio.Group name="visibility" label={t("processes.visibility")} defaultValue={process.visibility}>
              <Stack gap="xs" mt="xs">
                <Radio value="private" label={t("processes.private")} />
                <Radio value="public" label={t("processes.public")} />
              </Stack>
            </Radio.Group>
            <Radio.Group
              name="governanceModel"
              label={t("processes.governanceModel")}
              defaultValue={process.governanceModel}
            >
              <Stack gap="xs" mt="xs">
                {governanceModels.map((model) => (
                  <Radio key={model} value={model} label={`${model} — ${t(`processes.governance.${model}`)}`} />
                ))}
              </Stack>
            </Radio.Group>
            <Group>
              <Button type="submit" loading={update.isPending}>
                {t("processes.settings.save")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {process.can.update && <CoverImage key={process.image?.url ?? "none"} process={process} />}
      {process.can.manage_webhooks && <WebhooksPanel owner={{ processId: process.id }} />}
      <ProcessAdministrators process={process} />
      <Title order={2}>{t("processes.settings.reuse")}</Title>
      <Anchor href={`/api/v1/processes/${process.id}/export`} download underline="always">
        {t("processes.settings.export")}
      </Anchor>
      {process.can.clone && (
        <form onSubmit={clone}>
          <Stack gap="xs">
            <TextInput name="name" label={t("processes.settings.cloneName")} defaultValue={process.name} required />
            <Group>
              <Button type="submit" variant="light" loading={copy.isPending}>
                {t("processes.settings.clone")}
              </Button>
            </Group>
            {copy.data && (
              <Alert color="green" role="status">
                {t("processes.settings.cloned")}{" "}
                <AnchorLink to="/processes/$processId" params={{ processId: copy.data.id }} underline="always">
                  {t("processes.settings.openCopy")}
                </AnchorLink>
              </Alert>
            )}
          </Stack>
        </form>
      )}
      {process.can.clone && (
        <Stack gap="xs">
          <Text component="label" htmlFor="import-file" fw={500} size="sm">
            {t("processes.settings.importFile")}
          </Text>
          <input
            id="import-file"
            type="file"
            accept="application/json"
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
          />
          <Group>
            <Button
              variant="light"
              disabled={!file}
              loading={importFile.isPending}
              onClick={() => file && importFile.mutate(file)}
            >
              {t("processes.settings.importButton")}
            </Button>
          </Group>
          {importFile.data && (
            <Alert color="green" role="status">
              {t("processes.settings.imported")}{" "}
              <AnchorLink to="/processes/$processId" params={{ processId: importFile.data.id }} underline="always">
                {t("processes.settings.openCopy")}
              </AnchorLink>
            </Alert>
          )}
        </Stack>
      )}
    </Stack>
  );
}

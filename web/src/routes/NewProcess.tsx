import { Alert, Button, NativeSelect, Radio, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type GovernanceModel, governanceModels } from "../../../common/coproduction";
import { type Language, languageNames, languages } from "../../../common/languages";
import { api, type Problem } from "../api/client";
import { schemasQuery } from "../api/pageQueries";
import { errorFor, fieldErrors } from "../api/problems";
import type { components } from "../api/schema";
import { dataOf, toProblem } from "../api/unwrap";
import { SchemaPreview } from "../components/SchemaPreview";
import { useTranslated } from "../i18n/translated";
import { toastSuccess } from "../ui/toast";

export function NewProcess() {
  const { t, i18n } = useTranslation();
  const translate = useTranslated();
  const navigate = useNavigate();
  const [schemaId, setSchemaId] = useState("default");
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);

  const schemas = useQuery(schemasQuery);
  const organizations = useQuery({
    queryKey: ["organizations", "mine"],
    queryFn: () => dataOf(api.GET("/api/v1/organizations", { params: { query: { mine: "true", limit: 100 } } })),
  });

  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: components["schemas"]["ProcessCreate"]) => dataOf(api.POST("/api/v1/processes", { body })),
    onSuccess: (created) => {
      toastSuccess(t("feedback.process.created"));
      // The lists that show processes (the home's, My work) hold it from now on.
      void queryClient.invalidateQueries({ queryKey: ["processes"] });
      return navigate({ to: "/processes/$processId", params: { processId: created.id } });
    },
    onError: (error) => setProblem(toProblem(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending || create.isSuccess) return;
    const form = new FormData(event.currentTarget);
    const organizationId = String(form.get("organizationId") ?? "");
    create.mutate({
      name: String(form.get("name") ?? ""),
      aim: String(form.get("aim") ?? ""),
      language: String(form.get("language")) as Language,
      governanceModel: String(form.get("governanceModel")) as GovernanceModel,
      visibility: String(form.get("visibility")) as "public" | "private",
      ...(organizationId ? { organizationId } : {}),
      ...(schemaId ? { schemaId } : {}),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720} mx="auto">
        <Title order={1}>{t("processes.new")}</Title>
        {errors[""] && (
          <Alert color="red" role="alert">
            {errors[""]}
          </Alert>
        )}
        <TextInput
          name="name"
          label={t("processes.name")}
          description={t("fields.upTo", { count: 200 })}
          required
          maxLength={200}
          error={errorFor(errors, "name")}
        />
        <Textarea
          name="aim"
          label={t("processes.aim")}
          description={t("processes.aimHint")}
          autosize
          minRows={2}
          error={errorFor(errors, "aim")}
        />
        <NativeSelect
          name="language"
          label={t("processes.language")}
          defaultValue={i18n.language}
          data={languages.map((language) => ({ value: language, label: languageNames[language] }))}
        />
        <NativeSelect
          name="organizationId"
          label={t("processes.organization")}
          error={errorFor(errors, "organizationId")}
          data={[
            { value: "", label: t("processes.noOrganization") },
            ...(organizations.data?.items ?? []).map((organization) => ({
              value: organization.id,
              label: translate(organization.name),
            })),
          ]}
        />
        <Radio.Group name="governanceModel" label={t("processes.governanceModel")} defaultValue="G+G" required>
          <Stack gap="xs" mt="xs">
            {governanceModels.map((model) => (
              <Radio key={model} value={model} label={`${model} — ${t(`processes.governance.${model}`)}`} />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group name="visibility" label={t("processes.visibility")} defaultValue="private" required>
          <Stack gap="xs" mt="xs">
            <Radio value="private" label={t("processes.private")} />
            <Radio value="public" label={t("processes.public")} />
          </Stack>
        </Radio.Group>
        <NativeSelect
          label={t("processes.schema")}
          value={schemaId}
          onChange={(event) => setSchemaId(event.currentTarget.value)}
          error={errorFor(errors, "schemaId")}
          data={[
            ...(schemas.data?.items ?? []).map((entry) => ({ value: entry.id, label: translate(entry.name) })),
            { value: "", label: t("processes.noSchema") },
          ]}
        />
        {schemaId && <SchemaPreview schemaId={schemaId} order={2} />}
        <Button type="submit" loading={create.isPending || create.isSuccess}>
          {t("processes.create")}
        </Button>
      </Stack>
    </form>
  );
}

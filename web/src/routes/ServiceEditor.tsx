import { NativeSelect, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { errorFor, fieldErrors } from "../api/problems";
import { useMe } from "../api/session";
import { dataOf, problemOf } from "../api/unwrap";
import { AnchorLink } from "../components/AnchorLink";
import { ButtonLink } from "../components/ButtonLink";
import { NotFound } from "../components/NotFound";
import { Unavailable } from "../components/organizations/Unavailable";
import { publicServiceQuery, useDescribingOrganizations } from "../components/services/api";
import {
  changedFields,
  emptyState,
  fieldsOf,
  ServiceForm,
  type ServiceFormState,
  stateOf,
} from "../components/services/ServiceForm";
import { pickWithLanguage } from "../components/services/words";
import { useLanguage, useTranslated } from "../i18n/translated";
import { errorProps, Loading } from "../ui/feedback";
import { PageTitle } from "../ui/layout";
import { toastSuccess } from "../ui/toast";

/** The processes the person takes part in, to say which improved the service; those already linked stay listed. */
function useProcessOptions(linked: { id: string; name: string }[] = []) {
  const processes = useQuery({
    queryKey: ["processes", "mine", "all"],
    queryFn: () => dataOf(api.GET("/api/v1/processes", { params: { query: { mine: "true", limit: 100 } } })),
  });
  const options = new Map(linked.map((process) => [process.id, process.name]));
  for (const process of processes.data?.items ?? []) options.set(process.id, process.name);
  return [...options].map(([value, label]) => ({ value, label }));
}

export function NewPublicService() {
  const { t } = useTranslation();
  const translate = useTranslated();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const search = useSearch({ from: "/public-services/new" });
  const describing = useDescribingOrganizations();
  const processOptions = useProcessOptions();
  const [organizationId, setOrganizationId] = useState(search.organizationId ?? "");
  const chosen = organizationId || describing.items[0]?.id || "";

  const create = useMutation({
    mutationFn: (state: ServiceFormState) =>
      dataOf(api.POST("/api/v1/public-services", { body: { organizationId: chosen, ...fieldsOf(state) } })),
    onSuccess: async (created) => {
      queryClient.setQueryData(["public-services", "one", created.id], created);
      toastSuccess(t("services.form.created"));
      void queryClient.invalidateQueries({ queryKey: ["public-services", "list"] });
      void queryClient.invalidateQueries({ queryKey: ["organization", created.organization.id, "services"] });
      await navigate({ to: "/public-services/$serviceId", params: { serviceId: created.id } });
    },
  });
  const problem = problemOf(create.error);
  const errors = fieldErrors(problem);

  if (me.isPending || describing.isPending) return <Loading />;
  if (!me.data)
    return (
      <Stack maw={720} mx="auto">
        <PageTitle>{t("services.form.newTitle")}</PageTitle>
        <Text>{t("services.form.signInFirst")}</Text>
        <ButtonLink to="/sign-in" search={{ redirect: "/public-services/new" }} style={{ alignSelf: "flex-start" }}>
          {t("nav.signIn")}
        </ButtonLink>
      </Stack>
    );
  if (describing.items.length === 0)
    return (
      <Stack maw={720} mx="auto">
        <PageTitle>{t("services.form.newTitle")}</PageTitle>
        <Text>{t("services.form.noAdministration")}</Text>
        <AnchorLink to="/public-services">{t("services.page.back")}</AnchorLink>
      </Stack>
    );

  return (
    <Stack maw={720} mx="auto">
      <PageTitle>{t("services.form.newTitle")}</PageTitle>
      <Text>{t("services.form.newLead")}</Text>
      <ServiceForm
        initial={emptyState()}
        organizationField={
          <NativeSelect
            label={t("services.form.authority")}
            description={t("services.form.authorityHint")}
            value={chosen}
            onChange={(event) => setOrganizationId(event.currentTarget.value)}
            data={describing.items.map((organization) => ({
              value: organization.id,
              label: translate(organization.name),
            }))}
            error={errorFor(errors, "organizationId")}
            errorProps={errorProps}
          />
        }
        processOptions={processOptions}
        submitLabel={t("services.form.create")}
        pending={create.isPending || create.isSuccess}
        problem={problem}
        onSubmit={(state) => create.mutate(state)}
        cancel={<AnchorLink to="/public-services">{t("services.form.cancel")}</AnchorLink>}
      />
    </Stack>
  );
}

export function EditPublicService() {
  const { t } = useTranslation();
  const reader = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { serviceId } = useParams({ from: "/public-services/$serviceId/edit" });
  const service = useQuery(publicServiceQuery(serviceId));
  const processOptions = useProcessOptions(service.data?.processes);

  const update = useMutation({
    mutationFn: (state: ServiceFormState) => {
      const body = changedFields(fieldsOf(stateOf(service.data!)), fieldsOf(state));
      return dataOf(api.PATCH("/api/v1/public-services/{id}", { params: { path: { id: serviceId } }, body }));
    },
    onSuccess: async (updated) => {
      queryClient.setQueryData(["public-services", "one", updated.id], updated);
      toastSuccess(t("services.form.saved"));
      void queryClient.invalidateQueries({ queryKey: ["public-services"] });
      void queryClient.invalidateQueries({ queryKey: ["organization", updated.organization.id, "services"] });
      await navigate({ to: "/public-services/$serviceId", params: { serviceId: updated.id } });
    },
  });

  if (service.isPending) return <Loading />;
  if (service.isError)
    return [404, 422].includes(problemOf(service.error)?.status ?? 0) ? (
      <NotFound />
    ) : (
      <Unavailable title={t("services.page.unavailable")} error={service.error} />
    );
  const data = service.data;
  const name = pickWithLanguage(data.name, reader);
  const authority = pickWithLanguage(data.organization.name, reader);
  if (!data.can.update)
    return (
      <Stack maw={720} mx="auto">
        <PageTitle>{t("services.form.editTitle")}</PageTitle>
        <Text>{t("services.form.mayNotEdit")}</Text>
        <AnchorLink to="/public-services/$serviceId" params={{ serviceId }}>
          {t("services.form.backToService")}
        </AnchorLink>
      </Stack>
    );

  return (
    <Stack maw={720} mx="auto">
      <PageTitle>
        {t("services.form.editTitle")}:{" "}
        <span lang={name.lang === reader ? undefined : name.lang} data-user-content>
          {name.text}
        </span>
      </PageTitle>
      <ServiceForm
        initial={stateOf(data)}
        organizationField={
          <Text>
            {t("services.providedBy")}{" "}
            <span lang={authority.lang === reader ? undefined : authority.lang} data-user-content>
              {authority.text}
            </span>
          </Text>
        }
        processOptions={processOptions}
        submitLabel={t("services.form.save")}
        pending={update.isPending || update.isSuccess}
        problem={problemOf(update.error)}
        onSubmit={(state) => update.mutate(state)}
        cancel={
          <AnchorLink to="/public-services/$serviceId" params={{ serviceId }}>
            {t("services.form.cancel")}
          </AnchorLink>
        }
      />
    </Stack>
  );
}

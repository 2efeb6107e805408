import { Group, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { dataOf, problemOf } from "../api/unwrap";
import { AnchorLink } from "../components/AnchorLink";
import { NotFound } from "../components/NotFound";
import { Administrators } from "../components/organizations/Administrators";
import type { Organization as OrganizationData } from "../components/organizations/api";
import { Disclosure, TypeBadge, VisibilityBadge } from "../components/organizations/layout";
import { OrganizationForm, type OrganizationInput } from "../components/organizations/OrganizationForm";
import { OrganizationTeams } from "../components/organizations/OrganizationTeams";
import { Unavailable } from "../components/organizations/Unavailable";
import { OrganizationServices } from "../components/services/OrganizationServices";
import { WhyNot } from "../components/WhyNot";
import { useLanguage, useTranslated } from "../i18n/translated";
import { ConfirmAction, FormAlert, Loading } from "../ui/feedback";
import { PageTitle } from "../ui/layout";
import { toastSuccess } from "../ui/toast";

function OrganizationActions({ organization }: { organization: OrganizationData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const update = useMutation({
    mutationFn: (body: OrganizationInput) =>
      dataOf(api.PATCH("/api/v1/organizations/{id}", { params: { path: { id: organization.id } }, body })),
    onSuccess: async (updated) => {
      queryClient.setQueryData(["organization", organization.id], updated);
      await queryClient.invalidateQueries({ queryKey: ["organizations"] });
    },
  });

  const remove = useMutation({
    mutationFn: () =>
      dataOf(api.DELETE("/api/v1/organizations/{id}", { params: { path: { id: organization.id } }, body: {} })),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ["organization", organization.id] });
      toastSuccess(t("feedback.organization.deleted"));
      await queryClient.invalidateQueries({ queryKey: ["organizations"] });
      await navigate({ to: "/organizations" });
    },
  });

  if (!organization.can.update && !organization.can.delete) {
    return <WhyNot>{t("organizations.whyNotEdit")}</WhyNot>;
  }
  return (
    <Stack gap="sm">
      {organization.can.update && (
        <Disclosure label={t("organizations.edit")} title={t("organizations.edit")} variant="default">
          {({ titleId, close }) => (
            <OrganizationForm
              key={language}
              titleId={titleId}
              organization={organization}
              submitLabel={t("organizations.save")}
              pending={update.isPending}
              problem={problemOf(update.error)}
              onSubmit={(input) => {
                update.mutate(input, {
                  onSuccess: () => {
                    toastSuccess(t("organizations.saved"));
                    close();
                  },
                });
              }}
              onCancel={() => {
                update.reset();
                close();
              }}
            />
          )}
        </Disclosure>
      )}
      {organization.can.delete && (
        <Stack gap="xs" align="flex-start">
          {remove.error && <FormAlert messages={[problemOf(remove.error)?.detail ?? ""]} />}
          <ConfirmAction
            label={t("organizations.delete")}
            question={t("organizations.deleteQuestion")}
            confirmLabel={t("organizations.confirmDelete")}
            pending={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </Stack>
      )}
    </Stack>
  );
}

export function Organization() {
  const { t } = useTranslation();
  const translate = useTranslated();
  const { organizationId } = useParams({ from: "/organizations/$organizationId" });
  const organization = useQuery({
    queryKey: ["organization", organizationId],
    queryFn: () => dataOf(api.GET("/api/v1/organizations/{id}", { params: { path: { id: organizationId } } })),
  });

  if (organization.isPending) return <Loading />;
  if (organization.isError)
    return problemOf(organization.error)?.status === 404 ? (
      <NotFound />
    ) : (
      <Unavailable title={t("organizations.notFound")} error={organization.error} />
    );
  const data = organization.data;
  const description = translate(data.description);

  return (
    <Stack maw={860} mx="auto" gap="xl">
      <Stack gap="sm">
        <AnchorLink to="/organizations" size="sm">
          {t("organizations.back")}
        </AnchorLink>
        <PageTitle>{translate(data.name)}</PageTitle>
        <Group gap="xs">
          <TypeBadge type={data.type} />
          <VisibilityBadge visibility={data.visibility} />
        </Group>
        {description && <Text style={{ whiteSpace: "pre-line" }}>{description}</Text>}
        <Text size="sm">
          {t("organizations.teamCreation.current", { mode: t(`organizations.teamCreation.${data.teamCreation}`) })}
        </Text>
        <OrganizationActions organization={data} />
      </Stack>
      <OrganizationServices organization={data} />
      <OrganizationTeams organization={data} />
      <Administrators organization={data} />
    </Stack>
  );
}

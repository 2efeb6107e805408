import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { dataThemeBase, dataThemes, serviceStatuses } from "../../../common/publicServices";
import { problemOf } from "../api/unwrap";
import { ButtonLink } from "../components/ButtonLink";
import { CardList } from "../components/organizations/layout";
import { publicServicesQuery, type ServiceFilters, useDescribingOrganizations } from "../components/services/api";
import { ServiceCard } from "../components/services/ServiceCard";
import { FormAlert, Loading } from "../ui/feedback";
import { PageTitle } from "../ui/layout";

/** What a newcomer needs when nothing is listed: what a public service is here, and how one gets described. */
function EmptyCatalogue({ searched }: { searched: boolean }) {
  const { t } = useTranslation();
  const describing = useDescribingOrganizations();
  return (
    <Stack gap="sm" role="status">
      <Text fw={600}>{searched ? t("services.catalogue.noMatch") : t("services.catalogue.none")}</Text>
      {!searched && <Text>{t("services.catalogue.whatIsIt")}</Text>}
      {!searched && describing.items.length > 0 && <Text>{t("services.catalogue.howToDescribe")}</Text>}
    </Stack>
  );
}

/** "Describe a public service" for those who belong to a public administration. */
function DescribeLink() {
  const { t } = useTranslation();
  const describing = useDescribingOrganizations();
  if (describing.items.length === 0) return null;
  const only = describing.items.length === 1 ? describing.items[0] : undefined;
  return (
    <Group>
      <ButtonLink to="/public-services/new" search={only ? { organizationId: only.id } : {}}>
        {t("services.describe")}
      </ButtonLink>
    </Group>
  );
}

export function PublicServices() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ServiceFilters>({});
  const results = useInfiniteQuery(publicServicesQuery(filters));
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];
  const searched = Object.keys(filters).length > 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const q = String(form.get("q") ?? "").trim();
    const thematicArea = String(form.get("thematicArea") ?? "");
    const status = String(form.get("status") ?? "");
    setFilters({
      ...(q ? { q } : {}),
      ...(thematicArea ? { thematicArea } : {}),
      ...(status ? { status: status as NonNullable<ServiceFilters["status"]> } : {}),
    });
  };

  return (
    <Stack maw={960} mx="auto">
      <PageTitle>{t("services.catalogue.title")}</PageTitle>
      <Text>{t("services.catalogue.lead")}</Text>
      <DescribeLink />
      <search>
        <form noValidate onSubmit={submit} aria-label={t("services.catalogue.searchForm")}>
          <Group align="flex-end" wrap="wrap">
            <TextInput name="q" type="search" label={t("services.catalogue.search")} style={{ flex: "1 1 220px" }} />
            <NativeSelect
              name="thematicArea"
              label={t("services.fields.thematicAreas")}
              style={{ flex: "1 1 200px", minWidth: 0 }}
              data={[
                { value: "", label: t("services.catalogue.anyTheme") },
                ...dataThemes.map((code) => ({ value: dataThemeBase + code, label: t(`services.themes.${code}`) })),
              ]}
            />
            <NativeSelect
              name="status"
              label={t("services.fields.status")}
              style={{ flex: "1 1 160px", minWidth: 0 }}
              data={[
                { value: "", label: t("services.catalogue.anyStatus") },
                ...serviceStatuses.map((status) => ({ value: status, label: t(`services.statuses.${status}`) })),
              ]}
            />
            <Button type="submit">{t("services.catalogue.searchButton")}</Button>
          </Group>
        </form>
      </search>
      {results.isPending && <Loading />}
      {results.isError && <FormAlert messages={[problemOf(results.error)?.detail ?? ""]} />}
      {results.isSuccess && items.length === 0 && <EmptyCatalogue searched={searched} />}
      {items.length > 0 && (
        <>
          <Title order={2} size="h4">
            {t("services.catalogue.count", { count: items.length })}
          </Title>
          <CardList>
            {items.map((service) => (
              <ServiceCard key={service.id} service={service} />
            ))}
          </CardList>
        </>
      )}
      {results.hasNextPage && (
        <Group>
          <Button variant="light" onClick={() => void results.fetchNextPage()} loading={results.isFetchingNextPage}>
            {t("services.catalogue.more")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

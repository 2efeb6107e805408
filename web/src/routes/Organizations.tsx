import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { useMe } from "../api/session";
import { dataOf, problemOf } from "../api/unwrap";
import { AnchorLink } from "../components/AnchorLink";
import { CardList, Disclosure, OrganizationCard } from "../components/organizations/layout";
import { OrganizationForm, type OrganizationInput } from "../components/organizations/OrganizationForm";
import { useLanguage } from "../i18n/translated";
import { FormAlert, Loading } from "../ui/feedback";
import { PageTitle, Section } from "../ui/layout";
import { toastSuccess } from "../ui/toast";

const pageSize = 20;

/** Organizations page by page, newest first; `mine` keeps those the person administers or belongs to. */
function useOrganizationPages(filter: { mine?: boolean; q?: string }, enabled = true) {
  return useInfiniteQuery({
    queryKey: ["organizations", "pages", filter],
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      dataOf(
        api.GET("/api/v1/organizations", {
          params: {
            query: {
              limit: pageSize,
              ...(pageParam ? { cursor: pageParam } : {}),
              ...(filter.mine ? { mine: "true" as const } : {}),
              ...(filter.q ? { q: filter.q } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

function OrganizationPages({ pages, empty }: { pages: ReturnType<typeof useOrganizationPages>; empty: string }) {
  const { t } = useTranslation();
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  if (pages.isPending) return <Loading />;
  if (pages.isError) return <FormAlert messages={[problemOf(pages.error)?.detail ?? ""]} />;
  return (
    <Stack gap="sm">
      <Text size="sm" role="status">
        {items.length === 0 ? empty : t("organizations.count", { count: items.length })}
        {pages.hasNextPage && ` ${t("organizations.moreAvailable")}`}
      </Text>
      {items.length > 0 && (
        <CardList>
          {items.map((organization) => (
            <OrganizationCard key={organization.id} organization={organization} />
          ))}
        </CardList>
      )}
      {pages.hasNextPage && (
        <Group>
          <Button variant="default" loading={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
            {t("organizations.loadMore")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function CreateOrganization() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: OrganizationInput) => dataOf(api.POST("/api/v1/organizations", { body })),
    onSuccess: async (created) => {
      queryClient.setQueryData(["organization", created.id], created);
      toastSuccess(t("feedback.organization.created"));
      await queryClient.invalidateQueries({ queryKey: ["organizations"] });
      await navigate({ to: "/organizations/$organizationId", params: { organizationId: created.id } });
    },
  });
  return (
    <Disclosure label={t("organizations.create")} title={t("organizations.newTitle")} order={3}>
      {({ titleId, close }) => (
        <OrganizationForm
          key={language}
          titleId={titleId}
          submitLabel={t("organizations.form.create")}
          pending={create.isPending || create.isSuccess}
          problem={problemOf(create.error)}
          onSubmit={(input) => create.mutate(input)}
          onCancel={() => {
            create.reset();
            close();
          }}
        />
      )}
    </Disclosure>
  );
}

export function Organizations() {
  const { t } = useTranslation();
  const me = useMe();
  const signedIn = Boolean(me.data);
  const [search, setSearch] = useState("");
  const mine = useOrganizationPages({ mine: true }, signedIn);
  const all = useOrganizationPages(search ? { q: search } : {});

  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(String(new FormData(event.currentTarget).get("q") ?? "").trim());
  };

  return (
    <Stack maw={860} mx="auto" gap="xl">
      <Stack gap="xs">
        <PageTitle>{t("organizations.title")}</PageTitle>
        <Text>{t("organizations.lead")}</Text>
      </Stack>

      {signedIn && (
        <Section title={t("organizations.mine")}>
          {me.data?.can.create_organization && <CreateOrganization />}
          <OrganizationPages pages={mine} empty={t("organizations.mineEmpty")} />
        </Section>
      )}
      {me.isSuccess && !signedIn && (
        <Text>
          <AnchorLink to="/sign-in">{t("organizations.signInToCreate")}</AnchorLink>
        </Text>
      )}

      <Section title={t("organizations.all")}>
        <search>
          <form noValidate onSubmit={submitSearch}>
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput name="q" type="search" label={t("organizations.search")} maxLength={200} style={{ flex: 1 }} />
              <Button type="submit" variant="default">
                {t("organizations.searchButton")}
              </Button>
            </Group>
          </form>
        </search>
        <OrganizationPages pages={all} empty={search ? t("organizations.noResults") : t("organizations.none")} />
      </Section>
    </Stack>
  );
}

import { Button, Group, Stack, Text } from "@mantine/core";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { dataOf, problemOf } from "../../api/unwrap";
import { useLanguage } from "../../i18n/translated";
import { FormAlert, Loading } from "../../ui/feedback";
import { Section } from "../../ui/layout";
import { toastSuccess } from "../../ui/toast";
import type { Organization } from "./api";
import { CardList, Disclosure, TeamCard } from "./layout";
import { TeamForm, type TeamInput } from "./TeamForm";

/** The organization's teams, page by page, and a form to create one where the organization allows it. */
export function OrganizationTeams({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const teams = useInfiniteQuery({
    queryKey: ["organization", organization.id, "teams"],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      dataOf(
        api.GET("/api/v1/organizations/{id}/teams", {
          params: { path: { id: organization.id }, query: { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

  const create = useMutation({
    mutationFn: (body: TeamInput) =>
      dataOf(api.POST("/api/v1/organizations/{id}/teams", { params: { path: { id: organization.id } }, body })),
    onSuccess: async (created) => {
      queryClient.setQueryData(["team", created.id], created);
      toastSuccess(t("feedback.team.created"));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["organization", organization.id] }),
        queryClient.invalidateQueries({ queryKey: ["organizations"] }),
        queryClient.invalidateQueries({ queryKey: ["me", "teams"] }),
      ]);
      await navigate({ to: "/teams/$teamId", params: { teamId: created.id } });
    },
  });

  const items = teams.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Section title={t("organizations.teams.title")}>
      {organization.can.create_team && (
        <Disclosure label={t("organizations.teams.create")} title={t("organizations.teams.newTitle")} order={3}>
          {({ titleId, close }) => (
            <TeamForm
              key={language}
              titleId={titleId}
              defaultType={organization.type}
              submitLabel={t("organizations.teams.createButton")}
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
      )}
      {teams.isPending && <Loading />}
      {teams.isError && <FormAlert messages={[problemOf(teams.error)?.detail ?? ""]} />}
      {teams.isSuccess && (
        <Stack gap="sm">
          <Text size="sm">
            {items.length === 0
              ? t("organizations.teams.none")
              : t("organizations.teams.count", { count: items.length })}
          </Text>
          {items.length > 0 && (
            <CardList>
              {items.map((team) => (
                <TeamCard key={team.id} team={team} />
              ))}
            </CardList>
          )}
          {teams.hasNextPage && (
            <Group>
              <Button variant="default" loading={teams.isFetchingNextPage} onClick={() => void teams.fetchNextPage()}>
                {t("organizations.loadMore")}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Section>
  );
}

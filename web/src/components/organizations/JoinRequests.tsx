import { Button, Card, Group, Stack, Text } from "@mantine/core";
import { type UseMutationResult, useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { dataOf, problemOf } from "../../api/unwrap";
import { useFormatDate } from "../../ui/dates";
import { FormAlert, Loading } from "../../ui/feedback";
import { Section } from "../../ui/layout";
import { toastSuccess } from "../../ui/toast";
import type { JoinRequest, Team } from "./api";
import { CardList } from "./layout";
import { useRefreshTeam } from "./Members";

/** Approve or reject one request to join, with the server's refusal shown above the buttons. */
export function DecideButtons({
  name,
  decide,
}: {
  name: string;
  decide: UseMutationResult<unknown, Error, "approve" | "reject">;
}) {
  const { t } = useTranslation();
  return (
    <>
      {decide.error && <FormAlert messages={[problemOf(decide.error)?.detail ?? ""]} />}
      <Group gap="sm">
        <Button
          size="sm"
          loading={decide.isPending && decide.variables === "approve"}
          disabled={decide.isPending}
          aria-label={t("organizations.requests.approveFor", { name: name })}
          onClick={() => decide.mutate("approve")}
        >
          {t("organizations.requests.approve")}
        </Button>
        <Button
          size="sm"
          variant="outline"
          color="red.9"
          loading={decide.isPending && decide.variables === "reject"}
          disabled={decide.isPending}
          aria-label={t("organizations.requests.rejectFor", { name: name })}
          onClick={() => decide.mutate("reject")}
        >
          {t("organizations.requests.reject")}
        </Button>
      </Group>
    </>
  );
}

function RequestRow({ request, onDecided }: { request: JoinRequest; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const refresh = useRefreshTeam(request.teamId);
  const decide = useMutation({
    mutationFn: (verb: "approve" | "reject") =>
      dataOf(
        verb === "approve"
          ? api.POST("/api/v1/join-requests/{id}/approve", { params: { path: { id: request.id } }, body: {} })
          : api.POST("/api/v1/join-requests/{id}/reject", { params: { path: { id: request.id } }, body: {} }),
      ),
    onSuccess: async (_, verb) => {
      onDecided(
        t(verb === "approve" ? "organizations.requests.approved" : "organizations.requests.rejected", {
          name: request.user.name,
        }),
      );
      await refresh();
    },
  });
  const asked = formatDate(request.createdAt);

  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap="xs">
        <Stack gap={0}>
          <Text fw={600}>{request.user.name}</Text>
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            {request.user.email}
          </Text>
          <Text size="sm">{t("organizations.requests.askedOn", { date: asked })}</Text>
        </Stack>
        <Text size="sm" style={{ whiteSpace: "pre-line" }} fs={request.message ? undefined : "italic"}>
          {request.message || t("organizations.requests.noMessage")}
        </Text>
        <DecideButtons name={request.user.name} decide={decide} />
      </Stack>
    </Card>
  );
}

/** Requests to join that wait for an answer, for those who manage the team's members. */
export function JoinRequests({ team }: { team: Team }) {
  const { t } = useTranslation();
  const requests = useInfiniteQuery({
    queryKey: ["team", team.id, "join-requests"],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      dataOf(
        api.GET("/api/v1/teams/{id}/join-requests", {
          params: {
            path: { id: team.id },
            query: { status: "pending", limit: 50, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = requests.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Section title={t("organizations.requests.title")}>
      {requests.isPending && <Loading />}
      {requests.isError && <FormAlert messages={[problemOf(requests.error)?.detail ?? ""]} />}
      {requests.isSuccess && (
        <Text size="sm">
          {items.length === 0
            ? t("organizations.requests.none")
            : t("organizations.requests.count", { count: items.length })}
        </Text>
      )}
      {items.length > 0 && (
        <CardList>
          {items.map((request) => (
            <RequestRow key={request.id} request={request} onDecided={toastSuccess} />
          ))}
        </CardList>
      )}
      {requests.hasNextPage && (
        <Group>
          <Button variant="default" loading={requests.isFetchingNextPage} onClick={() => void requests.fetchNextPage()}>
            {t("organizations.loadMore")}
          </Button>
        </Group>
      )}
    </Section>
  );
}

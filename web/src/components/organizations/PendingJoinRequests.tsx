import { Card, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import type { components } from "../../api/schema";
import { dataOf } from "../../api/unwrap";
import { useTranslated } from "../../i18n/translated";
import { useFormatDate } from "../../ui/dates";
import { Section } from "../../ui/layout";
import { toastSuccess } from "../../ui/toast";
import { AnchorLink } from "../AnchorLink";
import { DecideButtons } from "./JoinRequests";
import { CardList } from "./layout";

type Request = components["schemas"]["JoinRequestWithTeam"];
const queryKey = ["me", "join-requests"];

function TeamLink({ request }: { request: Request }) {
  const translate = useTranslated();
  const { t } = useTranslation();
  return (
    <Text size="sm">
      <AnchorLink to="/teams/$teamId" params={{ teamId: request.team.id }} underline="always">
        {translate(request.team.name)}
      </AnchorLink>{" "}
      {t("dashboard.requests.inOrganization", { organization: translate(request.team.organizationName) })}
    </Text>
  );
}

function ToDecide({ request, onDecided }: { request: Request; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
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
      await Promise.all([
        queryClient.invalidateQueries({ queryKey }),
        queryClient.invalidateQueries({ queryKey: ["team", request.teamId] }),
      ]);
    },
  });
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap="xs">
        <Stack gap={0}>
          <Text fw={600}>{request.user.name}</Text>
          <TeamLink request={request} />
        </Stack>
        <Text size="sm" style={{ whiteSpace: "pre-line" }} fs={request.message ? undefined : "italic"}>
          {request.message || t("organizations.requests.noMessage")}
        </Text>
        <DecideButtons name={request.user.name} decide={decide} />
      </Stack>
    </Card>
  );
}

/** The dashboard's pending requests to join: those waiting for the person's answer, and the person's own. */
export function PendingJoinRequests() {
  const { t } = useTranslation();
  const requests = useQuery({ queryKey, queryFn: () => dataOf(api.GET("/api/v1/me/join-requests")) });
  const toDecide = requests.data?.toDecide ?? [];
  const mine = requests.data?.mine ?? [];
  const date = useFormatDate();

  return (
    <>
      {toDecide.length > 0 && (
        <Section title={t("dashboard.requests.toDecide")}>
          <CardList>
            {toDecide.map((request) => (
              <ToDecide key={request.id} request={request} onDecided={toastSuccess} />
            ))}
          </CardList>
        </Section>
      )}
      {mine.length > 0 && (
        <Section title={t("dashboard.requests.mine")}>
          <CardList>
            {mine.map((request) => (
              <Card component="li" key={request.id} withBorder padding="sm">
                <TeamLink request={request} />
                <Text size="sm">{t("dashboard.requests.waiting", { date: date(request.createdAt) })}</Text>
              </Card>
            ))}
          </CardList>
        </Section>
      )}
    </>
  );
}

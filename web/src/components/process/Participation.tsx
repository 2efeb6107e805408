import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { dataOf, toProblem } from "../../api/unwrap";
import { useTranslated } from "../../i18n/translated";
import { useFormatDate } from "../../ui/dates";
import { FormAlert } from "../../ui/feedback";
import { toastSuccess } from "../../ui/toast";

type Process = components["schemas"]["Process"];
type Request = components["schemas"]["ParticipationRequest"];
type Grant = components["schemas"]["Grant"];

const requestsKey = (processId: string) => ["process", processId, "participation-requests"];

function useRequests(processId: string, status?: "pending") {
  return useQuery({
    queryKey: [...requestsKey(processId), status ?? "all"],
    queryFn: () =>
      dataOf(
        api.GET("/api/v1/processes/{id}/participation-requests", {
          params: { path: { id: processId }, query: { limit: status ? 100 : 1, ...(status ? { status } : {}) } },
        }),
      ),
  });
}

/**
 * Asking the process's administrators to take part, with a reason, inside the overview's "take part" block; the
 * answer to one's last request shows here too.
 */
export function AskToTakePart({ process }: { process: Process }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mine = useRequests(process.id);
  const [reason, setReason] = useState("");
  const ask = useMutation({
    mutationFn: () =>
      dataOf(
        api.POST("/api/v1/processes/{id}/participation-requests", {
          params: { path: { id: process.id } },
          body: { reason },
        }),
      ),
    onSuccess: async () => {
      setReason("");
      toastSuccess(t("governance.participation.asked"));
      await queryClient.invalidateQueries({ queryKey: requestsKey(process.id) });
    },
  });
  const errors = fieldErrors(ask.error ? toProblem(ask.error) : null);
  const last: Request | undefined = mine.data?.items[0];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate();
  };

  return (
    <Stack gap="xs">
      {last?.status === "pending" && <Text size="sm">{t("governance.participation.pending")}</Text>}
      {last?.status === "accepted" && <Text size="sm">{t("governance.participation.accepted")}</Text>}
      {last?.status === "declined" && (
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {t("governance.participation.declined", { answer: last.answer ?? "" })}
        </Text>
      )}
      {process.can.request_participation && last?.status !== "pending" && (
        <form onSubmit={submit} noValidate aria-label={t("governance.participation.formName")}>
          <Stack gap="xs">
            <Textarea
              label={t("governance.participation.reason")}
              description={t("governance.participation.reasonHint")}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
              error={errorFor(errors, "reason")}
            />
            <FormAlert messages={errors[""] ? [errors[""]] : []} />
            <Group>
              <Button type="submit" loading={ask.isPending} h="auto" py={8}>
                {t("governance.participation.ask")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** The requests waiting for an answer, where the process's administrators manage who takes part. */
export function ParticipationRequests({ processId, grants }: { processId: string; grants: Grant[] }) {
  const { t } = useTranslation();
  const pending = useRequests(processId, "pending");
  const items = pending.data?.items ?? [];
  if (items.length === 0) return null;
  const teams = new Map(grants.flatMap((grant) => (grant.team ? [[grant.team.id, grant.team] as const] : [])));
  return (
    <Stack gap="sm" component="section" aria-labelledby="participation-requests">
      <Title order={2} id="participation-requests">
        {t("governance.participation.title")}
      </Title>
      {items.map((request) => (
        <RequestCard key={request.id} processId={processId} request={request} teams={[...teams.values()]} />
      ))}
    </Stack>
  );
}

function RequestCard({
  processId,
  request,
  teams,
}: {
  processId: string;
  request: Request;
  teams: NonNullable<Grant["team"]>[];
}) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const formatDate = useFormatDate();
  const queryClient = useQueryClient();
  const [teamId, setTeamId] = useState("");
  const [reason, setReason] = useState("");
  const done = async (message: string) => {
    toastSuccess(message);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: requestsKey(processId) }),
      queryClient.invalidateQueries({ queryKey: ["process", processId, "grants"] }),
    ]);
  };
  const accept = useMutation({
    mutationFn: () =>
      dataOf(
        api.POST("/api/v1/participation-requests/{id}/accept", {
          params: { path: { id: request.id } },
          body: teamId ? { teamId } : {},
        }),
      ),
    onSuccess: () => done(t("governance.participation.acceptedToast", { name: request.person.name })),
  });
  const decline = useMutation({
    mutationFn: () =>
      dataOf(
        api.POST("/api/v1/participation-requests/{id}/decline", {
          params: { path: { id: request.id } },
          body: { reason },
        }),
      ),
    onSuccess: () => done(t("governance.participation.declinedToast", { name: request.person.name })),
  });
  const failed = accept.error ?? decline.error;
  const errors = fieldErrors(failed ? toProblem(failed) : null);
  const fieldMessages = new Set([errorFor(errors, "reason"), errorFor(errors, "teamId")]);
  const other = Object.values(errors).filter((message) => !fieldMessages.has(message));

  return (
    <Paper withBorder p="sm" data-testid="participation-request">
      <Stack gap="xs">
        <Text fw={600} style={{ overflowWrap: "anywhere" }}>
          {t("governance.participation.who", { name: request.person.name, when: formatDate(request.createdAt) })}
        </Text>
        <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} data-user-content>
          {request.reason}
        </Text>
        <NativeSelect
          label={t("governance.participation.as")}
          value={teamId}
          onChange={(event) => setTeamId(event.currentTarget.value)}
          data={[
            { value: "", label: t("governance.participation.asOwn") },
            ...teams.map((team) => ({ value: team.id, label: translate(team.name) })),
          ]}
          error={errorFor(errors, "teamId")}
        />
        <Textarea
          label={t("governance.participation.declineReason")}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          autosize
          minRows={1}
          maxLength={2000}
          error={errorFor(errors, "reason")}
        />
        <FormAlert messages={other} />
        <Group gap="sm" wrap="wrap">
          <Button
            loading={accept.isPending}
            onClick={() => accept.mutate()}
            aria-label={t("governance.participation.acceptNamed", { name: request.person.name })}
          >
            {t("governance.participation.accept")}
          </Button>
          <Button
            variant="default"
            loading={decline.isPending}
            onClick={() => decline.mutate()}
            aria-label={t("governance.participation.declineNamed", { name: request.person.name })}
          >
            {t("governance.participation.decline")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

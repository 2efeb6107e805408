import { Button, Group, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { describeProblem } from "../../api/problems";
import { dataOf, problemOf } from "../../api/unwrap";
import { useFormatDate } from "../../ui/dates";
import { FormAlert } from "../../ui/feedback";
import { toastSuccess } from "../../ui/toast";
import { wrappingButton } from "../ButtonLink";
import { type Invitation, useInvitationWords } from "./api";

/** What is offered, by whom, and (while it waits) Accept and Decline, each busy while its answer travels. */
export function InvitationAnswer({
  invitation,
  onAnswered,
}: {
  invitation: Invitation;
  onAnswered?: (answered: Invitation) => void;
}) {
  const { t } = useTranslation();
  const words = useInvitationWords();
  const formatDate = useFormatDate();
  const queryClient = useQueryClient();
  const answer = useMutation({
    mutationFn: (verb: "accept" | "decline") =>
      dataOf(
        verb === "accept"
          ? api.POST("/api/v1/invitations/{id}/accept", { params: { path: { id: invitation.id } }, body: {} })
          : api.POST("/api/v1/invitations/{id}/decline", { params: { path: { id: invitation.id } }, body: {} }),
      ),
    onSuccess: async (answered, verb) => {
      const name = words.target(invitation);
      toastSuccess(
        verb === "decline"
          ? t("invitations.declined", { name })
          : invitation.kind === "process_grant"
            ? t("invitations.acceptedGrant", { name, team: words.addressee(invitation) })
            : t("invitations.accepted", { name }),
      );
      // What the person now belongs to shows everywhere: their teams, organizations, processes.
      await queryClient.invalidateQueries();
      onAnswered?.(answered);
    },
  });
  const failure = problemOf(answer.error);
  const name = words.target(invitation);
  return (
    <Stack gap="xs">
      <Text fw={600}>{words.offer(invitation)}</Text>
      {invitation.kind === "process_grant" && (
        <>
          <Text size="sm">{t("invitations.rights", { rights: words.rights(invitation) })}</Text>
          <Text size="sm">{t("invitations.part", { part: words.part(invitation) })}</Text>
        </>
      )}
      <Text size="sm">{t("invitations.validUntil", { date: formatDate(invitation.expiresAt) })}</Text>
      {failure && <FormAlert messages={[describeProblem(failure)]} />}
      {(invitation.can.accept || invitation.can.decline) && (
        <Group gap="sm">
          <Button
            size="sm"
            {...wrappingButton}
            loading={answer.isPending && answer.variables === "accept"}
            disabled={answer.isPending || !invitation.can.accept}
            aria-label={t("invitations.acceptFor", { name })}
            onClick={() => answer.mutate("accept")}
          >
            {t("invitations.accept")}
          </Button>
          <Button
            size="sm"
            variant="outline"
            color="red.9"
            {...wrappingButton}
            loading={answer.isPending && answer.variables === "decline"}
            disabled={answer.isPending || !invitation.can.decline}
            aria-label={t("invitations.declineFor", { name })}
            onClick={() => answer.mutate("decline")}
          >
            {t("invitations.decline")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

import { Card, Stack, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { describeProblem } from "../../api/problems";
import { dataOf, problemOf } from "../../api/unwrap";
import { useFormatDate } from "../../ui/dates";
import { ConfirmAction, FormAlert } from "../../ui/feedback";
import { Section } from "../../ui/layout";
import { toastSuccess } from "../../ui/toast";
import { CardList } from "../organizations/layout";
import { type Invitation, useInvitationWords } from "./api";

/**
 * The invitations of a team, an organization or a process that wait for an answer, for those who sent them: whom
 * each waits for, until when, and a withdraw button that asks first. Nothing shows while none waits.
 */
export function PendingInvitations({
  title,
  invitations,
  details,
  onChanged,
}: {
  title: string;
  invitations: Invitation[];
  /** A line under the addressee, e.g. the rights a team is offered. */
  details?: (invitation: Invitation) => string;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const words = useInvitationWords();
  const formatDate = useFormatDate();
  const withdraw = useMutation({
    mutationFn: (invitation: Invitation) =>
      dataOf(api.DELETE("/api/v1/invitations/{id}", { params: { path: { id: invitation.id } }, body: {} })),
    onSuccess: async (_, invitation) => {
      toastSuccess(t("invitations.withdrawn", { name: words.addressee(invitation) }));
      await onChanged();
    },
  });
  const failure = problemOf(withdraw.error);
  if (invitations.length === 0) return null;
  return (
    <Section title={title} order={3}>
      {failure && <FormAlert messages={[describeProblem(failure)]} />}
      <CardList>
        {invitations.map((invitation) => (
          <Card component="li" key={invitation.id} withBorder padding="sm">
            <Stack gap="xs" align="flex-start">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                  {words.addressee(invitation)}
                </Text>
                {details && <Text size="sm">{details(invitation)}</Text>}
                <Text size="sm">{t("invitations.validUntil", { date: formatDate(invitation.expiresAt) })}</Text>
              </Stack>
              {invitation.can.withdraw && (
                <ConfirmAction
                  size="xs"
                  label={t("invitations.withdraw")}
                  accessibleLabel={t("invitations.withdrawLabel", { name: words.addressee(invitation) })}
                  question={t("invitations.withdrawQuestion", { name: words.addressee(invitation) })}
                  confirmLabel={t("invitations.withdrawConfirm")}
                  pending={withdraw.isPending && withdraw.variables?.id === invitation.id}
                  onConfirm={() => withdraw.mutate(invitation)}
                />
              )}
            </Stack>
          </Card>
        ))}
      </CardList>
    </Section>
  );
}

import { Alert, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { describeProblem } from "../api/problems";
import { withReturn } from "../api/returnTo";
import { useMe } from "../api/session";
import { dataOf, problemOf } from "../api/unwrap";
import { ButtonLink, wrappingButton } from "../components/ButtonLink";
import type { Invitation as InvitationData } from "../components/invitations/api";
import { InvitationAnswer } from "../components/invitations/InvitationAnswer";
import { ResendConfirmation } from "../components/ResendConfirmation";
import { Loading } from "../ui/feedback";
import { PageTitle } from "../ui/layout";

/** Where the link of what it is for leads once the invitation is accepted. */
function OpenTarget({ invitation }: { invitation: InvitationData }) {
  const { t } = useTranslation();
  const { type, id } = invitation.target;
  const label = t(`invitations.open.${type}`);
  if (type === "team")
    return (
      <ButtonLink to="/teams/$teamId" params={{ teamId: id }}>
        {label}
      </ButtonLink>
    );
  if (type === "organization")
    return (
      <ButtonLink to="/organizations/$organizationId" params={{ organizationId: id }}>
        {label}
      </ButtonLink>
    );
  return (
    <ButtonLink to="/processes/$processId" params={{ processId: id }}>
      {label}
    </ButtonLink>
  );
}

/**
 * The screen an invitation mail links to: the invitation and its answer for the one it is addressed to; for a
 * visitor, sign in or sign up and come back here; for an address not yet confirmed, what to do first.
 */
export function Invitation() {
  const { t } = useTranslation();
  const { invitationId } = useParams({ from: "/invitations/$invitationId" });
  const me = useMe();
  const here = `/invitations/${invitationId}`;
  const invitation = useQuery({
    queryKey: ["invitation", invitationId],
    enabled: Boolean(me.data),
    retry: false,
    queryFn: () => dataOf(api.GET("/api/v1/invitations/{id}", { params: { path: { id: invitationId } } })),
  });
  const failure = problemOf(invitation.error);
  const data = invitation.data;

  return (
    <Stack maw={640} mx="auto">
      <PageTitle>{t("invitations.title")}</PageTitle>
      {me.isPending && <Loading />}
      {me.isSuccess && !me.data && (
        <Stack gap="sm">
          <Text>{t("invitations.signInLead")}</Text>
          <Group>
            <Button component="a" href={withReturn("/sign-in", here)} {...wrappingButton}>
              {t("invitations.signIn")}
            </Button>
          </Group>
          <Text>{t("invitations.signUpLead")}</Text>
          <Group>
            <Button component="a" href={withReturn("/sign-up", here)} variant="default" {...wrappingButton}>
              {t("invitations.signUp")}
            </Button>
          </Group>
        </Stack>
      )}
      {me.data && invitation.isPending && <Loading />}
      {failure && (
        <Alert color="red.9" variant="outline" role="alert">
          {failure.status === 404 ? t("invitations.notFound") : describeProblem(failure)}
        </Alert>
      )}
      {data && (
        <Card withBorder padding="md">
          <Stack gap="sm">
            <InvitationAnswer invitation={data} onAnswered={() => invitation.refetch()} />
            {data.status === "pending" && data.why.accept?.code === "email_not_verified" && me.data && (
              <Stack gap="xs">
                <Alert color="blue.9" variant="outline" role="status">
                  {t("invitations.confirmFirst", { email: me.data.email })}
                </Alert>
                <ResendConfirmation email={me.data.email} />
              </Stack>
            )}
            {data.status !== "pending" && (
              <Alert color={data.status === "accepted" ? "green.9" : "gray.9"} variant="outline" role="status">
                {t(`invitations.status.${data.status}`)}
              </Alert>
            )}
            {data.status === "accepted" && (
              <Group>
                <OpenTarget invitation={data} />
              </Group>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

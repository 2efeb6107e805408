import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { type FormEvent, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { errorFor, fieldErrors } from "../api/problems";
import { useMe } from "../api/session";
import { dataOf, problemOf } from "../api/unwrap";
import { AnchorLink } from "../components/AnchorLink";
import { NotFound } from "../components/NotFound";
import type { Team as TeamData } from "../components/organizations/api";
import { JoinRequests } from "../components/organizations/JoinRequests";
import { Disclosure, TypeBadge } from "../components/organizations/layout";
import { Members, useRefreshTeam, useTeamMembers } from "../components/organizations/Members";
import { TeamForm, type TeamInput } from "../components/organizations/TeamForm";
import { Unavailable } from "../components/organizations/Unavailable";
import { WhyNot } from "../components/WhyNot";
import { useLanguage, useTranslated } from "../i18n/translated";
import { ConfirmAction, errorProps, FormAlert, Loading, otherErrors, useFocusFirstInvalid } from "../ui/feedback";
import { PageTitle, Section } from "../ui/layout";
import { toastSuccess } from "../ui/toast";

function AskToJoin({ team, onSent }: { team: TeamData; onSent: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshTeam(team.id);
  const ask = useMutation({
    mutationFn: (message: string) =>
      dataOf(api.POST("/api/v1/teams/{id}/join-requests", { params: { path: { id: team.id } }, body: { message } })),
    onSuccess: async () => {
      onSent();
      await refresh();
    },
  });
  const errors = useMemo(() => fieldErrors(problemOf(ask.error)), [ask.error]);
  const form = useFocusFirstInvalid(errors);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    ask.mutate(String(new FormData(event.currentTarget).get("message") ?? "").trim());
  };

  return (
    <Section title={t("organizations.join.title")}>
      <form ref={form} onSubmit={submit} noValidate aria-label={t("organizations.join.title")}>
        <Stack gap="xs">
          <FormAlert messages={otherErrors(errors, ["message"])} />
          <Textarea
            name="message"
            label={t("organizations.join.message")}
            description={`${t("organizations.join.messageHint")} ${t("fields.upTo", { count: 2000 })}`}
            autosize
            minRows={3}
            maxLength={2000}
            error={errorFor(errors, "message")}
            errorProps={errorProps}
          />
          <Group>
            <Button type="submit" loading={ask.isPending}>
              {t("organizations.join.button")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function TeamActions({ team, onLeft }: { team: TeamData; onLeft: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = useRefreshTeam(team.id);

  const update = useMutation({
    mutationFn: (body: TeamInput) =>
      dataOf(api.PATCH("/api/v1/teams/{id}", { params: { path: { id: team.id } }, body })),
    onSuccess: async (updated) => {
      queryClient.setQueryData(["team", team.id], updated);
      await queryClient.invalidateQueries({ queryKey: ["organization", team.organizationId, "teams"] });
    },
  });
  const remove = useMutation({
    mutationFn: () => dataOf(api.DELETE("/api/v1/teams/{id}", { params: { path: { id: team.id } }, body: {} })),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ["team", team.id] });
      toastSuccess(t("feedback.team.deleted"));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["organization", team.organizationId] }),
        queryClient.invalidateQueries({ queryKey: ["me", "teams"] }),
      ]);
      await navigate({ to: "/organizations/$organizationId", params: { organizationId: team.organizationId } });
    },
  });
  const leave = useMutation({
    mutationFn: (userId: string) =>
      dataOf(
        api.DELETE("/api/v1/teams/{id}/members/{userId}", { params: { path: { id: team.id, userId } }, body: {} }),
      ),
    onSuccess: async () => {
      onLeft();
      await refresh();
    },
  });

  // Whether the reader may leave is the server's to say: a sole administrator of a team with others may not.
  const mine = useTeamMembers(team, team.can.leave).data?.items.find((member) => member.userId === me.data?.id);
  const failure = problemOf(remove.error ?? leave.error);
  if (!team.can.update && !team.can.delete && !team.can.leave) {
    return me.data ? <WhyNot>{t("organizations.team.whyNotEdit")}</WhyNot> : null;
  }
  return (
    <Stack gap="sm">
      {failure && <FormAlert messages={[failure.detail]} />}
      {!team.can.update && <WhyNot>{t("organizations.team.whyNotEdit")}</WhyNot>}
      {team.can.update && (
        <Disclosure label={t("organizations.team.edit")} title={t("organizations.team.edit")} variant="default">
          {({ titleId, close }) => (
            <TeamForm
              key={language}
              titleId={titleId}
              team={team}
              defaultType={team.type}
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
      <Group gap="sm" align="flex-start">
        {team.can.leave && mine && !mine.canRemove && (
          <Text size="sm">{t("organizations.team.onlyAdministrator")}</Text>
        )}
        {team.can.leave && me.data && mine?.canRemove && (
          <ConfirmAction
            label={t("organizations.team.leave")}
            question={t("organizations.team.leaveQuestion")}
            confirmLabel={t("organizations.team.confirmLeave")}
            pending={leave.isPending}
            onConfirm={() => me.data && leave.mutate(me.data.id)}
          />
        )}
        {team.can.delete && (
          <ConfirmAction
            label={t("organizations.team.delete")}
            question={t("organizations.team.deleteQuestion")}
            confirmLabel={t("organizations.confirmDelete")}
            pending={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        )}
      </Group>
    </Stack>
  );
}

export function Team() {
  const { t } = useTranslation();
  const translate = useTranslated();
  const { teamId } = useParams({ from: "/teams/$teamId" });
  const team = useQuery({
    queryKey: ["team", teamId],
    queryFn: () => dataOf(api.GET("/api/v1/teams/{id}", { params: { path: { id: teamId } } })),
  });
  const organizationId = team.data?.organizationId;
  const organization = useQuery({
    queryKey: ["organization", organizationId],
    enabled: Boolean(organizationId),
    queryFn: () => dataOf(api.GET("/api/v1/organizations/{id}", { params: { path: { id: organizationId! } } })),
  });

  if (team.isPending) return <Loading />;
  if (team.isError)
    return problemOf(team.error)?.status === 404 ? (
      <NotFound />
    ) : (
      <Unavailable title={t("organizations.team.notFound")} error={team.error} />
    );
  const data = team.data;
  const description = translate(data.description);

  return (
    <Stack maw={860} mx="auto" gap="xl">
      <Stack gap="sm">
        <AnchorLink to="/organizations/$organizationId" params={{ organizationId: data.organizationId }} size="sm">
          {organization.data
            ? t("organizations.team.partOf", { organization: translate(organization.data.name) })
            : t("organizations.team.organization")}
        </AnchorLink>
        <PageTitle>{translate(data.name)}</PageTitle>
        <Group gap="xs">
          <TypeBadge type={data.type} />
        </Group>
        {data.myRole && (
          <Text size="sm">{t("organizations.team.yourRole", { role: t(`organizations.roles.${data.myRole}`) })}</Text>
        )}
        {description && <Text style={{ whiteSpace: "pre-line" }}>{description}</Text>}
        <TeamActions team={data} onLeft={() => toastSuccess(t("organizations.team.left"))} />
      </Stack>
      {data.can.request_to_join && <AskToJoin team={data} onSent={() => toastSuccess(t("organizations.join.sent"))} />}
      {data.can.view_members ? (
        <Members team={data} />
      ) : (
        <Section title={t("organizations.team.members")}>
          <Text size="sm">{t("organizations.team.membersHidden")}</Text>
        </Section>
      )}
      {data.can.manage_members && <JoinRequests team={data} />}
    </Stack>
  );
}

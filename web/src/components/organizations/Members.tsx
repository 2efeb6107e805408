import { Button, Card, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import { useMe } from "../../api/session";
import { dataOf, problemOf } from "../../api/unwrap";
import { useFormatDate } from "../../ui/dates";
import { ConfirmAction, errorProps, FormAlert, Loading, otherErrors, useFocusFirstInvalid } from "../../ui/feedback";
import { Section } from "../../ui/layout";
import { toastSuccess } from "../../ui/toast";
import { PendingInvitations } from "../invitations/PendingInvitations";
import type { Team, TeamMember, TeamRole } from "./api";
import { CardList, RoleBadge } from "./layout";

const roles: TeamRole[] = ["member", "administrator"];

/** Everything that shows who is in the team or what the person may do in it. */
export function useRefreshTeam(teamId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["team", teamId] }),
      queryClient.invalidateQueries({ queryKey: ["me", "teams"] }),
      queryClient.invalidateQueries({ queryKey: ["organizations"] }),
    ]);
}

function MemberRow({
  team,
  member,
  isMe,
  onChanged,
}: {
  team: Team;
  member: TeamMember;
  isMe: boolean;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const refresh = useRefreshTeam(team.id);
  const manage = team.can.manage_members;

  const changeRole = useMutation({
    mutationFn: (role: TeamRole) =>
      dataOf(
        api.PATCH("/api/v1/teams/{id}/members/{userId}", {
          params: { path: { id: team.id, userId: member.userId } },
          body: { role },
        }),
      ),
    onSuccess: async (_, role) => {
      onChanged(t("organizations.team.roleChanged", { name: member.name, role: t(`organizations.roles.${role}`) }));
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      dataOf(
        api.DELETE("/api/v1/teams/{id}/members/{userId}", {
          params: { path: { id: team.id, userId: member.userId } },
          body: {},
        }),
      ),
    onSuccess: async () => {
      onChanged(t("organizations.team.memberRemoved", { name: member.name }));
      await refresh();
    },
  });
  const failure = problemOf(changeRole.error ?? remove.error);
  const since = formatDate(member.since);

  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600}>
              {member.name}
              {isMe && ` ${t("organizations.you")}`}
            </Text>
            {/* Addresses are for those who run the team, not for every visitor of a public one. */}
            {(manage || isMe) && (
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                {member.email}
              </Text>
            )}
            <Text size="sm">{t("organizations.team.memberSince", { date: since })}</Text>
          </Stack>
          {/* The server says whose role the reader may change: never the last administrator's. */}
          {!(manage && member.canChangeRole) && <RoleBadge role={member.role} />}
        </Group>
        {failure && <FormAlert messages={[failure.detail]} />}
        {manage && (
          <Group gap="sm" align="flex-end">
            {member.canChangeRole && (
              <NativeSelect
                size="sm"
                label={t("organizations.team.role")}
                aria-label={t("organizations.team.roleOf", { name: member.name })}
                value={member.role}
                disabled={changeRole.isPending}
                onChange={(event) => {
                  remove.reset();
                  changeRole.mutate(event.currentTarget.value as TeamRole);
                }}
                data={roles.map((role) => ({ value: role, label: t(`organizations.roles.${role}`) }))}
              />
            )}
            {/* Leaving is the team page's own button; the server says whom else the reader may remove. */}
            {!isMe && member.canRemove && (
              <ConfirmAction
                size="sm"
                label={t("organizations.remove")}
                accessibleLabel={t("organizations.team.removeMember", { name: member.name })}
                question={t("organizations.team.removeQuestion", { name: member.name })}
                confirmLabel={t("organizations.confirmRemove")}
                pending={remove.isPending}
                onConfirm={() => {
                  changeRole.reset();
                  remove.mutate();
                }}
              />
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The team's invitations that wait for an answer, for those who manage its members. */
function useTeamInvitations(team: Team) {
  return useQuery({
    queryKey: ["team", team.id, "invitations"],
    enabled: team.can.manage_members,
    queryFn: () => dataOf(api.GET("/api/v1/teams/{id}/invitations", { params: { path: { id: team.id } } })),
  });
}

function InviteMember({ team, onInvited }: { team: Team; onInvited: (message: string) => void }) {
  const { t } = useTranslation();
  const pending = useTeamInvitations(team);
  const add = useMutation({
    mutationFn: (body: { email: string; role: TeamRole }) =>
      dataOf(api.POST("/api/v1/teams/{id}/members", { params: { path: { id: team.id } }, body })),
    onSuccess: async (_, body) => {
      onInvited(t("invitations.sent", { email: body.email }));
      await pending.refetch();
    },
  });
  const errors = useMemo(() => fieldErrors(problemOf(add.error)), [add.error]);
  const form = useFocusFirstInvalid(errors);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    add.mutate(
      { email: String(data.get("email") ?? "").trim(), role: String(data.get("role")) as TeamRole },
      { onSuccess: () => element.reset() },
    );
  };

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t("organizations.team.addMember")}>
      <Stack gap="xs">
        <FormAlert messages={otherErrors(errors, ["email", "role"])} />
        <TextInput
          name="email"
          type="email"
          autoComplete="off"
          label={t("organizations.team.memberEmail")}
          description={t("organizations.accountNeeded")}
          required
          maxLength={320}
          error={errorFor(errors, "email")}
          errorProps={errorProps}
        />
        <NativeSelect
          name="role"
          label={t("organizations.team.role")}
          defaultValue="member"
          error={errorFor(errors, "role")}
          errorProps={errorProps}
          data={roles.map((role) => ({ value: role, label: t(`organizations.roles.${role}`) }))}
        />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t("organizations.team.addMember")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Who is in the team, with whom the reader may remove (`canRemove`, decided by the server). */
export function useTeamMembers(team: Team, enabled = true) {
  return useQuery({
    queryKey: ["team", team.id, "members"],
    queryFn: () => dataOf(api.GET("/api/v1/teams/{id}/members", { params: { path: { id: team.id } } })),
    enabled,
  });
}

/**
 * Who is in the team and with which role; those who manage members invite people by e-mail (they join when they
 * accept), withdraw invitations, re-role and remove members here.
 */
export function Members({ team }: { team: Team }) {
  const { t } = useTranslation();
  const me = useMe();
  const members = useTeamMembers(team);
  const invitations = useTeamInvitations(team);
  const items = members.data?.items ?? [];

  return (
    <Section title={t("organizations.team.members")}>
      {members.isPending && <Loading />}
      {members.isError && <FormAlert messages={[problemOf(members.error)?.detail ?? ""]} />}
      {members.isSuccess && (
        <Text size="sm">
          {items.length === 0
            ? t("organizations.team.noMembers")
            : t("organizations.team.membersCount", { count: items.length })}
        </Text>
      )}
      {items.length > 0 && (
        <CardList>
          {items.map((member) => (
            <MemberRow
              key={member.userId}
              team={team}
              member={member}
              isMe={member.userId === me.data?.id}
              onChanged={toastSuccess}
            />
          ))}
        </CardList>
      )}
      {team.can.manage_members && (
        <Section title={t("organizations.team.addMember")} order={3}>
          <InviteMember team={team} onInvited={toastSuccess} />
        </Section>
      )}
      {team.can.manage_members && (
        <PendingInvitations
          title={t("invitations.pendingTitle")}
          invitations={invitations.data?.items ?? []}
          details={(invitation) => t(`organizations.roles.${invitation.role ?? "member"}`)}
          onChanged={() => invitations.refetch()}
        />
      )}
    </Section>
  );
}

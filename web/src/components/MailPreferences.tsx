import { Button, Group, List, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  defaultMailFrequency,
  type MailFrequency,
  mailFrequencies,
  type NotificationGroup,
  notificationGroups,
} from "../../../common/notifications";
import { api } from "../api/client";
import { type NotificationPreferences, notificationPreferencesQuery } from "../api/notifications";
import { describeProblem } from "../api/problems";
import { dataOf, problemOf } from "../api/unwrap";
import { FormAlert, Loading, StatusMessage } from "../ui/feedback";
import { toastSuccess } from "../ui/toast";
import { AnchorLink } from "./AnchorLink";
import { useMyProcesses } from "./MyWork";
import { choiceOf, withProcessChoice } from "./mailChoice";
import { useSavePreferences } from "./ProcessMailChoice";

/**
 * How each group of notifications reaches this person by mail. The inbox always has everything; the choices per
 * process are made on each process's page, sent back untouched here, and listed below to be taken back.
 */
export function MailPreferences() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const preferences = useQuery(notificationPreferencesQuery);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (events: Record<NotificationGroup, MailFrequency>) =>
      dataOf(
        api.PUT("/api/v1/me/notification-preferences", {
          body: { events, processes: preferences.data?.processes ?? {} },
        }),
      ),
    onMutate: () => setSaved(false),
    onSuccess: (answer) => {
      queryClient.setQueryData(notificationPreferencesQuery.queryKey, answer);
      setSaved(true);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    save.mutate(
      Object.fromEntries(notificationGroups.map((group) => [group, String(form.get(group))])) as Record<
        NotificationGroup,
        MailFrequency
      >,
    );
  };

  return (
    <Stack component="section" gap="sm" aria-labelledby="mail-notifications">
      <Title order={2} id="mail-notifications" size="h3">
        {t("notifications.preferences.title")}
      </Title>
      <Text size="sm">{t("notifications.preferences.intro")}</Text>
      {preferences.isPending ? (
        <Loading />
      ) : preferences.isError ? (
        <FormAlert messages={[problemOf(preferences.error)!.detail]} />
      ) : (
        <form onSubmit={submit} noValidate onChange={() => setSaved(false)}>
          <Stack gap="sm">
            {notificationGroups.map((group) => (
              <NativeSelect
                key={group}
                name={group}
                label={t(`notifications.preferences.groups.${group}`)}
                defaultValue={preferences.data.events[group] ?? defaultMailFrequency[group]}
                data={mailFrequencies.map((frequency) => ({
                  value: frequency,
                  label: t(`notifications.preferences.frequencies.${frequency}`),
                }))}
              />
            ))}
            <FormAlert messages={save.error ? [problemOf(save.error)!.detail] : []} />
            <Group>
              <Button type="submit" loading={save.isPending}>
                {t("notifications.preferences.save")}
              </Button>
            </Group>
            <StatusMessage>{saved ? t("notifications.preferences.saved") : null}</StatusMessage>
          </Stack>
        </form>
      )}
      {preferences.data && <ProcessOverrides preferences={preferences.data} />}
    </Stack>
  );
}

/** The processes whose mail differs from the choices above, each with a way back to them. */
function ProcessOverrides({ preferences }: { preferences: NotificationPreferences }) {
  const { t } = useTranslation();
  const processIds = Object.keys(preferences.processes);
  // Names come from the person's own processes when they are among them; a process left since goes unnamed.
  const mine = useMyProcesses(processIds.length > 0);
  const save = useSavePreferences();
  if (processIds.length === 0) return null;
  const nameOf = (processId: string) =>
    mine.data?.items.find((process) => process.id === processId)?.name ?? t("notifications.processMail.unnamed");
  const remove = (processId: string) =>
    save.mutate(withProcessChoice(preferences, processId, null), {
      onSuccess: () => toastSuccess(t("notifications.processMail.removed")),
    });
  return (
    <Stack gap="xs" component="section" aria-labelledby="mail-process-overrides">
      <Title order={3} size="h4" id="mail-process-overrides">
        {t("notifications.processMail.overrides")}
      </Title>
      <List listStyleType="none" spacing="xs" p={0}>
        {processIds.map((processId) => {
          const choice = choiceOf(preferences.processes[processId]);
          const name = nameOf(processId);
          return (
            <List.Item key={processId}>
              <Group gap="sm" wrap="wrap" justify="space-between">
                <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                  <AnchorLink to="/processes/$processId" params={{ processId }} search={{ tab: "overview" }}>
                    {name}
                  </AnchorLink>
                  {": "}
                  {choice === "mixed" || choice === "profile"
                    ? t("notifications.processMail.varies")
                    : t(`notifications.processMail.frequencies.${choice}`)}
                </Text>
                <Button
                  size="xs"
                  variant="default"
                  h="auto"
                  py={6}
                  styles={{ label: { whiteSpace: "normal" } }}
                  loading={save.isPending && save.variables?.processes[processId] === undefined}
                  aria-label={t("notifications.processMail.removeOverride", { name })}
                  onClick={() => remove(processId)}
                >
                  {t("notifications.processMail.remove")}
                </Button>
              </Group>
            </List.Item>
          );
        })}
      </List>
      <FormAlert messages={save.error ? [describeProblem(problemOf(save.error)!)] : []} />
    </Stack>
  );
}

import { Button, Group, NativeSelect, Stack, Text, Title } from "@mantine/core";
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
import { notificationPreferencesQuery } from "../api/notifications";
import { dataOf, problemOf } from "../api/unwrap";
import { FormAlert, Loading, StatusMessage } from "../ui/feedback";

/**
 * How each group of notifications reaches this person by mail. The inbox always has everything; the choices per
 * process that the API also keeps are sent back untouched.
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
    </Stack>
  );
}

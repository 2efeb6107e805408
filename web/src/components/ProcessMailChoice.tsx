import { NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { type MailFrequency, mailFrequencies } from "../../../common/notifications";
import { api } from "../api/client";
import { type NotificationPreferences, notificationPreferencesQuery } from "../api/notifications";
import { describeProblem } from "../api/problems";
import { dataOf, problemOf } from "../api/unwrap";
import { FormAlert, Loading } from "../ui/feedback";
import { toastSuccess } from "../ui/toast";
import { AnchorLink } from "./AnchorLink";
import { asInProfile, choiceOf, mixed, withProcessChoice } from "./mailChoice";

/** Saves the whole preferences document; the profile's form reads the same cache entry, so both stay in step. */
export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferences) => dataOf(api.PUT("/api/v1/me/notification-preferences", { body })),
    onSuccess: (answer) => queryClient.setQueryData(notificationPreferencesQuery.queryKey, answer),
  });
}

/**
 * On a process's page, for someone who takes part in it: one choice of how its notifications reach them by
 * mail, over every group at once. Finer choices per group stay on the profile.
 */
export function ProcessMailChoice({ processId }: { processId: string }) {
  const { t } = useTranslation();
  const preferences = useQuery(notificationPreferencesQuery);
  const save = useSavePreferences();
  const problem = problemOf(preferences.error ?? save.error);
  const current = preferences.data ? choiceOf(preferences.data.processes[processId]) : asInProfile;

  const choose = (value: string) => {
    if (!preferences.data || value === mixed) return;
    const frequency = value === asInProfile ? null : (value as MailFrequency);
    save.mutate(withProcessChoice(preferences.data, processId, frequency), {
      onSuccess: () => toastSuccess(t("notifications.processMail.saved")),
    });
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="process-mail">
      <Stack gap="xs">
        <Title order={2} size="h3" id="process-mail">
          {t("notifications.processMail.title")}
        </Title>
        {preferences.isPending ? (
          <Loading />
        ) : (
          <>
            {preferences.data && (
              <NativeSelect
                label={t("notifications.processMail.label")}
                value={current}
                disabled={save.isPending}
                onChange={(event) => choose(event.currentTarget.value)}
                data={[
                  { value: asInProfile, label: t("notifications.processMail.profile") },
                  ...mailFrequencies.map((frequency) => ({
                    value: frequency,
                    label: t(`notifications.processMail.frequencies.${frequency}`),
                  })),
                  ...(current === mixed ? [{ value: mixed, label: t("notifications.processMail.mixed") }] : []),
                ]}
              />
            )}
            <FormAlert messages={problem ? [describeProblem(problem)] : []} />
          </>
        )}
        <Text size="sm">
          <AnchorLink to="/profile" hash="mail-notifications" underline="always" style={{ overflowWrap: "anywhere" }}>
            {t("notifications.processMail.details")}
          </AnchorLink>
        </Text>
      </Stack>
    </Paper>
  );
}

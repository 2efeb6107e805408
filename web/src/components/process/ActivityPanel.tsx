import { Alert, Button, Stack, Text } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";

/** The newest entries of the process's trail, and a check that the chain is intact. */
export function ActivityPanel({ processId }: { processId: string }) {
  const { t, i18n } = useTranslation();
  const entries = useQuery({
    queryKey: ["process", processId, "activity"],
    queryFn: async () =>
      (await api.GET("/api/v1/processes/{id}/activity", { params: { path: { id: processId }, query: { limit: 50 } } }))
        .data,
  });
  const verify = useMutation({
    mutationFn: async () =>
      (await api.GET("/api/v1/processes/{id}/activity/verify", { params: { path: { id: processId } } })).data,
  });
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  return (
    <Stack>
      <div>
        <Button onClick={() => verify.mutate()} loading={verify.isPending}>
          {t("processes.activity.verify")}
        </Button>
      </div>
      {verify.data && (
        <Alert color={verify.data.valid ? "green" : "red"} role="status">
          {verify.data.valid
            ? t("processes.activity.valid", { count: verify.data.entries })
            : t("processes.activity.broken", { at: verify.data.firstBrokenAt })}
        </Alert>
      )}
      <ol>
        {entries.data?.items.map((entry) => (
          <li key={entry.id}>
            <Text component="span" size="sm">
              {time.format(new Date(entry.createdAt))} · {entry.action} · #{entry.sequence}
            </Text>
          </li>
        ))}
      </ol>
    </Stack>
  );
}

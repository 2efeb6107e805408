import { Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useMe } from "../../api/session";
import { ButtonLink } from "../ButtonLink";
import { storyDraftQuery } from "./api";

/**
 * "Publish a story" on a process's overview, for those its rulebook lets publish: the process carries no `publish`
 * flag, and the draft answers only them, so its answer decides.
 */
export function StoryEntry({ processId }: { processId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const draft = useQuery({ ...storyDraftQuery(processId), enabled: Boolean(me.data) });
  if (!draft.data) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="story-entry">
      <Stack gap="xs" align="flex-start">
        <Title order={2} size="h4" id="story-entry">
          {t("stories.entry.title")}
        </Title>
        <Text size="sm">{t("stories.entry.lead")}</Text>
        <ButtonLink to="/processes/$processId/story" params={{ processId }} variant="default">
          {t("stories.entry.publish")}
        </ButtonLink>
      </Stack>
    </Paper>
  );
}

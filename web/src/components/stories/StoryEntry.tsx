import { Group, Paper, Stack, Text, Title } from "@mantine/core";
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
        {draft.data.storyId ? (
          // The process has its story: read it, or change it in place (a new publish would start from the draft).
          <Group gap="sm">
            <ButtonLink to="/stories/$storyId" params={{ storyId: draft.data.storyId }} variant="default">
              {t("stories.entry.read")}
            </ButtonLink>
            <ButtonLink
              to="/processes/$processId/story"
              params={{ processId }}
              search={{ edit: draft.data.storyId }}
              variant="default"
            >
              {t("stories.entry.edit")}
            </ButtonLink>
          </Group>
        ) : (
          <ButtonLink to="/processes/$processId/story" params={{ processId }} variant="default">
            {t("stories.entry.publish")}
          </ButtonLink>
        )}
      </Stack>
    </Paper>
  );
}

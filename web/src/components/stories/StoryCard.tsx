import { Badge, Card, Group, Image, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../i18n/translated";
import { AnchorLink } from "../AnchorLink";
import { pickWithLanguage } from "../services/words";
import type { StoryListItem } from "./api";

/** The rating in words: "4.5 of 5 (3 ratings)", or that nobody rated it yet. */
export function RatingWords({ rating }: { rating: StoryListItem["rating"] }) {
  const { t, i18n } = useTranslation();
  if (rating.count === 0 || rating.average === null) return <Text size="sm">{t("stories.rating.none")}</Text>;
  const average = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(rating.average);
  return <Text size="sm">{t("stories.rating.summary", { average, count: rating.count })}</Text>;
}

/** One published story in the list: its cover, its title, what the problem was, its keywords and rating. */
export function StoryCard({ story }: { story: StoryListItem }) {
  const language = useLanguage();
  const title = pickWithLanguage(story.title, language);
  const problem = pickWithLanguage(story.problem, language);
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={6}>
        {story.image && <Image src={story.image.url} alt={story.image.alt} radius="sm" h={160} fit="cover" />}
        <AnchorLink
          to="/stories/$storyId"
          params={{ storyId: story.id }}
          fw={600}
          lang={title.lang === language ? undefined : title.lang}
          data-user-content
          style={{ overflowWrap: "anywhere" }}
        >
          {title.text}
        </AnchorLink>
        {problem.text && (
          <Text size="sm" lineClamp={3} lang={problem.lang === language ? undefined : problem.lang} data-user-content>
            {problem.text}
          </Text>
        )}
        {story.keywords.length > 0 && (
          <Group gap={4}>
            {story.keywords.map((keyword) => (
              <Badge key={keyword} variant="outline" color="dark.6" tt="none" data-user-content maw="100%">
                {keyword}
              </Badge>
            ))}
          </Group>
        )}
        <RatingWords rating={story.rating} />
      </Stack>
    </Card>
  );
}

import { Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { describeProblem } from "../api/problems";
import { problemOf } from "../api/unwrap";
import { CardList } from "../components/organizations/layout";
import { storiesQuery } from "../components/stories/api";
import { StoryCard } from "../components/stories/StoryCard";
import { FormAlert, Loading } from "../ui/feedback";
import { PageTitle } from "../ui/layout";

/** The published stories of co-production processes: to read, rate and reuse. */
export function Stories() {
  const { t } = useTranslation();
  const [q, setQ] = useState<string | undefined>(undefined);
  const results = useInfiniteQuery(storiesQuery(q));
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];
  const problem = problemOf(results.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    setQ(words || undefined);
  };

  return (
    <Stack maw={960} mx="auto">
      <PageTitle>{t("stories.list.title")}</PageTitle>
      <Text>{t("stories.list.lead")}</Text>
      <search>
        <form noValidate onSubmit={submit} aria-label={t("stories.list.searchForm")}>
          <Group align="flex-end" wrap="wrap">
            <TextInput name="q" type="search" label={t("stories.list.search")} style={{ flex: "1 1 220px" }} />
            <Button type="submit">{t("stories.list.searchButton")}</Button>
          </Group>
        </form>
      </search>
      {results.isPending && <Loading />}
      {problem && <FormAlert messages={[describeProblem(problem)]} />}
      {results.isSuccess && items.length === 0 && (
        <Stack gap="sm" role="status">
          <Text fw={600}>{q ? t("stories.list.noMatch") : t("stories.list.none")}</Text>
          {!q && <Text>{t("stories.list.howToPublish")}</Text>}
        </Stack>
      )}
      {items.length > 0 && (
        <>
          <Title order={2} size="h4">
            {t("stories.list.count", { count: items.length })}
          </Title>
          <CardList>
            {items.map((story) => (
              <StoryCard key={story.id} story={story} />
            ))}
          </CardList>
        </>
      )}
      {results.hasNextPage && (
        <Group>
          <Button variant="light" onClick={() => void results.fetchNextPage()} loading={results.isFetchingNextPage}>
            {t("stories.list.more")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

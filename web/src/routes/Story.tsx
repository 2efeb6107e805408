import { Anchor, Badge, Button, Checkbox, Group, Image, List, NativeSelect, Radio, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Language, Translated } from "../../../common/languages";
import { api } from "../api/client";
import { describeProblem, errorFor, fieldErrors } from "../api/problems";
import { withReturn } from "../api/returnTo";
import { useMe } from "../api/session";
import { dataOf, problemOf } from "../api/unwrap";
import { AnchorLink } from "../components/AnchorLink";
import { ButtonLink } from "../components/ButtonLink";
import { NotFound } from "../components/NotFound";
import { pickWithLanguage } from "../components/services/words";
import { type Story as StoryData, storyQuery } from "../components/stories/api";
import { RatingWords } from "../components/stories/StoryCard";
import { useLanguage, useTranslated } from "../i18n/translated";
import { useFormatDate } from "../ui/dates";
import { ConfirmAction, errorProps, FormAlert, Loading } from "../ui/feedback";
import { PageTitle, Section } from "../ui/layout";
import { toastSuccess } from "../ui/toast";

const wrap = { whiteSpace: "pre-line", overflowWrap: "anywhere" } as const;

/** A text someone wrote, in the reader's language when there is one, marked with its language when not. */
function Written({ text, reader }: { text: Translated | undefined; reader: Language }) {
  const picked = pickWithLanguage(text, reader);
  if (!picked.text) return null;
  return (
    <Text style={wrap} lang={picked.lang === reader ? undefined : picked.lang} data-user-content>
      {picked.text}
    </Text>
  );
}

const hasText = (text: Translated | undefined) => Boolean(text && Object.values(text).some(Boolean));

/** Once its authors unpublish a story its address says so, rather than that it never existed. */
function Withdrawn() {
  const { t } = useTranslation();
  return (
    <Stack maw={640} mx="auto" gap="md">
      <PageTitle>{t("stories.withdrawn.title")}</PageTitle>
      <Text size="lg">{t("stories.withdrawn.text")}</Text>
      <Group>
        <ButtonLink to="/stories">{t("stories.withdrawn.others")}</ButtonLink>
      </Group>
    </Stack>
  );
}

function Participants({ story }: { story: StoryData }) {
  const { t } = useTranslation();
  const taking = story.participants.filter((entry) => entry.teams > 0 || entry.people > 0);
  if (taking.length === 0 && story.namedPeople.length === 0) return null;
  return (
    <Section title={t("stories.page.participants")}>
      {taking.length > 0 && (
        <List spacing="xs">
          {taking.map((entry) => (
            <List.Item key={entry.type}>
              <Text component="span" fw={600}>
                {t(`stories.actorTypes.${entry.type}`)}
              </Text>
              {": "}
              {t("stories.page.teams", { count: entry.teams })}, {t("stories.page.people", { count: entry.people })}
            </List.Item>
          ))}
        </List>
      )}
      {story.namedPeople.length > 0 && (
        <>
          <Text fw={600}>{t("stories.page.named")}</Text>
          <List spacing="xs">
            {story.namedPeople.map((person) => (
              <List.Item key={person.id} data-user-content>
                {person.name}
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Credit story={story} />
    </Section>
  );
}

/** "Name me in this story", for those who took part; "stop naming me" once they asked. */
function Credit({ story }: { story: StoryData }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (named: boolean) =>
      dataOf(
        named
          ? api.POST("/api/v1/stories/{id}/credit", { params: { path: { id: story.id } }, body: {} })
          : api.DELETE("/api/v1/stories/{id}/credit", { params: { path: { id: story.id } }, body: {} }),
      ),
    onSuccess: async (answer) => {
      toastSuccess(answer.named ? t("stories.credit.named") : t("stories.credit.withdrawn"));
      await queryClient.invalidateQueries({ queryKey: ["stories", "one", story.id] });
    },
  });
  if (!story.namedMe && !story.can.credit) return null;
  return (
    <Stack gap="xs" align="flex-start">
      {change.error && <FormAlert messages={[describeProblem(problemOf(change.error)!)]} />}
      {story.namedMe ? (
        <Button variant="default" loading={change.isPending} onClick={() => change.mutate(false)}>
          {t("stories.credit.withdraw")}
        </Button>
      ) : (
        <>
          <Text size="sm">{t("stories.credit.hint")}</Text>
          <Button variant="default" loading={change.isPending} onClick={() => change.mutate(true)}>
            {t("stories.credit.nameMe")}
          </Button>
        </>
      )}
    </Stack>
  );
}

/** Five stars as a radio group: each a choice with its own name, so keyboards and screen readers rate too. */
function Rating({ story }: { story: StoryData }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  // The choice shows at once; a refusal puts the saved one back.
  const [chosen, setChosen] = useState(story.myRating);
  const rate = useMutation({
    mutationFn: (stars: number) =>
      dataOf(api.PUT("/api/v1/stories/{id}/rating", { params: { path: { id: story.id } }, body: { stars } })),
    onError: () => setChosen(story.myRating),
    onSuccess: async () => {
      toastSuccess(t("stories.rating.saved"));
      await queryClient.invalidateQueries({ queryKey: ["stories", "one", story.id] });
    },
  });
  const url = `/stories/${story.id}`;
  return (
    <Section title={t("stories.rating.title")}>
      <RatingWords rating={story.rating} />
      {story.can.rate ? (
        <>
          {rate.error && <FormAlert messages={[describeProblem(problemOf(rate.error)!)]} />}
          <Radio.Group
            label={t("stories.rating.yours")}
            value={chosen ? String(chosen) : null}
            onChange={(value) => {
              setChosen(Number(value));
              rate.mutate(Number(value));
            }}
          >
            <Group gap="md" mt="xs">
              {[1, 2, 3, 4, 5].map((stars) => (
                <Radio
                  key={stars}
                  value={String(stars)}
                  disabled={rate.isPending}
                  label={
                    <span aria-hidden="true" style={{ fontSize: "1.25rem", lineHeight: 1 }}>
                      {"★".repeat(stars)}
                    </span>
                  }
                  aria-label={t("stories.rating.stars", { count: stars })}
                />
              ))}
            </Group>
          </Radio.Group>
        </>
      ) : (
        !me.data &&
        me.isSuccess && (
          <Text size="sm">
            <Anchor href={withReturn("/sign-in", url)}>{t("stories.rating.signIn")}</Anchor>
          </Text>
        )
      )}
    </Section>
  );
}

/** Start a process of one's own from what the story shows: for oneself or one of one's organizations. */
function Reuse({ story }: { story: StoryData }) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const organizations = useQuery({
    queryKey: ["organizations", "mine"],
    queryFn: () => dataOf(api.GET("/api/v1/organizations", { params: { query: { mine: "true", limit: 100 } } })),
    enabled: Boolean(me.data),
  });
  const [organizationId, setOrganizationId] = useState("");
  const [includeAssets, setIncludeAssets] = useState(story.shownAssets.length > 0);
  const reuse = useMutation({
    mutationFn: () =>
      dataOf(
        api.POST("/api/v1/stories/{id}/reuse", {
          params: { path: { id: story.id } },
          body: { ...(organizationId ? { organizationId } : {}), includeAssets },
        }),
      ),
    onSuccess: async (created) => {
      toastSuccess(t("stories.reuse.done"));
      void queryClient.invalidateQueries({ queryKey: ["processes"] });
      await navigate({ to: "/processes/$processId", params: { processId: created.id } });
    },
  });
  const errors = fieldErrors(problemOf(reuse.error));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reuse.isPending && !reuse.isSuccess) reuse.mutate();
  };
  const url = `/stories/${story.id}`;
  const choices = (organizations.data?.items ?? []).filter((organization) => organization.can.start_process);

  return (
    <Section title={t("stories.reuse.title")}>
      <Text>{t("stories.reuse.lead")}</Text>
      {me.isSuccess && !me.data && (
        <Group>
          <ButtonLink to="/sign-in" search={{ redirect: url }}>
            {t("stories.reuse.signIn")}
          </ButtonLink>
        </Group>
      )}
      {me.data && story.can.reuse && (
        <form onSubmit={submit} noValidate aria-label={t("stories.reuse.title")}>
          <Stack gap="sm" align="flex-start">
            <FormAlert messages={errors[""] ? [errors[""]] : []} />
            <NativeSelect
              label={t("stories.reuse.for")}
              value={organizationId}
              onChange={(event) => setOrganizationId(event.currentTarget.value)}
              data={[
                { value: "", label: t("stories.reuse.myself") },
                ...choices.map((organization) => ({ value: organization.id, label: translate(organization.name) })),
              ]}
              error={errorFor(errors, "organizationId")}
              errorProps={errorProps}
              w="100%"
              maw={480}
            />
            {story.shownAssets.length > 0 && (
              <Checkbox
                label={t("stories.reuse.includeAssets", { count: story.shownAssets.length })}
                checked={includeAssets}
                onChange={(event) => setIncludeAssets(event.currentTarget.checked)}
              />
            )}
            <Button type="submit" loading={reuse.isPending || reuse.isSuccess}>
              {t("stories.reuse.submit")}
            </Button>
          </Stack>
        </form>
      )}
    </Section>
  );
}

function Actions({ story }: { story: StoryData }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const unpublish = useMutation({
    mutationFn: () => dataOf(api.DELETE("/api/v1/stories/{id}", { params: { path: { id: story.id } }, body: {} })),
    onSuccess: async () => {
      toastSuccess(t("stories.page.unpublished"));
      await queryClient.invalidateQueries({ queryKey: ["stories"] });
    },
  });
  if (!story.can.update && !story.can.unpublish) return null;
  return (
    <Group gap="sm" align="flex-start">
      {story.can.update && (
        <ButtonLink
          to="/processes/$processId/story"
          params={{ processId: story.processId }}
          search={{ edit: story.id }}
          variant="default"
        >
          {t("stories.page.edit")}
        </ButtonLink>
      )}
      {story.can.unpublish && story.status !== "unpublished" && (
        <Stack gap="xs" align="flex-start">
          {unpublish.error && <FormAlert messages={[describeProblem(problemOf(unpublish.error)!)]} />}
          <ConfirmAction
            label={t("stories.page.unpublish")}
            question={t("stories.page.unpublishQuestion")}
            confirmLabel={t("stories.page.confirmUnpublish")}
            pending={unpublish.isPending}
            onConfirm={() => unpublish.mutate()}
          />
        </Stack>
      )}
    </Group>
  );
}

export function Story() {
  const { t } = useTranslation();
  const reader = useLanguage();
  const formatDate = useFormatDate();
  const { storyId } = useParams({ from: "/stories/$storyId" });
  const story = useQuery(storyQuery(storyId));

  if (story.isPending) return <Loading />;
  if (story.isError) {
    const status = problemOf(story.error)?.status ?? 0;
    if (status === 410) return <Withdrawn />;
    if (status === 404 || status === 422) return <NotFound />;
    return (
      <Stack maw={640} mx="auto">
        <PageTitle>{t("stories.page.unavailable")}</PageTitle>
        <FormAlert messages={[describeProblem(problemOf(story.error)!)]} />
      </Stack>
    );
  }
  const data = story.data;
  const title = pickWithLanguage(data.title, reader);
  const phases = data.phases.filter((phase) => hasText(phase.text));
  const service = data.publicService;

  return (
    <Stack maw={760} mx="auto" gap="xl" component="article">
      <Stack gap="sm">
        <AnchorLink to="/stories" size="sm">
          {t("stories.page.back")}
        </AnchorLink>
        <PageTitle>
          <span lang={title.lang === reader ? undefined : title.lang} data-user-content>
            {title.text}
          </span>
        </PageTitle>
        {data.status !== "published" && (
          <Group>
            <Badge variant="filled" color="dark.6" tt="none" h="auto" styles={{ label: { whiteSpace: "normal" } }}>
              {t(`stories.statuses.${data.status}`)}
            </Badge>
          </Group>
        )}
        {data.status === "awaiting_consent" && <Text>{t("stories.form.awaitingConsent")}</Text>}
        {data.publishedAt && (
          <Text size="sm" c="dimmed">
            {t("stories.page.publishedOn", { date: formatDate(data.publishedAt) })}
          </Text>
        )}
        {data.image && <Image src={data.image.url} alt={data.image.alt} radius="md" mah={360} fit="cover" />}
        <Actions story={data} />
      </Stack>
      {hasText(data.problem) && (
        <Section title={t("stories.fields.problem")}>
          <Written text={data.problem} reader={reader} />
        </Section>
      )}
      {phases.length > 0 && (
        <Section title={t("stories.page.whatWasDone")}>
          {phases.map((phase) => {
            const name = pickWithLanguage({ ...phase.translations?.name }, reader);
            return (
              <Stack key={phase.itemId} gap={4}>
                <Text
                  fw={700}
                  component="h3"
                  m={0}
                  fz="md"
                  lang={name.text && name.lang !== reader ? name.lang : undefined}
                >
                  {name.text || phase.name}
                </Text>
                <Written text={phase.text} reader={reader} />
              </Stack>
            );
          })}
        </Section>
      )}
      {hasText(data.outcomes) && (
        <Section title={t("stories.fields.outcomes")}>
          <Written text={data.outcomes} reader={reader} />
        </Section>
      )}
      {hasText(data.lessons) && (
        <Section title={t("stories.fields.lessons")}>
          <Written text={data.lessons} reader={reader} />
        </Section>
      )}
      <Participants story={data} />
      {service && (
        <Section title={t("stories.fields.publicService")}>
          <Text>
            <AnchorLink
              to="/public-services/$serviceId"
              params={{ serviceId: service.id }}
              data-user-content
              lang={
                pickWithLanguage(service.name, reader).lang === reader
                  ? undefined
                  : pickWithLanguage(service.name, reader).lang
              }
            >
              {pickWithLanguage(service.name, reader).text}
            </AnchorLink>
            {" · "}
            <span data-user-content>{pickWithLanguage(service.organization.name, reader).text}</span>
          </Text>
        </Section>
      )}
      {data.shownAssets.length > 0 && (
        <Section title={t("stories.page.assets")}>
          <List spacing="xs">
            {data.shownAssets.map((asset) => (
              <List.Item key={asset.id}>
                <Text component="span" data-user-content style={{ overflowWrap: "anywhere" }}>
                  {asset.name}
                </Text>{" "}
                <Text component="span" size="sm" c="dimmed">
                  ({t(asset.kind === "external" ? "stories.assetKinds.external" : "stories.assetKinds.interlinker")})
                </Text>
              </List.Item>
            ))}
          </List>
        </Section>
      )}
      {data.keywords.length > 0 && (
        <Section title={t("stories.fields.keywords")}>
          <Group gap="xs">
            {data.keywords.map((keyword) => (
              <Badge key={keyword} variant="outline" color="dark.6" tt="none" data-user-content maw="100%">
                {keyword}
              </Badge>
            ))}
          </Group>
        </Section>
      )}
      {data.status === "published" && <Rating story={data} />}
      {data.status === "published" && <Reuse story={data} />}
    </Stack>
  );
}

import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text, Title } from "@mantine/core";
import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { Fragment, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { coreActivityKinds } from "../../../../common/coproduction";
import { interlinkersWithViews } from "../../../../interlinkers/web";
import { api } from "../../api/client";
import type { components, paths } from "../../api/schema";
import { dataOf } from "../../api/unwrap";
import { useLanguage, useTranslated } from "../../i18n/translated";
import { useFormatDate } from "../../ui/dates";
import { AnchorLink } from "../AnchorLink";

type Entry = components["schemas"]["ActivityEntry"];
type Reference = components["schemas"]["ActivityReference"];
/** The core's kinds, then one per built-in interlinker. */
const kinds: readonly string[] = [...coreActivityKinds, ...interlinkersWithViews];
/** As the API names them: the server lists the same kinds from its registry. */
type Kind = NonNullable<NonNullable<paths["/api/v1/processes/{id}/activity"]["get"]["parameters"]["query"]>["kind"]>;

/** Private-use characters no translation contains: where the names go. */
const marks = { actor: "\uE000", object: "\uE001", place: "\uE002" };
const markPattern = /(<object>\uE001<\/object>|<place>\uE002<\/place>|[\uE000-\uE002])/u;

/** Quotation marks around a name, as each language writes them. */
const quotes: Record<string, [string, string]> = { en: ["“", "”"], es: ["«", "»"], it: ["«", "»"], lv: ["„", "”"] };

/** "3 minutes ago" for the last week, the date after that; the exact time is always in the title. */
function useWhen() {
  const language = useLanguage();
  const relative = new Intl.RelativeTimeFormat(language, { numeric: "auto" });
  const formatDate = useFormatDate();
  return (iso: string) => {
    const seconds = Math.round((new Date(iso).getTime() - Date.now()) / 1000);
    const exact = formatDate(iso, { time: true });
    const steps: [Intl.RelativeTimeFormatUnit, number][] = [
      ["second", 60],
      ["minute", 60],
      ["hour", 24],
      ["day", 7],
    ];
    let value = seconds;
    for (const [unit, size] of steps) {
      if (Math.abs(value) < size) return { shown: relative.format(value, unit), exact };
      value = Math.round(value / size);
    }
    return { shown: exact, exact };
  };
}

/** The process's trail as sentences in the reader's language, filterable, with a check that the chain is intact. */
export function ActivityPanel({ processId }: { processId: string }) {
  const { t, i18n } = useTranslation();
  const translate = useTranslated();
  const language = useLanguage();
  const when = useWhen();
  const [kind, setKind] = useState("");
  const [person, setPerson] = useState("");

  const entries = useInfiniteQuery({
    queryKey: ["process", processId, "activity", { kind, person }],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      dataOf(
        api.GET("/api/v1/processes/{id}/activity", {
          params: {
            path: { id: processId },
            query: {
              limit: 30,
              ...(pageParam ? { cursor: pageParam } : {}),
              ...(kind ? { kind: kind as Kind } : {}),
              ...(person ? { person } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const verify = useMutation({
    mutationFn: () =>
      dataOf(api.GET("/api/v1/processes/{id}/activity/verify", { params: { path: { id: processId } } })),
  });

  const items = entries.data?.pages.flatMap((page) => page.items) ?? [];
  const people = entries.data?.pages[0]?.people ?? [];
  const [open, close] = quotes[language] ?? quotes.en!;

  // An interlinker words its own part of the trail in its locales (interlinkers/<id>/locales): its kind as
  // `trailKind`, its action `<id>.<verb>` as `trail.<verb>`. The trail's own words hold only the core's kinds.
  const isCoreKind = (kind: string) => i18n.exists(`trail.kinds.${kind}`);
  const kindKey = (kind: string) => (isCoreKind(kind) ? `trail.kinds.${kind}` : `interlinkers.${kind}.trailKind`);
  const sentenceKey = (action: string) => {
    const [kind = "", verb = ""] = action.split(/\.(.*)/s);
    return isCoreKind(kind) ? `trail.sentence.${action}` : `interlinkers.${kind}.trail.${verb}`;
  };

  const nameOf = (reference: Reference | null, fallback: string) => {
    if (!reference) return t(fallback);
    if (reference.name === null) {
      if (reference.type === "team") return t("trail.unnamed.team");
      if (reference.type === "person") return t("trail.unnamed.person");
      if (reference.type === "item" && reference.exists) return t("trail.unnamed.item");
      return t(fallback);
    }
    const name = typeof reference.name === "string" ? reference.name : translate(reference.name);
    return reference.type === "person" ? name : `${open}${name}${close}`;
  };

  /** A link to what a reference names, when it still exists and the reader may open it. */
  const withLink = (reference: Reference | null, text: string): ReactNode => {
    if (reference?.exists && reference.type === "asset") {
      return (
        <AnchorLink to="/processes/$processId/assets/$assetId" params={{ processId, assetId: reference.id }}>
          {text}
        </AnchorLink>
      );
    }
    if (reference?.exists && reference.type === "item" && reference.taskId) {
      // The task page (another part of the app adds its route); a plain link works with or without a typed route.
      return <Anchor href={`/processes/${processId}/tasks/${reference.taskId}`}>{text}</Anchor>;
    }
    return (
      <Text span fw={600} inherit>
        {text}
      </Text>
    );
  };

  const actorOf = (entry: Entry) =>
    entry.actor.kind === "person" && entry.actor.name
      ? entry.actor.name
      : t(`trail.actor.${entry.actor.kind === "person" ? "former" : entry.actor.kind}`);

  /**
   * The sentence for an entry's kind, with the names put in as text (never parsed as markup): the translation
   * carries markers where the actor, the object and the place go, and `<object>`/`<place>` around the linked ones.
   */
  const sentence = (entry: Entry) => {
    const key = sentenceKey(entry.action);
    const template = i18n.exists(key)
      ? t(key, { actor: marks.actor, object: marks.object, place: marks.place })
      : t("trail.generic", { actor: marks.actor, action: entry.action });
    const parts: Record<string, ReactNode> = {
      [marks.actor]: actorOf(entry),
      [marks.object]: nameOf(entry.subject, "trail.unnamed.object"),
      [marks.place]: nameOf(entry.place, "trail.unnamed.place"),
      [`<object>${marks.object}</object>`]: withLink(entry.subject, nameOf(entry.subject, "trail.unnamed.object")),
      [`<place>${marks.place}</place>`]: withLink(entry.place, nameOf(entry.place, "trail.unnamed.place")),
    };
    return template.split(markPattern).map((part, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: a sentence's parts never move, their position is their identity
      <Fragment key={`${index}:${part}`}>{part in parts ? parts[part] : part}</Fragment>
    ));
  };

  return (
    <Stack>
      <Title order={2}>{t("trail.title")}</Title>
      <Group align="flex-end" role="group" aria-label={t("trail.filters")}>
        <NativeSelect
          label={t("trail.kindLabel")}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value)}
          data={[
            { value: "", label: t("trail.allKinds") },
            ...kinds.map((value) => ({ value, label: t(kindKey(value)) })),
          ]}
        />
        {people.length > 0 && (
          <NativeSelect
            label={t("trail.personLabel")}
            value={person}
            onChange={(event) => setPerson(event.currentTarget.value)}
            data={[
              { value: "", label: t("trail.everyone") },
              ...people.map((entry) => ({ value: entry.id, label: entry.name })),
            ]}
          />
        )}
      </Group>
      {entries.isSuccess && items.length === 0 && <Text>{t("trail.empty")}</Text>}
      <Stack component="ol" gap="xs" style={{ listStyle: "none", paddingInlineStart: 0, margin: 0 }}>
        {items.map((entry) => {
          const moment = when(entry.createdAt);
          return (
            <li key={entry.id} data-action={entry.action}>
              <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                {sentence(entry)}
              </Text>
              <Text size="xs">
                <time dateTime={entry.createdAt} title={moment.exact}>
                  {moment.shown}
                </time>
              </Text>
            </li>
          );
        })}
      </Stack>
      {entries.hasNextPage && (
        <div>
          <Button
            variant="default"
            onClick={() => entries.fetchNextPage()}
            loading={entries.isFetchingNextPage}
            styles={{ label: { whiteSpace: "normal" } }}
            h="auto"
            mih={36}
          >
            {t("trail.older")}
          </Button>
        </div>
      )}
      <div>
        <Button
          onClick={() => verify.mutate()}
          loading={verify.isPending}
          variant="light"
          styles={{ label: { whiteSpace: "normal" } }}
          h="auto"
          mih={36}
        >
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
    </Stack>
  );
}

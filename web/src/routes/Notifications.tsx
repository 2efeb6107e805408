import { Anchor, Badge, Button, Group, NativeSelect, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { type Notification, notificationsKey, unreadCountQuery } from "../api/notifications";
import { useMe } from "../api/session";
import { dataOf, problemOf } from "../api/unwrap";
import { AnchorLink } from "../components/AnchorLink";
import { ButtonLink } from "../components/ButtonLink";
import { useMyProcesses } from "../components/MyWork";
import { useFormatDate } from "../ui/dates";
import { FormAlert, Loading } from "../ui/feedback";
import { toastSuccess } from "../ui/toast";

type Filter = "all" | "unread" | "archived";

const markRead = (body: { ids: string[] } | { all: true }) =>
  dataOf(api.POST("/api/v1/me/notifications/read", { body }));
const archive = (ids: string[], archived: boolean) =>
  dataOf(api.POST("/api/v1/me/notifications/archive", { body: { ids, archived } }));

/**
 * One notification: a link to what it is about. Opening it marks it read on the way; a link opened in a new tab
 * (a modifier key, the middle button) is left to the browser and marks it read too.
 */
function NotificationRow({ notification, archived }: { notification: Notification; archived: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const router = useRouter();
  const queryClient = useQueryClient();
  const unread = notification.readAt === null;
  const putAway = useMutation({
    mutationFn: () => archive([notification.id], !archived),
    onSuccess: async () => {
      toastSuccess(t(archived ? "notifications.unarchived" : "notifications.archived"));
      await queryClient.invalidateQueries({ queryKey: notificationsKey });
    },
  });
  const open = (event: React.MouseEvent<HTMLAnchorElement>) => {
    // The right button only opens the context menu: that is not reading it.
    if (event.button > 1) return;
    if (unread) {
      void markRead({ ids: [notification.id] }).then(() =>
        queryClient.invalidateQueries({ queryKey: notificationsKey }),
      );
    }
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void router.navigate({ href: notification.url });
  };
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      // Unread ones carry a word and a heavier text and edge, not a colour alone.
      style={unread ? { borderLeft: "4px solid var(--mantine-color-blue-8)" } : undefined}
    >
      <Stack gap={4}>
        <Anchor
          href={notification.url}
          onClick={open}
          onAuxClick={open}
          fw={unread ? 700 : 400}
          style={{ overflowWrap: "anywhere", minWidth: 0 }}
        >
          {notification.text}
        </Anchor>
        <Group justify="space-between" gap="xs" wrap="wrap">
          {/* The mark sits by the time, not beside the sentence: on a phone the sentence keeps the whole width. */}
          <Group gap="xs">
            {unread && (
              <Badge variant="outline" color="blue.9" size="sm">
                {t("notifications.unreadMark")}
              </Badge>
            )}
            <Text size="sm" c="gray.7">
              <time dateTime={notification.createdAt}>{formatDate(notification.createdAt, { time: true })}</time>
            </Text>
          </Group>
          <Button
            size="compact-sm"
            variant="subtle"
            loading={putAway.isPending}
            onClick={() => putAway.mutate()}
            aria-label={t(archived ? "notifications.unarchiveOne" : "notifications.archiveOne", {
              text: notification.text,
            })}
          >
            {t(archived ? "notifications.unarchive" : "notifications.archive")}
          </Button>
        </Group>
        <FormAlert messages={putAway.error ? [problemOf(putAway.error)!.detail] : []} />
      </Stack>
    </Paper>
  );
}

function EmptyInbox({ filter }: { filter: Filter }) {
  const { t } = useTranslation();
  const words = { all: "", unread: "unread", archived: "archived" }[filter];
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Text fw={600}>{t(words ? `notifications.empty.${words}Title` : "notifications.empty.title")}</Text>
        <Text size="sm">{t(words ? `notifications.empty.${words}Text` : "notifications.empty.text")}</Text>
      </Stack>
    </Paper>
  );
}

function MarkAllRead({ unread }: { unread: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mark = useMutation({
    mutationFn: () => markRead({ all: true }),
    onSuccess: async () => {
      toastSuccess(t("notifications.allRead"));
      await queryClient.invalidateQueries({ queryKey: notificationsKey });
    },
  });
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="default" disabled={unread === 0} loading={mark.isPending} onClick={() => mark.mutate()}>
          {t("notifications.markAllRead")}
        </Button>
      </Group>
      <FormAlert messages={mark.error ? [problemOf(mark.error)!.detail] : []} />
    </Stack>
  );
}

function Inbox() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>("all");
  const [processId, setProcessId] = useState("");
  const processes = useMyProcesses();
  const count = useQuery(unreadCountQuery);
  const list = useInfiniteQuery({
    queryKey: [...notificationsKey, "list", filter, processId],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      dataOf(
        api.GET("/api/v1/me/notifications", {
          params: {
            query: {
              limit: 20,
              ...(filter === "unread" ? { unread: "true" as const } : {}),
              ...(filter === "archived" ? { archived: "true" as const } : {}),
              ...(processId ? { processId } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <SegmentedControl
          aria-label={t("notifications.filter.label")}
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          data={[
            { value: "all", label: t("notifications.filter.all") },
            { value: "unread", label: t("notifications.filter.unread") },
            { value: "archived", label: t("notifications.filter.archived") },
          ]}
        />
        {(processes.data?.items.length ?? 0) > 0 && (
          <NativeSelect
            label={t("notifications.filter.process")}
            value={processId}
            onChange={(event) => setProcessId(event.currentTarget.value)}
            style={{ flex: "1 1 200px", minWidth: 0 }}
            data={[
              { value: "", label: t("notifications.filter.anyProcess") },
              ...(processes.data?.items ?? []).map((process) => ({ value: process.id, label: process.name })),
            ]}
          />
        )}
        <MarkAllRead unread={count.data ?? 0} />
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <FormAlert messages={[problemOf(list.error)!.detail]} />
      ) : items.length === 0 ? (
        <EmptyInbox filter={filter} />
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("notifications.title")}>
          {items.map((notification) => (
            <NotificationRow key={notification.id} notification={notification} archived={filter === "archived"} />
          ))}
        </Stack>
      )}
      {list.hasNextPage && (
        <Group>
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {t("notifications.loadMore")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** The inbox: everything the platform told this person, newest first. */
export function Notifications() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Loading />;
  return (
    <Stack maw={720} mx="auto" gap="lg">
      <Title order={1}>{t("notifications.title")}</Title>
      {me.data ? (
        <>
          <AnchorLink to="/profile" hash="mail-notifications" style={{ overflowWrap: "anywhere" }}>
            {t("notifications.mailSettings")}
          </AnchorLink>
          <Inbox />
        </>
      ) : (
        <Stack gap="sm">
          <Text>{t("notifications.signInFirst")}</Text>
          <Group>
            <ButtonLink to="/sign-in" search={{ redirect: "/notifications" }}>
              {t("nav.signIn")}
            </ButtonLink>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

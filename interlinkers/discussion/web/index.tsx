import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
  Typography,
} from "@mantine/core";
import { IconConfetti, IconEye, IconHeart, IconMoodConfused, IconThumbUp } from "@tabler/icons-react";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createElement, type FormEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AssetViewProps,
  api,
  type components,
  dataOf,
  errorFor,
  fieldErrors,
  type Problem,
  toProblem,
  useFormatDate,
} from "../../sdk/web";
import { renderPost } from "../markdown";
import classes from "./discussion.module.css";

type Post = components["schemas"]["DiscussionPost"];
type Thread = components["schemas"]["DiscussionThread"];
type Member = components["schemas"]["DiscussionMember"];

/** Icons, not emoji: they draw the same everywhere, with or without an emoji font; the word beside them says it. */
const reactionIcons = {
  thumbs_up: IconThumbUp,
  heart: IconHeart,
  tada: IconConfetti,
  confused: IconMoodConfused,
  eyes: IconEye,
} as const;

/** A discussion: its threads, one thread at a time with its replies, and for administrators the open reports. */
export default function DiscussionView({ asset }: AssetViewProps) {
  const { t } = useTranslation();
  const [openThread, setOpenThread] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (openThread === null && returning.current) listHeading.current?.focus();
  }, [openThread]);

  if (openThread) {
    return (
      <ThreadView
        assetId={asset.id}
        threadId={openThread}
        onBack={() => {
          returning.current = true;
          setOpenThread(null);
        }}
      />
    );
  }
  return (
    <Stack>
      <Title order={2} ref={listHeading} tabIndex={-1}>
        {t("interlinkers.discussion.threads")}
      </Title>
      <ThreadList assetId={asset.id} onOpen={setOpenThread} />
    </Stack>
  );
}

function ThreadList({ assetId, onOpen }: { assetId: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const threads = useInfiniteQuery({
    queryKey: ["asset", assetId, "discussion", "threads"],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      dataOf(
        api.GET("/api/v1/assets/{assetId}/discussion/threads", {
          params: { path: { assetId }, query: { limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const first = threads.data?.pages[0];
  const items = threads.data?.pages.flatMap((page) => page.items) ?? [];
  if (!first) return null;
  return (
    <Stack>
      {first.can.startThread ? (
        <NewThread assetId={assetId} onCreated={onOpen} />
      ) : (
        <Text size="sm">{t("interlinkers.discussion.readOnly")}</Text>
      )}
      {first.can.moderate && <Reports assetId={assetId} onOpen={onOpen} />}
      {items.length === 0 ? (
        <Text>{t("interlinkers.discussion.noThreads")}</Text>
      ) : (
        <ul className={classes.list} aria-label={t("interlinkers.discussion.threads")}>
          {items.map((thread) => (
            <li key={thread.id}>
              <Paper withBorder p="sm">
                <Stack gap={4}>
                  <Anchor component="button" type="button" fw={600} ta="start" onClick={() => onOpen(thread.id)}>
                    {thread.title ?? t("interlinkers.discussion.hiddenThread")}
                  </Anchor>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm">
                      {t("interlinkers.discussion.by", { name: authorName(thread.author, t) })} ·{" "}
                      {formatDate(thread.lastPostAt, { time: true })}
                    </Text>
                    <Text size="sm">{t("interlinkers.discussion.replies", { count: thread.replyCount })}</Text>
                    {thread.answered && (
                      <span className={`${classes.tag} ${classes.answerTag}`}>
                        ✓ {t("interlinkers.discussion.answered")}
                      </span>
                    )}
                    {thread.hidden && <span className={classes.tag}>{t("interlinkers.discussion.hidden")}</span>}
                  </Group>
                </Stack>
              </Paper>
            </li>
          ))}
        </ul>
      )}
      {threads.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => threads.fetchNextPage()} loading={threads.isFetchingNextPage}>
            {t("interlinkers.discussion.loadMore")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function authorName(author: { name: string }, t: (key: string) => string) {
  return author.name || t("interlinkers.discussion.unknownAuthor");
}

function NewThread({ assetId, onCreated }: { assetId: string; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [source, setSource] = useState("");
  const errors = fieldErrors(problem);
  const create = useMutation({
    mutationFn: (body: { title: string; source: string }) =>
      dataOf(api.POST("/api/v1/assets/{assetId}/discussion/threads", { params: { path: { assetId } }, body })),
    onSuccess: (thread) => {
      setProblem(null);
      setSource("");
      queryClient.invalidateQueries({ queryKey: ["asset", assetId, "discussion", "threads"] });
      onCreated(thread.id);
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({ title: String(new FormData(event.currentTarget).get("title") ?? ""), source });
  };
  return (
    <Paper withBorder p="sm">
      <form noValidate onSubmit={submit} aria-labelledby="discussion-new-thread">
        <Stack gap="xs">
          <Title order={3} id="discussion-new-thread">
            {t("interlinkers.discussion.startThread")}
          </Title>
          <TextInput
            name="title"
            label={t("interlinkers.discussion.title")}
            description={t("fields.upTo", { count: 200 })}
            withAsterisk
            error={errorFor(errors, "title")}
          />
          <Composer
            assetId={assetId}
            label={t("interlinkers.discussion.message")}
            value={source}
            onChange={setSource}
            error={errorFor(errors, "source")}
          />
          {errors[""] && (
            <Alert color="red" role="alert">
              {errors[""]}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("interlinkers.discussion.post")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * A Markdown field with a preview rendered by the same code the server uses, and a list of members to mention
 * while an @word is being typed.
 */
function Composer(props: {
  assetId: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const helpId = useId();
  const members = useQuery({
    queryKey: ["asset", props.assetId, "discussion", "members"],
    queryFn: () =>
      dataOf(api.GET("/api/v1/assets/{assetId}/discussion/members", { params: { path: { assetId: props.assetId } } })),
    staleTime: 60_000,
  });
  const typed = /(?:^|[^\p{L}\p{N}_])@([\p{L}\p{N}_.' -]{0,40})$/u.exec(props.value.slice(0, caret));
  const query = typed?.[1]?.toLocaleLowerCase() ?? null;
  const suggestions: Member[] =
    query === null
      ? []
      : (members.data?.items ?? [])
          .filter((member) => member.name.toLocaleLowerCase().startsWith(query.trimStart()))
          .filter((member) => member.name.toLocaleLowerCase() !== query.trim())
          .slice(0, 6);
  const mention = (member: Member) => {
    const start = caret - (typed?.[1]?.length ?? 0);
    const next = `${props.value.slice(0, start)}${member.name} ${props.value.slice(caret)}`;
    props.onChange(next);
    const position = start + member.name.length + 1;
    setCaret(position);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(position, position);
    });
  };
  const preview = useMemo(() => renderPost(props.value, members.data?.items ?? []).html, [props.value, members.data]);

  return (
    <Tabs defaultValue="write" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="write">{t("interlinkers.discussion.write")}</Tabs.Tab>
        <Tabs.Tab value="preview">{t("interlinkers.discussion.preview")}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="xs">
        <Textarea
          ref={textarea}
          label={props.label}
          description={t("interlinkers.discussion.markdownHelp")}
          value={props.value}
          onChange={(event) => {
            props.onChange(event.currentTarget.value);
            setCaret(event.currentTarget.selectionStart);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          autosize
          minRows={3}
          error={props.error}
          aria-describedby={suggestions.length ? helpId : undefined}
        />
        {suggestions.length > 0 && (
          <div className={classes.suggestions}>
            <Text size="sm" id={helpId}>
              {t("interlinkers.discussion.mentionSuggestions")}
            </Text>
            <Group gap="xs" wrap="wrap">
              {suggestions.map((member) => (
                <Button key={member.id} size="compact-sm" variant="default" onClick={() => mention(member)}>
                  @{member.name}
                </Button>
              ))}
            </Group>
          </div>
        )}
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="xs">
        {props.value.trim() ? (
          <Rendered html={preview} />
        ) : (
          <Text size="sm">{t("interlinkers.discussion.nothingToPreview")}</Text>
        )}
      </Tabs.Panel>
    </Tabs>
  );
}

/** HTML the server (or the same renderer for a preview) sanitized: raw HTML escaped, links limited. */
function Rendered({ html }: { html: string }) {
  return (
    <Typography className={classes.post}>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by markdown.ts, tested against XSS */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}

function ThreadView({ assetId, threadId, onBack }: { assetId: string; threadId: string; onBack: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const key = ["asset", assetId, "discussion", "thread", threadId];
  const thread = useQuery({
    queryKey: key,
    queryFn: () =>
      dataOf(
        api.GET("/api/v1/assets/{assetId}/discussion/threads/{threadId}", {
          params: { path: { assetId, threadId } },
        }),
      ),
  });
  const loaded = thread.data !== undefined;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);
  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: key });
    queryClient.invalidateQueries({ queryKey: ["asset", assetId, "discussion", "threads"] });
    queryClient.invalidateQueries({ queryKey: ["asset", assetId, "discussion", "reports"] });
  };

  return (
    <Stack>
      <Group>
        <Button variant="subtle" onClick={onBack}>
          ← {t("interlinkers.discussion.back")}
        </Button>
      </Group>
      {thread.data && (
        <>
          <Title order={2} ref={heading} tabIndex={-1}>
            {thread.data.title ?? t("interlinkers.discussion.hiddenThread")}
          </Title>
          <ol className={classes.list} aria-label={t("interlinkers.discussion.posts")}>
            {thread.data.posts.map((post) => (
              <li key={post.id}>
                <PostCard assetId={assetId} thread={thread.data} post={post} onChanged={refresh} />
              </li>
            ))}
          </ol>
          {thread.data.can.reply && <ReplyForm assetId={assetId} threadId={threadId} onPosted={refresh} />}
        </>
      )}
    </Stack>
  );
}

function ReplyForm({ assetId, threadId, onPosted }: { assetId: string; threadId: string; onPosted: () => void }) {
  const { t } = useTranslation();
  const [source, setSource] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const reply = useMutation({
    mutationFn: () =>
      dataOf(
        api.POST("/api/v1/assets/{assetId}/discussion/threads/{threadId}/replies", {
          params: { path: { assetId, threadId } },
          body: { source },
        }),
      ),
    onSuccess: () => {
      setProblem(null);
      setSource("");
      onPosted();
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  return (
    <Paper withBorder p="sm">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          reply.mutate();
        }}
        aria-labelledby="discussion-reply"
      >
        <Stack gap="xs">
          <Title order={3} id="discussion-reply">
            {t("interlinkers.discussion.reply")}
          </Title>
          <Composer
            assetId={assetId}
            label={t("interlinkers.discussion.yourReply")}
            value={source}
            onChange={setSource}
            error={errorFor(errors, "source") ?? errors[""]}
          />
          <Group>
            <Button type="submit" loading={reply.isPending}>
              {t("interlinkers.discussion.reply")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

type Dialog = "edit" | "history" | "hide" | "report" | null;

function PostCard({
  assetId,
  thread,
  post,
  onChanged,
}: {
  assetId: string;
  thread: Thread;
  post: Post;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [status, setStatus] = useState("");
  const path = { assetId, postId: post.id };
  const act = useMutation({
    mutationFn: (action: () => Promise<unknown>) => action(),
    onSuccess: onChanged,
    onError: (error) => setStatus(toProblem(error).detail),
  });
  const toggleReaction = (kind: Post["reactions"][number]["kind"], mine: boolean) =>
    act.mutate(() =>
      dataOf(
        mine
          ? api.DELETE("/api/v1/assets/{assetId}/discussion/posts/{postId}/reactions/{kind}", {
              params: { path: { ...path, kind } },
              body: {},
            })
          : api.PUT("/api/v1/assets/{assetId}/discussion/posts/{postId}/reactions/{kind}", {
              params: { path: { ...path, kind } },
            }),
      ),
    );
  const markAnswer = () =>
    act.mutate(() =>
      dataOf(
        post.isAnswer
          ? api.DELETE("/api/v1/assets/{assetId}/discussion/threads/{threadId}/answer", {
              params: { path: { assetId, threadId: thread.id } },
              body: {},
            })
          : api.PUT("/api/v1/assets/{assetId}/discussion/threads/{threadId}/answer", {
              params: { path: { assetId, threadId: thread.id } },
              body: { postId: post.id },
            }),
      ),
    );
  const unhide = () =>
    act.mutate(() =>
      dataOf(api.POST("/api/v1/assets/{assetId}/discussion/posts/{postId}/unhide", { params: { path }, body: {} })),
    );
  const headingId = useId();

  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-labelledby={headingId}
      className={post.isAnswer ? classes.answer : undefined}
    >
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap" id={headingId}>
          <Text fw={600}>{authorName(post.author, t)}</Text>
          <Text size="sm">{formatDate(post.createdAt, { time: true })}</Text>
          {post.editedAt && <Text size="sm">({t("interlinkers.discussion.edited")})</Text>}
          {post.isAnswer && (
            <span className={`${classes.tag} ${classes.answerTag}`}>✓ {t("interlinkers.discussion.answer")}</span>
          )}
        </Group>
        {post.hidden && (
          <Alert color="gray" variant="light" p="xs">
            {t("interlinkers.discussion.hiddenByModerator", { reason: post.hidden.reason })}
          </Alert>
        )}
        {post.html !== null && <Rendered html={post.html} />}
        {post.html !== null && (
          <Group gap={6} wrap="wrap" role="group" aria-label={t("interlinkers.discussion.reactions")}>
            {post.reactions
              .filter((reaction) => post.can.react || reaction.count > 0)
              .map((reaction) => (
                <Button
                  key={reaction.kind}
                  size="compact-sm"
                  variant={reaction.mine ? "light" : "default"}
                  aria-pressed={reaction.mine}
                  disabled={!post.can.react}
                  leftSection={createElement(reactionIcons[reaction.kind], { size: 16, "aria-hidden": true })}
                  styles={{ label: { whiteSpace: "normal" } }}
                  h="auto"
                  mih={30}
                  py={4}
                  onClick={() => toggleReaction(reaction.kind, reaction.mine)}
                >
                  {t(`feedback.reactions.${reaction.kind}`)}
                  {reaction.count > 0 && <span className={classes.count}>{` ${reaction.count}`}</span>}
                </Button>
              ))}
          </Group>
        )}
        <Group gap="xs" wrap="wrap">
          {post.can.edit && (
            <Button size="compact-sm" variant="subtle" onClick={() => setDialog("edit")}>
              {t("interlinkers.discussion.edit")}
            </Button>
          )}
          {post.revisions > 0 && post.html !== null && (
            <Button size="compact-sm" variant="subtle" onClick={() => setDialog("history")}>
              {t("interlinkers.discussion.history", { versions: post.revisions })}
            </Button>
          )}
          {post.can.markAnswer && (
            <Button size="compact-sm" variant="subtle" onClick={markAnswer}>
              {post.isAnswer ? t("interlinkers.discussion.unmarkAnswer") : t("interlinkers.discussion.markAnswer")}
            </Button>
          )}
          {post.can.report && (
            <Button size="compact-sm" variant="subtle" onClick={() => setDialog("report")}>
              {t("interlinkers.discussion.report")}
            </Button>
          )}
          {post.can.hide && (
            <Button size="compact-sm" variant="subtle" onClick={() => setDialog("hide")}>
              {t("interlinkers.discussion.hide")}
            </Button>
          )}
          {post.can.unhide && (
            <Button size="compact-sm" variant="subtle" onClick={unhide}>
              {t("interlinkers.discussion.unhide")}
            </Button>
          )}
        </Group>
        <Text size="sm" role="status">
          {status}
        </Text>
      </Stack>
      {dialog === "edit" && (
        <EditDialog
          assetId={assetId}
          post={post}
          title={post.opening ? (thread.title ?? "") : null}
          onClose={() => setDialog(null)}
          onSaved={onChanged}
        />
      )}
      {dialog === "history" && <HistoryDialog assetId={assetId} post={post} onClose={() => setDialog(null)} />}
      {(dialog === "hide" || dialog === "report") && (
        <ReasonDialog
          kind={dialog}
          assetId={assetId}
          post={post}
          onClose={() => setDialog(null)}
          onDone={(message) => {
            setStatus(message);
            onChanged();
          }}
        />
      )}
    </Paper>
  );
}

function EditDialog(props: {
  assetId: string;
  post: Post;
  title: string | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [source, setSource] = useState(props.post.source ?? "");
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const save = useMutation({
    mutationFn: (title: string | null) =>
      dataOf(
        api.PATCH("/api/v1/assets/{assetId}/discussion/posts/{postId}", {
          params: { path: { assetId: props.assetId, postId: props.post.id } },
          body: { source, ...(title !== null ? { title } : {}) },
        }),
      ),
    onSuccess: () => {
      props.onSaved();
      props.onClose();
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t("interlinkers.discussion.editTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("interlinkers.discussion.close") }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(props.title === null ? null : String(new FormData(event.currentTarget).get("title") ?? ""));
        }}
      >
        <Stack gap="xs">
          {props.title !== null && (
            <TextInput
              name="title"
              label={t("interlinkers.discussion.title")}
              defaultValue={props.title}
              error={errorFor(errors, "title")}
              data-autofocus
            />
          )}
          <Composer
            assetId={props.assetId}
            label={t("interlinkers.discussion.message")}
            value={source}
            onChange={setSource}
            error={errorFor(errors, "source") ?? errors[""]}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("interlinkers.discussion.save")}
            </Button>
            <Button variant="default" onClick={props.onClose}>
              {t("interlinkers.discussion.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function HistoryDialog({ assetId, post, onClose }: { assetId: string; post: Post; onClose: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const history = useQuery({
    queryKey: ["asset", assetId, "discussion", "history", post.id, post.revisions],
    queryFn: () =>
      dataOf(
        api.GET("/api/v1/assets/{assetId}/discussion/posts/{postId}/history", {
          params: { path: { assetId, postId: post.id } },
        }),
      ),
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("interlinkers.discussion.historyTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("interlinkers.discussion.close") }}
    >
      <Stack>
        {history.data?.items.map((version) => (
          <Paper
            withBorder
            p="sm"
            key={version.id}
            component="section"
            aria-label={formatDate(version.writtenAt, { time: true })}
          >
            <Text size="sm" fw={600}>
              {t("interlinkers.discussion.written", { date: formatDate(version.writtenAt, { time: true }) })}
            </Text>
            {version.title && <Text fw={600}>{version.title}</Text>}
            <Rendered html={version.html} />
          </Paper>
        ))}
        <Group>
          <Button variant="default" onClick={onClose} data-autofocus>
            {t("interlinkers.discussion.close")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ReasonDialog(props: {
  kind: "hide" | "report";
  assetId: string;
  post: Post;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const path = { assetId: props.assetId, postId: props.post.id };
  const submit = useMutation({
    mutationFn: async (reason: string): Promise<unknown> =>
      props.kind === "hide"
        ? dataOf(
            api.POST("/api/v1/assets/{assetId}/discussion/posts/{postId}/hide", { params: { path }, body: { reason } }),
          )
        : dataOf(
            api.POST("/api/v1/assets/{assetId}/discussion/posts/{postId}/reports", {
              params: { path },
              body: { reason },
            }),
          ),
    onSuccess: () => {
      props.onDone(props.kind === "report" ? t("interlinkers.discussion.reportSent") : "");
      props.onClose();
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={props.kind === "hide" ? t("interlinkers.discussion.hideTitle") : t("interlinkers.discussion.reportTitle")}
      closeButtonProps={{ "aria-label": t("interlinkers.discussion.close") }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit.mutate(String(new FormData(event.currentTarget).get("reason") ?? ""));
        }}
      >
        <Stack gap="xs">
          <Textarea
            name="reason"
            label={t("interlinkers.discussion.reason")}
            description={
              props.kind === "hide" ? t("interlinkers.discussion.hideHelp") : t("interlinkers.discussion.reportHelp")
            }
            error={errorFor(errors, "reason") ?? errors[""]}
            autosize
            minRows={2}
            data-autofocus
          />
          <Group>
            <Button type="submit" color={props.kind === "hide" ? "red.9" : undefined} loading={submit.isPending}>
              {props.kind === "hide" ? t("interlinkers.discussion.hide") : t("interlinkers.discussion.report")}
            </Button>
            <Button variant="default" onClick={props.onClose}>
              {t("interlinkers.discussion.cancel")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Reports({ assetId, onOpen }: { assetId: string; onOpen: (threadId: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ["asset", assetId, "discussion", "reports"];
  const reports = useQuery({
    queryKey: key,
    queryFn: () =>
      dataOf(
        api.GET("/api/v1/assets/{assetId}/discussion/reports", {
          params: { path: { assetId }, query: { limit: 50 } },
        }),
      ),
  });
  const dismiss = useMutation({
    mutationFn: (reportId: string) =>
      dataOf(
        api.POST("/api/v1/assets/{assetId}/discussion/reports/{reportId}/dismiss", {
          params: { path: { assetId, reportId } },
          body: {},
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const items = reports.data?.items ?? [];
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="discussion-reports">
      <Stack gap="xs">
        <Title order={3} id="discussion-reports">
          {t("interlinkers.discussion.reports")}
        </Title>
        {items.length === 0 ? (
          <Text size="sm">{t("interlinkers.discussion.noReports")}</Text>
        ) : (
          <ul className={classes.list}>
            {items.map((report) => (
              <li key={report.id}>
                <Stack gap={4}>
                  <Text size="sm">
                    {t("interlinkers.discussion.reportedBy", {
                      name: authorName(report.reporter, t),
                      reason: report.reason,
                    })}
                  </Text>
                  <div className={classes.quote}>
                    <Rendered html={report.post.html} />
                  </div>
                  <Group gap="xs">
                    <Button size="compact-sm" variant="default" onClick={() => onOpen(report.threadId)}>
                      {t("interlinkers.discussion.openThread")}
                    </Button>
                    <Button size="compact-sm" variant="subtle" onClick={() => dismiss.mutate(report.id)}>
                      {t("interlinkers.discussion.dismiss")}
                    </Button>
                  </Group>
                </Stack>
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Paper>
  );
}

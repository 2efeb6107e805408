import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { notificationTypes } from "../../../common/notifications";
import { api, type Problem } from "../api/client";
import { describeProblem, errorFor, fieldErrors } from "../api/problems";
import type { components } from "../api/schema";
import { dataOf, problemOf, toProblem } from "../api/unwrap";
import { useFormatDate } from "../ui/dates";
import { FormAlert, Loading } from "../ui/feedback";
import { toastSuccess } from "../ui/toast";
import { finishedGreen } from "./process/StatusControl";

type Webhook = components["schemas"]["Webhook"];
type Created = components["schemas"]["WebhookCreated"];

/** Whose hooks: a process's, or the platform's, which hear of every process's events. */
export type HookOwner = { processId: string } | "platform";

const hooksKey = (owner: HookOwner) =>
  owner === "platform" ? ["platform", "webhooks"] : ["process", owner.processId, "webhooks"];

/** The webhook routes of one owner: the same under /processes/:id/webhooks and /platform/webhooks. */
function hookCalls(owner: HookOwner) {
  if (owner === "platform") {
    const one = (hookId: string) => ({ params: { path: { id: hookId } } });
    return {
      list: () => dataOf(api.GET("/api/v1/platform/webhooks")),
      create: (body: components["schemas"]["WebhookCreate"]) => dataOf(api.POST("/api/v1/platform/webhooks", { body })),
      read: (hookId: string) => dataOf(api.GET("/api/v1/platform/webhooks/{id}", one(hookId))),
      test: (hookId: string) => dataOf(api.POST("/api/v1/platform/webhooks/{id}/test", { ...one(hookId), body: {} })),
      update: (hookId: string, active: boolean) =>
        dataOf(api.PATCH("/api/v1/platform/webhooks/{id}", { ...one(hookId), body: { active } })),
      remove: (hookId: string) => dataOf(api.DELETE("/api/v1/platform/webhooks/{id}", one(hookId))),
    };
  }
  const id = owner.processId;
  const one = (webhookId: string) => ({ params: { path: { id, webhookId } } });
  return {
    list: () => dataOf(api.GET("/api/v1/processes/{id}/webhooks", { params: { path: { id } } })),
    create: (body: components["schemas"]["WebhookCreate"]) =>
      dataOf(api.POST("/api/v1/processes/{id}/webhooks", { params: { path: { id } }, body })),
    read: (hookId: string) => dataOf(api.GET("/api/v1/processes/{id}/webhooks/{webhookId}", one(hookId))),
    test: (hookId: string) =>
      dataOf(api.POST("/api/v1/processes/{id}/webhooks/{webhookId}/test", { ...one(hookId), body: {} })),
    update: (hookId: string, active: boolean) =>
      dataOf(api.PATCH("/api/v1/processes/{id}/webhooks/{webhookId}", { ...one(hookId), body: { active } })),
    remove: (hookId: string) => dataOf(api.DELETE("/api/v1/processes/{id}/webhooks/{webhookId}", one(hookId))),
  };
}

/**
 * Webhooks, for whoever may manage them (a process's administrators, or the platform's for all processes):
 * register an https receiver for all events or some, see its secret once, send a test, pause or turn it on
 * again, remove it, and read its latest deliveries.
 */
export function WebhooksPanel({ owner, headingLevel = 2 }: { owner: HookOwner; headingLevel?: 1 | 2 }) {
  const { t } = useTranslation();
  const calls = hookCalls(owner);
  const hooks = useQuery({ queryKey: hooksKey(owner), queryFn: calls.list });
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <Stack gap="sm" component="section" aria-labelledby="webhooks-title">
      <Title order={headingLevel} id="webhooks-title">
        {t(owner === "platform" ? "webhooks.platformTitle" : "webhooks.title")}
      </Title>
      <Text size="sm">{t(owner === "platform" ? "webhooks.platformIntro" : "webhooks.intro")}</Text>
      {created && <SecretOnce created={created} onDone={() => setCreated(null)} />}
      {hooks.isPending ? (
        <Loading />
      ) : hooks.isError ? (
        <FormAlert messages={[problemOf(hooks.error)!.detail]} />
      ) : hooks.data.items.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t("webhooks.none")}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("webhooks.title")}>
          {hooks.data.items.map((hook) => (
            <HookRow key={hook.id} hook={hook} owner={owner} />
          ))}
        </Stack>
      )}
      <NewHook owner={owner} onCreated={setCreated} />
    </Stack>
  );
}

/** The secret of a hook just registered: shown here only, with a way to copy it. */
function SecretOnce({ created, onDone }: { created: Created; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue.9" variant="outline" title={t("webhooks.secret.title")}>
      <Stack gap="xs">
        <Text size="sm">{t("webhooks.secret.text")}</Text>
        <Code block style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }} data-testid="webhook-secret">
          {created.secret}
        </Code>
        <Group gap="xs">
          <CopyButton value={created.secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy}>
                {copied ? t("webhooks.secret.copied") : t("webhooks.secret.copy")}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="subtle" onClick={onDone}>
            {t("webhooks.secret.done")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function NewHook({ owner, onCreated }: { owner: HookOwner; onCreated: (created: Created) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [all, setAll] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const create = useMutation({
    mutationFn: hookCalls(owner).create,
    onMutate: () => setProblem(null),
    onSuccess: async (hook, _body) => {
      onCreated(hook);
      setChosen([]);
      setAll(true);
      await queryClient.invalidateQueries({ queryKey: hooksKey(owner) });
      toastSuccess(t("webhooks.created"));
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const url = String(new FormData(form).get("url") ?? "").trim();
    create.mutate(
      { url, events: (all ? ["*"] : chosen) as components["schemas"]["WebhookCreate"]["events"] },
      { onSuccess: () => form.reset() },
    );
  };
  const eventsError = Object.entries(errors).find(([key]) => key === "events" || key.startsWith("events."))?.[1];
  const otherMessages = problem && Object.keys(errors).length === 0 ? [describeProblem(problem)] : [];
  return (
    <Paper withBorder p="sm">
      <form onSubmit={submit} noValidate aria-labelledby="new-webhook-title">
        <Stack gap="sm">
          <Title order={3} id="new-webhook-title">
            {t("webhooks.new")}
          </Title>
          <TextInput
            name="url"
            type="url"
            inputMode="url"
            label={t("webhooks.url")}
            description={t("webhooks.urlHint")}
            placeholder="https://example.org/hooks/interlink"
            error={errorFor(errors, "url")}
            required
          />
          <Radio.Group
            label={t("webhooks.events")}
            value={all ? "all" : "some"}
            onChange={(value) => setAll(value === "all")}
            error={eventsError}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="all" label={t("webhooks.allEvents")} />
              <Radio value="some" label={t("webhooks.someEvents")} />
            </Stack>
          </Radio.Group>
          {!all && (
            <Checkbox.Group value={chosen} onChange={setChosen} label={t("webhooks.whichEvents")}>
              <Stack gap={6} mt="xs">
                {notificationTypes.map((type) => (
                  <Checkbox key={type} value={type} label={t(`webhooks.types.${type.replace(".", "_")}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <FormAlert messages={otherMessages} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t("webhooks.register")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function HookRow({ hook, owner }: { hook: Webhook; owner: HookOwner }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [showDeliveries, setShowDeliveries] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const calls = hookCalls(owner);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: hooksKey(owner) }),
      queryClient.invalidateQueries({ queryKey: [...hooksKey(owner), hook.id] }),
    ]);
  const onError = (error: unknown) => setProblem(toProblem(error));
  const test = useMutation({
    mutationFn: () => calls.test(hook.id),
    onMutate: () => setProblem(null),
    onSuccess: async () => {
      setShowDeliveries(true);
      await refresh();
      toastSuccess(t("webhooks.tested"));
    },
    onError,
  });
  const toggle = useMutation({
    mutationFn: () => calls.update(hook.id, !hook.active),
    onMutate: () => setProblem(null),
    onSuccess: async () => {
      await refresh();
      toastSuccess(t(hook.active ? "webhooks.paused" : "webhooks.resumed"));
    },
    onError,
  });
  const remove = useMutation({
    mutationFn: () => calls.remove(hook.id),
    onMutate: () => setProblem(null),
    onSuccess: async () => {
      await refresh();
      toastSuccess(t("webhooks.removed"));
    },
    onError,
  });
  const state = hook.active ? "active" : hook.disabledReason ? "turnedOff" : "paused";
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap" align="center">
          <Badge variant="outline" color={state === "active" ? finishedGreen : "red.9"} size="sm">
            {t(`webhooks.state.${state}`)}
          </Badge>
          <Text fw={600} style={{ overflowWrap: "anywhere", minWidth: 0 }}>
            {hook.url}
          </Text>
        </Group>
        <Text size="sm">
          {hook.events.includes("*")
            ? t("webhooks.allEvents")
            : hook.events.map((type) => t(`webhooks.types.${type.replace(".", "_")}`)).join(", ")}
        </Text>
        {hook.disabledReason && (
          <Text size="sm" c="red.9">
            {hook.consecutiveFailures > 0
              ? t("webhooks.turnedOffFailures", { count: hook.consecutiveFailures })
              : t("webhooks.turnedOffCreator")}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          {hook.can.test && (
            <Button size="compact-sm" variant="light" loading={test.isPending} onClick={() => test.mutate()}>
              {t("webhooks.test")}
            </Button>
          )}
          {hook.can.update && (
            <Button size="compact-sm" variant="default" loading={toggle.isPending} onClick={() => toggle.mutate()}>
              {t(hook.active ? "webhooks.pause" : "webhooks.resume")}
            </Button>
          )}
          <Button
            size="compact-sm"
            variant="subtle"
            aria-expanded={showDeliveries}
            onClick={() => setShowDeliveries((shown) => !shown)}
          >
            {t(showDeliveries ? "webhooks.hideDeliveries" : "webhooks.showDeliveries")}
          </Button>
          {hook.can.delete && (
            <Button
              size="compact-sm"
              variant="outline"
              color="red.9"
              loading={remove.isPending}
              onClick={() => {
                if (window.confirm(t("webhooks.confirmRemove", { url: hook.url }))) remove.mutate();
              }}
            >
              {t("webhooks.remove")}
            </Button>
          )}
        </Group>
        <FormAlert messages={problem ? [describeProblem(problem)] : []} />
        {showDeliveries && <Deliveries owner={owner} hookId={hook.id} />}
      </Stack>
    </Paper>
  );
}

function Deliveries({ owner, hookId }: { owner: HookOwner; hookId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const detail = useQuery({
    queryKey: [...hooksKey(owner), hookId],
    queryFn: () => hookCalls(owner).read(hookId),
    // A delivery waiting for its try is shown as it settles.
    refetchInterval: (query) =>
      query.state.data?.deliveries.some((delivery) => delivery.status === "pending") ? 1000 : false,
  });
  if (detail.isPending) return <Loading />;
  if (detail.isError) return <FormAlert messages={[problemOf(detail.error)!.detail]} />;
  if (detail.data.deliveries.length === 0) {
    return (
      <Text size="sm" c="gray.7">
        {t("webhooks.noDeliveries")}
      </Text>
    );
  }
  // A list rather than a table: it reads one delivery per line on a phone, without scrolling sideways.
  return (
    <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: "none" }} aria-label={t("webhooks.deliveries")}>
      {detail.data.deliveries.map((delivery) => (
        <Text component="li" key={delivery.id} size="sm" style={{ overflowWrap: "anywhere" }}>
          <time dateTime={delivery.createdAt}>{formatDate(delivery.createdAt, { time: true })}</time>
          {" · "}
          {delivery.type === "ping" ? t("webhooks.ping") : t(`webhooks.types.${delivery.type.replace(".", "_")}`)}
          {" · "}
          {t(`webhooks.delivery.${delivery.status}`, {
            status: delivery.lastStatus ?? "—",
            ms: delivery.responseMs ?? "—",
            attempts: delivery.attempts,
          })}
          {delivery.error ? ` ${delivery.error}` : ""}
        </Text>
      ))}
    </Stack>
  );
}

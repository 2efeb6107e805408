import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Loader,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { interlinkerFunctions } from "../../../common/coproduction";
import type { Language } from "../../../common/languages";
import { api, type Problem, problemMessage } from "../api/client";
import { errorFor, fieldErrors } from "../api/problems";
import type { components } from "../api/schema";
import { useMe } from "../api/session";
import { dataOf, toProblem } from "../api/unwrap";
import { AnchorLink } from "../components/AnchorLink";
import { useTranslated } from "../i18n/translated";
import { ConfirmAction } from "../ui/feedback";
import { toastSuccess } from "../ui/toast";

type RemoteInterlinker = components["schemas"]["RemoteInterlinker"];

/** Platform administrators register the services that speak the INTERLINK asset protocol, and see their health. */
export function AdminInterlinkers() {
  const { t } = useTranslation();
  const me = useMe();
  const registered = useQuery({
    queryKey: ["remote-interlinkers"],
    queryFn: () => dataOf(api.GET("/api/v1/remote-interlinkers", { params: { query: { limit: 100 } } })),
    enabled: Boolean(me.data?.can.administer),
    retry: false,
  });

  if (me.isPending) return <Loader aria-label={t("remote.loading")} />;
  if (!me.data?.can.administer) {
    return (
      <Stack maw={800} mx="auto">
        <Title order={1}>{t("remote.admin.title")}</Title>
        <Alert color="yellow">{me.data ? t("remote.admin.onlyAdministrators") : t("remote.admin.signIn")}</Alert>
        {!me.data && <AnchorLink to="/sign-in">{t("nav.signIn")}</AnchorLink>}
      </Stack>
    );
  }

  return (
    <Stack maw={900} mx="auto">
      <Title order={1}>{t("remote.admin.title")}</Title>
      <Text>{t("remote.admin.intro")}</Text>
      <Text>
        <AnchorLink to="/admin/webhooks">{t("webhooks.platformLink")}</AnchorLink>
      </Text>
      <section aria-labelledby="registered-services">
        <Stack gap="sm">
          <Title order={2} id="registered-services">
            {t("remote.admin.registered")}
          </Title>
          {registered.isPending && <Loader aria-label={t("remote.loading")} />}
          {registered.isError && (
            <Alert color="red" role="alert">
              {problemMessage(registered.error)}
            </Alert>
          )}
          {registered.data?.items.length === 0 && <Text>{t("remote.admin.none")}</Text>}
          {registered.data && registered.data.items.length > 0 && (
            <Stack component="ul" gap="sm" p={0} style={{ listStyle: "none" }}>
              {registered.data.items.map((service) => (
                <RegisteredService key={service.id} service={service} />
              ))}
            </Stack>
          )}
        </Stack>
      </section>
      <RegisterForm />
    </Stack>
  );
}

function RegisteredService({ service }: { service: RemoteInterlinker }) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const queryClient = useQueryClient();
  const name = translate(service.name);
  const remove = useMutation({
    mutationFn: () =>
      dataOf(
        api.DELETE("/api/v1/remote-interlinkers/{id}", {
          params: { path: { id: service.id } },
          body: {},
        }),
      ),
    onSuccess: () => {
      toastSuccess(t("feedback.remote.removed", { name }));
      return queryClient.invalidateQueries({ queryKey: ["remote-interlinkers"] });
    },
  });
  const up = service.health.status === "up";
  return (
    <Card component="li" withBorder>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3}>{name}</Title>
          <Badge color={up ? "teal.9" : "red.9"} variant="filled">
            {up ? t("remote.admin.up") : t("remote.admin.down")}
          </Badge>
        </Group>
        <Text size="sm" style={{ overflowWrap: "anywhere" }}>
          {t("remote.admin.address")}: {service.serviceUrl}
        </Text>
        {!up && service.health.detail && <Text size="sm">{service.health.detail}</Text>}
        <Text size="sm">{translate(service.description)}</Text>
        <Text size="sm">{t("remote.admin.assets", { count: service.assetCount })}</Text>
        {remove.isError && (
          <Alert color="red" role="alert">
            {problemMessage(remove.error)}
          </Alert>
        )}
        <Group>
          {service.can.delete ? (
            <ConfirmAction
              label={t("remote.admin.remove", { name })}
              question={t("remote.admin.confirmRemove", { name })}
              confirmLabel={t("feedback.remote.confirmRemove")}
              pending={remove.isPending}
              onConfirm={() => remove.mutate()}
            />
          ) : (
            <Text size="sm">{t("remote.admin.inUse")}</Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

function RegisterForm() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [registeredName, setRegisteredName] = useState<string | null>(null);
  const [functions, setFunctions] = useState<string[]>([]);
  const errors = fieldErrors(problem);
  const language = (i18n.language in { en: 1, es: 1, it: 1, lv: 1 } ? i18n.language : "en") as Language;
  const register = useMutation({
    mutationFn: async (form: FormData) => {
      const text = (field: string) => String(form.get(field) ?? "").trim();
      return dataOf(
        api.POST("/api/v1/remote-interlinkers", {
          body: {
            serviceUrl: text("serviceUrl"),
            // Given in the administrator's language; other languages fall back to it.
            name: { [language]: text("name") },
            description: { [language]: text("description") },
            functions: functions as RemoteInterlinker["functions"],
          },
        }),
      );
    },
    onSuccess: async (_created, form) => {
      setProblem(null);
      setRegisteredName(String(form.get("name") ?? ""));
      setFunctions([]);
      await queryClient.invalidateQueries({ queryKey: ["remote-interlinkers"] });
      await queryClient.invalidateQueries({ queryKey: ["remote-tools"] });
    },
    onError: (error) => {
      setRegisteredName(null);
      setProblem(toProblem(error));
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    register.mutate(new FormData(form), { onSuccess: () => form.reset() });
  };
  // A refusal of the whole request (the service is down) also names the address field; show the sentence once.
  const general = problem && (problem.status >= 500 || !problem.errors?.length) ? problem.detail : null;

  return (
    <section aria-labelledby="register-service">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} id="register-service">
            {t("remote.admin.register")}
          </Title>
          <TextInput
            name="serviceUrl"
            type="url"
            label={t("remote.admin.serviceUrl")}
            description={t("remote.admin.serviceUrlHint")}
            required
            error={general ? undefined : errorFor(errors, "serviceUrl")}
          />
          <TextInput name="name" label={t("remote.admin.name")} required error={errorFor(errors, "name")} />
          <Textarea
            name="description"
            label={t("remote.admin.description")}
            required
            autosize
            minRows={2}
            error={errorFor(errors, "description")}
          />
          <Checkbox.Group
            label={t("remote.admin.functions")}
            value={functions}
            onChange={setFunctions}
            error={errorFor(errors, "functions")}
            withAsterisk
          >
            <Group mt="xs">
              {interlinkerFunctions.map((fn) => (
                <Checkbox key={fn} value={fn} label={t(`catalogue.functions.${fn}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          {registeredName && (
            <Alert color="green" role="status">
              {t("remote.admin.registeredNow", { name: registeredName })}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={register.isPending}>
              {t("remote.admin.registerButton")}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}

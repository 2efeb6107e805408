import { Anchor, Badge, Button, Group, List, Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Language } from "../../../common/languages";
import { api } from "../api/client";
import { dataOf, problemOf } from "../api/unwrap";
import { AnchorLink } from "../components/AnchorLink";
import { ButtonLink } from "../components/ButtonLink";
import { NotFound } from "../components/NotFound";
import { Unavailable } from "../components/organizations/Unavailable";
import { publicServiceQuery, serviceHistoryQuery } from "../components/services/api";
import { PrivateBadge, StatusBadge } from "../components/services/ServiceCard";
import {
  formatCost,
  languageName,
  type PublicService as PublicServiceData,
  pickWithLanguage,
  placeName,
  sectorCode,
  themeCode,
  useDurationWords,
} from "../components/services/words";
import { useLanguage } from "../i18n/translated";
import { useFormatDate } from "../ui/dates";
import { ConfirmAction, FormAlert, Loading } from "../ui/feedback";
import { PageTitle, Section } from "../ui/layout";
import { toastSuccess } from "../ui/toast";

/** Text someone typed, marked with its language when it is not the reader's. */
function Typed({ text, lang, reader }: { text: string; lang: Language; reader: Language }) {
  return (
    <span lang={lang === reader ? undefined : lang} data-user-content>
      {text}
    </span>
  );
}

const wrap = { overflowWrap: "anywhere" } as const;

function Channels({ service }: { service: PublicServiceData }) {
  const { t } = useTranslation();
  if (service.channels.length === 0) return null;
  return (
    <Section title={t("services.page.channels")}>
      <List spacing="xs">
        {service.channels.map((channel, index) => {
          const label = t(`services.channelTypes.${channel.type}`);
          const how = channel.url ? (
            <Anchor href={channel.url} rel="noopener noreferrer" style={wrap}>
              {channel.url}
            </Anchor>
          ) : channel.phone ? (
            <Anchor href={`tel:${channel.phone.replace(/[^\d+]/g, "")}`}>{channel.phone}</Anchor>
          ) : channel.email ? (
            <Anchor href={`mailto:${channel.email}`} style={wrap}>
              {channel.email}
            </Anchor>
          ) : channel.address ? (
            <Text component="span" data-user-content style={{ whiteSpace: "pre-line" }}>
              {channel.address}
            </Text>
          ) : null;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: channels have no id and keep their order.
            <List.Item key={index}>
              <Text component="span" fw={600}>
                {label}
              </Text>
              {how && <>: {how}</>}
            </List.Item>
          );
        })}
      </List>
    </Section>
  );
}

function Costs({ service }: { service: PublicServiceData }) {
  const { t, i18n } = useTranslation();
  if (service.costs.length === 0) return null;
  return (
    <Section title={t("services.page.costs")}>
      <List spacing="xs">
        {service.costs.map((cost, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: costs have no id and keep their order.
          <List.Item key={index}>
            <Text component="span" fw={600}>
              {cost.value === 0 ? t("services.page.free") : formatCost(cost.value, cost.currency, i18n.language)}
            </Text>
            {cost.description && (
              <>
                {" — "}
                <Text component="span" data-user-content>
                  {cost.description}
                </Text>
              </>
            )}
          </List.Item>
        ))}
      </List>
    </Section>
  );
}

function NamedThings({ title, things }: { title: string; things: { name: string; description?: string }[] }) {
  if (things.length === 0) return null;
  return (
    <Section title={title}>
      <List spacing="xs">
        {things.map((thing, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: these have no id and keep their order.
          <List.Item key={index}>
            <Text component="span" fw={600} data-user-content>
              {thing.name}
            </Text>
            {thing.description && (
              <Text size="sm" data-user-content style={{ whiteSpace: "pre-line" }}>
                {thing.description}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Section>
  );
}

function Contact({ service }: { service: PublicServiceData }) {
  const { t } = useTranslation();
  const contact = service.contactPoint;
  if (!contact || Object.values(contact).every((value) => !value)) return null;
  return (
    <Section title={t("services.page.contact")}>
      <List spacing="xs">
        {contact.email && (
          <List.Item>
            {t("services.form.email")}:{" "}
            <Anchor href={`mailto:${contact.email}`} style={wrap}>
              {contact.email}
            </Anchor>
          </List.Item>
        )}
        {contact.phone && (
          <List.Item>
            {t("services.form.phone")}:{" "}
            <Anchor href={`tel:${contact.phone.replace(/[^\d+]/g, "")}`}>{contact.phone}</Anchor>
          </List.Item>
        )}
        {contact.url && (
          <List.Item>
            {t("services.form.url")}:{" "}
            <Anchor href={contact.url} rel="noopener noreferrer" style={wrap}>
              {contact.url}
            </Anchor>
          </List.Item>
        )}
        {contact.openingHours && (
          <List.Item>
            {t("services.form.openingHours")}:{" "}
            <Text component="span" data-user-content style={{ whiteSpace: "pre-line" }}>
              {contact.openingHours}
            </Text>
          </List.Item>
        )}
      </List>
    </Section>
  );
}

function History({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const history = useQuery(serviceHistoryQuery(serviceId));
  return (
    <Section title={t("services.page.history")}>
      {history.isPending && <Loading />}
      {history.isError && <FormAlert messages={[problemOf(history.error)?.detail ?? ""]} />}
      {history.data && (
        <List spacing="xs">
          {history.data.items.map((revision) => (
            <List.Item key={revision.version}>
              <Text component="span" fw={600}>
                {t("services.page.version", { version: revision.version })}
              </Text>
              {" · "}
              {formatDate(revision.changedAt, { time: true })}
              {revision.changedBy && (
                <>
                  {" · "}
                  <span data-user-content>{revision.changedBy.name}</span>
                </>
              )}
              <Text size="sm">
                {revision.version === 1
                  ? t("services.page.described")
                  : t("services.page.changed", {
                      fields: revision.fields.map((field) => t(`services.fields.${field}`)).join(", "),
                    })}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

function Actions({ service }: { service: PublicServiceData }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () =>
      dataOf(api.DELETE("/api/v1/public-services/{id}", { params: { path: { id: service.id } }, body: {} })),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: ["public-services", "one", service.id] });
      toastSuccess(t("services.page.deleted"));
      await queryClient.invalidateQueries({ queryKey: ["public-services"] });
      await navigate({ to: "/organizations/$organizationId", params: { organizationId: service.organization.id } });
    },
  });
  if (!service.can.update && !service.can.delete) return null;
  return (
    <Group gap="sm" align="flex-start">
      {service.can.update && (
        <ButtonLink to="/public-services/$serviceId/edit" params={{ serviceId: service.id }} variant="default">
          {t("services.page.edit")}
        </ButtonLink>
      )}
      {service.can.delete && (
        <Stack gap="xs" align="flex-start">
          {remove.error && <FormAlert messages={[problemOf(remove.error)?.detail ?? ""]} />}
          <ConfirmAction
            label={t("services.page.delete")}
            question={t("services.page.deleteQuestion")}
            confirmLabel={t("services.page.confirmDelete")}
            pending={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </Stack>
      )}
    </Group>
  );
}

export function PublicService() {
  const { t, i18n } = useTranslation();
  const reader = useLanguage();
  const durationWords = useDurationWords();
  const { serviceId } = useParams({ from: "/public-services/$serviceId" });
  const service = useQuery(publicServiceQuery(serviceId));

  if (service.isPending) return <Loading />;
  if (service.isError)
    return [404, 422].includes(problemOf(service.error)?.status ?? 0) ? (
      <NotFound />
    ) : (
      <Unavailable title={t("services.page.unavailable")} error={service.error} />
    );
  const data = service.data;
  const name = pickWithLanguage(data.name, reader);
  const description = pickWithLanguage(data.description, reader);
  const authority = pickWithLanguage(data.organization.name, reader);
  const topics = [
    ...data.thematicAreas.map((uri) => t(`services.themes.${themeCode(uri)}`)),
    ...data.sectors.map((uri) => t(`services.sectors.${sectorCode(uri)}`)),
  ];

  return (
    <Stack maw={860} mx="auto" gap="xl">
      <Stack gap="sm">
        <AnchorLink to="/public-services" size="sm">
          {t("services.page.back")}
        </AnchorLink>
        <PageTitle>
          <Typed text={name.text} lang={name.lang} reader={reader} />
        </PageTitle>
        <Group gap="xs">
          <StatusBadge status={data.status} />
          <PrivateBadge visibility={data.visibility} />
        </Group>
        <Text>
          {t("services.providedBy")}{" "}
          <AnchorLink
            to="/organizations/$organizationId"
            params={{ organizationId: data.organization.id }}
            lang={authority.lang === reader ? undefined : authority.lang}
            data-user-content
          >
            {authority.text}
          </AnchorLink>
        </Text>
        {description.text && (
          <Text
            style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }}
            lang={description.lang === reader ? undefined : description.lang}
            data-user-content
          >
            {description.text}
          </Text>
        )}
        <Actions service={data} />
      </Stack>
      <Channels service={data} />
      <Costs service={data} />
      {data.processingTime && (
        <Section title={t("services.page.processingTime")}>
          <Text>{durationWords(data.processingTime)}</Text>
        </Section>
      )}
      <NamedThings title={t("services.page.requirements")} things={data.requirements} />
      <NamedThings title={t("services.page.outputs")} things={data.outputs} />
      {data.languages.length > 0 && (
        <Section title={t("services.page.languages")}>
          <Text>
            {new Intl.ListFormat(i18n.language).format(data.languages.map((code) => languageName(code, i18n.language)))}
          </Text>
        </Section>
      )}
      {data.spatial.length > 0 && (
        <Section title={t("services.page.spatial")}>
          <Text>
            {new Intl.ListFormat(i18n.language).format(data.spatial.map((uri) => placeName(uri, i18n.language)))}
          </Text>
        </Section>
      )}
      <Contact service={data} />
      {data.legalResources.length > 0 && (
        <Section title={t("services.page.legalResources")}>
          <List spacing="xs">
            {data.legalResources.map((url) => (
              <List.Item key={url}>
                <Anchor href={url} rel="noopener noreferrer" style={wrap}>
                  {url}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Section>
      )}
      {(topics.length > 0 || data.keywords.length > 0) && (
        <Section title={t("services.page.topics")}>
          <Group gap="xs">
            {topics.map((topic) => (
              <Badge
                key={topic}
                variant="outline"
                color="indigo.9"
                tt="none"
                maw="100%"
                h="auto"
                py={2}
                styles={{ label: { whiteSpace: "normal", overflowWrap: "anywhere" } }}
              >
                {topic}
              </Badge>
            ))}
            {data.keywords.map((keyword) => (
              <Badge key={`k-${keyword}`} variant="outline" color="dark.6" tt="none" data-user-content>
                {keyword}
              </Badge>
            ))}
          </Group>
        </Section>
      )}
      {data.processes.length > 0 && (
        <Section title={t("services.page.processes")}>
          <List spacing="xs">
            {data.processes.map((process) => (
              <List.Item key={process.id}>
                <AnchorLink to="/processes/$processId" params={{ processId: process.id }} data-user-content>
                  {process.name}
                </AnchorLink>
              </List.Item>
            ))}
          </List>
        </Section>
      )}
      {data.relatedServices.length > 0 && (
        <Section title={t("services.page.related")}>
          <List spacing="xs">
            {data.relatedServices.map((related) => {
              const relatedName = pickWithLanguage(related.name, reader);
              return (
                <List.Item key={related.id}>
                  <AnchorLink
                    to="/public-services/$serviceId"
                    params={{ serviceId: related.id }}
                    lang={relatedName.lang === reader ? undefined : relatedName.lang}
                    data-user-content
                  >
                    {relatedName.text}
                  </AnchorLink>
                </List.Item>
              );
            })}
          </List>
        </Section>
      )}
      <Section title={t("services.page.openData")}>
        <Text size="sm">{t("services.page.openDataLead")}</Text>
        <Group gap="sm">
          <Button component="a" href={data.links.turtle} download variant="default">
            {t("services.page.downloadTurtle")}
          </Button>
          <Button component="a" href={data.links.jsonld} download variant="default">
            {t("services.page.downloadJsonld")}
          </Button>
        </Group>
      </Section>
      <History serviceId={data.id} />
    </Stack>
  );
}

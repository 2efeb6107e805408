import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../../i18n/translated";
import { AnchorLink } from "../AnchorLink";
import { type PublicService, pickWithLanguage, themeCode } from "./words";

export function StatusBadge({ status }: { status: PublicService["status"] }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Badge variant="outline" color={status === "completed" ? "indigo.9" : "dark.6"} tt="none">
      {t(`services.statuses.${status}`)}
    </Badge>
  );
}

export function PrivateBadge({ visibility }: { visibility: PublicService["visibility"] }) {
  const { t } = useTranslation();
  if (visibility !== "private") return null;
  return (
    <Badge variant="filled" color="dark.6" tt="none">
      {t("services.private")}
    </Badge>
  );
}

/** One service in a list: its name, who provides it, where it stands and what it is about. */
export function ServiceCard({ service, showAuthority = true }: { service: PublicService; showAuthority?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = pickWithLanguage(service.name, language);
  const description = pickWithLanguage(service.description, language);
  const authority = pickWithLanguage(service.organization.name, language);
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={6}>
        <AnchorLink
          to="/public-services/$serviceId"
          params={{ serviceId: service.id }}
          fw={600}
          lang={name.lang === language ? undefined : name.lang}
          data-user-content
          style={{ overflowWrap: "anywhere" }}
        >
          {name.text}
        </AnchorLink>
        {showAuthority && (
          <Text size="sm">
            {t("services.providedBy")}{" "}
            <Text component="span" lang={authority.lang === language ? undefined : authority.lang} data-user-content>
              {authority.text}
            </Text>
          </Text>
        )}
        <Group gap="xs">
          <StatusBadge status={service.status} />
          <PrivateBadge visibility={service.visibility} />
        </Group>
        {description.text && (
          <Text
            size="sm"
            lineClamp={2}
            lang={description.lang === language ? undefined : description.lang}
            data-user-content
          >
            {description.text}
          </Text>
        )}
        {service.thematicAreas.length > 0 && (
          <Text size="sm" c="dimmed">
            {service.thematicAreas.map((uri) => t(`services.themes.${themeCode(uri)}`)).join(" · ")}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

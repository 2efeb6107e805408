import { Badge, Box, Button, Card, Group, Stack, Text, Title, type TitleOrder } from "@mantine/core";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTranslated } from "../../i18n/translated";
import { AnchorLink } from "../AnchorLink";
import type { ActorType, Organization, Team } from "./api";

/**
 * A button that shows a titled panel below it (a form, usually). Opening moves focus to the panel's first field;
 * closing returns it to the button.
 */
export function Disclosure({
  label,
  title,
  order = 2,
  variant = "filled",
  children,
}: {
  label: string;
  title: string;
  order?: TitleOrder;
  variant?: "filled" | "default";
  children: (panel: { titleId: string; close: () => void }) => ReactNode;
}) {
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);

  useEffect(() => {
    if (!toggled.current) return;
    if (opened) panel.current?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select")?.focus();
    else button.current?.focus();
  }, [opened]);

  const toggle = (next: boolean) => {
    toggled.current = true;
    setOpened(next);
  };

  return (
    <Stack gap="sm">
      {!opened && (
        <Box>
          <Button
            ref={button}
            variant={variant}
            aria-expanded={false}
            aria-controls={panelId}
            onClick={() => toggle(true)}
          >
            {label}
          </Button>
        </Box>
      )}
      {opened && (
        <Card id={panelId} ref={panel} withBorder component="section" aria-labelledby={titleId}>
          <Stack gap="sm">
            <Title order={order} id={titleId} size={order === 2 ? "h3" : "h4"}>
              {title}
            </Title>
            {children({ titleId, close: () => toggle(false) })}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

export function TypeBadge({ type }: { type: ActorType }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="indigo.9" tt="none">
      {t(`organizations.types.${type}.label`)}
    </Badge>
  );
}

export function VisibilityBadge({ visibility }: { visibility: Organization["visibility"] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="dark.6" tt="none">
      {t(`organizations.visibility.${visibility}.label`)}
    </Badge>
  );
}

export function RoleBadge({ role }: { role: "member" | "administrator" }) {
  const { t } = useTranslation();
  return (
    <Badge variant={role === "administrator" ? "filled" : "outline"} color="indigo.9" tt="none">
      {t(`organizations.roles.${role}`)}
    </Badge>
  );
}

/** Cards in a list; the list is a real list so screen readers say how many there are. */
export function CardList({ children }: { children: ReactNode }) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
      {children}
    </Stack>
  );
}

export function OrganizationCard({ organization }: { organization: Organization }) {
  const translate = useTranslated();
  const description = translate(organization.description);
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={6}>
        <AnchorLink to="/organizations/$organizationId" params={{ organizationId: organization.id }} fw={600}>
          {translate(organization.name)}
        </AnchorLink>
        <Group gap="xs">
          <TypeBadge type={organization.type} />
          <VisibilityBadge visibility={organization.visibility} />
        </Group>
        {description && (
          <Text size="sm" lineClamp={2}>
            {description}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

export function TeamCard({ team }: { team: Team }) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const description = translate(team.description);
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={6}>
        <AnchorLink to="/teams/$teamId" params={{ teamId: team.id }} fw={600}>
          {translate(team.name)}
        </AnchorLink>
        <Group gap="xs">
          <TypeBadge type={team.type} />
          {team.myRole && (
            <Text size="sm" component="span">
              {t("organizations.team.yourRole", { role: t(`organizations.roles.${team.myRole}`) })}
            </Text>
          )}
        </Group>
        {description && (
          <Text size="sm" lineClamp={2}>
            {description}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

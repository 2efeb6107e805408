import { Alert, Loader, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/session";
import { AnchorLink } from "../components/AnchorLink";
import { WebhooksPanel } from "../components/WebhooksPanel";

/** Platform administrators send every process's events to other systems: the platform's own webhooks. */
export function AdminWebhooks() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <Loader aria-label={t("remote.loading")} />;
  if (!me.data?.can.administer) {
    return (
      <Stack maw={800} mx="auto">
        <Title order={1}>{t("webhooks.platformTitle")}</Title>
        <Alert color="yellow">{me.data ? t("remote.admin.onlyAdministrators") : t("remote.admin.signIn")}</Alert>
        {!me.data && <AnchorLink to="/sign-in">{t("nav.signIn")}</AnchorLink>}
      </Stack>
    );
  }
  return (
    <Stack maw={900} mx="auto">
      <AnchorLink to="/admin/interlinkers">{t("webhooks.backToAdministration")}</AnchorLink>
      <WebhooksPanel owner="platform" headingLevel={1} />
    </Stack>
  );
}

import { AppShell, Button, Group, NativeSelect, Text } from "@mantine/core";
import { Outlet, useRouter } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { type Language, languageNames, languages } from "../../../common/languages";
import { usePlatform } from "../api/platform";
import { useMe, useSessionActions } from "../api/session";
import { setLanguage } from "../i18n";
import { AnchorLink } from "./AnchorLink";

export function Layout() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const platform = usePlatform();
  const { signOut } = useSessionActions();
  const router = useRouter();
  const main = useRef<HTMLElement>(null);

  // After a route change, focus moves to the main content so screen-reader and keyboard users start there.
  useEffect(
    () =>
      router.subscribe("onResolved", ({ fromLocation, toLocation }) => {
        if (fromLocation && fromLocation.pathname !== toLocation.pathname) main.current?.focus();
      }),
    [router],
  );

  return (
    <AppShell header={{ height: 64 }} padding="md">
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <AnchorLink to="/" fw={700} size="lg" underline="never">
            {platform.logoUrl ? <img src={platform.logoUrl} alt={platform.name} height={40} /> : platform.name}
          </AnchorLink>
          <Group component="nav" aria-label={t("app.mainNavigation")} gap="sm" wrap="nowrap">
            <AnchorLink to="/catalogue" visibleFrom="sm">
              {t("nav.catalogue")}
            </AnchorLink>
            {me.data ? (
              <>
                <AnchorLink to="/dashboard">{t("nav.dashboard")}</AnchorLink>
                <AnchorLink to="/organizations" visibleFrom="sm">
                  {t("nav.organizations")}
                </AnchorLink>
                {me.data.can.administer && (
                  <AnchorLink to="/admin/interlinkers" visibleFrom="sm">
                    {t("remote.nav")}
                  </AnchorLink>
                )}
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => void signOut().then(() => router.navigate({ to: "/" }))}
                >
                  {t("nav.signOut")}
                </Button>
              </>
            ) : (
              <>
                <AnchorLink to="/sign-in">{t("nav.signIn")}</AnchorLink>
                <AnchorLink to="/sign-up" visibleFrom="xs">
                  {t("nav.signUp")}
                </AnchorLink>
              </>
            )}
            <NativeSelect
              aria-label={t("app.language")}
              value={i18n.language}
              onChange={(event) => void setLanguage(event.currentTarget.value as Language)}
              data={languages.map((language) => ({ value: language, label: languageNames[language] }))}
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
      <Text component="footer" ta="center" size="sm" c="gray.7" py="md">
        <AnchorLink to="/accessibility" underline="always">
          {t("app.accessibility")}
        </AnchorLink>{" "}
        · INTERLINK · EUPL-1.2
      </Text>
    </AppShell>
  );
}

import { AppShell, Box, Burger, Button, Group, NativeSelect, Stack, Text } from "@mantine/core";
import { Outlet, useRouter, useRouterState } from "@tanstack/react-router";
import { lazy, type ReactNode, Suspense, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Language, languageNames, languages } from "../../../common/languages";
import { usePlatform } from "../api/platform";
import { useMe, useSessionActions } from "../api/session";
import { setLanguage } from "../i18n";
import { AnchorLink } from "./AnchorLink";
import { ButtonLink, wrappingButton } from "./ButtonLink";
import { NotificationBell } from "./NotificationBell";
import { OfflineNotice } from "./OfflineNotice";

// Long Latvian and Italian words wrap instead of being cut; a link never grows wider than its box.
const wrapping = { overflowWrap: "anywhere", minWidth: 0 } as const;

function LanguageSelect({ withLabel }: { withLabel?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      {...(withLabel ? { label: t("app.language") } : { "aria-label": t("app.language") })}
      value={i18n.language}
      onChange={(event) => void setLanguage(event.currentTarget.value as Language)}
      data={languages.map((language) => ({ value: language, label: languageNames[language] }))}
      // Wide enough for the longest language name ("Italiano", "Latviešu", "Español") and its arrow.
      miw={withLabel ? undefined : 132}
      style={{ flexShrink: 0 }}
    />
  );
}

interface Destination {
  to:
    | "/"
    | "/catalogue"
    | "/public-services"
    | "/stories"
    | "/dashboard"
    | "/organizations"
    | "/admin/interlinkers"
    | "/profile";
  label: string;
}

/** Where the navigation leads, for this person: the same list inline on wide screens and in the phone menu. */
function useDestinations(): { everyone: Destination[]; signedIn: Destination[] } {
  const { t } = useTranslation();
  const me = useMe();
  const signedIn: Destination[] = me.data
    ? [
        { to: "/dashboard", label: t("nav.dashboard") },
        { to: "/organizations", label: t("nav.organizations") },
        ...(me.data.can.administer ? [{ to: "/admin/interlinkers" as const, label: t("remote.nav") }] : []),
        { to: "/profile", label: t("nav.profile") },
      ]
    : [];
  return {
    everyone: [
      { to: "/catalogue", label: t("nav.catalogue") },
      { to: "/public-services", label: t("services.nav") },
      { to: "/stories", label: t("stories.nav") },
    ],
    signedIn,
  };
}

function SignOutButton({ fullWidth, onDone }: { fullWidth?: boolean; onDone?: () => void }) {
  const { t } = useTranslation();
  const { signOut } = useSessionActions();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant={fullWidth ? "default" : "subtle"}
      size={fullWidth ? "sm" : "compact-sm"}
      fullWidth={fullWidth}
      loading={pending}
      {...wrappingButton}
      onClick={() => {
        setPending(true);
        void signOut()
          .then(() => router.navigate({ to: "/" }))
          .finally(() => {
            setPending(false);
            onDone?.();
          });
      }}
    >
      {t("nav.signOut")}
    </Button>
  );
}

/** The links inline in the header, from medium-wide screens up. */
function InlineNavigation() {
  const { t } = useTranslation();
  const me = useMe();
  const { everyone, signedIn } = useDestinations();
  return (
    <Group component="nav" aria-label={t("app.mainNavigation")} gap="md" wrap="nowrap" visibleFrom="md">
      {[...everyone, ...signedIn].map((destination) => (
        <AnchorLink key={destination.to} to={destination.to} style={{ whiteSpace: "nowrap" }}>
          {destination.label}
        </AnchorLink>
      ))}
      {me.data ? (
        <SignOutButton />
      ) : (
        <>
          <AnchorLink to="/sign-in" style={{ whiteSpace: "nowrap" }}>
            {t("nav.signIn")}
          </AnchorLink>
          <AnchorLink to="/sign-up" fw={600} style={{ whiteSpace: "nowrap" }}>
            {t("nav.signUp")}
          </AnchorLink>
        </>
      )}
      <LanguageSelect />
    </Group>
  );
}

function MenuLink({
  to,
  children,
  onNavigate,
}: {
  to: Destination["to"] | "/sign-in" | "/sign-up";
  children: ReactNode;
  onNavigate: () => void;
}) {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <AnchorLink
      to={to}
      onClick={onNavigate}
      py={8}
      fw={pathname === to ? 700 : 500}
      aria-current={pathname === to ? "page" : undefined}
      style={{ ...wrapping, display: "block" }}
    >
      {children}
    </AnchorLink>
  );
}

const loadDrawer = () => import("./MenuDrawer");
const MenuDrawer = lazy(loadDrawer);

/**
 * The phone menu: all navigation, the language and the account actions in a drawer. The drawer traps focus,
 * closes on Escape and gives focus back to the menu button; following a link closes it and focus moves to the
 * page's content instead.
 */
function PhoneMenu({ main }: { main: React.RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const me = useMe();
  const router = useRouter();
  const { everyone, signedIn } = useDestinations();
  const [opened, setOpened] = useState(false);
  // Mounted from the first opening on, so that closing plays its transition and gives focus back.
  const [used, setUsed] = useState(false);
  const [returnFocus, setReturnFocus] = useState(true);
  const drawerId = useId();

  useEffect(() => router.subscribe("onResolved", () => setOpened(false)), [router]);

  const navigate = () => {
    setReturnFocus(false);
    setOpened(false);
    main.current?.focus();
  };

  return (
    <Box hiddenFrom="md">
      <Burger
        opened={opened}
        onPointerEnter={() => void loadDrawer()}
        onPointerDown={() => void loadDrawer()}
        onFocus={() => void loadDrawer()}
        onClick={() => {
          setReturnFocus(true);
          setUsed(true);
          setOpened((open) => !open);
        }}
        aria-label={t("shell.menu.open")}
        aria-expanded={opened}
        aria-controls={opened ? drawerId : undefined}
        aria-haspopup="dialog"
        size="md"
      />
      {used && (
        <Suspense fallback={null}>
          <MenuDrawer
            id={drawerId}
            opened={opened}
            onClose={() => setOpened(false)}
            returnFocus={returnFocus}
            position="right"
            size="min(20rem, 88vw)"
            title={t("shell.menu.title")}
            closeButtonProps={{ "aria-label": t("shell.menu.close") }}
          >
            <Stack gap="lg">
              <Stack component="nav" aria-label={t("app.mainNavigation")} gap={0}>
                <MenuLink to="/" onNavigate={navigate}>
                  {t("nav.home")}
                </MenuLink>
                {[...everyone, ...signedIn].map((destination) => (
                  <MenuLink key={destination.to} to={destination.to} onNavigate={navigate}>
                    {destination.label}
                  </MenuLink>
                ))}
              </Stack>
              <LanguageSelect withLabel />
              {me.data ? (
                <Stack gap="xs">
                  <Text size="sm" c="dimmed" style={wrapping}>
                    {t("shell.menu.signedInAs", { name: me.data.name })}
                  </Text>
                  <SignOutButton fullWidth onDone={() => setOpened(false)} />
                </Stack>
              ) : (
                <Stack gap="xs">
                  <ButtonLink to="/sign-up" onClick={navigate} fullWidth>
                    {t("nav.signUp")}
                  </ButtonLink>
                  <ButtonLink to="/sign-in" onClick={navigate} variant="default" fullWidth>
                    {t("nav.signIn")}
                  </ButtonLink>
                </Stack>
              )}
            </Stack>
          </MenuDrawer>
        </Suspense>
      )}
    </Box>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const platform = usePlatform();
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
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <AnchorLink to="/" fw={700} size="lg" underline="never" lh={1.2} style={wrapping}>
            {platform.logoUrl ? (
              <img src={platform.logoUrl} alt={platform.name} style={{ maxHeight: 40, maxWidth: "100%" }} />
            ) : (
              platform.name
            )}
          </AnchorLink>
          <Group wrap="nowrap" gap="sm">
            <InlineNavigation />
            {me.data && <NotificationBell />}
            <PhoneMenu main={main} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" ref={main} tabIndex={-1}>
        <OfflineNotice />
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

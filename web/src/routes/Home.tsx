import { Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { publicProcessesQuery } from "../api/pageQueries";
import { usePlatform } from "../api/platform";
import { useMe } from "../api/session";
import { AnchorLink } from "../components/AnchorLink";
import { ButtonLink } from "../components/ButtonLink";
import { ProcessCard, ProcessCardList } from "../components/ProcessCard";
import { Section } from "../ui/layout";

// Only people who are signed in see their work here: visitors do not download it.
const MyWork = lazy(() => import("../components/MyWork").then(({ MyWork }) => ({ default: MyWork })));

function PublicProcesses() {
  const { t } = useTranslation();
  const processes = useQuery(publicProcessesQuery);
  // Signed in, the list also holds the person's private processes: those are under "My processes".
  const visible = processes.data?.items.filter((process) => process.visibility === "public");
  return (
    <Section title={t("home.publicProcesses")}>
      {visible && visible.length === 0 && <Text>{t("home.noProcesses")}</Text>}
      {visible && visible.length > 0 && (
        <ProcessCardList>
          {visible.map((process) => (
            <ProcessCard key={process.id} process={process} />
          ))}
        </ProcessCardList>
      )}
    </Section>
  );
}

/** For visitors: what this is, and the way in (create an account, or sign in). */
function Welcome() {
  const { t } = useTranslation();
  const platform = usePlatform();
  return (
    <Stack gap="md">
      <Title order={1}>{t("home.title")}</Title>
      <Text size="lg">{t("shell.home.intro", { name: platform.name })}</Text>
      <Group gap="sm">
        <ButtonLink to="/sign-up" size="md">
          {t("nav.signUp")}
        </ButtonLink>
        <ButtonLink to="/sign-in" size="md" variant="default">
          {t("nav.signIn")}
        </ButtonLink>
      </Group>
      <AnchorLink to="/catalogue" fw={600}>
        {t("shell.home.catalogue")}
      </AnchorLink>
    </Stack>
  );
}

export function Home() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Stack maw={860} mx="auto" gap="xl">
      {me.data ? (
        <Stack gap="md">
          <Title order={1} style={{ overflowWrap: "anywhere" }}>
            {t("shell.home.welcome", { name: me.data.name })}
          </Title>
          <Group gap="md">
            <ButtonLink to="/processes/new">{t("dashboard.newProcess")}</ButtonLink>
            <AnchorLink to="/catalogue">{t("shell.home.catalogue")}</AnchorLink>
          </Group>
          <Suspense fallback={null}>
            <MyWork />
          </Suspense>
        </Stack>
      ) : (
        !me.isPending && <Welcome />
      )}
      <PublicProcesses />
    </Stack>
  );
}

import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

const sections = ["status", "known", "feedback", "prepared"] as const;

/** The accessibility statement the EU Web Accessibility Directive asks every public-sector site to publish. */
export function Accessibility() {
  const { t } = useTranslation();
  return (
    <Stack maw={760} mx="auto">
      <Title order={1}>{t("accessibility.title")}</Title>
      <Text>{t("accessibility.intro")}</Text>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`accessibility-${section}`}>
          <Title order={2} size="h3" id={`accessibility-${section}`}>
            {t(`accessibility.${section}Title`)}
          </Title>
          <Text>{t(`accessibility.${section}`)}</Text>
        </section>
      ))}
    </Stack>
  );
}

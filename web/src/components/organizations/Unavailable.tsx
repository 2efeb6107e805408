import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { problemOf } from "../../api/unwrap";
import { FormAlert } from "../../ui/feedback";
import { PageTitle } from "../../ui/layout";
import { AnchorLink } from "../AnchorLink";

/** What a page shows when its subject cannot be read: missing, private, or the network failed. */
export function Unavailable({ title, error }: { title: string; error: unknown }) {
  const { t } = useTranslation();
  const problem = problemOf(error);
  return (
    <Stack maw={860} mx="auto">
      <PageTitle>{title}</PageTitle>
      {problem?.status === 404 || problem?.status === 403 ? (
        <Text>{t("organizations.unavailable")}</Text>
      ) : (
        <FormAlert messages={[problem?.detail ?? ""]} />
      )}
      <AnchorLink to="/organizations">{t("organizations.back")}</AnchorLink>
    </Stack>
  );
}

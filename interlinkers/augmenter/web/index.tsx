import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { type AssetViewProps, api, dataOf, useTranslated } from "../../sdk/web";

type Overview = Awaited<ReturnType<typeof load>>;

const load = (assetId: string) =>
  dataOf(api.GET("/api/v1/assets/{assetId}/augmenter", { params: { path: { assetId } } }));

/** The text with the stretches suggestions cover marked, each saying how many cover it (not by colour alone). */
function Marked({ text, passages }: { text: string; passages: Overview["passages"] }) {
  const { t } = useTranslation();
  const pieces: React.ReactNode[] = [];
  let at = 0;
  for (const passage of [...passages].sort((a, b) => a.start - b.start)) {
    if (passage.start > at) pieces.push(text.slice(at, passage.start));
    pieces.push(
      <mark key={passage.start} title={t("interlinkers.augmenter.covered", { count: passage.count })}>
        {text.slice(passage.start, passage.end)}
        <sup>{passage.count}</sup>
      </mark>,
    );
    at = passage.end;
  }
  pieces.push(text.slice(at));
  return <Text style={{ whiteSpace: "pre-wrap" }}>{pieces}</Text>;
}

/** The service's name and description with the passages people suggest changes to, and how many are open. */
export default function AugmenterView({ asset }: AssetViewProps) {
  const { t } = useTranslation();
  const translated = useTranslated();
  const overview = useQuery({ queryKey: ["asset", asset.id, "augmenter"], queryFn: () => load(asset.id) });
  if (!overview.data) return null;
  const { service, passages, counts } = overview.data;
  if (!service) return <Text>{t("interlinkers.augmenter.serviceGone")}</Text>;
  const language = (Object.keys(service.description)[0] ?? "en") as "en";
  return (
    <Stack>
      <Title order={2}>{translated(service.name)}</Title>
      <Group>
        <Badge variant="light">{t("interlinkers.augmenter.open", { count: counts.open })}</Badge>
      </Group>
      <Marked
        text={service.description[language] ?? ""}
        passages={passages.filter((passage) => passage.field === "description" && passage.language === language)}
      />
    </Stack>
  );
}

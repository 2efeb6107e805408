import { Alert, Anchor, Loader, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { findAssetView } from "../../../interlinkers/web";
import { api } from "../api/client";
import { AnchorLink } from "../components/AnchorLink";

/** An asset opened on its own page: its interlinker's web part, loaded only now. */
export function Asset() {
  const { t } = useTranslation();
  const { processId, assetId } = useParams({ from: "/processes/$processId/assets/$assetId" });
  const asset = useQuery({
    queryKey: ["asset", assetId],
    queryFn: async () => {
      const { data, error } = await api.GET("/api/v1/assets/{id}", { params: { path: { id: assetId } } });
      if (error) throw error;
      return data;
    },
    retry: false,
  });
  const interlinkerId = asset.data?.interlinkerId ?? null;
  const View = useMemo(() => {
    const load = interlinkerId ? findAssetView(interlinkerId) : undefined;
    return load ? lazy(load) : null;
  }, [interlinkerId]);

  return (
    <Stack maw={1100} mx="auto">
      <AnchorLink to="/processes/$processId" params={{ processId }}>
        {t("assets.backToProcess")}
      </AnchorLink>
      {asset.isPending && <Loader aria-label={t("assets.loading")} />}
      {asset.isError && (
        <Alert color="red" role="alert">
          {t("assets.unavailable")}
        </Alert>
      )}
      {asset.data && (
        <>
          <Title order={1}>{asset.data.name}</Title>
          {asset.data.url && (
            <Anchor href={asset.data.url} target="_blank" rel="noopener noreferrer">
              {t("assets.openLink")}
            </Anchor>
          )}
          {View ? (
            <Suspense fallback={<Loader aria-label={t("assets.loading")} />}>
              <View asset={asset.data} />
            </Suspense>
          ) : (
            !asset.data.url && <Text>{t("assets.noView")}</Text>
          )}
        </>
      )}
    </Stack>
  );
}

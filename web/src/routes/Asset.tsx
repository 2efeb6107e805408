import { Alert, Anchor, Loader, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { findAssetView } from "../../../interlinkers/web";
import { api, problemMessage } from "../api/client";
import { dataOf } from "../api/unwrap";
import { AnchorLink } from "../components/AnchorLink";
import { useTranslated } from "../i18n/translated";

/** Built-in interlinkers have slug ids; a remote one's is a UUID, and its assets live in its service. */
const remoteInterlinkerId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A remote asset: the platform first asks the service whether it still has it (so a service that is down is said
 * plainly), then embeds the service's view. The frame may run the service's scripts in the service's own origin,
 * submit its forms and open its links in new tabs; it may not navigate this page.
 */
function RemoteAssetView({ assetId, name }: { assetId: string; name: string }) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const remote = useQuery({
    queryKey: ["asset", assetId, "remote"],
    queryFn: () => dataOf(api.GET("/api/v1/assets/{id}/remote", { params: { path: { id: assetId } } })),
    retry: false,
  });
  if (remote.isPending) return <Loader role="status" aria-label={t("assets.loading")} />;
  if (remote.isError) {
    return (
      <Alert color="red" role="alert" title={t("remote.unavailable")}>
        {problemMessage(remote.error)}
      </Alert>
    );
  }
  const service = translate(remote.data.serviceName);
  return (
    <Stack gap="xs">
      <Text size="sm">{t("remote.keptBy", { service, origin: remote.data.serviceOrigin })}</Text>
      <Anchor href={remote.data.viewUrl} target="_blank" rel="noopener noreferrer">
        {t("remote.openInNewTab", { service })}
      </Anchor>
      <iframe
        src={remote.data.viewUrl}
        title={t("remote.frameTitle", { name, service })}
        sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads"
        referrerPolicy="no-referrer"
        style={{ width: "100%", height: "70vh", border: "1px solid var(--mantine-color-gray-4)" }}
      />
    </Stack>
  );
}

/** An asset opened on its own page: its interlinker's web part, loaded only now. */
export function Asset() {
  const { t } = useTranslation();
  const { processId, assetId } = useParams({ from: "/processes/$processId/assets/$assetId" });
  const asset = useQuery({
    queryKey: ["asset", assetId],
    queryFn: () => dataOf(api.GET("/api/v1/assets/{id}", { params: { path: { id: assetId } } })),
    retry: false,
  });
  const interlinkerId = asset.data?.interlinkerId ?? null;
  const isRemote = Boolean(interlinkerId && remoteInterlinkerId.test(interlinkerId) && !findAssetView(interlinkerId));
  const View = useMemo(() => {
    const load = interlinkerId ? findAssetView(interlinkerId) : undefined;
    return load ? lazy(load) : null;
  }, [interlinkerId]);

  return (
    <Stack maw={1100} mx="auto">
      {asset.data ? (
        <AnchorLink
          to="/processes/$processId/tasks/$taskId"
          params={{ processId, taskId: asset.data.taskId }}
          underline="always"
        >
          {t("plan.backToTask")}
        </AnchorLink>
      ) : (
        <AnchorLink to="/processes/$processId" params={{ processId }}>
          {t("assets.backToProcess")}
        </AnchorLink>
      )}
      {asset.isPending && <Loader role="status" aria-label={t("assets.loading")} />}
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
          {isRemote ? (
            <RemoteAssetView assetId={asset.data.id} name={asset.data.name} />
          ) : View ? (
            <Suspense fallback={<Loader role="status" aria-label={t("assets.loading")} />}>
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

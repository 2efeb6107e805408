import { Alert, Anchor, Loader, Paper, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { type AssetViewProps, api, dataOf, withReturn } from "../../sdk/web";

/**
 * The document as it is stored, for people who only read it: no live connection, no status badge. The HTML
 * comes from the server's static renderer, which only writes the schema's own elements and escapes all text.
 */
export function DocumentReader({ asset, signedIn }: AssetViewProps & { signedIn: boolean }) {
  const { t } = useTranslation();
  const content = useQuery({
    queryKey: ["asset", asset.id, "document", "content"],
    queryFn: () =>
      dataOf(
        api.GET("/api/v1/assets/{assetId}/document/content", {
          params: { path: { assetId: asset.id } },
        }),
      ),
  });
  const here = `${window.location.pathname}${window.location.search}`;
  return (
    <>
      <Alert color="blue" variant="light" role="note" data-testid="reading-note">
        {signedIn ? (
          t("publicPage.reading.noteSignedIn")
        ) : (
          <>
            {t("publicPage.reading.note")}{" "}
            <Anchor href={withReturn("/sign-in", here)} underline="always">
              {t("publicPage.reading.signIn")}
            </Anchor>
          </>
        )}
      </Alert>
      {content.isPending && <Loader size="sm" aria-label={t("assets.loading")} />}
      {content.isError && (
        <Alert color="red" role="alert">
          {t("assets.unavailable")}
        </Alert>
      )}
      {content.data && (
        <Paper withBorder radius="sm" className="interlink-document">
          {content.data.html.replace(/<p><\/p>/g, "").trim() === "" ? (
            <Text p="md">{t("publicPage.reading.empty")}</Text>
          ) : (
            <article
              aria-label={t("publicPage.reading.label")}
              className="interlink-document-content"
              // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered by the server's static renderer from the document schema; text is escaped and no script or unsafe link can come out.
              dangerouslySetInnerHTML={{ __html: content.data.html }}
            />
          )}
        </Paper>
      )}
    </>
  );
}

import { Anchor } from "@mantine/core";
import type { components } from "../../api/schema";
import { AnchorLink } from "../AnchorLink";

type Asset = components["schemas"]["Asset"];

/** An asset by its name: an outside link opens in a new tab, anything else on its own page. */
export function AssetLink({ asset }: { asset: Pick<Asset, "id" | "processId" | "name" | "url"> }) {
  return asset.url ? (
    <Anchor href={asset.url} target="_blank" rel="noopener noreferrer">
      {asset.name}
    </Anchor>
  ) : (
    <AnchorLink to="/processes/$processId/assets/$assetId" params={{ processId: asset.processId, assetId: asset.id }}>
      {asset.name}
    </AnchorLink>
  );
}

import { Badge, Group, Stack, Text, Title, type TitleOrder } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { itemTypes } from "../../../common/coproduction";
import { api } from "../api/client";
import type { components } from "../api/schema";
import { dataOf } from "../api/unwrap";
import { useTranslated } from "../i18n/translated";

type SchemaNode = components["schemas"]["SchemaNode"];

function Nodes({ nodes, depth }: { nodes: SchemaNode[]; depth: number }) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const level = itemTypes[Math.min(depth, itemTypes.length - 1)]!;
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.key}>
          <Group gap="xs" wrap="wrap">
            <Text component="span" fw={depth === 0 ? 700 : depth === 1 ? 600 : 400}>
              {translate(node.name)}
            </Text>
            <Badge variant="outline" color="gray.8" size="sm">
              {t(`schemaPreview.${level}`)}
            </Badge>
          </Group>
          {node.children.length > 0 && <Nodes nodes={node.children} depth={depth + 1} />}
        </li>
      ))}
    </ul>
  );
}

/** A catalogue schema's plan — phases, objectives and tasks — as a process started from it would get it. */
export function SchemaPreview({
  schemaId,
  title,
  order = 3,
}: {
  schemaId: string;
  /** The heading; by default "What the schema lays out". */
  title?: string;
  order?: TitleOrder;
}) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const headingId = useId();
  const schema = useQuery({
    queryKey: ["schema", schemaId],
    queryFn: () => dataOf(api.GET("/api/v1/schemas/{id}", { params: { path: { id: schemaId } } })),
  });
  if (!schema.data) return null;
  const description = translate(schema.data.description);
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={order} size="h4" id={headingId}>
        {title ?? t("schemaPreview.title")}
      </Title>
      {description && <Text size="sm">{description}</Text>}
      <Nodes nodes={schema.data.tree} depth={0} />
    </Stack>
  );
}

import { Alert, Badge, Button, Group, Loader, NativeSelect, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { itemStatuses } from "../../../../common/coproduction";
import { type ItemStatus, type PlanIndex, problemType, type TreeItem } from "./plan";
import { usePlanProblemMessage, useUpdateItem } from "./planApi";

/** Mantine's green.9 is 4.4:1 on white, short of AA for a badge's small text: a darker green of the same hue. */
export const finishedGreen = "#1f6f30";
const statusColor: Record<ItemStatus, string> = { awaiting: "gray.8", in_progress: "blue.9", finished: finishedGreen };

/** The status as a chip with words, not only a colour. */
export function StatusChip({ status }: { status: ItemStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color={statusColor[status]} styles={{ label: { overflow: "visible" } }}>
      {t(`process.status.${status}`)}
    </Badge>
  );
}

/** The names of what an item waits for, shown on it. */
export function PrerequisiteNote({ item, index }: { item: TreeItem; index: PlanIndex }) {
  const { t } = useTranslation();
  const names = item.prerequisites.map((id) => index.byId.get(id)).filter((entry) => entry !== undefined);
  if (names.length === 0) return null;
  return (
    <Text size="sm" c="dimmed">
      {t("plan.after", {
        count: names.length,
        names: names
          .map((entry) => `“${entry.name}”${entry.status === "finished" ? ` (${t("process.status.finished")})` : ""}`)
          .join(", "),
      })}
    </Text>
  );
}

/**
 * The status of an item without children: a select for those who may change it (the server's `can`), else the
 * chip. A refusal (unfinished prerequisites, for instance) is said right here; administrators may start anyway.
 */
export function StatusControl({
  item,
  index,
  processId,
  children,
}: {
  item: TreeItem;
  index: PlanIndex;
  processId: string;
  /** Controls shown on the same line (the plan's "Change" button). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const update = useUpdateItem(processId);
  const message = usePlanProblemMessage();
  const editable = item.can.update_status && item.children.length === 0;
  if (!editable) {
    return (
      <Group gap="xs" wrap="nowrap" align="center">
        <StatusChip status={item.status} />
        {children}
      </Group>
    );
  }
  const change = (status: ItemStatus, force?: boolean) =>
    update.mutate({
      id: item.id,
      body: force ? { status, force } : { status },
      done: t("plan.done.status", { name: item.name, status: t(`process.status.${status}`) }),
    });
  const refused = update.problem;
  const wanted = update.variables?.body.status;
  const errorId = `status-error-${item.id}`;
  return (
    <Stack gap={4} style={{ minWidth: 0, maxWidth: "100%" }}>
      <Group gap={6} wrap="nowrap">
        <NativeSelect
          size="xs"
          aria-label={t("plan.statusOf", { name: item.name })}
          aria-describedby={refused ? errorId : undefined}
          value={item.status}
          disabled={update.isPending}
          onChange={(event) => change(event.currentTarget.value as ItemStatus)}
          data={itemStatuses.map((status) => ({ value: status, label: t(`process.status.${status}`) }))}
        />
        {update.isPending && <Loader size="xs" role="status" aria-label={t("plan.saving")} />}
        {children}
      </Group>
      {refused && (
        <Alert id={errorId} color="red.9" variant="outline" role="alert" p="xs">
          <Stack gap={6}>
            <Text size="sm">{message(refused, item, index)}</Text>
            {item.can.force_status && problemType(refused) === "prerequisites-unfinished" && wanted && (
              <Group>
                <Button
                  size="xs"
                  variant="outline"
                  color="red.9"
                  h="auto"
                  py={6}
                  styles={{ label: { whiteSpace: "normal" } }}
                  loading={update.isPending}
                  onClick={() => change(wanted, true)}
                >
                  {t("plan.startAnyway")}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

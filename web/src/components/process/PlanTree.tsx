import { Box, Button, Group, Progress, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "../../ui/dates";
import { AnchorLink } from "../AnchorLink";
import { AddItemForm, ItemEditor } from "./ItemEditor";
import { ResponsibleNote } from "./ItemPeople";
import type { PlanIndex, TreeItem } from "./plan";
import "./plan.css";
import { GateControl, GateState } from "./GateControl";
import { PrerequisiteNote, StatusChip, StatusControl } from "./StatusControl";

interface PlanTreeProps {
  index: PlanIndex;
  processId: string;
  selectedTaskId?: string;
  mayAddPhases: boolean;
  isOpen: (item: TreeItem) => boolean;
  setOpen: (ids: string[], open: boolean) => void;
}

/** A labelled bar with the share done written beside it, so it reads as progress and not as a line. */
export function ItemProgress({ item }: { item: TreeItem }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap" maw={360}>
      <Progress
        value={item.progress}
        size="lg"
        radius="xl"
        color="teal.9"
        aria-label={t("plan.progressOf", { name: item.name })}
        style={{ flex: 1, border: "1px solid var(--mantine-color-gray-6)" }}
        bg="gray.1"
      />
      <Text size="sm" fw={600} style={{ whiteSpace: "nowrap" }}>
        {t("process.progress", { value: item.progress })}
      </Text>
    </Group>
  );
}

export function ItemDates({ item }: { item: TreeItem }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  if (!item.startDate && !item.endDate) return null;
  const text =
    item.startDate && item.endDate
      ? `${format(item.startDate)} – ${format(item.endDate)}`
      : item.startDate
        ? t("plan.dates.from", { start: format(item.startDate) })
        : t("plan.dates.until", { end: format(item.endDate!) });
  return (
    <Text size="sm" c="dimmed">
      {text}
    </Text>
  );
}

function PlanNode({
  item,
  props,
  editing,
  setEditing,
}: {
  item: TreeItem;
  props: PlanTreeProps;
  editing: string | null;
  setEditing: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const { index, processId, selectedTaskId, isOpen, setOpen } = props;
  const open = item.type !== "task" && isOpen(item);
  const selected = item.id === selectedTaskId;
  const isEditing = editing === item.id;
  const parent = index.parentOf.get(item.id) ?? null;
  const heading = item.type === "phase" ? 3 : 4;

  const change = item.can.manage_items && (
    <Button
      size="compact-xs"
      variant="subtle"
      aria-expanded={isEditing}
      aria-label={t("plan.changeNamed", { name: item.name })}
      onClick={() => setEditing(isEditing ? null : item.id)}
    >
      {isEditing ? t("plan.closeChange") : t("plan.change")}
    </Button>
  );
  const name =
    item.type === "task" ? (
      <AnchorLink
        id={`open-${item.id}`}
        to="/processes/$processId/tasks/$taskId"
        params={{ processId, taskId: item.id }}
        aria-current={selected ? "page" : undefined}
        fw={selected ? 700 : 500}
        underline="always"
        style={{ overflowWrap: "anywhere" }}
      >
        {item.name}
      </AnchorLink>
    ) : (
      <Title order={heading} size={item.type === "phase" ? "h4" : "h5"} style={{ minWidth: 0 }}>
        <UnstyledButton
          id={`toggle-${item.id}`}
          aria-expanded={open}
          aria-controls={open ? `children-${item.id}` : undefined}
          onClick={() => setOpen([item.id], !open)}
          style={{ display: "inline-flex", alignItems: "flex-start", gap: 4, overflowWrap: "anywhere" }}
        >
          {open ? <IconChevronDown size={20} aria-hidden /> : <IconChevronRight size={20} aria-hidden />}
          <span>{item.name}</span>
        </UnstyledButton>
      </Title>
    );

  return (
    <li id={`item-${item.id}`} className="plan-item" data-type={item.type} data-selected={selected || undefined}>
      <Stack gap={4} className="plan-row">
        <Group gap="xs" wrap="wrap" align="center" style={{ rowGap: 4 }}>
          {name}
          {item.children.length === 0 ? (
            <StatusControl item={item} index={index} processId={processId}>
              {change}
            </StatusControl>
          ) : (
            <Group gap="xs" wrap="nowrap" align="center">
              <StatusChip status={item.status} />
              {change}
            </Group>
          )}
        </Group>
        {item.type !== "task" && <ItemProgress item={item} />}
        <ItemDates item={item} />
        <ResponsibleNote item={item} />
        <PrerequisiteNote item={item} index={index} />
        {/* A task is signed off on its own page; a phase or objective right here. */}
        {item.gate &&
          (item.type === "task" ? <GateState item={item} /> : <GateControl item={item} processId={processId} />)}
      </Stack>
      {isEditing && (
        <ItemEditor
          item={item}
          index={index}
          processId={processId}
          mayAddPhases={props.mayAddPhases}
          onOpen={(ids) => setOpen(ids, true)}
          onDeleted={() => {
            setEditing(null);
            const focusTarget = parent ? `toggle-${parent.id}` : "plan";
            requestAnimationFrame(() => document.getElementById(focusTarget)?.focus());
          }}
        />
      )}
      {open && (
        <ul id={`children-${item.id}`} className="plan-children">
          {item.children.length === 0 && (
            <li className="plan-empty">
              <Text size="sm" c="dimmed">
                {t(item.type === "phase" ? "plan.noObjectives" : "plan.noTasks")}
              </Text>
            </li>
          )}
          {item.children.map((child) => (
            <PlanNode key={child.id} item={child} props={props} editing={editing} setEditing={setEditing} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The plan: phases and objectives that open and close, tasks as links to their own page. */
export function PlanTree(props: PlanTreeProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const { index } = props;
  const all = [...index.byId.values()].filter((item) => item.type !== "task");
  return (
    <Stack gap="sm">
      {all.length > 0 && (
        <Group gap="xs" wrap="wrap">
          <Button
            size="xs"
            variant="default"
            h="auto"
            py={6}
            styles={{ label: { whiteSpace: "normal" } }}
            onClick={() =>
              props.setOpen(
                all.map((item) => item.id),
                true,
              )
            }
          >
            {t("plan.openAll")}
          </Button>
          <Button
            size="xs"
            variant="default"
            h="auto"
            py={6}
            styles={{ label: { whiteSpace: "normal" } }}
            onClick={() =>
              props.setOpen(
                all.map((item) => item.id),
                false,
              )
            }
          >
            {t("plan.closeAll")}
          </Button>
        </Group>
      )}
      {index.roots.length === 0 && <Text>{t("plan.empty")}</Text>}
      <Box component="ul" className="plan-tree">
        {index.roots.map((item) => (
          <PlanNode key={item.id} item={item} props={props} editing={editing} setEditing={setEditing} />
        ))}
      </Box>
      {props.mayAddPhases && (
        <AddItemForm processId={props.processId} type="phase" parentId={null} label={t("plan.add.phase")} />
      )}
    </Stack>
  );
}

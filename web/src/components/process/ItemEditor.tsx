import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorFor, fieldErrors } from "../../api/problems";
import { ConfirmAction } from "../../ui/feedback";
import { PeopleAndPrerequisites } from "./ItemPeople";
import { childTypeOf, type ItemType, type PlanIndex, siblingsOf, type TreeItem } from "./plan";
import { useCreateItem, useDeleteItem, usePlanProblemMessage, useUpdateItem } from "./planApi";

const wrap = { label: { whiteSpace: "normal" } } as const;

/** A small form that adds one item by name, inside an item or after it. */
export function AddItemForm({
  processId,
  type,
  parentId,
  position,
  label,
  onAdded,
}: {
  processId: string;
  type: ItemType;
  parentId: string | null;
  position?: number;
  label: string;
  onAdded?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateItem(processId);
  const message = usePlanProblemMessage();
  const errors = fieldErrors(create.problem);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "").trim();
    create.mutate({
      body: { type, name, ...(parentId ? { parentId } : {}), ...(position !== undefined ? { position } : {}) },
      done: t("plan.done.added", { name }),
      before: () => form.reset(),
      onCreated: onAdded,
    });
  };
  const nameError = errorFor(errors, "name");
  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack gap={6}>
        <TextInput
          name="name"
          label={label}
          description={t("plan.nameRule")}
          error={nameError}
          styles={{ label: { whiteSpace: "normal" } }}
        />
        {create.problem && !nameError && (
          <Text size="sm" c="red.9" role="alert">
            {message(create.problem)}
          </Text>
        )}
        <Group>
          <Button type="submit" size="xs" variant="light" loading={create.isPending} h="auto" py={6} styles={wrap}>
            {t(`plan.add.submit.${type}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Everything that can be changed about one item, for those the server allows (`can.manage_items`): its name and
 * dates, who answers for it and what it waits for, its place (up, down, under another parent), what is added inside or after it, and deleting it.
 */
export function ItemEditor({
  item,
  index,
  processId,
  mayAddPhases,
  onOpen,
  onDeleted,
}: {
  item: TreeItem;
  index: PlanIndex;
  processId: string;
  mayAddPhases: boolean;
  onOpen: (ids: string[]) => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const message = usePlanProblemMessage();
  const details = useUpdateItem(processId);
  const move = useUpdateItem(processId);
  const remove = useDeleteItem(processId);
  const errors = fieldErrors(details.problem);
  const parent = index.parentOf.get(item.id) ?? null;
  const siblings = siblingsOf(index, item);
  const position = siblings.findIndex((entry) => entry.id === item.id);
  const childType = childTypeOf[item.type];
  const mayAddSibling = parent ? parent.can.manage_items : mayAddPhases;
  const parentType = parent?.type;
  const candidates = parentType
    ? index.ofType(parentType).filter((entry) => entry.id !== parent?.id && entry.can.manage_items)
    : [];
  const [target, setTarget] = useState("");
  const [lastMove, setLastMove] = useState<"up" | "down" | "to" | null>(null);

  // A moved row is re-inserted in the page, which loses focus: put it back on the control that was used.
  const refocus = (used: "up" | "down" | "to") => () => {
    const byId = (id: string) => document.getElementById(id) as HTMLButtonElement | null;
    const pressed = byId(used === "to" ? `move-to-button-${item.id}` : `move-${used}-${item.id}`);
    if (!pressed || pressed.hasAttribute("data-loading")) return false;
    const wanted = used === "to" ? byId(`move-to-${item.id}`) : pressed;
    const other = byId(`move-${used === "up" ? "down" : "up"}-${item.id}`);
    const next = [wanted, other].find((element) => element && !element.disabled);
    next?.focus();
    return next !== undefined && document.activeElement === next;
  };

  const saveDetails = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "").trim();
    const startDate = String(form.get("startDate") ?? "") || null;
    const endDate = String(form.get("endDate") ?? "") || null;
    const body: { name?: string; startDate?: string | null; endDate?: string | null } = {};
    if (name !== item.name) body.name = name;
    if (startDate !== item.startDate) body.startDate = startDate;
    if (endDate !== item.endDate) body.endDate = endDate;
    if (Object.keys(body).length === 0) return;
    details.mutate({ id: item.id, body, done: t("plan.done.saved", { name: body.name ?? item.name }) });
  };
  const moveTo = (newPosition: number, direction: "up" | "down") => {
    setLastMove(direction);
    move.mutate({
      id: item.id,
      body: { position: newPosition },
      done: t(direction === "up" ? "plan.done.movedUp" : "plan.done.movedDown", { name: item.name }),
      focus: refocus(direction),
    });
  };
  const moveUnder = () => {
    const destination = index.byId.get(target);
    if (!destination) return;
    setLastMove("to");
    move.mutate({
      id: item.id,
      body: { parentId: destination.id },
      done: t("plan.done.movedTo", { name: item.name, to: destination.name }),
      before: () => {
        setTarget("");
        onOpen([...ancestorIds(index, destination.id), destination.id]);
      },
      focus: refocus("to"),
    });
  };
  const otherError =
    details.problem && Object.keys(errors).every((key) => !["name", "startDate", "endDate"].includes(key));

  return (
    <Paper
      withBorder
      p="sm"
      mt={6}
      radius="md"
      component="section"
      aria-label={t("plan.changeTitle", { name: item.name })}
    >
      <Stack gap="md">
        <form onSubmit={saveDetails} noValidate>
          <Stack gap={6}>
            <Title order={4} size="h5">
              {t(`plan.detailsTitle.${item.type}`)}
            </Title>
            <TextInput
              name="name"
              label={t("plan.name")}
              description={t("plan.nameRule")}
              defaultValue={item.name}
              error={errorFor(errors, "name")}
            />
            <Group gap="sm" align="flex-start" wrap="wrap">
              <TextInput
                name="startDate"
                type="date"
                label={t("plan.startDate")}
                defaultValue={item.startDate ?? ""}
                error={errorFor(errors, "startDate")}
              />
              <TextInput
                name="endDate"
                type="date"
                label={t("plan.endDate")}
                description={t("plan.dateRule")}
                defaultValue={item.endDate ?? ""}
                error={errorFor(errors, "endDate")}
              />
            </Group>
            {otherError && details.problem && (
              <Text size="sm" c="red.9" role="alert">
                {message(details.problem, item, index)}
              </Text>
            )}
            <Group>
              <Button type="submit" size="xs" loading={details.isPending} h="auto" py={6} styles={wrap}>
                {t("plan.save")}
              </Button>
            </Group>
          </Stack>
        </form>

        <PeopleAndPrerequisites item={item} index={index} processId={processId} />

        <Stack gap={6} role="group" aria-label={t("plan.placeTitle", { name: item.name })}>
          <Title order={4} size="h5">
            {t("plan.place")}
          </Title>
          <Group gap="xs" wrap="wrap">
            <Button
              id={`move-up-${item.id}`}
              size="xs"
              variant="default"
              disabled={position <= 0}
              loading={move.isPending && lastMove === "up"}
              onClick={() => moveTo(position - 1, "up")}
              aria-label={t("plan.moveUpNamed", { name: item.name })}
              h="auto"
              py={6}
              styles={wrap}
            >
              {t("plan.moveUp")}
            </Button>
            <Button
              id={`move-down-${item.id}`}
              size="xs"
              variant="default"
              disabled={position < 0 || position >= siblings.length - 1}
              loading={move.isPending && lastMove === "down"}
              onClick={() => moveTo(position + 1, "down")}
              aria-label={t("plan.moveDownNamed", { name: item.name })}
              h="auto"
              py={6}
              styles={wrap}
            >
              {t("plan.moveDown")}
            </Button>
          </Group>
          {parentType && candidates.length > 0 && (
            <Group gap="xs" align="flex-end" wrap="wrap">
              <NativeSelect
                id={`move-to-${item.id}`}
                label={t(`plan.moveToLabel.${parentType}`)}
                value={target}
                onChange={(event) => setTarget(event.currentTarget.value)}
                data={[
                  { value: "", label: t("plan.moveToChoose") },
                  ...candidates.map((entry) => ({ value: entry.id, label: entry.name })),
                ]}
                style={{ flex: "1 1 200px", minWidth: 0 }}
              />
              <Button
                size="sm"
                variant="default"
                id={`move-to-button-${item.id}`}
                disabled={!target}
                loading={move.isPending && lastMove === "to"}
                onClick={moveUnder}
                h="auto"
                py={6}
                styles={wrap}
              >
                {t("plan.move")}
              </Button>
            </Group>
          )}
          {move.problem && (
            <Text size="sm" c="red.9" role="alert">
              {message(move.problem, item, index)}
            </Text>
          )}
        </Stack>

        {childType && item.can.manage_items && (
          <AddItemForm
            processId={processId}
            type={childType}
            parentId={item.id}
            label={t(`plan.add.inside.${childType}`, { name: item.name })}
            onAdded={() => onOpen([...ancestorIds(index, item.id), item.id])}
          />
        )}
        {mayAddSibling && (
          <AddItemForm
            processId={processId}
            type={item.type}
            parentId={parent?.id ?? null}
            position={position + 1}
            label={t(`plan.add.after.${item.type}`, { name: item.name })}
          />
        )}

        <Stack gap={6} align="flex-start">
          <ConfirmAction
            size="xs"
            label={t("plan.delete")}
            accessibleLabel={t("plan.deleteNamed", { name: item.name })}
            question={
              item.children.length > 0
                ? t("plan.deleteQuestionWithChildren", { name: item.name })
                : t("plan.deleteQuestion", { name: item.name })
            }
            confirmLabel={t("plan.deleteConfirm")}
            pending={remove.isPending}
            onConfirm={() =>
              remove.mutate({ id: item.id, done: t("plan.done.deleted", { name: item.name }), before: onDeleted })
            }
          />
          {remove.problem && (
            <Text size="sm" c="red.9" role="alert">
              {message(remove.problem, item, index)}
            </Text>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}

function ancestorIds(index: PlanIndex, id: string): string[] {
  const result: string[] = [];
  let parent = index.parentOf.get(id) ?? null;
  while (parent) {
    result.push(parent.id);
    parent = index.parentOf.get(parent.id) ?? null;
  }
  return result;
}

import { Button, Checkbox, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AssetViewProps,
  api,
  ConfirmAction,
  type components,
  dataOf,
  errorFor,
  FormAlert,
  fieldErrors,
  focusWhenReady,
  Loading,
  type Problem,
  problemMessage,
  StatusMessage,
  toProblem,
  useFormatDate,
} from "../../sdk/web";
import { today } from "./dates";

type Checklist = components["schemas"]["Checklist"];
type Item = components["schemas"]["ChecklistItem"];
type Person = components["schemas"]["ChecklistPerson"];
type Answer = { data?: Checklist; error?: unknown; response: Response };

/** One change to send: the request, the sentence that confirms it, and what to do once the new list is shown. */
interface Change {
  /** Which form a refusal belongs to: "add", an item's id, or "list" for the buttons. */
  origin: string;
  send: () => Promise<Answer>;
  confirm: (checklist: Checklist) => string;
  afterwards?: (checklist: Checklist) => void;
}

/** A task's checklist: items to tick off, add, edit, reorder and delete, as far as the reader may. */
export default function ChecklistView({ asset }: AssetViewProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const queryKey = ["asset", asset.id, "checklist"];
  const path = { assetId: asset.id };
  const [status, setStatus] = useState("");
  const [refusal, setRefusal] = useState<{ origin: string; problem: Problem } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const checklist = useQuery({
    queryKey,
    queryFn: () => dataOf(api.GET("/api/v1/assets/{assetId}/checklist", { params: { path } })),
  });

  const change = useMutation({
    mutationFn: (request: Change) => dataOf(request.send()),
    onMutate: () => setStatus(""),
    onSuccess: (data, request) => {
      queryClient.setQueryData(queryKey, data);
      setRefusal(null);
      setStatus(request.confirm(data));
      request.afterwards?.(data);
    },
    onError: (error, request) => {
      const problem = toProblem(error);
      // Someone else got there first: show the list as it is now and say so, rather than a bare refusal.
      if (problem.status === 409 && problem.type.endsWith("checklist-full")) {
        setRefusal({
          origin: request.origin,
          problem: { ...problem, detail: t("interlinkers.checklist.full", { count: checklist.data?.maxItems ?? 0 }) },
        });
        return;
      }
      if (problem.status === 409 || problem.status === 404) {
        setRefusal(null);
        setEditing(null);
        setStatus(t(`interlinkers.checklist.${problem.status === 409 ? "stale" : "gone"}`));
        void queryClient.invalidateQueries({ queryKey });
        return;
      }
      setRefusal({ origin: request.origin, problem });
    },
  });

  if (checklist.isPending) return <Loading />;
  if (!checklist.data) return <FormAlert messages={[problemMessage(checklist.error)]} />;
  const { items, people, can } = checklist.data;
  const done = items.filter((item) => item.done).length;
  const errorsOf = (origin: string) => (refusal?.origin === origin ? fieldErrors(refusal.problem) : {});
  const listErrors = errorsOf("list");

  const tick = (item: Item, checked: boolean) =>
    change.mutate({
      origin: "list",
      send: () =>
        api.PUT("/api/v1/assets/{assetId}/checklist/items/{itemId}/done", {
          params: { path: { ...path, itemId: item.id } },
          body: { done: checked },
        }),
      confirm: () => t(`interlinkers.checklist.${checked ? "ticked" : "reopened"}`, { text: item.text }),
    });

  const move = (item: Item, position: number, direction: "up" | "down") =>
    change.mutate({
      origin: "list",
      send: () =>
        api.POST("/api/v1/assets/{assetId}/checklist/items/{itemId}/move", {
          params: { path: { ...path, itemId: item.id } },
          body: { position, version: checklist.data.version },
        }),
      confirm: (list) =>
        t("interlinkers.checklist.moved", { text: item.text, position: position + 1, count: list.items.length }),
      // Keep the keyboard on the item that moved, on the same button while it can still go that way.
      afterwards: () =>
        focusWhenReady(
          `checklist-${item.id}-${direction}`,
          `checklist-${item.id}-${direction === "up" ? "down" : "up"}`,
        ),
    });

  const remove = (item: Item) =>
    change.mutate({
      origin: "list",
      send: () =>
        api.DELETE("/api/v1/assets/{assetId}/checklist/items/{itemId}", {
          params: { path: { ...path, itemId: item.id } },
        }),
      confirm: () => t("interlinkers.checklist.deleted", { text: item.text }),
      afterwards: () => focusWhenReady("checklist-new-item", "checklist-list"),
    });

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const text = String(new FormData(form).get("text") ?? "");
    change.mutate({
      origin: "add",
      send: () => api.POST("/api/v1/assets/{assetId}/checklist/items", { params: { path }, body: { text } }),
      confirm: (list) => t("interlinkers.checklist.added", { text: list.items.at(-1)?.text ?? text }),
      afterwards: () => form.reset(),
    });
  };

  const save = (item: Item, form: FormData) => {
    const assigneeId = String(form.get("assigneeId") ?? "");
    const dueOn = String(form.get("dueOn") ?? "");
    change.mutate({
      origin: item.id,
      send: () =>
        api.PATCH("/api/v1/assets/{assetId}/checklist/items/{itemId}", {
          params: { path: { ...path, itemId: item.id } },
          body: {
            version: item.version,
            text: String(form.get("text") ?? ""),
            assigneeId: assigneeId || null,
            dueOn: dueOn || null,
          },
        }),
      confirm: (list) =>
        t("interlinkers.checklist.saved", { text: list.items.find((entry) => entry.id === item.id)?.text ?? "" }),
      afterwards: () => {
        setEditing(null);
        focusWhenReady(`checklist-${item.id}-edit`);
      },
    });
  };

  return (
    <Stack>
      <Text>{t("interlinkers.checklist.progress", { done, count: items.length })}</Text>
      {!can.edit_items && <Text size="sm">{t("interlinkers.checklist.readOnly")}</Text>}
      <StatusMessage>{status}</StatusMessage>
      <FormAlert messages={Object.values(listErrors)} />
      {items.length === 0 ? (
        <Text>{t("interlinkers.checklist.empty")}</Text>
      ) : (
        <Stack
          component="ol"
          id="checklist-list"
          tabIndex={-1}
          aria-label={t("interlinkers.checklist.listLabel")}
          gap="sm"
          style={{ listStyle: "none", padding: 0, margin: 0 }}
        >
          {items.map((item, index) => (
            <li key={item.id}>
              {editing === item.id ? (
                <EditItem
                  item={item}
                  people={people}
                  errors={errorsOf(item.id)}
                  pending={change.isPending}
                  onSave={(form) => save(item, form)}
                  onCancel={() => {
                    setEditing(null);
                    setRefusal(null);
                    focusWhenReady(`checklist-${item.id}-edit`);
                  }}
                />
              ) : (
                <ItemRow
                  item={item}
                  first={index === 0}
                  last={index === items.length - 1}
                  editable={can.edit_items}
                  pending={change.isPending}
                  onTick={(checked) => tick(item, checked)}
                  onEdit={() => {
                    setRefusal(null);
                    setEditing(item.id);
                  }}
                  onMove={(direction) => move(item, direction === "up" ? index - 1 : index + 1, direction)}
                  onDelete={() => remove(item)}
                />
              )}
            </li>
          ))}
        </Stack>
      )}
      {can.edit_items && (
        <form noValidate onSubmit={add}>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              id="checklist-new-item"
              name="text"
              label={t("interlinkers.checklist.newItem")}
              maxLength={500}
              error={errorFor(errorsOf("add"), "text") ?? errorsOf("add")[""]}
              style={{ flex: "1 1 14rem" }}
            />
            <Button type="submit" loading={change.isPending && change.variables?.origin === "add"}>
              {t("interlinkers.checklist.add")}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}

function ItemRow({
  item,
  first,
  last,
  editable,
  pending,
  onTick,
  onEdit,
  onMove,
  onDelete,
}: {
  item: Item;
  first: boolean;
  last: boolean;
  editable: boolean;
  pending: boolean;
  onTick: (checked: boolean) => void;
  onEdit: () => void;
  onMove: (direction: "up" | "down") => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const overdue = !item.done && item.dueOn !== null && item.dueOn < today();
  const details = [
    item.assignee ? t("interlinkers.checklist.assignedTo", { name: item.assignee.name }) : null,
    item.dueOn ? t(`interlinkers.checklist.${overdue ? "overdue" : "dueOn"}`, { date: formatDate(item.dueOn) }) : null,
    item.done && item.doneAt
      ? item.doneBy
        ? t("interlinkers.checklist.doneBy", { name: item.doneBy.name, date: formatDate(item.doneAt) })
        : t("interlinkers.checklist.doneOn", { date: formatDate(item.doneAt) })
      : null,
  ].filter((detail) => detail !== null);
  return (
    <Stack gap={6}>
      <Checkbox
        label={<span style={item.done ? { textDecoration: "line-through" } : undefined}>{item.text}</span>}
        description={
          details.length > 0 ? (
            <span style={overdue ? { color: "var(--mantine-color-red-9)", fontWeight: 600 } : undefined}>
              {details.join(" · ")}
            </span>
          ) : undefined
        }
        checked={item.done}
        disabled={!item.can.tick || pending}
        onChange={(event) => onTick(event.currentTarget.checked)}
      />
      {editable && (
        <Group gap="xs" wrap="wrap" pl={32}>
          <Button
            id={`checklist-${item.id}-edit`}
            size="xs"
            variant="default"
            aria-label={t("interlinkers.checklist.editLabel", { text: item.text })}
            onClick={onEdit}
          >
            {t("interlinkers.checklist.edit")}
          </Button>
          <Button
            id={`checklist-${item.id}-up`}
            size="xs"
            variant="default"
            disabled={first || pending}
            aria-label={t("interlinkers.checklist.moveUpLabel", { text: item.text })}
            onClick={() => onMove("up")}
          >
            {t("interlinkers.checklist.moveUp")}
          </Button>
          <Button
            id={`checklist-${item.id}-down`}
            size="xs"
            variant="default"
            disabled={last || pending}
            aria-label={t("interlinkers.checklist.moveDownLabel", { text: item.text })}
            onClick={() => onMove("down")}
          >
            {t("interlinkers.checklist.moveDown")}
          </Button>
          <ConfirmAction
            size="xs"
            label={t("interlinkers.checklist.delete")}
            accessibleLabel={t("interlinkers.checklist.deleteLabel", { text: item.text })}
            question={t("interlinkers.checklist.deleteQuestion", { text: item.text })}
            confirmLabel={t("interlinkers.checklist.delete")}
            pending={pending}
            onConfirm={onDelete}
          />
        </Group>
      )}
    </Stack>
  );
}

function EditItem({
  item,
  people,
  errors,
  pending,
  onSave,
  onCancel,
}: {
  item: Item;
  people: Person[];
  errors: Record<string, string>;
  pending: boolean;
  onSave: (form: FormData) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [assignee, setAssignee] = useState<string | null>(item.assignee?.id ?? "");
  const shown = ["text", "assigneeId", "dueOn"];
  const other = Object.entries(errors)
    .filter(([field]) => !shown.includes(field))
    .map(([, message]) => message);
  return (
    <form
      noValidate
      aria-label={t("interlinkers.checklist.editing", { text: item.text })}
      onSubmit={(event) => {
        event.preventDefault();
        onSave(new FormData(event.currentTarget));
      }}
    >
      <Stack gap="xs">
        <FormAlert messages={other} />
        <TextInput
          name="text"
          label={t("interlinkers.checklist.text")}
          defaultValue={item.text}
          maxLength={500}
          data-autofocus
          autoFocus
          error={errors.text}
        />
        <Select
          name="assigneeId"
          label={t("interlinkers.checklist.assignee")}
          data={[
            { value: "", label: t("interlinkers.checklist.nobody") },
            ...people.map((person) => ({ value: person.id, label: person.name })),
          ]}
          value={assignee}
          onChange={setAssignee}
          allowDeselect={false}
          error={errors.assigneeId}
        />
        <TextInput
          type="date"
          name="dueOn"
          label={t("interlinkers.checklist.dueDate")}
          defaultValue={item.dueOn ?? ""}
          error={errors.dueOn}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={pending}>
            {t("interlinkers.checklist.save")}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            {t("interlinkers.checklist.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Alert, Button, Group, MultiSelect, Stack, Text, Title } from "@mantine/core";
import { IconUser } from "@tabler/icons-react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorFor, fieldErrors } from "../../api/problems";
import { AnchorLink } from "../AnchorLink";
import { type PlanIndex, problemType, type TreeItem } from "./plan";
import "./plan.css";
import { usePlanProblemMessage, useProcessPeople, useUpdateItem } from "./planApi";
import { StatusChip } from "./StatusControl";

/**
 * Who answers for an item, as one line ("Responsible: Giulia, Marco"). Readers who may not see the process's
 * people get no names from the server, so nothing is said to them; `sayNone` tells editors that no one is set.
 */
/** Both pickers: searchable by typing, long labels wrapped, long names wrapping in their pills (plan.css). */
const picker = { searchable: true, className: "plan-picker", styles: { label: { whiteSpace: "normal" } } } as const;

export function ResponsibleNote({ item, sayNone = false }: { item: TreeItem; sayNone?: boolean }) {
  const { t } = useTranslation();
  if (item.responsible.length === 0) {
    return sayNone ? (
      <Text size="sm" c="dimmed">
        {t("plan.people.none")}
      </Text>
    ) : null;
  }
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <IconUser size={16} aria-hidden style={{ flex: "none", marginTop: 2 }} />
      <Text size="sm" style={{ overflowWrap: "anywhere", minWidth: 0 }}>
        {t("plan.people.note", {
          count: item.responsible.length,
          names: item.responsible.map((person) => person.name).join(", "),
        })}
      </Text>
    </Group>
  );
}

/** What an item waits for, each with its status; tasks are linked to their own page. */
export function WaitsFor({ item, index, processId }: { item: TreeItem; index: PlanIndex; processId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const waits = item.prerequisites.map((id) => index.byId.get(id)).filter((entry) => entry !== undefined);
  if (waits.length === 0) return null;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} id={headingId}>
        {t("plan.people.waitsFor")}
      </Text>
      <ul aria-labelledby={headingId} style={{ paddingLeft: "1.25rem", margin: 0 }}>
        {waits.map((entry) => (
          <li key={entry.id} style={{ overflowWrap: "anywhere" }}>
            <Group gap="xs" wrap="wrap" align="center" style={{ rowGap: 2 }}>
              {entry.type === "task" ? (
                <AnchorLink
                  to="/processes/$processId/tasks/$taskId"
                  params={{ processId, taskId: entry.id }}
                  underline="always"
                >
                  {entry.name}
                </AnchorLink>
              ) : (
                <Text span size="sm">
                  {t("plan.people.option", { name: entry.name, type: t(`plan.itemType.${entry.type}`) })}
                </Text>
              )}
              <StatusChip status={entry.status} />
            </Group>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((value) => b.includes(value));

/**
 * Who answers for an item and what it waits for, for those who may change items: two searchable lists (typing
 * filters, arrows and Enter pick, Backspace removes the last). Refusals — someone not of the process, a cycle —
 * are said under the list they are about.
 */
export function PeopleAndPrerequisites({
  item,
  index,
  processId,
}: {
  item: TreeItem;
  index: PlanIndex;
  processId: string;
}) {
  const { t } = useTranslation();
  const message = usePlanProblemMessage();
  const people = useProcessPeople(processId, true);
  const save = useUpdateItem(processId);
  const titleId = useId();
  const [responsible, setResponsible] = useState(() => item.responsible.map((person) => person.id));
  const [prerequisites, setPrerequisites] = useState(() => item.prerequisites);
  const errors = fieldErrors(save.problem);
  const cycle = problemType(save.problem) === "prerequisite-cycle";
  const responsibleError = errorFor(errors, "responsible");
  const prerequisitesError =
    cycle && save.problem ? message(save.problem, item, index) : errorFor(errors, "prerequisites");
  const otherError = save.problem && !responsibleError && !prerequisitesError;

  const personOptions = (people.data ?? []).map((person) => ({ value: person.id, label: person.name }));
  // Someone already responsible stays choosable while the list loads.
  for (const person of item.responsible) {
    if (!personOptions.some((option) => option.value === person.id)) {
      personOptions.push({ value: person.id, label: person.name });
    }
  }
  const itemOptions = [...index.byId.values()]
    .filter((entry) => entry.id !== item.id)
    .map((entry) => ({
      value: entry.id,
      label: t("plan.people.option", { name: entry.name, type: t(`plan.itemType.${entry.type}`) }),
    }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: { responsible?: string[]; prerequisites?: string[] } = {};
    if (
      !sameSet(
        responsible,
        item.responsible.map((person) => person.id),
      )
    )
      body.responsible = responsible;
    if (!sameSet(prerequisites, item.prerequisites)) body.prerequisites = prerequisites;
    if (Object.keys(body).length === 0) return;
    save.mutate({ id: item.id, body, done: t("plan.done.people", { name: item.name }) });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Stack gap={6}>
        <Title order={4} size="h5" id={titleId}>
          {t("plan.people.title")}
        </Title>
        <MultiSelect
          label={t("plan.people.label")}
          description={t("plan.people.rule")}
          placeholder={responsible.length === 0 ? t("plan.people.search") : undefined}
          data={personOptions}
          value={responsible}
          onChange={setResponsible}
          {...picker}
          maxValues={20}
          nothingFoundMessage={t("plan.people.nobody")}
          error={responsibleError}
        />
        {people.isError && (
          <Text size="sm" c="red.9" role="alert">
            {t("plan.people.loadFailed")}
          </Text>
        )}
        <MultiSelect
          label={t("plan.people.prerequisitesLabel")}
          description={t("plan.people.prerequisitesRule")}
          placeholder={prerequisites.length === 0 ? t("plan.people.search") : undefined}
          data={itemOptions}
          value={prerequisites}
          onChange={setPrerequisites}
          {...picker}
          maxValues={50}
          nothingFoundMessage={t("plan.people.nothing")}
          error={prerequisitesError}
        />
        {otherError && save.problem && (
          <Alert color="red" role="alert" p="xs">
            {message(save.problem, item, index)}
          </Alert>
        )}
        <Group>
          <Button
            type="submit"
            size="xs"
            loading={save.isPending}
            h="auto"
            py={6}
            styles={{ label: { whiteSpace: "normal" } }}
          >
            {t("plan.people.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

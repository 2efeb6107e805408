import { Alert, Badge, Button, Checkbox, Group, List, NativeSelect, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type ActorType, actorTypes } from "../../../../common/actors";
import { type GovernanceModel, governanceModels } from "../../../../common/coproduction";
import { type GovernedAction, governedActions, rulebookPresets } from "../../../../common/governance";
import { api } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { dataOf, toProblem } from "../../api/unwrap";
import { useLanguage } from "../../i18n/translated";
import { useFormatDate } from "../../ui/dates";
import { FormAlert } from "../../ui/feedback";
import { toastSuccess } from "../../ui/toast";
import { WhyNot } from "../WhyNot";
import { useApproverWords } from "./gateWords";
import { partyName, type RuleWords, ruleSentence, whySentence } from "./governanceWords";

type Governance = components["schemas"]["Governance"];
type Rule = components["schemas"]["Rule"];
type Gate = components["schemas"]["Gate"];
type TreeItem = components["schemas"]["TreeItem"];
type Entry = components["schemas"]["ActivityEntry"];
type Process = components["schemas"]["Process"];

const pa = "teams_of_type:public_administration";
/** The parties the form offers for each step; rules naming teams keep those values untouched. */
const offered = ["administrators", "participants", "signed_in", ...actorTypes.map((type) => `teams_of_type:${type}`)];

/** The kinds of people the preview speaks of, and which permitted-by values include each (rulebook.ts). */
type Persona = "administrator" | ActorType | "participant" | "stranger";
const personas: Persona[] = ["administrator", ...actorTypes, "participant", "stranger"];
function personaMatches(persona: Persona, value: string, publicProcess: boolean): boolean {
  if (value === "signed_in") return persona !== "stranger" || publicProcess;
  if (persona === "stranger") return false;
  if (value === "participants") return true;
  if (persona === "administrator") return value === "administrators";
  return value === `teams_of_type:${persona}`;
}
const personaMay = (persona: Persona, rule: RuleWords | undefined, publicProcess: boolean) =>
  rule ? rule.permittedBy.some((value) => personaMatches(persona, value, publicProcess)) : persona === "administrator";

/** The process-wide rule for each action (the last one written wins, as on the server). */
function processWide(rules: readonly Rule[]): Map<GovernedAction, Rule> {
  const map = new Map<GovernedAction, Rule>();
  for (const rule of rules) if (!rule.itemId) map.set(rule.action, rule);
  return map;
}

function flatten(items: TreeItem[]): TreeItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)]);
}

/**
 * "How this process is governed": every rule as a sentence, the model and why, the sign-offs and their state, the
 * history of rule changes, and for those the rules let change them a form with a preview of what changes for whom.
 */
export function GovernancePanel({ process, tree }: { process: Process; tree: TreeItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const governance = useQuery({
    queryKey: ["process", process.id, "governance"],
    queryFn: () => dataOf(api.GET("/api/v1/processes/{id}/governance", { params: { path: { id: process.id } } })),
  });
  const [editing, setEditing] = useState(false);
  const items = new Map(flatten(tree).map((item) => [item.id, item]));
  const itemName = (id: string) => items.get(id)?.name ?? "…";

  if (governance.isError) {
    return (
      <Alert color="red.9" variant="outline" role="alert">
        {t("plan.loadFailed")}
      </Alert>
    );
  }
  if (!governance.data) return null;
  const data = governance.data;
  const wide = processWide(data.rules);
  const onItems = data.rules.filter((rule) => rule.itemId);

  return (
    <Stack gap="lg" maw={760}>
      <Stack gap="xs">
        <Title order={2} id="governance-title" tabIndex={-1}>
          {t("governance.title")}
        </Title>
        <Text>{t("governance.intro")}</Text>
        <Paper withBorder p="sm">
          <Text fw={600}>{t("governance.model", { model: data.model })}</Text>
          <Text size="sm">{t(`processes.governance.${data.model}`)}</Text>
        </Paper>
      </Stack>

      <section aria-labelledby="governance-rules">
        <Title order={3} id="governance-rules" mb="xs">
          {t("governance.rulesTitle")}
        </Title>
        <List spacing="xs" data-testid="governance-rules">
          {governedActions.map((action) => (
            <List.Item key={action}>
              {ruleSentence(t, language, wide.get(action) ?? { action, permittedBy: [] })}
            </List.Item>
          ))}
        </List>
        {onItems.length > 0 && (
          <List spacing="xs" mt="sm">
            {onItems.map((rule) => (
              <List.Item key={`${rule.action}@${rule.itemId}`}>
                {t("governance.onItem", { item: itemName(rule.itemId!) })} {ruleSentence(t, language, rule)}
              </List.Item>
            ))}
          </List>
        )}
      </section>

      <Gates gates={data.gates} itemName={itemName} />

      {data.can.change_rules ? (
        editing ? (
          <RulesForm process={process} governance={data} onDone={() => setEditing(false)} />
        ) : (
          <Group>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t("governance.edit.open")}
            </Button>
          </Group>
        )
      ) : (
        // Who may change them, for those taking part; a visitor has nothing to sign in for here.
        data.why.change_rules &&
        data.why.change_rules.code !== "sign_in" && <WhyNot>{whySentence(t, language, data.why.change_rules)}</WhyNot>
      )}

      <History processId={process.id} />
    </Stack>
  );
}

function Gates({ gates, itemName }: { gates: Gate[]; itemName: (id: string) => string }) {
  const { t } = useTranslation();
  const approverWords = useApproverWords();
  // Dark enough for small text on white (WCAG AA): Mantine's green.9 is not.
  const stateColor = { pending: "blue.9", approved: "teal.9", rejected: "red.9" } as const;
  return (
    <section aria-labelledby="governance-gates">
      <Title order={3} id="governance-gates" mb="xs">
        {t("governance.gates.title")}
      </Title>
      {gates.length === 0 ? (
        <Text>{t("governance.gates.none")}</Text>
      ) : (
        <Stack gap="xs" data-testid="governance-gates">
          {gates.map((gate) => (
            <Paper key={gate.itemId} withBorder p="sm">
              <Group gap="xs" wrap="wrap" justify="space-between">
                <Text style={{ flex: "1 1 16rem", overflowWrap: "anywhere" }}>
                  {t("governance.gates.line", {
                    item: itemName(gate.itemId),
                    who: approverWords(gate),
                    count: gate.required,
                  })}
                </Text>
                <Badge
                  color={stateColor[gate.state]}
                  variant="outline"
                  h="auto"
                  styles={{ label: { whiteSpace: "normal" } }}
                >
                  {t(`governance.gates.state.${gate.state}`)}
                </Badge>
              </Group>
              <Text size="sm">{t("governance.gates.approvals", { count: gate.approvals.length })}</Text>
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}

interface Rulebook {
  model: GovernanceModel;
  rules: Rule[];
}
const asRulebook = (value: unknown): Rulebook | null =>
  value && typeof value === "object" && "model" in value && "rules" in value ? (value as Rulebook) : null;

/** The process-wide steps whose sentence differs between two rulebooks, with both sentences. */
function changedSteps(t: ReturnType<typeof useTranslation>["t"], language: string, before: Rule[], after: Rule[]) {
  const was = processWide(before);
  const now = processWide(after);
  return governedActions.flatMap((action) => {
    const sentenceBefore = ruleSentence(t, language, was.get(action) ?? { action, permittedBy: [] });
    const sentenceAfter = ruleSentence(t, language, now.get(action) ?? { action, permittedBy: [] });
    return sentenceBefore === sentenceAfter ? [] : [{ action, before: sentenceBefore, after: sentenceAfter }];
  });
}

/** Every change of the rules, from the trail: who, when, the model and each step before and after. */
function History({ processId }: { processId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatDate = useFormatDate();
  const trail = useQuery({
    queryKey: ["process", processId, "activity", { kind: "governance" }],
    queryFn: () =>
      dataOf(
        api.GET("/api/v1/processes/{id}/activity", {
          params: { path: { id: processId }, query: { kind: "governance", limit: 50 } },
        }),
      ),
  });
  const changes = (trail.data?.items ?? []).filter((entry: Entry) => entry.action === "governance.changed");
  return (
    <section aria-labelledby="governance-history">
      <Title order={3} id="governance-history" mb="xs">
        {t("governance.history.title")}
      </Title>
      {trail.data && changes.length === 0 && <Text>{t("governance.history.none")}</Text>}
      <Stack gap="sm" data-testid="governance-history">
        {changes.map((entry) => {
          const before = asRulebook(entry.summary.before);
          const after = asRulebook(entry.summary.after);
          const steps = before && after ? changedSteps(t, language, before.rules, after.rules) : [];
          return (
            <Paper key={entry.id} withBorder p="sm">
              <Text fw={600}>
                {t("governance.history.entry", {
                  who: entry.actor.name ?? t("governance.history.someone"),
                  when: formatDate(entry.createdAt, { time: true }),
                })}
              </Text>
              {before && after && before.model !== after.model && (
                <Text size="sm">{t("governance.history.model", { before: before.model, after: after.model })}</Text>
              )}
              {steps.length === 0 ? (
                <Text size="sm">{t("governance.history.noRuleChange")}</Text>
              ) : (
                <List size="sm" spacing={4}>
                  {steps.map((step) => (
                    <List.Item key={step.action}>
                      <Text size="sm">{t("governance.history.before", { sentence: step.before })}</Text>
                      <Text size="sm">{t("governance.history.after", { sentence: step.after })}</Text>
                    </List.Item>
                  ))}
                </List>
              )}
            </Paper>
          );
        })}
      </Stack>
    </section>
  );
}

/** What the form holds for one step: the parties chosen, whether both sides must agree, named teams kept. */
interface Step {
  chosen: string[];
  twoKeys: boolean;
  named: string[];
}

function stepsOf(rules: readonly Rule[]): Record<GovernedAction, Step> {
  const wide = processWide(rules);
  return Object.fromEntries(
    governedActions.map((action) => {
      const rule = wide.get(action);
      const values = rule?.permittedBy ?? [];
      return [
        action,
        {
          chosen: values.filter((value) => offered.includes(value)),
          twoKeys: Boolean(rule?.sides),
          named: values.filter((value) => !offered.includes(value)),
        },
      ];
    }),
  ) as Record<GovernedAction, Step>;
}

const civic = (values: string[]) => values.filter((value) => value.startsWith("teams_of_type:") && value !== pa);
/** Two keys are possible when the step names the public administration's teams and at least one civic kind. */
const twoKeysPossible = (step: Step) => step.chosen.includes(pa) && civic(step.chosen).length > 0;

function ruleOf(action: GovernedAction, step: Step): Rule {
  const permittedBy = [...step.chosen, ...step.named];
  return step.twoKeys && twoKeysPossible(step)
    ? { action, permittedBy, sides: [[pa], civic(step.chosen)] }
    : { action, permittedBy };
}

/** The rules form: a model's preset to start from, who may take each step, and a preview before saving. */
function RulesForm({ process, governance, onDone }: { process: Process; governance: Governance; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [model, setModel] = useState<GovernanceModel>(governance.model);
  const [steps, setSteps] = useState(() => stepsOf(governance.rules));
  const save = useMutation({
    mutationFn: (body: { model: GovernanceModel; rules: Rule[] }) =>
      dataOf(api.PUT("/api/v1/processes/{id}/governance", { params: { path: { id: process.id } }, body })),
    onSuccess: async () => {
      toastSuccess(t("governance.edit.saved"));
      await queryClient.invalidateQueries({ queryKey: ["process", process.id] });
      onDone();
    },
  });
  const errors = fieldErrors(save.error ? toProblem(save.error) : null);

  const itemRules = governance.rules.filter((rule) => rule.itemId);
  const drafted = governedActions.map((action) => ruleOf(action, steps[action]));
  const rules = [...drafted, ...itemRules];
  const missing = governedActions.filter((action) => steps[action].chosen.length + steps[action].named.length === 0);
  const changes = changedSteps(t, language, governance.rules, rules);
  const publicProcess = process.visibility === "public";
  const was = processWide(governance.rules);
  const whom = governedActions.flatMap((action) => {
    const now = drafted.find((rule) => rule.action === action);
    return personas.flatMap((persona) => {
      const before = personaMay(persona, was.get(action), publicProcess);
      const after = personaMay(persona, now, publicProcess);
      if (before === after) return [];
      const words = { who: t(`governance.persona.${persona}`), what: t(`governance.what.${action}`) };
      return [
        { key: `${action}-${persona}`, text: t(after ? "governance.edit.gains" : "governance.edit.loses", words) },
      ];
    });
  });

  const choosePreset = (next: GovernanceModel) => {
    setModel(next);
    setSteps(stepsOf(rulebookPresets[next].rules));
  };
  const setStep = (action: GovernedAction, change: Partial<Step>) =>
    setSteps((current) => ({ ...current, [action]: { ...current[action], ...change } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (missing.length > 0) return;
    save.mutate({ model, rules });
  };
  // A refusal for one rule sits beside that step; anything else above the button.
  const indexOf = (action: GovernedAction) => drafted.findIndex((rule) => rule.action === action);
  const stepError = (action: GovernedAction) => errorFor(errors, `rules.${indexOf(action)}`);
  const shownAtSteps = new Set(governedActions.map(stepError).filter(Boolean));
  const otherErrors = Object.values(errors).filter((message) => !shownAtSteps.has(message));

  return (
    <form onSubmit={submit} noValidate aria-labelledby="governance-edit">
      <Stack gap="md">
        <Title order={3} id="governance-edit">
          {t("governance.edit.title")}
        </Title>
        <NativeSelect
          label={t("governance.edit.preset")}
          description={t("governance.edit.presetHint")}
          value={model}
          onChange={(event) => choosePreset(event.currentTarget.value as GovernanceModel)}
          data={governanceModels.map((value) => ({ value, label: `${value} — ${t(`processes.governance.${value}`)}` }))}
          error={errorFor(errors, "model")}
        />
        {governedActions.map((action) => {
          const step = steps[action];
          return (
            <Checkbox.Group
              key={action}
              label={t("governance.edit.permitted", { what: t(`governance.what.${action}`) })}
              value={step.chosen}
              onChange={(chosen) => setStep(action, { chosen })}
              error={stepError(action) ?? (missing.includes(action) ? t("governance.edit.chooseSomeone") : undefined)}
            >
              <Stack gap={6} mt={6}>
                {offered.map((value) => (
                  <Checkbox key={value} value={value} label={partyName(t, value)} />
                ))}
                {step.named.length > 0 && <Text size="sm">{t("governance.edit.named")}</Text>}
                {twoKeysPossible(step) && (
                  <Checkbox
                    label={t("governance.edit.twoKeys")}
                    checked={step.twoKeys}
                    onChange={(event) => setStep(action, { twoKeys: event.currentTarget.checked })}
                  />
                )}
              </Stack>
            </Checkbox.Group>
          );
        })}

        <Paper withBorder p="sm" aria-labelledby="governance-preview" component="section">
          <Title order={4} id="governance-preview" mb="xs">
            {t("governance.edit.preview")}
          </Title>
          <div aria-live="polite" data-testid="governance-preview">
            {changes.length === 0 && model === governance.model ? (
              <Text size="sm">{t("governance.edit.previewNone")}</Text>
            ) : (
              <Stack gap="xs">
                {model !== governance.model && (
                  <Text size="sm">{t("governance.history.model", { before: governance.model, after: model })}</Text>
                )}
                {changes.map((change) => (
                  <div key={change.action}>
                    <Text size="sm">{t("governance.history.before", { sentence: change.before })}</Text>
                    <Text size="sm" fw={600}>
                      {t("governance.history.after", { sentence: change.after })}
                    </Text>
                  </div>
                ))}
                {whom.length > 0 && (
                  <List size="sm" spacing={2}>
                    {whom.map((line) => (
                      <List.Item key={line.key}>{line.text}</List.Item>
                    ))}
                  </List>
                )}
              </Stack>
            )}
          </div>
        </Paper>

        <FormAlert messages={otherErrors} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("governance.edit.save")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("governance.edit.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  List,
  NativeSelect,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Language, languageNames, languages, type Translated } from "../../../../common/languages";
import type { Problem } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { useLanguage } from "../../i18n/translated";
import { errorProps, FormAlert, otherErrors, useFocusFirstInvalid } from "../../ui/feedback";
import "../process/plan.css";
import { pickWithLanguage } from "../services/words";
import type { Story, StoryDraft } from "./api";

export type StoryFields = components["schemas"]["StoryPublish"];
type Wordings = Record<Language, string>;

export interface StoryFormState {
  title: Wordings;
  problem: Wordings;
  phases: { itemId: string; name: string; text: Wordings }[];
  outcomes: Wordings;
  lessons: Wordings;
  keywords: string[];
  publicServiceId: string;
  shownAssetIds: string[];
  language: Language;
}

const wordings = (text?: Translated): Wordings =>
  Object.fromEntries(languages.map((language) => [language, text?.[language] ?? ""])) as Wordings;

/** The draft's first wording, with the decisions closed in the process as the outcomes to start from. */
export function stateOfDraft(draft: StoryDraft): StoryFormState {
  const decisions = draft.decisions.map((decision) => `${decision.name}: ${decision.outcome}`).join("\n");
  return {
    title: wordings(draft.title),
    problem: wordings(draft.problem),
    phases: draft.phases.map((phase) => ({ itemId: phase.itemId, name: phase.name, text: wordings(phase.text) })),
    outcomes: wordings(decisions ? { [draft.language]: decisions } : {}),
    lessons: wordings(),
    keywords: [],
    publicServiceId: draft.publicServices.length === 1 ? draft.publicServices[0]!.id : "",
    shownAssetIds: [],
    language: draft.language,
  };
}

/** A published story back in the form, its phases in the draft's order (the draft offers those not told yet). */
export function stateOfStory(story: Story, draft: StoryDraft): StoryFormState {
  const told = new Map(story.phases.map((phase) => [phase.itemId, phase.text]));
  return {
    title: wordings(story.title),
    problem: wordings(story.problem),
    phases: draft.phases.map((phase) => ({
      itemId: phase.itemId,
      name: phase.name,
      text: wordings(told.get(phase.itemId) ?? {}),
    })),
    outcomes: wordings(story.outcomes),
    lessons: wordings(story.lessons),
    keywords: story.keywords,
    publicServiceId: story.publicService?.id ?? "",
    shownAssetIds: story.shownAssets.map((asset) => asset.id),
    language: story.language,
  };
}

/** Only the languages written in; undefined when none is. */
const texts = (value: Wordings): Translated | undefined => {
  const written = Object.fromEntries(
    Object.entries(value)
      .map(([language, text]) => [language, text.trim()])
      .filter(([, text]) => text),
  ) as Translated;
  return Object.keys(written).length > 0 ? written : undefined;
};

export function fieldsOf(state: StoryFormState): StoryFields {
  const phases = state.phases.flatMap((phase) => {
    const text = texts(phase.text);
    return text ? [{ itemId: phase.itemId, text }] : [];
  });
  const problem = texts(state.problem);
  const outcomes = texts(state.outcomes);
  const lessons = texts(state.lessons);
  return {
    title: texts(state.title) ?? {},
    ...(problem ? { problem } : {}),
    phases,
    ...(outcomes ? { outcomes } : {}),
    ...(lessons ? { lessons } : {}),
    keywords: state.keywords,
    publicServiceId: state.publicServiceId || null,
    shownAssetIds: state.shownAssetIds,
    language: state.language,
  };
}

const groupLegend = { legend: { fontWeight: 700, fontSize: "var(--mantine-font-size-lg)" } } as const;

export function StoryForm({
  draft,
  initial,
  submitLabel,
  pending,
  problem,
  onSubmit,
  cancel,
}: {
  draft: StoryDraft;
  initial: StoryFormState;
  submitLabel: string;
  pending: boolean;
  problem: Problem | null;
  onSubmit: (state: StoryFormState) => void;
  cancel: ReactNode;
}) {
  const { t } = useTranslation();
  const reader = useLanguage();
  const [state, setState] = useState(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = useMemo(() => clientErrors ?? fieldErrors(problem), [clientErrors, problem]);
  const form = useFocusFirstInvalid(errors);
  const set = <K extends keyof StoryFormState>(key: K, value: StoryFormState[K]) => {
    setClientErrors(null);
    setState((current) => ({ ...current, [key]: value }));
  };
  // The reader's language first: most people write in theirs.
  const ordered = [reader, ...languages.filter((language) => language !== reader)];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!texts(state.title)) {
      setClientErrors({ title: t("stories.form.titleRequired") });
      return;
    }
    setClientErrors(null);
    onSubmit(state);
  };

  /** One text in the four languages, the reader's first; `errorKey` is where the server names its refusals. */
  const translatable = (
    legend: string,
    errorKey: string,
    value: Wordings,
    change: (value: Wordings) => void,
    options: { multiline: boolean; maxLength: number; hint?: string },
  ) => {
    const own = errorFor(errors, errorKey);
    const perLanguage = ordered.some((language) => errors[`${errorKey}.${language}`]);
    const id = `${errorKey.replaceAll(".", "-")}-error`;
    return (
      <Fieldset
        legend={legend}
        variant="unstyled"
        styles={{ legend: { fontWeight: 700 } }}
        aria-describedby={own && !perLanguage ? id : undefined}
      >
        <Stack gap="xs">
          {options.hint && <Text size="sm">{options.hint}</Text>}
          {own && !perLanguage && (
            <Text id={id} size="sm" c="var(--mantine-color-error)" role="alert">
              {own}
            </Text>
          )}
          {ordered.map((language) => {
            const common = {
              label: t("stories.form.inLanguage", { field: legend, language: languageNames[language] }),
              value: value[language],
              lang: language,
              maxLength: options.maxLength,
              error: errors[`${errorKey}.${language}`],
              errorProps,
              "aria-invalid": own && !perLanguage && language === reader ? true : undefined,
              onChange: (event: { currentTarget: { value: string } }) =>
                change({ ...value, [language]: event.currentTarget.value }),
            };
            return options.multiline ? (
              <Textarea key={language} {...common} autosize minRows={language === reader ? 3 : 1} maxRows={12} />
            ) : (
              <TextInput key={language} {...common} />
            );
          })}
        </Stack>
      </Fieldset>
    );
  };

  const shown = ["title", "problem", "phases", "outcomes", "lessons", "keywords", "publicServiceId", "shownAssetIds"];

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="lg">
        <FormAlert messages={otherErrors(errors, shown)} />
        <Text size="sm">{t("stories.form.languagesHint")}</Text>
        {translatable(t("stories.fields.title"), "title", state.title, (value) => set("title", value), {
          multiline: false,
          maxLength: 200,
        })}
        {translatable(t("stories.fields.problem"), "problem", state.problem, (value) => set("problem", value), {
          multiline: true,
          maxLength: 10_000,
        })}
        {state.phases.length > 0 && (
          <Fieldset legend={t("stories.form.phases")} styles={groupLegend}>
            <Stack gap="lg">
              <Text size="sm">{t("stories.form.phasesHint")}</Text>
              {errorFor(errors, "phases") && !state.phases.some((_, index) => errorFor(errors, `phases.${index}`)) && (
                <Text size="sm" c="var(--mantine-color-error)" role="alert">
                  {errorFor(errors, "phases")}
                </Text>
              )}
              {state.phases.map((phase, index) => {
                // The server numbers phases among those told; the form among all: map back to the told ones.
                const toldIndex = state.phases
                  .slice(0, index)
                  .filter((earlier) => Object.values(earlier.text).some((text) => text.trim())).length;
                return (
                  <div key={phase.itemId}>
                    {translatable(
                      phase.name,
                      `phases.${toldIndex}.text`,
                      phase.text,
                      (value) =>
                        set(
                          "phases",
                          state.phases.map((entry, at) => (at === index ? { ...entry, text: value } : entry)),
                        ),
                      { multiline: true, maxLength: 10_000 },
                    )}
                  </div>
                );
              })}
            </Stack>
          </Fieldset>
        )}
        {draft.decisions.length > 0 && (
          <Stack gap={4}>
            <Text fw={600}>{t("stories.form.decisions")}</Text>
            <List size="sm" spacing={2}>
              {draft.decisions.map((decision) => (
                <List.Item key={decision.assetId} data-user-content>
                  {decision.name}: {decision.outcome}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {translatable(t("stories.fields.outcomes"), "outcomes", state.outcomes, (value) => set("outcomes", value), {
          multiline: true,
          maxLength: 10_000,
        })}
        {translatable(t("stories.fields.lessons"), "lessons", state.lessons, (value) => set("lessons", value), {
          multiline: true,
          maxLength: 10_000,
        })}
        <TagsInput
          label={t("stories.fields.keywords")}
          description={t("stories.form.keywordsHint")}
          value={state.keywords}
          onChange={(value) => set("keywords", value)}
          maxTags={30}
          className="plan-picker"
          error={errorFor(errors, "keywords")}
          errorProps={errorProps}
        />
        <NativeSelect
          label={t("stories.fields.publicService")}
          description={draft.publicServices.length === 0 ? t("stories.form.noServices") : undefined}
          value={state.publicServiceId}
          onChange={(event) => set("publicServiceId", event.currentTarget.value)}
          data={[
            { value: "", label: t("stories.form.noService") },
            ...draft.publicServices.map((service) => ({
              value: service.id,
              label: pickWithLanguage(service.name, reader).text,
            })),
          ]}
          error={errorFor(errors, "publicServiceId")}
          errorProps={errorProps}
        />
        {draft.assets.length > 0 && (
          <Checkbox.Group
            label={t("stories.form.shownAssets")}
            description={t("stories.form.shownAssetsHint")}
            value={state.shownAssetIds}
            onChange={(value) => set("shownAssetIds", value)}
            error={errorFor(errors, "shownAssetIds")}
            errorProps={errorProps}
          >
            <Stack gap="xs" mt="xs">
              {draft.assets.map((asset) => (
                <Checkbox
                  key={asset.id}
                  value={asset.id}
                  label={
                    <>
                      <span data-user-content>{asset.name}</span>{" "}
                      <Text component="span" size="sm" c="dimmed">
                        (
                        {t(
                          asset.kind === "external" ? "stories.assetKinds.external" : "stories.assetKinds.interlinker",
                        )}
                        )
                      </Text>
                    </>
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <NativeSelect
          label={t("stories.fields.language")}
          description={t("stories.form.languageHint")}
          value={state.language}
          onChange={(event) => set("language", event.currentTarget.value as Language)}
          data={languages.map((language) => ({ value: language, label: languageNames[language] }))}
          error={errorFor(errors, "language")}
          errorProps={errorProps}
        />
        <Text size="sm">{t("stories.form.publicNotice")}</Text>
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {cancel}
        </Group>
      </Stack>
    </form>
  );
}

import {
  Button,
  CloseButton,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Radio,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { visibilities } from "../../../../common/actors";
import { type Language, languageNames, languages } from "../../../../common/languages";
import {
  type ChannelType,
  channelTypes,
  dataThemeBase,
  dataThemes,
  naceBase,
  naceSections,
  type ServiceStatus,
  serviceLanguageCodes,
  serviceLimits,
  serviceStatuses,
} from "../../../../common/publicServices";
import type { Problem } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { useLanguage } from "../../i18n/translated";
import { errorProps, FormAlert, otherErrors, useFocusFirstInvalid } from "../../ui/feedback";
import "../process/plan.css";
import {
  countryBase,
  type DurationUnit,
  durationUnits,
  euCountries,
  fromDuration,
  languageName,
  type PublicService,
  placeName,
  toDuration,
} from "./words";

export type ServiceFields = Omit<components["schemas"]["PublicServiceCreate"], "organizationId">;

type Wordings = Record<Language, string>;
interface ChannelRow {
  type: ChannelType;
  value: string;
}
interface CostRow {
  value: number | string;
  currency: string;
  description: string;
}
interface NamedRow {
  name: string;
  description: string;
}
export interface ServiceFormState {
  name: Wordings;
  description: Wordings;
  identifier: string;
  keywords: string[];
  thematicAreas: string[];
  sectors: string[];
  status: ServiceStatus | "";
  visibility: "public" | "private";
  channels: ChannelRow[];
  costs: CostRow[];
  requirements: NamedRow[];
  outputs: NamedRow[];
  timeAmount: number | string;
  timeUnit: DurationUnit;
  /** A processing time the form cannot show as one number and unit (P1M2D): kept as it was until changed. */
  timeKept: string | null;
  legalResources: string[];
  languages: string[];
  spatial: string[];
  contact: { email: string; phone: string; url: string; openingHours: string };
  processIds: string[];
}

/** The field each kind of channel needs: a web address, a phone number, a place, an e-mail address. */
const channelField: Record<ChannelType, "url" | "phone" | "address" | "email"> = {
  online: "url",
  phone: "phone",
  in_person: "address",
  email: "email",
};

const wordings = (text?: Partial<Wordings>): Wordings =>
  Object.fromEntries(languages.map((language) => [language, text?.[language] ?? ""])) as Wordings;

export function emptyState(): ServiceFormState {
  return {
    name: wordings(),
    description: wordings(),
    identifier: "",
    keywords: [],
    thematicAreas: [],
    sectors: [],
    status: "completed",
    visibility: "public",
    channels: [],
    costs: [],
    requirements: [],
    outputs: [],
    timeAmount: "",
    timeUnit: "days",
    timeKept: null,
    legalResources: [],
    languages: [],
    spatial: [],
    contact: { email: "", phone: "", url: "", openingHours: "" },
    processIds: [],
  };
}

export function stateOf(service: PublicService): ServiceFormState {
  const time = fromDuration(service.processingTime);
  return {
    name: wordings(service.name),
    description: wordings(service.description),
    identifier: service.identifier ?? "",
    keywords: service.keywords,
    thematicAreas: service.thematicAreas,
    sectors: service.sectors,
    status: service.status ?? "",
    visibility: service.visibility,
    channels: service.channels.map((channel) => ({
      type: channel.type,
      value:
        channel[channelField[channel.type]] ?? channel.url ?? channel.phone ?? channel.email ?? channel.address ?? "",
    })),
    costs: service.costs.map((cost) => ({ ...cost, description: cost.description ?? "" })),
    requirements: service.requirements.map((thing) => ({ ...thing, description: thing.description ?? "" })),
    outputs: service.outputs.map((thing) => ({ ...thing, description: thing.description ?? "" })),
    timeAmount: time?.amount ?? "",
    timeUnit: time?.unit ?? "days",
    timeKept: time ? null : service.processingTime,
    legalResources: service.legalResources,
    languages: service.languages,
    spatial: service.spatial,
    contact: {
      email: service.contactPoint?.email ?? "",
      phone: service.contactPoint?.phone ?? "",
      url: service.contactPoint?.url ?? "",
      openingHours: service.contactPoint?.openingHours ?? "",
    },
    processIds: service.processes.map((process) => process.id),
  };
}

const texts = (value: Wordings) =>
  Object.fromEntries(
    Object.entries(value).flatMap(([language, text]) => (text.trim() ? [[language, text.trim()]] : [])),
  );
const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** What the form says, as the API takes it. */
export function fieldsOf(state: ServiceFormState): ServiceFields {
  const contact = Object.fromEntries(
    Object.entries(state.contact).flatMap(([key, value]) => (value.trim() ? [[key, value.trim()]] : [])),
  );
  const amount = typeof state.timeAmount === "number" ? state.timeAmount : Number.parseInt(state.timeAmount, 10);
  return {
    name: texts(state.name),
    description: texts(state.description),
    identifier: optional(state.identifier) ?? null,
    keywords: state.keywords.map((keyword) => keyword.trim()).filter(Boolean),
    thematicAreas: state.thematicAreas,
    sectors: state.sectors,
    status: state.status || null,
    visibility: state.visibility,
    channels: state.channels.map((channel) => ({
      type: channel.type,
      ...(optional(channel.value) ? { [channelField[channel.type]]: channel.value.trim() } : {}),
    })),
    costs: state.costs.map((cost) => ({
      value: Number(cost.value),
      currency: cost.currency.trim().toUpperCase(),
      ...(optional(cost.description) ? { description: cost.description.trim() } : {}),
    })),
    requirements: state.requirements.map((thing) => ({
      name: thing.name.trim(),
      ...(optional(thing.description) ? { description: thing.description.trim() } : {}),
    })),
    outputs: state.outputs.map((thing) => ({
      name: thing.name.trim(),
      ...(optional(thing.description) ? { description: thing.description.trim() } : {}),
    })),
    processingTime: Number.isFinite(amount) && amount > 0 ? toDuration(amount, state.timeUnit) : state.timeKept,
    legalResources: state.legalResources.map((url) => url.trim()).filter(Boolean),
    languages: state.languages as ServiceFields["languages"],
    spatial: state.spatial,
    contactPoint: Object.keys(contact).length > 0 ? contact : null,
    processIds: state.processIds,
  };
}

/** Only what changed, for a PATCH: the fields whose value differs from the service's. */
export function changedFields(before: ServiceFields, after: ServiceFields): Partial<ServiceFields> {
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof ServiceFields)[]) {
    if (JSON.stringify(after[key] ?? null) !== JSON.stringify(before[key] ?? null)) changed[key] = after[key];
  }
  return changed as Partial<ServiceFields>;
}

/** The refusals the form can tell before asking the server: what the API needs in every row. */
function checkLocally(state: ServiceFormState, t: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (Object.keys(texts(state.name)).length === 0) errors.name = t("services.form.nameRequired");
  if (Object.keys(texts(state.description)).length === 0) errors.description = t("services.form.descriptionRequired");
  state.costs.forEach((cost, index) => {
    if (cost.value === "" || !Number.isFinite(Number(cost.value)))
      errors[`costs.${index}.value`] = t("services.form.amountRequired");
  });
  for (const list of ["requirements", "outputs"] as const)
    state[list].forEach((thing, index) => {
      if (!thing.name.trim()) errors[`${list}.${index}.name`] = t("fields.required");
    });
  return errors;
}

const shownFields = [
  "name",
  "description",
  "identifier",
  "keywords",
  "thematicAreas",
  "sectors",
  "status",
  "visibility",
  "channels",
  "costs",
  "requirements",
  "outputs",
  "processingTime",
  "legalResources",
  "languages",
  "spatial",
  "contactPoint",
  "processIds",
  "organizationId",
];

/** The form's parts read as its headings. */
const groupLegend = { legend: { fontWeight: 700, fontSize: "var(--mantine-font-size-lg)" } } as const;

/** Pickers: searchable by typing, long labels and pills wrapped (plan.css). */
const picker = { searchable: true, className: "plan-picker", styles: { label: { whiteSpace: "normal" } } } as const;

/** A group's own refusal (the whole list or one row), not one of its fields'. */
const groupError = (errors: Record<string, string>, prefix: string, index?: number) =>
  index === undefined ? errors[prefix] : errors[`${prefix}.${index}`];

function RowBox({
  children,
  onRemove,
  removeLabel,
}: {
  children: ReactNode;
  onRemove: () => void;
  removeLabel: string;
}) {
  return (
    <Stack gap="xs" p="sm" style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 8 }}>
      {children}
      <Group>
        <Button variant="outline" color="red.9" size="compact-sm" onClick={onRemove} h="auto" py={4}>
          {removeLabel}
        </Button>
      </Group>
    </Stack>
  );
}

export function ServiceForm({
  initial,
  organizationField,
  processOptions,
  submitLabel,
  pending,
  problem,
  onSubmit,
  cancel,
}: {
  initial: ServiceFormState;
  /** The competent authority: a choice when new, its name when editing. */
  organizationField: ReactNode;
  processOptions: { value: string; label: string }[];
  submitLabel: string;
  pending: boolean;
  problem: Problem | null;
  onSubmit: (state: ServiceFormState) => void;
  cancel: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const reader = useLanguage();
  const [state, setState] = useState(initial);
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = useMemo(() => clientErrors ?? fieldErrors(problem), [clientErrors, problem]);
  const form = useFocusFirstInvalid(errors);
  // A refusal the form found itself goes once its field is changed; the server's stay until the next answer.
  const forget = (field: string) =>
    setClientErrors((current) =>
      current && Object.keys(current).some((key) => key === field || key.startsWith(`${field}.`))
        ? Object.fromEntries(Object.entries(current).filter(([key]) => key !== field && !key.startsWith(`${field}.`)))
        : current,
    );
  const set = <K extends keyof ServiceFormState>(key: K, value: ServiceFormState[K]) => {
    forget(key);
    setState((current) => ({ ...current, [key]: value }));
  };
  const setRow = <K extends "channels" | "costs" | "requirements" | "outputs">(
    key: K,
    index: number,
    change: Partial<ServiceFormState[K][number]>,
  ) => {
    forget(`${key}.${index}`);
    setState((current) => ({
      ...current,
      [key]: current[key].map((row, at) => (at === index ? { ...row, ...change } : row)),
    }));
  };
  const removeRow = (key: "channels" | "costs" | "requirements" | "outputs" | "legalResources", index: number) =>
    setState((current) => ({ ...current, [key]: current[key].filter((_, at) => at !== index) }));

  // The reader's language first: most people write in theirs.
  const ordered = [reader, ...languages.filter((language) => language !== reader)];

  const themeOptions = dataThemes.map((code) => ({ value: dataThemeBase + code, label: t(`services.themes.${code}`) }));
  const sectorOptions = naceSections.map((code) => ({
    value: naceBase + code,
    label: `${code} — ${t(`services.sectors.${code}`)}`,
  }));
  const languageOptions = Object.keys(serviceLanguageCodes)
    .map((code) => ({ value: code, label: languageName(code, i18n.language) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  const countryOptions = [
    ...Object.keys(euCountries).map((code) => countryBase + code),
    ...state.spatial.filter((uri) => !uri.startsWith(countryBase) || !(uri.slice(countryBase.length) in euCountries)),
  ]
    .map((uri) => ({ value: uri, label: placeName(uri, i18n.language) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local = checkLocally(state, t);
    if (Object.keys(local).length > 0) {
      setClientErrors(local);
      return;
    }
    setClientErrors(null);
    onSubmit(state);
  };

  const translatable = (field: "name" | "description", multiline: boolean) => (
    <Fieldset
      legend={t(`services.fields.${field}`)}
      variant="unstyled"
      styles={{ legend: { fontWeight: 700 } }}
      aria-describedby={errorFor(errors, field) ? `${field}-error` : undefined}
    >
      <Stack gap="xs">
        <Text size="sm">{t("services.form.languagesHint")}</Text>
        {errorFor(errors, field) && !ordered.some((language) => errors[`${field}.${language}`]) && (
          <Text id={`${field}-error`} size="sm" c="var(--mantine-color-error)" role="alert">
            {errorFor(errors, field)}
          </Text>
        )}
        {ordered.map((language) => {
          const common = {
            label: t("services.form.inLanguage", {
              field: t(`services.fields.${field}`),
              language: languageNames[language],
            }),
            value: state[field][language],
            lang: language,
            maxLength: field === "name" ? serviceLimits.name : serviceLimits.description,
            error: errors[`${field}.${language}`],
            errorProps,
            "aria-invalid": errors[field] && language === reader ? true : undefined,
            onChange: (event: { currentTarget: { value: string } }) =>
              set(field, { ...state[field], [language]: event.currentTarget.value }),
          };
          return multiline ? (
            <Textarea key={language} {...common} autosize minRows={language === reader ? 4 : 2} maxRows={12} />
          ) : (
            <TextInput key={language} {...common} />
          );
        })}
      </Stack>
    </Fieldset>
  );

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="lg">
        <FormAlert messages={otherErrors(errors, shownFields)} />
        {organizationField}

        <Fieldset styles={groupLegend} legend={t("services.form.about")}>
          <Stack>
            {translatable("name", false)}
            {translatable("description", true)}
            <TextInput
              label={t("services.fields.identifier")}
              description={t("services.form.identifierHint")}
              value={state.identifier}
              onChange={(event) => set("identifier", event.currentTarget.value)}
              maxLength={200}
              error={errorFor(errors, "identifier")}
              errorProps={errorProps}
            />
            <NativeSelect
              label={t("services.fields.status")}
              value={state.status}
              onChange={(event) => set("status", event.currentTarget.value as ServiceStatus)}
              error={errorFor(errors, "status")}
              errorProps={errorProps}
              data={[
                ...(initial.status === "" ? [{ value: "", label: t("services.form.noStatus") }] : []),
                ...serviceStatuses.map((status) => ({ value: status, label: t(`services.statuses.${status}`) })),
              ]}
            />
            <Radio.Group
              label={t("services.fields.visibility")}
              value={state.visibility}
              onChange={(value) => set("visibility", value as ServiceFormState["visibility"])}
              error={errorFor(errors, "visibility")}
              errorProps={errorProps}
            >
              <Stack gap="xs" mt="xs">
                {visibilities.map((visibility) => (
                  <Radio
                    key={visibility}
                    value={visibility}
                    label={t(`services.visibility.${visibility}.label`)}
                    description={t(`services.visibility.${visibility}.hint`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
          </Stack>
        </Fieldset>

        <Fieldset styles={groupLegend} legend={t("services.form.topics")}>
          <Stack>
            <MultiSelect
              label={t("services.fields.thematicAreas")}
              data={themeOptions}
              value={state.thematicAreas}
              onChange={(value) => set("thematicAreas", value)}
              {...picker}
              error={errorFor(errors, "thematicAreas")}
              errorProps={errorProps}
            />
            <MultiSelect
              label={t("services.fields.sectors")}
              data={sectorOptions}
              value={state.sectors}
              onChange={(value) => set("sectors", value)}
              {...picker}
              error={errorFor(errors, "sectors")}
              errorProps={errorProps}
            />
            <TagsInput
              label={t("services.fields.keywords")}
              description={t("services.form.keywordsHint")}
              value={state.keywords}
              onChange={(value) => set("keywords", value)}
              maxTags={serviceLimits.keywords}
              className="plan-picker"
              error={errorFor(errors, "keywords")}
              errorProps={errorProps}
            />
          </Stack>
        </Fieldset>

        <Fieldset styles={groupLegend} legend={t("services.fields.channels")}>
          <Stack>
            <Text size="sm">{t("services.form.channelsHint")}</Text>
            {groupError(errors, "channels") && (
              <Text size="sm" c="var(--mantine-color-error)" role="alert">
                {groupError(errors, "channels")}
              </Text>
            )}
            {state.channels.map((channel, index) => {
              const field = channelField[channel.type];
              const number = index + 1;
              return (
                <RowBox
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and keep their order.
                  key={index}
                  onRemove={() => removeRow("channels", index)}
                  removeLabel={t("services.form.removeChannel", { number })}
                >
                  <NativeSelect
                    label={t("services.form.channelType", { number })}
                    value={channel.type}
                    onChange={(event) => setRow("channels", index, { type: event.currentTarget.value as ChannelType })}
                    data={channelTypes.map((type) => ({ value: type, label: t(`services.channelTypes.${type}`) }))}
                    error={groupError(errors, "channels", index) ?? errors[`channels.${index}.type`]}
                    errorProps={errorProps}
                  />
                  {field === "address" ? (
                    <Textarea
                      label={t(`services.form.channelValue.${field}`, { number })}
                      value={channel.value}
                      onChange={(event) => setRow("channels", index, { value: event.currentTarget.value })}
                      autosize
                      minRows={2}
                      maxLength={500}
                      error={errors[`channels.${index}.${field}`]}
                      errorProps={errorProps}
                    />
                  ) : (
                    <TextInput
                      label={t(`services.form.channelValue.${field}`, { number })}
                      type={field === "url" ? "url" : field === "email" ? "email" : "tel"}
                      value={channel.value}
                      onChange={(event) => setRow("channels", index, { value: event.currentTarget.value })}
                      error={errors[`channels.${index}.${field}`]}
                      errorProps={errorProps}
                    />
                  )}
                </RowBox>
              );
            })}
            <Group>
              <Button
                variant="light"
                onClick={() => set("channels", [...state.channels, { type: "online", value: "" }])}
                h="auto"
                py={6}
                styles={{ label: { whiteSpace: "normal" } }}
              >
                {t("services.form.addChannel")}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset styles={groupLegend} legend={t("services.fields.costs")}>
          <Stack>
            <Text size="sm">{t("services.form.costsHint")}</Text>
            {state.costs.map((cost, index) => {
              const number = index + 1;
              return (
                <RowBox
                  // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and keep their order.
                  key={index}
                  onRemove={() => removeRow("costs", index)}
                  removeLabel={t("services.form.removeCost", { number })}
                >
                  <Group align="flex-start" wrap="wrap" gap="sm">
                    <NumberInput
                      label={t("services.form.amount", { number })}
                      value={cost.value}
                      onChange={(value) => setRow("costs", index, { value })}
                      min={0}
                      decimalScale={2}
                      decimalSeparator={new Intl.NumberFormat(i18n.language).format(1.5).charAt(1)}
                      style={{ flex: "1 1 140px" }}
                      error={errors[`costs.${index}.value`] ?? groupError(errors, "costs", index)}
                      errorProps={errorProps}
                    />
                    <TextInput
                      label={t("services.form.currency", { number })}
                      value={cost.currency}
                      onChange={(event) => setRow("costs", index, { currency: event.currentTarget.value })}
                      maxLength={3}
                      w={110}
                      error={errors[`costs.${index}.currency`]}
                      errorProps={errorProps}
                    />
                  </Group>
                  <TextInput
                    label={t("services.form.costDescription", { number })}
                    value={cost.description}
                    onChange={(event) => setRow("costs", index, { description: event.currentTarget.value })}
                    maxLength={serviceLimits.itemDescription}
                    error={errors[`costs.${index}.description`]}
                    errorProps={errorProps}
                  />
                </RowBox>
              );
            })}
            <Group>
              <Button
                variant="light"
                onClick={() => set("costs", [...state.costs, { value: "", currency: "EUR", description: "" }])}
                h="auto"
                py={6}
                styles={{ label: { whiteSpace: "normal" } }}
              >
                {t("services.form.addCost")}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        {(["requirements", "outputs"] as const).map((list) => (
          <Fieldset key={list} styles={groupLegend} legend={t(`services.fields.${list}`)}>
            <Stack>
              <Text size="sm">{t(`services.form.${list}Hint`)}</Text>
              {state[list].map((thing, index) => {
                const number = index + 1;
                return (
                  <RowBox
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and keep their order.
                    key={index}
                    onRemove={() => removeRow(list, index)}
                    removeLabel={t(`services.form.${list}Remove`, { number })}
                  >
                    <TextInput
                      label={t(`services.form.${list}Name`, { number })}
                      value={thing.name}
                      onChange={(event) => setRow(list, index, { name: event.currentTarget.value })}
                      maxLength={serviceLimits.itemName}
                      withAsterisk
                      error={errors[`${list}.${index}.name`] ?? groupError(errors, list, index)}
                      errorProps={errorProps}
                    />
                    <Textarea
                      label={t(`services.form.${list}Description`, { number })}
                      value={thing.description}
                      onChange={(event) => setRow(list, index, { description: event.currentTarget.value })}
                      autosize
                      minRows={2}
                      maxLength={serviceLimits.itemDescription}
                      error={errors[`${list}.${index}.description`]}
                      errorProps={errorProps}
                    />
                  </RowBox>
                );
              })}
              <Group>
                <Button
                  variant="light"
                  onClick={() => set(list, [...state[list], { name: "", description: "" }])}
                  h="auto"
                  py={6}
                  styles={{ label: { whiteSpace: "normal" } }}
                >
                  {t(`services.form.${list}Add`)}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        ))}

        <Fieldset styles={groupLegend} legend={t("services.form.practical")}>
          <Stack>
            <Group align="flex-start" wrap="wrap" gap="sm">
              <NumberInput
                label={t("services.fields.processingTime")}
                description={t("services.form.processingTimeHint")}
                value={state.timeAmount}
                onChange={(value) => setState((current) => ({ ...current, timeAmount: value, timeKept: null }))}
                min={0}
                allowDecimal={false}
                style={{ flex: "1 1 180px" }}
                error={errorFor(errors, "processingTime")}
                errorProps={errorProps}
              />
              <NativeSelect
                label={t("services.form.unit")}
                value={state.timeUnit}
                onChange={(event) =>
                  setState((current) => ({
                    ...current,
                    timeUnit: event.currentTarget.value as DurationUnit,
                    timeKept: null,
                  }))
                }
                data={durationUnits.map((unit) => ({ value: unit, label: t(`services.form.units.${unit}`) }))}
                style={{ flex: "1 1 140px" }}
              />
            </Group>
            <MultiSelect
              label={t("services.fields.languages")}
              data={languageOptions}
              value={state.languages}
              onChange={(value) => set("languages", value)}
              {...picker}
              error={errorFor(errors, "languages")}
              errorProps={errorProps}
            />
            <MultiSelect
              label={t("services.fields.spatial")}
              description={t("services.form.spatialHint")}
              data={countryOptions}
              value={state.spatial}
              onChange={(value) => set("spatial", value)}
              {...picker}
              error={errorFor(errors, "spatial")}
              errorProps={errorProps}
            />
          </Stack>
        </Fieldset>

        <Fieldset styles={groupLegend} legend={t("services.fields.legalResources")}>
          <Stack>
            <Text size="sm">{t("services.form.legalHint")}</Text>
            {state.legalResources.map((url, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and keep their order.
              <Group key={index} align="flex-end" wrap="nowrap" gap="xs">
                <TextInput
                  label={t("services.form.legalUrl", { number: index + 1 })}
                  type="url"
                  value={url}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    set(
                      "legalResources",
                      state.legalResources.map((entry, at) => (at === index ? value : entry)),
                    );
                  }}
                  style={{ flex: 1, minWidth: 0 }}
                  error={errors[`legalResources.${index}`]}
                  errorProps={errorProps}
                />
                <CloseButton
                  size="lg"
                  mb={4}
                  aria-label={t("services.form.removeLegal", { number: index + 1 })}
                  onClick={() => removeRow("legalResources", index)}
                />
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                onClick={() => set("legalResources", [...state.legalResources, ""])}
                h="auto"
                py={6}
                styles={{ label: { whiteSpace: "normal" } }}
              >
                {t("services.form.addLegal")}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset styles={groupLegend} legend={t("services.page.contact")}>
          <Stack>
            <TextInput
              label={t("services.form.email")}
              type="email"
              value={state.contact.email}
              onChange={(event) => set("contact", { ...state.contact, email: event.currentTarget.value })}
              error={errors["contactPoint.email"]}
              errorProps={errorProps}
            />
            <TextInput
              label={t("services.form.phone")}
              type="tel"
              value={state.contact.phone}
              onChange={(event) => set("contact", { ...state.contact, phone: event.currentTarget.value })}
              error={errors["contactPoint.phone"]}
              errorProps={errorProps}
            />
            <TextInput
              label={t("services.form.url")}
              type="url"
              value={state.contact.url}
              onChange={(event) => set("contact", { ...state.contact, url: event.currentTarget.value })}
              error={errors["contactPoint.url"]}
              errorProps={errorProps}
            />
            <Textarea
              label={t("services.form.openingHours")}
              value={state.contact.openingHours}
              onChange={(event) => set("contact", { ...state.contact, openingHours: event.currentTarget.value })}
              autosize
              minRows={2}
              maxLength={500}
              error={errors["contactPoint.openingHours"] ?? errors.contactPoint}
              errorProps={errorProps}
            />
          </Stack>
        </Fieldset>

        <MultiSelect
          label={t("services.fields.processIds")}
          description={t("services.form.processesHint")}
          data={processOptions}
          value={state.processIds}
          onChange={(value) => set("processIds", value)}
          {...picker}
          nothingFoundMessage={t("services.form.noProcesses")}
          error={errorFor(errors, "processIds")}
          errorProps={errorProps}
        />

        <Group gap="sm">
          <Button type="submit" loading={pending} h="auto" py={6} styles={{ label: { whiteSpace: "normal" } }}>
            {submitLabel}
          </Button>
          {cancel}
        </Group>
      </Stack>
    </form>
  );
}

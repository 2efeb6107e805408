import { Radio, Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { actorTypes } from "../../../../common/actors";
import type { Translated } from "../../../../common/languages";
import { errorFor } from "../../api/problems";
import { useLanguage, useTranslated } from "../../i18n/translated";
import { errorProps } from "../../ui/feedback";
import type { ActorType } from "./api";

/**
 * A translatable text edited in the current language: the hint says which one, and when that language has no
 * wording yet, what people see instead.
 */
export function TranslatedInput({
  name,
  label,
  multiline,
  value,
  required,
  maxLength,
  hint,
  errors,
}: {
  name: string;
  label: string;
  multiline?: boolean;
  value?: Translated;
  required?: boolean;
  maxLength: number;
  hint?: string;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const translate = useTranslated();
  const current = value?.[language] ?? "";
  const shown = !current && value ? translate(value) : "";
  const description = [
    hint,
    t("fields.upTo", { count: maxLength }),
    t(`organizations.form.writtenIn.${language}`),
    shown && t("organizations.form.shownNow", { text: shown }),
  ]
    .filter(Boolean)
    .join(" ");
  const common = {
    name,
    label,
    description,
    defaultValue: current,
    maxLength,
    withAsterisk: required,
    "aria-required": required || undefined,
    error: errorFor(errors, name),
    errorProps,
  };
  return multiline ? <Textarea {...common} autosize minRows={3} maxRows={10} /> : <TextInput {...common} />;
}

/** The kind of actor, each with a plain-language explanation. */
export function ActorTypeField({
  label,
  defaultValue,
  errors,
}: {
  label: string;
  defaultValue: ActorType;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      name="type"
      label={label}
      defaultValue={defaultValue}
      error={errorFor(errors, "type")}
      errorProps={errorProps}
    >
      <Stack gap="xs" mt="xs">
        {actorTypes.map((type) => (
          <Radio
            key={type}
            value={type}
            label={t(`organizations.types.${type}.label`)}
            description={t(`organizations.types.${type}.hint`)}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

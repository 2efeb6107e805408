import { NativeSelect, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fallbackLanguage, type Language, languageNames } from "../../../../common/languages";

/** The language a template is copied in when nobody chooses: the process's when the template has it, else English. */
export function defaultCopyLanguage(templateLanguages: Language[], processLanguage: Language | undefined): Language {
  return processLanguage && templateLanguages.includes(processLanguage) ? processLanguage : fallbackLanguage;
}

/**
 * Says, before anything is copied, which language the copy will be in, and lets the person pick another language
 * the template has. `name` makes the choice part of the surrounding form.
 */
export function TemplateLanguageChoice({
  templateLanguages,
  processLanguage,
  value,
  onChange,
  name,
}: {
  templateLanguages: Language[];
  processLanguage: Language | undefined;
  value: Language;
  onChange: (language: Language) => void;
  name?: string;
}) {
  const { t } = useTranslation();
  const note =
    templateLanguages.length <= 1
      ? t("templates.onlyEnglish")
      : processLanguage && !templateLanguages.includes(processLanguage) && value === fallbackLanguage
        ? t("templates.notYetIn", { wanted: t(`templates.names.${processLanguage}`) })
        : t("templates.copiedIn", { language: t(`templates.names.${value}`) });
  return (
    <>
      {templateLanguages.length > 1 ? (
        <NativeSelect
          name={name}
          label={t("templates.language")}
          description={note}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value as Language)}
          data={templateLanguages.map((language) => ({ value: language, label: languageNames[language] }))}
        />
      ) : (
        <>
          {name && <input type="hidden" name={name} value={value} />}
          <Text size="sm">{note}</Text>
        </>
      )}
    </>
  );
}

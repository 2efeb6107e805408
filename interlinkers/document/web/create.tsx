import { Select, Textarea } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  api,
  type CreateFieldsProps,
  dataOf,
  defaultCopyLanguage,
  type Language,
  languages,
  TemplateLanguageChoice,
  useTranslated,
} from "../../sdk/web";

/**
 * A new document starts empty, from the person's own Markdown, or from one of the catalogue's knowledge templates
 * (copied in the process's language when the template has it, which is said before the copy is made).
 */
export default function DocumentCreateFields({ errors, processLanguage }: CreateFieldsProps) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const templates = useQuery({
    queryKey: ["interlinkers", "knowledge"],
    queryFn: () => dataOf(api.GET("/api/v1/interlinkers", { params: { query: { nature: "knowledge", limit: 100 } } })),
    staleTime: 5 * 60_000,
  });
  const items = (templates.data?.items ?? []).filter((item) => item.templateLanguages.length > 0);
  const template = items.find((item) => item.id === templateId);
  const language = template
    ? chosenLanguage && template.templateLanguages.includes(chosenLanguage)
      ? chosenLanguage
      : defaultCopyLanguage(template.templateLanguages, processLanguage)
    : null;

  return (
    <>
      <Select
        name="template"
        label={t("templates.startFrom")}
        description={t("templates.startFromHint")}
        placeholder={templates.isPending ? t("templates.loading") : undefined}
        data={items
          .map((item) => ({ value: item.id, label: translate(item.name) }))
          .sort((a, b) => a.label.localeCompare(b.label))}
        value={templateId}
        onChange={(value) => {
          setTemplateId(value);
          setChosenLanguage(null);
        }}
        searchable
        clearable
        nothingFoundMessage={t("templates.noTemplate")}
        comboboxProps={{ withinPortal: true }}
        error={errors.interlinkerId ?? errors.language}
      />
      {template && language ? (
        <TemplateLanguageChoice
          name="templateLanguage"
          templateLanguages={template.templateLanguages}
          processLanguage={processLanguage}
          value={language}
          onChange={setChosenLanguage}
        />
      ) : (
        <Textarea
          name="markdown"
          label={t("interlinkers.document.createLabel")}
          description={t("interlinkers.document.createHint")}
          autosize
          minRows={3}
          maxRows={12}
          error={errors["input.markdown"]}
        />
      )}
    </>
  );
}

export function readInput(form: FormData): { markdown?: string } {
  const markdown = String(form.get("markdown") ?? "");
  return markdown.trim() ? { markdown } : {};
}

/** The knowledge template chosen in these fields: the form then copies it instead of creating an empty document. */
export function readTemplate(form: FormData): { interlinkerId: string; language?: Language } | null {
  const interlinkerId = String(form.get("template") ?? "");
  if (!interlinkerId) return null;
  const language = String(form.get("templateLanguage") ?? "") as Language;
  return { interlinkerId, ...(languages.includes(language) ? { language } : {}) };
}

import { Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CreateFieldsProps } from "../../web";

/** An optional starting text in Markdown; an empty document otherwise. */
export default function DocumentCreateFields({ errors }: CreateFieldsProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      name="markdown"
      label={t("interlinkers.document.createLabel")}
      description={t("interlinkers.document.createHint")}
      autosize
      minRows={3}
      maxRows={12}
      error={errors["input.markdown"]}
    />
  );
}

export function readInput(form: FormData): { markdown?: string } {
  const markdown = String(form.get("markdown") ?? "");
  return markdown.trim() ? { markdown } : {};
}

import { Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type CreateFieldsProps, errorFor } from "../../sdk/web";

/** The first items of a new checklist, one per line; the list can start empty. */
export default function ChecklistCreateFields({ errors }: CreateFieldsProps) {
  const { t } = useTranslation();
  return (
    <Textarea
      name="checklistItems"
      label={t("interlinkers.checklist.create.items")}
      description={t("interlinkers.checklist.create.itemsDescription")}
      autosize
      minRows={3}
      error={errorFor(errors, "input.items")}
    />
  );
}

export function readInput(form: FormData): { items?: string[] } {
  const items = String(form.get("checklistItems") ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return items.length > 0 ? { items } : {};
}

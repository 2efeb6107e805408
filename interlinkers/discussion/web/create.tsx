import { Stack, Textarea, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CreateFieldsProps } from "../../sdk/web";

/** Optionally the first thread of the new discussion, started by whoever creates it. */
export default function DiscussionCreateFields({ errors }: CreateFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <TextInput
        name="discussion-title"
        label={t("interlinkers.discussion.firstThreadTitle")}
        error={errors["input.thread.title"] ?? errors["input.thread"]}
      />
      <Textarea
        name="discussion-source"
        label={t("interlinkers.discussion.firstThreadMessage")}
        description={t("interlinkers.discussion.markdownHelp")}
        autosize
        minRows={3}
        error={errors["input.thread.source"]}
      />
    </Stack>
  );
}

export function readInput(form: FormData): unknown {
  const title = String(form.get("discussion-title") ?? "").trim();
  const source = String(form.get("discussion-source") ?? "").trim();
  // Both empty: no first thread. One of them alone: let the server say which is missing.
  return title || source ? { thread: { title, source } } : {};
}

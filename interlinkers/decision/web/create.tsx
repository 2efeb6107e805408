import { Checkbox, NativeSelect, NumberInput, Stack, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type CreateFieldsProps, errorFor } from "../../sdk/web";
import { pollTypeIds, stances } from "../tally";

/** The poll's question type, options (one per line), closing time, quorum and how results are shown. */
export default function DecisionFields({ errors }: CreateFieldsProps) {
  const { t } = useTranslation();
  const [type, setType] = useState<string>("single_choice");
  const error = (field: string) => errorFor(errors, `input.${field}`);
  return (
    <Stack gap="xs">
      <NativeSelect
        name="decisionType"
        label={t("interlinkers.decision.create.type")}
        value={type}
        onChange={(event) => setType(event.currentTarget.value)}
        data={pollTypeIds.map((id) => ({ value: id, label: t(`interlinkers.decision.types.${id}`) }))}
        error={error("type")}
      />
      <Textarea
        name="decisionDescription"
        label={t("feedback.decision.description")}
        description={t("feedback.decision.descriptionHelp")}
        autosize
        minRows={2}
        maxLength={5000}
        error={error("description")}
      />
      {type === "proposal" ? (
        <TextInput
          readOnly
          label={t("interlinkers.decision.create.stances")}
          value={stances.map((stance) => t(`interlinkers.decision.stances.${stance}`)).join(", ")}
        />
      ) : (
        <Textarea
          name="decisionOptions"
          label={t(
            type === "meeting_time" ? "interlinkers.decision.create.slots" : "interlinkers.decision.create.options",
          )}
          description={t("interlinkers.decision.create.optionsHelp")}
          autosize
          minRows={3}
          error={error("options")}
        />
      )}
      {type === "dot_vote" && (
        <NumberInput
          name="decisionDots"
          label={t("interlinkers.decision.create.dots")}
          min={1}
          max={100}
          defaultValue={5}
          error={error("dots")}
        />
      )}
      <TextInput
        type="datetime-local"
        name="decisionClosesAt"
        label={t("interlinkers.decision.create.closesAt")}
        description={t("interlinkers.decision.create.closesAtHelp")}
        error={error("closesAt")}
      />
      <NumberInput
        name="decisionQuorum"
        label={t("interlinkers.decision.create.quorum")}
        description={t("interlinkers.decision.create.quorumHelp")}
        min={1}
        max={100}
        suffix=" %"
        error={error("quorumPercent")}
      />
      <Checkbox
        name="decisionAnonymous"
        label={t("interlinkers.decision.create.anonymous")}
        error={error("anonymous")}
      />
      <Checkbox
        name="decisionHideResults"
        label={t("interlinkers.decision.create.hideResults")}
        error={error("hideResultsUntilClosed")}
      />
    </Stack>
  );
}

/** The form's fields as the `input` of a new decision; the server checks them all. */
export function readInput(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const type = text("decisionType");
  const number = (name: string) => {
    const value = text(name).replace(/[^\d]/g, "");
    return value ? Number(value) : undefined;
  };
  const closesAt = text("decisionClosesAt");
  const closing = closesAt ? new Date(closesAt) : null;
  const description = text("decisionDescription");
  return {
    type,
    ...(description ? { description } : {}),
    ...(type === "proposal"
      ? {}
      : {
          options: text("decisionOptions")
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean)
            .map((label) => ({ label })),
        }),
    ...(closing ? { closesAt: Number.isNaN(closing.getTime()) ? closesAt : closing.toISOString() } : {}),
    ...(number("decisionQuorum") !== undefined ? { quorumPercent: number("decisionQuorum") } : {}),
    ...(type === "dot_vote" && number("decisionDots") !== undefined ? { dots: number("decisionDots") } : {}),
    anonymous: form.get("decisionAnonymous") !== null,
    hideResultsUntilClosed: form.get("decisionHideResults") !== null,
  };
}

import { Button, Group, Stack } from "@mantine/core";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Problem } from "../../api/client";
import { fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { isEmptyText, useLanguage, withWording } from "../../i18n/translated";
import { FormAlert, otherErrors, useFocusFirstInvalid } from "../../ui/feedback";
import type { ActorType, Team } from "./api";
import { ActorTypeField, TranslatedInput } from "./fields";

export type TeamInput = components["schemas"]["TeamCreateInput"];

const shownFields = ["name", "description", "type"];

/** Creates or changes a team: name and description in the current language, and the kind of actor it is. */
export function TeamForm({
  titleId,
  team,
  defaultType,
  submitLabel,
  pending,
  problem,
  onSubmit,
  onCancel,
}: {
  titleId: string;
  team?: Team;
  defaultType: ActorType;
  submitLabel: string;
  pending: boolean;
  problem: Problem | null;
  onSubmit: (input: TeamInput) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const errors = useMemo(() => clientErrors ?? fieldErrors(problem), [clientErrors, problem]);
  const form = useFocusFirstInvalid(errors);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = withWording(team?.name, language, String(data.get("name") ?? ""));
    if (isEmptyText(name)) {
      setClientErrors({ name: t("organizations.form.nameRequired") });
      return;
    }
    setClientErrors(null);
    const description = withWording(team?.description, language, String(data.get("description") ?? ""));
    onSubmit({
      name,
      ...(isEmptyText(description) ? {} : { description }),
      type: String(data.get("type")) as ActorType,
    });
  };

  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Stack>
        <FormAlert messages={otherErrors(errors, shownFields)} />
        <TranslatedInput
          name="name"
          label={t("organizations.form.name")}
          value={team?.name}
          required
          maxLength={200}
          errors={errors}
        />
        <TranslatedInput
          name="description"
          label={t("organizations.form.description")}
          hint={t("organizations.teams.descriptionHint")}
          value={team?.description}
          multiline
          maxLength={5000}
          errors={errors}
        />
        <ActorTypeField
          label={t("organizations.teams.type")}
          defaultValue={team?.type ?? defaultType}
          errors={errors}
        />
        <Group gap="sm">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t("organizations.cancel")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, Radio, Stack } from "@mantine/core";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { teamCreationModes, visibilities } from "../../../../common/actors";
import type { Problem } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { isEmptyText, useLanguage, withWording } from "../../i18n/translated";
import { errorProps, FormAlert, otherErrors, useFocusFirstInvalid } from "../../ui/feedback";
import type { Organization } from "./api";
import { ActorTypeField, TranslatedInput } from "./fields";

export type OrganizationInput = components["schemas"]["OrganizationCreateInput"];

const shownFields = ["name", "description", "type", "visibility", "teamCreation"];

/**
 * Creates or changes an organization. Name and description are written in the current language; the other
 * languages' wordings are kept. A missing name is caught here; everything else the server checks and its
 * messages appear next to their fields.
 */
export function OrganizationForm({
  titleId,
  organization,
  submitLabel,
  pending,
  problem,
  onSubmit,
  onCancel,
}: {
  titleId: string;
  organization?: Organization;
  submitLabel: string;
  pending: boolean;
  problem: Problem | null;
  onSubmit: (input: OrganizationInput) => void;
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
    const name = withWording(organization?.name, language, String(data.get("name") ?? ""));
    if (isEmptyText(name)) {
      setClientErrors({ name: t("organizations.form.nameRequired") });
      return;
    }
    setClientErrors(null);
    const description = withWording(organization?.description, language, String(data.get("description") ?? ""));
    onSubmit({
      name,
      // The API needs at least one language in a description it is given; an empty one is left out.
      ...(isEmptyText(description) ? {} : { description }),
      type: String(data.get("type")) as OrganizationInput["type"],
      visibility: String(data.get("visibility")) as OrganizationInput["visibility"],
      teamCreation: String(data.get("teamCreation")) as OrganizationInput["teamCreation"],
    });
  };

  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Stack>
        <FormAlert messages={otherErrors(errors, shownFields)} />
        <TranslatedInput
          name="name"
          label={t("organizations.form.name")}
          value={organization?.name}
          required
          maxLength={200}
          errors={errors}
        />
        <TranslatedInput
          name="description"
          label={t("organizations.form.description")}
          hint={t("organizations.form.descriptionHint")}
          value={organization?.description}
          multiline
          maxLength={5000}
          errors={errors}
        />
        <ActorTypeField
          label={t("organizations.form.type")}
          defaultValue={organization?.type ?? "public_administration"}
          errors={errors}
        />
        <Radio.Group
          name="visibility"
          label={t("organizations.visibility.label")}
          defaultValue={organization?.visibility ?? "public"}
          error={errorFor(errors, "visibility")}
          errorProps={errorProps}
        >
          <Stack gap="xs" mt="xs">
            {visibilities.map((visibility) => (
              <Radio
                key={visibility}
                value={visibility}
                label={t(`organizations.visibility.${visibility}.label`)}
                description={t(`organizations.visibility.${visibility}.hint`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group
          name="teamCreation"
          label={t("organizations.teamCreation.label")}
          defaultValue={organization?.teamCreation ?? "administrators"}
          error={errorFor(errors, "teamCreation")}
          errorProps={errorProps}
        >
          <Stack gap="xs" mt="xs">
            {teamCreationModes.map((mode) => (
              <Radio key={mode} value={mode} label={t(`organizations.teamCreation.${mode}`)} />
            ))}
          </Stack>
        </Radio.Group>
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

import { Alert, Button, type ButtonProps, Group, Loader, Stack, Text } from "@mantine/core";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/** Props for a field's error so screen readers announce it as soon as it appears. */
export const errorProps = { role: "alert" } as const;

/** A refusal that belongs to no single field, announced when it appears. */
export function FormAlert({ messages }: { messages: string[] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return null;
  return (
    <Alert color="red.9" variant="outline" role="alert" title={t("organizations.failed")}>
      {messages.map((message) => (
        <Text key={message} size="sm">
          {message}
        </Text>
      ))}
    </Alert>
  );
}

/** A polite live region: present from the start, so what is written into it later is read out. */
export function StatusMessage({ children }: { children?: ReactNode }) {
  return (
    <Text role="status" size="sm" fw={600}>
      {children}
    </Text>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" role="status">
      <Loader size="sm" aria-hidden />
      <Text size="sm">{t("organizations.loading")}</Text>
    </Group>
  );
}

/**
 * A destructive action that asks first, in place: the question and the two answers replace the button, and focus
 * goes to "Cancel" so a stray Enter does no harm.
 */
export function ConfirmAction({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  onConfirm,
  pending,
  size,
}: {
  label: string;
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  pending?: boolean;
  size?: ButtonProps["size"];
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);

  const wasPending = useRef(false);

  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (answered.current) trigger.current?.focus();
  }, [asking]);

  // Once the answer arrives the question closes: on a refusal the person is back at the button, beside the alert.
  useEffect(() => {
    if (wasPending.current && !pending && asking) {
      answered.current = true;
      setAsking(false);
    }
    wasPending.current = Boolean(pending);
  }, [pending, asking]);

  if (!asking) {
    return (
      <Button
        ref={trigger}
        size={size}
        color="red.9"
        variant="outline"
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </Button>
    );
  }
  return (
    <Stack gap="xs" role="group" aria-label={accessibleLabel ?? label}>
      <Text size="sm">{question}</Text>
      <Group gap="xs">
        <Button size={size} color="red.9" loading={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button
          ref={cancel}
          size={size}
          variant="default"
          onClick={() => {
            answered.current = true;
            setAsking(false);
          }}
        >
          {t("organizations.cancel")}
        </Button>
      </Group>
    </Stack>
  );
}

/** Focuses the first field a refused submission marked invalid, so keyboard and screen-reader users land on it. */
export function useFocusFirstInvalid(errors: Record<string, string>) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return form;
}

/** Messages whose field the form does not show, for the alert above it. */
export function otherErrors(errors: Record<string, string>, shownFields: string[]): string[] {
  return Object.entries(errors)
    .filter(([key]) => key === "" || !shownFields.some((field) => key === field || key.startsWith(`${field}.`)))
    .map(([, message]) => message);
}

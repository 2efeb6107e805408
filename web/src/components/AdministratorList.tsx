import { Button, Card, Group, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { errorFor, fieldErrors } from "../api/problems";
import { useMe } from "../api/session";
import { problemOf } from "../api/unwrap";
import { ConfirmAction, errorProps, FormAlert, Loading, otherErrors, useFocusFirstInvalid } from "../ui/feedback";
import { Section } from "../ui/layout";
import { toastSuccess } from "../ui/toast";
import type { Invitation } from "./invitations/api";
import { PendingInvitations } from "./invitations/PendingInvitations";
import type { Administrator } from "./organizations/api";
import { CardList } from "./organizations/layout";
import { WhyNot } from "./WhyNot";

/**
 * Who administers something (an organization, a process): everyone who may see it sees the names; those who
 * manage administrators invite people by e-mail (they become administrators when they accept), see whom they
 * invited and withdraw, and remove administrators. The server keeps at least one: it says per person whether the
 * reader may remove them (`canRemove`), and the list offers exactly that.
 */
export function AdministratorList({
  queryKey,
  list,
  invite,
  invitations,
  remove,
  manage,
  onChanged,
  words,
}: {
  queryKey: readonly unknown[];
  list: () => Promise<{ items: Administrator[] }>;
  /** Invites an address; the answer is the same whether or not it has an account. */
  invite: (email: string) => Promise<unknown>;
  /** The invitations still waiting for an answer (asked only of those who manage administrators). */
  invitations: () => Promise<{ items: Invitation[] }>;
  remove: (userId: string) => Promise<unknown>;
  manage: boolean;
  /** Other queries to refresh after a change (the subject's own `can`, lists…). */
  onChanged?: () => Promise<unknown>;
  /** The sentences that name the subject. */
  words: {
    title: string;
    removeQuestion: (name: string) => string;
    removeSelfQuestion: string;
    /** Why someone who may not manage administrators sees no form. */
    whyNot: string;
  };
}) {
  const { t } = useTranslation();
  const me = useMe();
  const administrators = useQuery({ queryKey, queryFn: list });
  const pending = useQuery({ queryKey: [...queryKey, "invitations"], queryFn: invitations, enabled: manage });

  const adding = useMutation({
    mutationFn: invite,
    onSuccess: async (_, email) => {
      toastSuccess(t("invitations.sentAdministrator", { email }));
      await pending.refetch();
    },
  });
  const removing = useMutation({
    mutationFn: (administrator: { id: string; name: string }) => remove(administrator.id),
    onSuccess: async (_, administrator) => {
      toastSuccess(t("administrators.removed", { name: administrator.name }));
      await onChanged?.();
    },
    onSettled: () => administrators.refetch(),
  });

  const addErrors = useMemo(() => fieldErrors(problemOf(adding.error)), [adding.error]);
  const addForm = useFocusFirstInvalid(addErrors);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const email = String(new FormData(form).get("email") ?? "").trim();
    if (adding.isPending) return;
    removing.reset();
    adding.mutate(email, { onSuccess: () => form.reset() });
  };

  const items = administrators.data?.items ?? [];
  return (
    <Section title={words.title}>
      {removing.error && <FormAlert messages={[problemOf(removing.error)?.detail ?? ""]} />}
      {administrators.isPending && <Loading />}
      {administrators.isError && <FormAlert messages={[problemOf(administrators.error)?.detail ?? ""]} />}
      <CardList>
        {items.map((administrator) => (
          <Card component="li" key={administrator.id} withBorder padding="sm">
            <Group justify="space-between" gap="xs" align="flex-start">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={600}>
                  {administrator.name}
                  {administrator.id === me.data?.id && ` ${t("administrators.you")}`}
                </Text>
                {/* The server sends addresses only to those who manage, and to each person their own. */}
                {administrator.email && (
                  <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                    {administrator.email}
                  </Text>
                )}
              </Stack>
              {/* The server offers no removal of the last one, so the card says what to do instead. */}
              {manage && !administrator.canRemove && (
                <Text size="sm" style={{ flexBasis: "100%" }}>
                  {t("feedback.administrators.onlyOne")}
                </Text>
              )}
              {administrator.canRemove && (
                <ConfirmAction
                  size="xs"
                  label={t("administrators.removeButton")}
                  accessibleLabel={t("administrators.remove", { name: administrator.name })}
                  question={
                    administrator.id === me.data?.id
                      ? words.removeSelfQuestion
                      : words.removeQuestion(administrator.name)
                  }
                  confirmLabel={t("administrators.confirmRemove")}
                  pending={removing.isPending}
                  onConfirm={() => {
                    adding.reset();
                    removing.mutate({ id: administrator.id, name: administrator.name });
                  }}
                />
              )}
            </Group>
          </Card>
        ))}
      </CardList>
      {manage ? (
        <form ref={addForm} onSubmit={submit} noValidate aria-label={t("administrators.add")}>
          <Stack gap="xs">
            <FormAlert messages={otherErrors(addErrors, ["email", "userId"])} />
            <TextInput
              name="email"
              type="email"
              autoComplete="off"
              label={t("administrators.email")}
              description={t("administrators.accountNeeded")}
              required
              maxLength={320}
              error={errorFor(addErrors, "email") ?? errorFor(addErrors, "userId")}
              errorProps={errorProps}
            />
            <Group>
              <Button type="submit" loading={adding.isPending}>
                {t("administrators.add")}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        me.data && <WhyNot>{words.whyNot}</WhyNot>
      )}
      {manage && (
        <PendingInvitations
          title={t("invitations.pendingTitle")}
          invitations={pending.data?.items ?? []}
          onChanged={() => pending.refetch()}
        />
      )}
    </Section>
  );
}

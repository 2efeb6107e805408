import { Button, Card, Group, Stack, Text, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import { useMe } from "../../api/session";
import { dataOf, type Organization, problemOf } from "./api";
import {
  ConfirmAction,
  errorProps,
  FormAlert,
  Loading,
  otherErrors,
  StatusMessage,
  useFocusFirstInvalid,
} from "./feedback";
import { CardList, Section } from "./layout";

/** Who administers the organization; those who manage administrators add people by e-mail and remove them. */
export function Administrators({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState("");
  const queryKey = ["organization", organization.id, "administrators"];
  const manage = organization.can.manage_administrators;

  const administrators = useQuery({
    queryKey,
    queryFn: () =>
      dataOf(api.GET("/api/v1/organizations/{id}/administrators", { params: { path: { id: organization.id } } })),
  });

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey }),
      queryClient.invalidateQueries({ queryKey: ["organization", organization.id], exact: true }),
      queryClient.invalidateQueries({ queryKey: ["organizations"] }),
    ]);

  const add = useMutation({
    mutationFn: (email: string) =>
      dataOf(
        api.POST("/api/v1/organizations/{id}/administrators", {
          params: { path: { id: organization.id } },
          body: { email },
        }),
      ),
    onSuccess: async (added, _email) => {
      setStatus(t("organizations.administrators.added", { name: added.name }));
      await refresh();
    },
  });

  const remove = useMutation({
    mutationFn: (administrator: { id: string; name: string }) =>
      dataOf(
        api.DELETE("/api/v1/organizations/{id}/administrators/{userId}", {
          params: { path: { id: organization.id, userId: administrator.id } },
          body: {},
        }),
      ),
    onSuccess: async (_, administrator) => {
      setStatus(t("organizations.administrators.removed", { name: administrator.name }));
      await refresh();
    },
  });

  const addErrors = useMemo(() => fieldErrors(problemOf(add.error)), [add.error]);
  const addForm = useFocusFirstInvalid(addErrors);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const email = String(new FormData(form).get("email") ?? "").trim();
    setStatus("");
    remove.reset();
    add.mutate(email, { onSuccess: () => form.reset() });
  };

  const items = administrators.data?.items ?? [];
  return (
    <Section title={t("organizations.administrators.title")}>
      <StatusMessage>{status}</StatusMessage>
      {remove.error && <FormAlert messages={[problemOf(remove.error)?.detail ?? ""]} />}
      {administrators.isPending && <Loading />}
      {administrators.isError && <FormAlert messages={[problemOf(administrators.error)?.detail ?? ""]} />}
      <CardList>
        {items.map((administrator) => (
          <Card component="li" key={administrator.id} withBorder padding="sm">
            <Group justify="space-between" gap="xs" align="flex-start">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={600}>
                  {administrator.name}
                  {administrator.id === me.data?.id && ` ${t("organizations.you")}`}
                </Text>
                {/* Addresses are for those who run the organization, not for every visitor of a public one. */}
                {(manage || administrator.id === me.data?.id) && (
                  <Text size="sm" style={{ overflowWrap: "anywhere" }}>
                    {administrator.email}
                  </Text>
                )}
              </Stack>
              {manage && items.length > 1 && (
                <ConfirmAction
                  size="xs"
                  label={t("organizations.remove")}
                  accessibleLabel={t("organizations.administrators.remove", { name: administrator.name })}
                  question={
                    administrator.id === me.data?.id
                      ? t("organizations.administrators.removeSelfQuestion")
                      : t("organizations.administrators.removeQuestion", { name: administrator.name })
                  }
                  confirmLabel={t("organizations.confirmRemove")}
                  pending={remove.isPending}
                  onConfirm={() => {
                    setStatus("");
                    remove.mutate({ id: administrator.id, name: administrator.name });
                  }}
                />
              )}
            </Group>
          </Card>
        ))}
      </CardList>
      {manage && (
        <form ref={addForm} onSubmit={submit} noValidate aria-label={t("organizations.administrators.add")}>
          <Stack gap="xs">
            <FormAlert messages={otherErrors(addErrors, ["email", "userId"])} />
            <TextInput
              name="email"
              type="email"
              autoComplete="off"
              label={t("organizations.administrators.email")}
              description={t("organizations.accountNeeded")}
              required
              maxLength={320}
              error={errorFor(addErrors, "email") ?? errorFor(addErrors, "userId")}
              errorProps={errorProps}
            />
            <Group>
              <Button type="submit" loading={add.isPending}>
                {t("organizations.administrators.add")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}

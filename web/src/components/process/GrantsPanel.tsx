import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, type Problem } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { useTranslated } from "../../i18n/translated";

type TreeItem = components["schemas"]["TreeItem"];
const allRights = ["view", "create_assets", "edit_assets", "delete_assets", "manage_items"] as const;

function flatten(items: TreeItem[], depth = 0): { item: TreeItem; depth: number }[] {
  return items.flatMap((item) => [{ item, depth }, ...flatten(item.children, depth + 1)]);
}

/** Who may do what where, and giving a team rights on a part of the tree: for the process's administrators. */
export function GrantsPanel({ processId, tree }: { processId: string; tree: TreeItem[] }) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const queryClient = useQueryClient();
  const [organizationId, setOrganizationId] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const items = flatten(tree);
  const names = new Map(items.map(({ item }) => [item.id, item.name]));

  const grants = useQuery({
    queryKey: ["process", processId, "grants"],
    queryFn: async () => (await api.GET("/api/v1/processes/{id}/grants", { params: { path: { id: processId } } })).data,
  });
  const organizations = useQuery({
    queryKey: ["organizations", "all"],
    queryFn: async () => (await api.GET("/api/v1/organizations", { params: { query: { limit: 100 } } })).data,
  });
  const teams = useQuery({
    queryKey: ["organization", organizationId, "teams"],
    enabled: organizationId !== "",
    queryFn: async () =>
      (
        await api.GET("/api/v1/organizations/{id}/teams", {
          params: { path: { id: organizationId }, query: { limit: 100 } },
        })
      ).data,
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["process", processId] }),
      queryClient.invalidateQueries({ queryKey: ["process", processId, "grants"] }),
    ]);
  const give = useMutation({
    mutationFn: async (body: components["schemas"]["GrantCreate"]) => {
      const { data, error } = await api.POST("/api/v1/processes/{id}/grants", {
        params: { path: { id: processId } },
        body,
      });
      if (error) throw error;
      return data;
    },
    onSuccess: () => {
      setProblem(null);
      return refresh();
    },
    onError: (error) => setProblem(error as unknown as Problem),
  });
  const takeBack = useMutation({
    mutationFn: async (grantId: string) => {
      const { error } = await api.DELETE("/api/v1/grants/{id}", { params: { path: { id: grantId } }, body: {} });
      if (error) throw error;
    },
    onSuccess: refresh,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const itemId = String(form.get("itemId") ?? "");
    give.mutate({
      teamId: String(form.get("teamId") ?? ""),
      ...(itemId ? { itemId } : {}),
      rights: form.getAll("rights").map(String) as (typeof allRights)[number][],
    });
  };

  return (
    <Stack>
      <Title order={2}>{t("processes.grants.current")}</Title>
      {grants.data?.items.length === 0 && <Text>{t("processes.grants.none")}</Text>}
      {(grants.data?.items.length ?? 0) > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("processes.grants.team")}</Table.Th>
                <Table.Th scope="col">{t("processes.grants.item")}</Table.Th>
                <Table.Th scope="col">{t("processes.grants.rights")}</Table.Th>
                <Table.Td />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {grants.data?.items.map((grant) => (
                <Table.Tr key={grant.id}>
                  <Table.Td>{grant.team ? translate(grant.team.name) : grant.user?.name}</Table.Td>
                  <Table.Td>{grant.itemId ? names.get(grant.itemId) : t("processes.grants.wholeProcess")}</Table.Td>
                  <Table.Td>{grant.rights.map((right) => t(`processes.grants.right.${right}`)).join(", ")}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" color="red" onClick={() => takeBack.mutate(grant.id)}>
                      {t("processes.grants.remove")}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2}>{t("processes.grants.title")}</Title>
          {errors[""] && (
            <Alert color="red" role="alert">
              {errors[""]}
            </Alert>
          )}
          <NativeSelect
            label={t("processes.grants.organization")}
            value={organizationId}
            onChange={(event) => setOrganizationId(event.currentTarget.value)}
            data={[
              { value: "", label: "—" },
              ...(organizations.data?.items ?? []).map((organization) => ({
                value: organization.id,
                label: translate(organization.name),
              })),
            ]}
          />
          <NativeSelect
            name="teamId"
            label={t("processes.grants.team")}
            error={errorFor(errors, "teamId")}
            data={[
              { value: "", label: "—" },
              ...(teams.data?.items ?? []).map((team) => ({ value: team.id, label: translate(team.name) })),
            ]}
          />
          <NativeSelect
            name="itemId"
            label={t("processes.grants.item")}
            error={errorFor(errors, "itemId")}
            data={[
              { value: "", label: t("processes.grants.wholeProcess") },
              ...items.map(({ item, depth }) => ({ value: item.id, label: `${"– ".repeat(depth)}${item.name}` })),
            ]}
          />
          <Checkbox.Group label={t("processes.grants.rights")} error={errorFor(errors, "rights")}>
            <Group mt="xs">
              {allRights.map((right) => (
                <Checkbox key={right} name="rights" value={right} label={t(`processes.grants.right.${right}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group>
            <Button type="submit" loading={give.isPending}>
              {t("processes.grants.give")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

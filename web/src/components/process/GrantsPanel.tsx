import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Right, rights } from "../../../../common/coproduction";
import { api, type Problem } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { dataOf, toProblem } from "../../api/unwrap";
import { useTranslated } from "../../i18n/translated";
import { ConfirmAction } from "../../ui/feedback";
import { toastSuccess } from "../../ui/toast";
import { PendingInvitations } from "../invitations/PendingInvitations";
import { ParticipationRequests } from "./Participation";

type TreeItem = components["schemas"]["TreeItem"];

function flatten(items: TreeItem[], depth = 0): { item: TreeItem; depth: number }[] {
  return items.flatMap((item) => [{ item, depth }, ...flatten(item.children, depth + 1)]);
}

/**
 * Who may do what where, and giving a team rights on a part of the tree: for the process's administrators. A team
 * of another organization is offered the rights and listed as waiting until its administrators answer.
 */
export function GrantsPanel({ processId, tree }: { processId: string; tree: TreeItem[] }) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const queryClient = useQueryClient();
  const [organizationId, setOrganizationId] = useState("");
  // The choices are the form's state, so a saved grant leaves an empty form behind: the next one starts afresh.
  const [teamId, setTeamId] = useState("");
  const [itemId, setItemId] = useState("");
  const [chosenRights, setChosenRights] = useState<string[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const items = flatten(tree);
  const names = new Map(items.map(({ item }) => [item.id, item.name]));

  const grants = useQuery({
    queryKey: ["process", processId, "grants"],
    queryFn: () => dataOf(api.GET("/api/v1/processes/{id}/grants", { params: { path: { id: processId } } })),
  });
  const organizations = useQuery({
    queryKey: ["organizations", "all"],
    queryFn: () => dataOf(api.GET("/api/v1/organizations", { params: { query: { limit: 100 } } })),
  });
  const teams = useQuery({
    queryKey: ["organization", organizationId, "teams"],
    enabled: organizationId !== "",
    queryFn: () =>
      dataOf(
        api.GET("/api/v1/organizations/{id}/teams", {
          params: { path: { id: organizationId }, query: { limit: 100 } },
        }),
      ),
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["process", processId] }),
      queryClient.invalidateQueries({ queryKey: ["process", processId, "grants"] }),
    ]);
  const give = useMutation({
    mutationFn: (body: components["schemas"]["GrantCreate"]) =>
      dataOf(
        api.POST("/api/v1/processes/{id}/grants", {
          params: { path: { id: processId } },
          body,
        }),
      ),
    onSuccess: (answer, body) => {
      setProblem(null);
      const team = teams.data?.items.find((entry) => entry.id === body.teamId);
      const teamName = team ? translate(team.name) : "";
      // Another organization's team is only offered the rights: its administrators accept or decline.
      toastSuccess(
        "invitation" in answer
          ? t("invitations.sentToTeam", { team: teamName })
          : t("feedback.grants.given", {
              team: teamName,
              part: body.itemId ? names.get(body.itemId) : t("processes.grants.wholeProcess"),
            }),
      );
      setTeamId("");
      setItemId("");
      setChosenRights([]);
      return refresh();
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  const takeBack = useMutation({
    mutationFn: (grantId: string) =>
      dataOf(api.DELETE("/api/v1/grants/{id}", { params: { path: { id: grantId } }, body: {} })),
    onSuccess: () => {
      toastSuccess(t("feedback.grants.revoked"));
      return refresh();
    },
    onError: (error) => setProblem(toProblem(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (give.isPending) return;
    give.mutate({
      teamId,
      ...(itemId ? { itemId } : {}),
      rights: chosenRights as Right[],
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
                    <ConfirmAction
                      size="xs"
                      label={t("processes.grants.remove")}
                      accessibleLabel={t("feedback.grants.revokeLabel", {
                        team: grant.team ? translate(grant.team.name) : (grant.user?.name ?? ""),
                      })}
                      question={t("feedback.grants.revokeQuestion", {
                        team: grant.team ? translate(grant.team.name) : (grant.user?.name ?? ""),
                        part: grant.itemId ? names.get(grant.itemId) : t("processes.grants.wholeProcess"),
                      })}
                      confirmLabel={t("feedback.grants.revokeConfirm")}
                      pending={takeBack.isPending && takeBack.variables === grant.id}
                      onConfirm={() => takeBack.mutate(grant.id)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ParticipationRequests processId={processId} grants={grants.data?.items ?? []} />
      <PendingInvitations
        title={t("invitations.pendingGrantsTitle")}
        invitations={grants.data?.pending ?? []}
        details={(invitation) =>
          `${invitation.item?.name ?? t("processes.grants.wholeProcess")}: ${(invitation.rights ?? [])
            .map((right) => t(`processes.grants.right.${right}`))
            .join(", ")}`
        }
        onChanged={refresh}
      />
      <form onSubmit={submit} noValidate>
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
            onChange={(event) => {
              setOrganizationId(event.currentTarget.value);
              setTeamId("");
            }}
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
            value={teamId}
            onChange={(event) => setTeamId(event.currentTarget.value)}
            error={errorFor(errors, "teamId")}
            data={[
              { value: "", label: "—" },
              ...(teams.data?.items ?? []).map((team) => ({ value: team.id, label: translate(team.name) })),
            ]}
          />
          <NativeSelect
            name="itemId"
            label={t("processes.grants.item")}
            value={itemId}
            onChange={(event) => setItemId(event.currentTarget.value)}
            error={errorFor(errors, "itemId")}
            data={[
              { value: "", label: t("processes.grants.wholeProcess") },
              ...items.map(({ item, depth }) => ({ value: item.id, label: `${"– ".repeat(depth)}${item.name}` })),
            ]}
          />
          <Checkbox.Group
            label={t("processes.grants.rights")}
            description={t("feedback.grants.rightsRule")}
            value={chosenRights}
            onChange={setChosenRights}
            error={errorFor(errors, "rights")}
          >
            <Group mt="xs">
              {rights.map((right) => (
                <Checkbox key={right} name="rights" value={right} label={t(`processes.grants.right.${right}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group>
            <Button
              type="submit"
              loading={give.isPending}
              styles={{ label: { whiteSpace: "normal" } }}
              h="auto"
              mih={36}
            >
              {t("processes.grants.give")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

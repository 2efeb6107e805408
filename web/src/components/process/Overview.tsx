import { Badge, Button, Group, Image, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, problemMessage } from "../../api/client";
import { withReturn } from "../../api/returnTo";
import type { components } from "../../api/schema";
import { useMe } from "../../api/session";
import { dataOf } from "../../api/unwrap";
import { useTranslated } from "../../i18n/translated";
import { useFormatDate } from "../../ui/dates";
import { toastFailure, toastSuccess } from "../../ui/toast";
import { AnchorLink } from "../AnchorLink";
import { ProcessMailChoice } from "../ProcessMailChoice";
import { StoryEntry } from "../stories/StoryEntry";
import { AskToTakePart } from "./Participation";

type Process = components["schemas"]["Process"];
type TreeItem = components["schemas"]["TreeItem"];
type Participant = components["schemas"]["ProcessParticipants"]["items"][number];
type ClosedDecision = components["schemas"]["ClosedDecision"];

const wrap = { label: { whiteSpace: "normal" } } as const;
const statusColor = { finished: "green.9", in_progress: "blue.9", awaiting: "gray.8" } as const;

const workRights = ["create_assets", "edit_assets", "update_status", "manage_items"] as const;
const mayWork = (items: TreeItem[]): boolean =>
  items.some((item) => workRights.some((right) => item.can[right]) || mayWork(item.children));

/**
 * Where a process page opens: its plan for those who work in it (whoever sees a private process takes part in
 * it), its overview for everyone else.
 */
export function startTab(process: Process | undefined, tree: TreeItem[] | undefined): "tree" | "overview" {
  if (!process) return "overview";
  return process.visibility === "private" || process.can.update || (tree && mayWork(tree)) ? "tree" : "overview";
}

/** The public page of a process: what it is, where it stands, who takes part, what came out, and how to join. */
export function Overview({ process, tree }: { process: Process; tree: TreeItem[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {process.image && (
        <Image
          src={process.image.url}
          alt={process.image.alt}
          radius="md"
          mah={360}
          fit="cover"
          w="100%"
          data-testid="cover-image"
        />
      )}
      {process.description && <Text style={{ whiteSpace: "pre-line" }}>{process.description}</Text>}
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Badge variant="outline" color="gray.8" styles={wrap} h="auto">
            {process.visibility === "public" ? t("publicPage.publicBadge") : t("publicPage.privateBadge")}
          </Badge>
        </Group>
        <Text size="sm">
          {t("publicPage.governance", {
            model: process.governanceModel,
            name: t(`processes.governance.${process.governanceModel}`),
          })}
        </Text>
        <AnchorLink
          to="/processes/$processId"
          params={{ processId: process.id }}
          search={{ tab: "rules" }}
          size="sm"
          underline="always"
        >
          {t("governance.overviewLink")}
        </AnchorLink>
      </Stack>
      <Timeline process={process} tree={tree} />
      <TakePart process={process} />
      <MailForParticipants process={process} tree={tree} />
      <Participants process={process} />
      <Results process={process} tree={tree} />
      <StoryEntry processId={process.id} />
    </Stack>
  );
}

function Timeline({ process, tree }: { process: Process; tree: TreeItem[] }) {
  const { t } = useTranslation();
  const phases = tree.filter((item) => item.type === "phase");
  const formatDate = useFormatDate();
  const span = (item: TreeItem) =>
    [item.startDate, item.endDate]
      .filter((value): value is string => Boolean(value))
      .map((value) => formatDate(value))
      .join(" – ");
  return (
    <section aria-labelledby="overview-phases">
      <Title order={2} size="h3" id="overview-phases" mb="xs">
        {t("publicPage.phases.title")}
      </Title>
      {phases.length === 0 ? (
        <Text size="sm">{t("publicPage.phases.none")}</Text>
      ) : (
        <ol className="interlink-timeline" style={{ paddingInlineStart: "1.5rem", margin: 0 }}>
          {phases.map((phase) => {
            const current = phase.id === process.currentPhase?.id;
            return (
              <li key={phase.id} aria-current={current ? "step" : undefined} style={{ marginBottom: "0.5rem" }}>
                <Group gap="xs" wrap="wrap">
                  <Text component="span" fw={current ? 700 : 500}>
                    {phase.name}
                  </Text>
                  <Badge
                    variant={current ? "filled" : "outline"}
                    color={statusColor[phase.status]}
                    h="auto"
                    styles={wrap}
                  >
                    {current ? t("publicPage.phases.current") : t(`process.status.${phase.status}`)}
                  </Badge>
                </Group>
                {span(phase) && (
                  <Text size="sm" c="dimmed">
                    {span(phase)}
                  </Text>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {phases.length > 0 && !process.currentPhase && <Text size="sm">{t("publicPage.phases.allDone")}</Text>}
    </section>
  );
}

function useParticipants(processId: string) {
  return useQuery({
    queryKey: ["process", processId, "participants"],
    queryFn: () =>
      dataOf(
        api.GET("/api/v1/processes/{id}/participants", {
          params: { path: { id: processId } },
        }),
      ),
  });
}

function Participants({ process }: { process: Process }) {
  const { t } = useTranslation();
  const translated = useTranslated();
  const participants = useParticipants(process.id);
  const counts = process.participants;
  const byTeamType = new Map<string, Participant[]>();
  for (const entry of participants.data?.items ?? []) {
    byTeamType.set(entry.team.type, [...(byTeamType.get(entry.team.type) ?? []), entry]);
  }
  const nobody = counts.teams === 0 && counts.people === 0;
  return (
    <section aria-labelledby="overview-participants">
      <Title order={2} size="h3" id="overview-participants" mb="xs">
        {t("publicPage.participants.title")}
      </Title>
      {nobody ? (
        <Text size="sm">{t("publicPage.participants.none")}</Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm">
            {[
              t("publicPage.participants.organizations", { count: counts.organizations }),
              t("publicPage.participants.teams", { count: counts.teams }),
              ...(counts.people > 0 ? [t("publicPage.participants.people", { count: counts.people })] : []),
            ].join(" · ")}
          </Text>
          {counts.byType.length > 0 && (
            <List size="sm" spacing={2}>
              {counts.byType.map((entry) => (
                <List.Item key={entry.type}>
                  {t("publicPage.participants.ofType", {
                    type: t(`organizations.types.${entry.type}.label`),
                    counts: [
                      ...(entry.organizations > 0
                        ? [t("publicPage.participants.organizations", { count: entry.organizations })]
                        : []),
                      ...(entry.teams > 0 ? [t("publicPage.participants.teams", { count: entry.teams })] : []),
                    ].join(", "),
                  })}
                </List.Item>
              ))}
            </List>
          )}
          {[...byTeamType.entries()].map(([type, entries]) => (
            <div key={type}>
              <Title order={3} size="h5">
                {t(`organizations.types.${type}.label`)}
              </Title>
              <List size="sm" spacing={2}>
                {entries.map((entry) => (
                  <List.Item key={entry.team.id}>
                    {t("publicPage.participants.teamOf", {
                      team: translated(entry.team.name),
                      organization: translated(entry.organization.name),
                    })}
                  </List.Item>
                ))}
              </List>
            </div>
          ))}
          {(participants.data?.hiddenTeams ?? 0) > 0 && (
            <Text size="sm" c="dimmed">
              {t("publicPage.participants.hidden", { count: participants.data?.hiddenTeams })}
            </Text>
          )}
        </Stack>
      )}
    </section>
  );
}

function TakePart({ process }: { process: Process }) {
  const { t } = useTranslation();
  const translated = useTranslated();
  const me = useMe();
  const queryClient = useQueryClient();
  const participants = useParticipants(process.id);
  const here = `/processes/${process.id}`;
  const ask = useMutation({
    mutationFn: (entry: Participant) =>
      dataOf(
        api.POST("/api/v1/teams/{id}/join-requests", {
          params: { path: { id: entry.team.id } },
          body: { message: "" },
        }),
      ),
    onSuccess: (_data, entry) => {
      toastSuccess(t("publicPage.takePart.asked", { team: translated(entry.team.name) }));
      return queryClient.invalidateQueries({ queryKey: ["process", process.id, "participants"] });
    },
    onError: (error) => toastFailure(problemMessage(error)),
  });

  let body: React.ReactNode;
  if (!me.isSuccess) body = null;
  else if (!me.data) {
    body = (
      <Stack gap="xs">
        <Text size="sm">{t("publicPage.takePart.signedOut")}</Text>
        <Group gap="sm" wrap="wrap">
          <Button component="a" href={withReturn("/sign-up", here)} h="auto" py={8} styles={wrap}>
            {t("publicPage.takePart.signUp")}
          </Button>
          <Button component="a" href={withReturn("/sign-in", here)} variant="default" h="auto" py={8} styles={wrap}>
            {t("publicPage.takePart.signIn")}
          </Button>
        </Group>
      </Stack>
    );
  } else if (process.can.update) {
    body = <Text size="sm">{t("publicPage.takePart.administrator")}</Text>;
  } else {
    const teams = participants.data?.items ?? [];
    const mine = teams.filter((entry) => entry.team.myRole);
    const throughTeams =
      mine.length > 0 ? (
        <Text size="sm">
          {t("publicPage.takePart.member", { teams: mine.map((entry) => translated(entry.team.name)).join(", ") })}
        </Text>
      ) : teams.length === 0 ? (
        <Text size="sm">{t("publicPage.takePart.noTeams")}</Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">{t("publicPage.takePart.chooseTeam")}</Text>
          <List listStyleType="none" spacing="xs" p={0}>
            {teams.map((entry) => {
              const name = translated(entry.team.name);
              return (
                <List.Item key={entry.team.id}>
                  <Group gap="sm" wrap="wrap" justify="space-between">
                    <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
                      {t("publicPage.participants.teamOf", {
                        team: name,
                        organization: translated(entry.organization.name),
                      })}
                    </Text>
                    {entry.team.requestPending ? (
                      <Badge variant="outline" color="blue.9" h="auto" styles={wrap}>
                        {t("publicPage.takePart.pending")}
                      </Badge>
                    ) : entry.team.can.request_to_join ? (
                      <Button
                        size="xs"
                        h="auto"
                        py={6}
                        styles={wrap}
                        loading={ask.isPending && ask.variables?.team.id === entry.team.id}
                        aria-label={t("publicPage.takePart.askNamed", { team: name })}
                        onClick={() => ask.mutate(entry)}
                      >
                        {t("publicPage.takePart.ask")}
                      </Button>
                    ) : null}
                  </Group>
                </List.Item>
              );
            })}
          </List>
        </Stack>
      );
    // Besides a team, the process's administrators themselves: a request with a reason (issue #12).
    body = (
      <Stack gap="sm">
        {throughTeams}
        <AskToTakePart process={process} />
      </Stack>
    );
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="overview-take-part">
      <Title order={2} size="h3" id="overview-take-part" mb="xs">
        {t("publicPage.takePart.title")}
      </Title>
      {body}
    </Paper>
  );
}

/**
 * The mail choice for this process, shown to whoever takes part in it: those the page opens on the plan for
 * (startTab) and the members of its teams.
 */
function MailForParticipants({ process, tree }: { process: Process; tree: TreeItem[] }) {
  const me = useMe();
  const participants = useParticipants(process.id);
  const member = participants.data?.items.some((entry) => entry.team.myRole) ?? false;
  if (!me.data || (startTab(process, tree) !== "tree" && !member)) return null;
  return <ProcessMailChoice processId={process.id} />;
}

function finishedItems(items: TreeItem[]): TreeItem[] {
  return items.flatMap((item) => [...(item.status === "finished" ? [item] : []), ...finishedItems(item.children)]);
}

function Results({ process, tree }: { process: Process; tree: TreeItem[] }) {
  const { t } = useTranslation();
  const finished = finishedItems(tree);
  const decisions = useQuery({
    queryKey: ["process", process.id, "decisions"],
    queryFn: () =>
      dataOf(
        api.GET("/api/v1/processes/{id}/decision/closed", {
          params: { path: { id: process.id } },
        }),
      ),
  });
  const closed = decisions.data?.items ?? [];
  const shown = 10;
  return (
    <section aria-labelledby="overview-results">
      <Title order={2} size="h3" id="overview-results" mb="xs">
        {t("publicPage.results.title")}
      </Title>
      {process.tasks.finished > 0 && (
        <Text size="sm">
          {t("publicPage.results.tasks", { finished: process.tasks.finished, count: process.tasks.total })}
        </Text>
      )}
      {finished.length === 0 && closed.length === 0 && decisions.isSuccess && (
        <Text size="sm">{t("publicPage.results.none")}</Text>
      )}
      {finished.length > 0 && (
        <List size="sm" spacing={2} mt="xs">
          {finished.slice(0, shown).map((item) => (
            <List.Item key={item.id}>
              {t("publicPage.results.item", { type: t(`publicPage.results.types.${item.type}`), name: item.name })}
            </List.Item>
          ))}
        </List>
      )}
      {finished.length > shown && (
        <Text size="sm" c="dimmed">
          {t("publicPage.results.more", { count: finished.length - shown })}
        </Text>
      )}
      {closed.length > 0 && (
        <section aria-labelledby="overview-decisions">
          <Title order={3} size="h4" id="overview-decisions" mt="md" mb="xs">
            {t("publicPage.results.decisions.title")}
          </Title>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
            {closed.map((decision) => (
              <DecisionResult key={decision.assetId} processId={process.id} decision={decision} />
            ))}
          </Stack>
          {(decisions.data?.total ?? 0) > closed.length && (
            <Text size="sm" c="dimmed" mt="xs">
              {t("publicPage.results.decisions.more", { count: (decisions.data?.total ?? 0) - closed.length })}
            </Text>
          )}
        </section>
      )}
    </section>
  );
}

/** One closed decision: its title linking to it, where and when it closed, how it came out and what follows. */
function DecisionResult({ processId, decision }: { processId: string; decision: ClosedDecision }) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const date = formatDate(decision.closedAt);
  const result = decision.result;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const key = (name: string) => `publicPage.results.decisions.result.${name}`;
  const summary = !result
    ? t(key("unknown"))
    : result.kind === "no_winner"
      ? t(key("no_winner"))
      : t(key(result.kind === "chosen" && result.average !== null ? "score" : result.kind), {
          label: result.label,
          support: result.count,
          average: result.average === null ? "" : number.format(result.average),
          count: result.ballots,
          eligible: result.eligible,
        });
  return (
    <li>
      <Text size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
        <AnchorLink
          to="/processes/$processId/assets/$assetId"
          params={{ processId, assetId: decision.assetId }}
          underline="always"
        >
          {decision.title}
        </AnchorLink>
      </Text>
      <Text size="sm" style={{ overflowWrap: "anywhere" }}>
        {summary}
      </Text>
      {decision.outcome && (
        <Text size="sm" style={{ whiteSpace: "pre-line", overflowWrap: "anywhere" }} lineClamp={4}>
          {t("publicPage.results.decisions.outcome", { outcome: decision.outcome })}
        </Text>
      )}
      <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
        {t("publicPage.results.decisions.where", { task: decision.taskName, date })}
      </Text>
    </li>
  );
}

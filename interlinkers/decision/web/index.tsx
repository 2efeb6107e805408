import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AssetViewProps,
  api,
  type components,
  dataOf,
  errorFor,
  fieldErrors,
  type Problem,
  toProblem,
  useFormatDate,
  useLanguage,
  useTranslated,
  WhyNot,
  whySentence,
} from "../../sdk/web";
import { slotAnswers, stances } from "../tally";

type Decision = components["schemas"]["Decision"];
type Ballot = components["schemas"]["DecisionBallot"];
type Results = components["schemas"]["DecisionResults"];
type Option = Decision["options"][number];

const key = (name: string) => `interlinkers.decision.${name}`;
// A fieldset that looks like Mantine's labelled groups: the legend names the group for screen readers.
const fieldsetStyle = { border: "none", padding: 0, margin: 0, minWidth: 0 };
const legendStyle = { fontWeight: 500, fontSize: "var(--mantine-font-size-sm)", padding: 0, marginBottom: 4 };

/** A decision: the question, my ballot in the form its type needs, the results with each runoff round, closing. */
export default function DecisionView({ asset }: AssetViewProps) {
  const { t } = useTranslation();
  const translate = useTranslated();
  const language = useLanguage();
  const formatDate = useFormatDate();
  const decision = useQuery({
    queryKey: ["asset", asset.id, "decision"],
    queryFn: () =>
      dataOf(
        api.GET("/api/v1/assets/{assetId}/decision", {
          params: { path: { assetId: asset.id } },
        }),
      ),
  });
  const poll = decision.data;
  const results = useQuery({
    queryKey: ["asset", asset.id, "decision", "results"],
    enabled: Boolean(poll?.resultsVisible),
    queryFn: () =>
      dataOf(
        api.GET("/api/v1/assets/{assetId}/decision/results", {
          params: { path: { assetId: asset.id } },
        }),
      ),
  });
  if (!poll) return null;
  const labelOf = (id: string) =>
    optionLabel(
      t,
      poll.options.find((option) => option.id === id),
    );
  const when = (iso: string) => formatDate(iso, { time: true });

  return (
    <Stack>
      <Group gap="xs">
        <Badge variant="outline" color="indigo.9" tt="none">
          {t(key(`types.${poll.type}`))}
        </Badge>
        <Badge variant={poll.status === "open" ? "filled" : "outline"} color="dark.6" tt="none">
          {t(key(`status.${poll.status}`))}
        </Badge>
      </Group>
      {/* Plain text, as written: line breaks kept, nothing interpreted as markup. */}
      {poll.description && (
        <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} data-testid="decision-description">
          {poll.description}
        </Text>
      )}
      <List size="sm" spacing={4}>
        {poll.closesAt && <List.Item>{t(key("facts.closesAt"), { when: when(poll.closesAt) })}</List.Item>}
        {poll.closedAt && <List.Item>{t(key("facts.closedAt"), { when: when(poll.closedAt) })}</List.Item>}
        <List.Item>
          {t(key("facts.ballots"), { count: poll.ballots })} {t(key("facts.eligible"), { count: poll.eligible })}
        </List.Item>
        {poll.quorumPercent !== null && (
          <List.Item>{t(key("facts.quorum"), { percent: poll.quorumPercent })}</List.Item>
        )}
        {poll.dots !== null && <List.Item>{t(key("facts.dots"), { count: poll.dots })}</List.Item>}
        {poll.anonymous && <List.Item>{t(key("facts.anonymous"))}</List.Item>}
        {poll.hideResultsUntilClosed && <List.Item>{t(key("facts.hidden"))}</List.Item>}
        <List.Item>
          {poll.voters
            ? t(key("facts.teams"), {
                teams: poll.voters.teams.map((team) => translate(team.name)).join(", "),
              })
            : t(key("facts.everyone"))}
        </List.Item>
      </List>

      {poll.outcome && (
        <Alert variant="light" title={t(key("outcome.title"))}>
          <Text style={{ whiteSpace: "pre-wrap" }}>{poll.outcome}</Text>
        </Alert>
      )}

      {poll.myBallot && (
        <Text size="sm">
          {t(key("ballot.mine"))} {describeBallot(t, poll, poll.myBallot, labelOf)}
        </Text>
      )}
      {poll.can.vote ? (
        <BallotForm poll={poll} assetId={asset.id} />
      ) : (
        poll.status === "open" &&
        // The rulebook's sentence when it is the rule that keeps the reader from voting; else the poll's electorate.
        (poll.why.vote?.rule ? (
          <WhyNot>{whySentence(t, language, poll.why.vote)}</WhyNot>
        ) : (
          <Text size="sm">{t(key("ballot.notVoter"))}</Text>
        ))
      )}

      <Title order={2} size="h3">
        {t(key("results.title"))}
      </Title>
      {!poll.resultsVisible && <Text>{t(key("results.hidden"))}</Text>}
      {results.data && <ResultsView poll={poll} results={results.data} labelOf={labelOf} />}

      {poll.can.close ? (
        <CloseForm assetId={asset.id} />
      ) : (
        // Who may close instead, where the form would be: "Only members of public-administration teams … may".
        poll.closedAt === null && poll.why.close && <WhyNot>{whySentence(t, language, poll.why.close)}</WhyNot>
      )}
    </Stack>
  );
}

function optionLabel(t: (key: string) => string, option: Option | undefined): string {
  if (!option) return "";
  return option.stance ? t(key(`stances.${option.stance}`)) : option.label;
}

function describeBallot(
  t: (key: string, options?: Record<string, unknown>) => string,
  poll: Decision,
  ballot: Ballot,
  labelOf: (id: string) => string,
): string {
  if (ballot.stance) return t(key(`stances.${ballot.stance}`));
  if (ballot.optionId) return labelOf(ballot.optionId);
  if (ballot.optionIds) return ballot.optionIds.map(labelOf).join(", ");
  if (ballot.ranking) return ballot.ranking.map((id, index) => `${index + 1}. ${labelOf(id)}`).join("; ");
  const pairs = (map: Record<string, string | number>, render: (value: string | number) => string) =>
    poll.options
      .filter((option) => option.id in map)
      .map((option) => `${labelOf(option.id)}: ${render(map[option.id]!)}`)
      .join("; ");
  if (ballot.dots) return pairs(ballot.dots, (value) => t(key("facts.dots"), { count: value }));
  if (ballot.scores) return pairs(ballot.scores, String);
  if (ballot.slots) return pairs(ballot.slots, (value) => t(key(`answers.${value}`)));
  return "";
}

/** The ballot in the shape the poll's type needs; every control labelled, ranking by buttons, not dragging. */
function BallotForm({ poll, assetId }: { poll: Decision; assetId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const mine = poll.myBallot;
  const [ranking, setRanking] = useState<string[]>(() => {
    const ranked = mine?.ranking ?? [];
    return [...ranked, ...poll.options.map((option) => option.id).filter((id) => !ranked.includes(id))];
  });
  const [moved, setMoved] = useState<string>("");
  const cast = useMutation({
    mutationFn: (body: Ballot) =>
      dataOf(
        api.PUT("/api/v1/assets/{assetId}/decision/ballot", {
          params: { path: { assetId } },
          body,
        }),
      ),
    onSuccess: (data) => {
      setProblem(null);
      queryClient.setQueryData(["asset", assetId, "decision"], data);
      void queryClient.invalidateQueries({ queryKey: ["asset", assetId, "decision", "results"] });
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  const label = (option: Option) => optionLabel(t, option);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const perOption = <V,>(prefix: string, read: (value: string) => V) =>
      Object.fromEntries(
        poll.options.flatMap((option) => {
          const value = form.get(`${prefix}-${option.id}`);
          return value === null || value === "" ? [] : [[option.id, read(String(value))]];
        }),
      );
    const body: Ballot = (() => {
      switch (poll.type) {
        case "proposal":
          return { stance: (form.get("stance") ?? undefined) as Ballot["stance"] };
        case "single_choice":
          return { optionId: (form.get("optionId") as string | null) ?? undefined };
        case "approval":
          return { optionIds: form.getAll("optionIds").map(String) };
        case "ranked_choice":
          return { ranking };
        case "dot_vote":
          return { dots: perOption("dots", (value) => Number(value.replace(/[^\d]/g, "") || 0)) };
        case "score":
          return { scores: perOption("score", Number) };
        case "meeting_time":
          return { slots: perOption("slot", (value) => value as "yes" | "maybe" | "no") };
      }
    })();
    cast.mutate(body);
  };

  const move = (index: number, by: -1 | 1) => {
    const next = [...ranking];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    setRanking(next);
    setMoved(
      t(key("ballot.movedTo"), { option: label(poll.options.find((o) => o.id === item)!), place: index + by + 1 }),
    );
  };

  let fields: ReactNode;
  switch (poll.type) {
    case "proposal":
      fields = (
        <Radio.Group
          name="stance"
          label={t(key("ballot.stance"))}
          defaultValue={mine?.stance}
          error={errorFor(errors, "stance")}
        >
          <Stack gap={6} mt={4}>
            {stances.map((stance) => (
              <Radio key={stance} value={stance} label={t(key(`stances.${stance}`))} />
            ))}
          </Stack>
        </Radio.Group>
      );
      break;
    case "single_choice":
      fields = (
        <Radio.Group
          name="optionId"
          label={t(key("ballot.choose"))}
          defaultValue={mine?.optionId}
          error={errorFor(errors, "optionId")}
        >
          <Stack gap={6} mt={4}>
            {poll.options.map((option) => (
              <Radio key={option.id} value={option.id} label={label(option)} />
            ))}
          </Stack>
        </Radio.Group>
      );
      break;
    case "approval":
      fields = (
        <Checkbox.Group
          label={t(key("ballot.approve"))}
          defaultValue={mine?.optionIds}
          error={errorFor(errors, "optionIds")}
        >
          <Stack gap={6} mt={4}>
            {poll.options.map((option) => (
              <Checkbox key={option.id} name="optionIds" value={option.id} label={label(option)} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
      break;
    case "ranked_choice":
      fields = (
        <fieldset style={fieldsetStyle}>
          <legend style={legendStyle}>{t(key("ballot.rank"))}</legend>
          <Text size="sm" c="dimmed" mb={4}>
            {t(key("ballot.rankHelp"))}
          </Text>
          <ol style={{ paddingInlineStart: "1.5rem", margin: 0 }}>
            {ranking.map((id, index) => {
              const option = poll.options.find((candidate) => candidate.id === id)!;
              return (
                <li key={id}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text>{label(option)}</Text>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                        aria-label={t(key("ballot.moveUp"), { option: label(option) })}
                      >
                        ↑
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        disabled={index === ranking.length - 1}
                        onClick={() => move(index, 1)}
                        aria-label={t(key("ballot.moveDown"), { option: label(option) })}
                      >
                        ↓
                      </Button>
                    </Group>
                  </Group>
                </li>
              );
            })}
          </ol>
          <Text size="sm" role="status">
            {moved}
          </Text>
          {errorFor(errors, "ranking") && (
            <Text c="red.8" size="sm">
              {errorFor(errors, "ranking")}
            </Text>
          )}
        </fieldset>
      );
      break;
    case "dot_vote":
      fields = (
        <fieldset style={fieldsetStyle}>
          <legend style={legendStyle}>{t(key("ballot.dots"), { count: poll.dots ?? 0 })}</legend>
          <Stack gap="xs">
            {poll.options.map((option) => (
              <NumberInput
                key={option.id}
                name={`dots-${option.id}`}
                label={label(option)}
                min={0}
                max={poll.dots ?? undefined}
                defaultValue={mine?.dots?.[option.id] ?? 0}
                error={errors[`dots.${option.id}`]}
              />
            ))}
          </Stack>
          {errors.dots && (
            <Text c="red.8" size="sm">
              {errors.dots}
            </Text>
          )}
        </fieldset>
      );
      break;
    case "score":
      fields = (
        <fieldset style={fieldsetStyle}>
          <legend style={legendStyle}>{t(key("ballot.score"), { max: poll.maxScore })}</legend>
          <Stack gap="xs">
            {poll.options.map((option) => (
              <NativeSelect
                key={option.id}
                name={`score-${option.id}`}
                label={label(option)}
                defaultValue={String(mine?.scores?.[option.id] ?? 0)}
                data={Array.from({ length: poll.maxScore + 1 }, (_, score) => String(score))}
                error={errors[`scores.${option.id}`]}
              />
            ))}
          </Stack>
        </fieldset>
      );
      break;
    case "meeting_time":
      fields = (
        <fieldset style={fieldsetStyle}>
          <legend style={legendStyle}>{t(key("ballot.slots"))}</legend>
          <Stack gap="sm">
            {poll.options.map((option) => (
              <Radio.Group
                key={option.id}
                name={`slot-${option.id}`}
                label={label(option)}
                defaultValue={mine?.slots?.[option.id]}
                error={errors[`slots.${option.id}`]}
              >
                <Group gap="md" mt={4}>
                  {slotAnswers.map((answer) => (
                    <Radio key={answer} value={answer} label={t(key(`answers.${answer}`))} />
                  ))}
                </Group>
              </Radio.Group>
            ))}
          </Stack>
        </fieldset>
      );
      break;
  }

  return (
    <form noValidate onSubmit={submit} aria-label={t(key("ballot.title"))}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t(key("ballot.title"))}
        </Title>
        {fields}
        {errors[""] && (
          <Alert color="red" role="alert">
            {errors[""]}
          </Alert>
        )}
        {problem && !errors[""] && (
          <Text c="red.8" size="sm" role="alert">
            {problem.detail}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={cast.isPending}>
            {t(key(mine ? "ballot.change" : "ballot.cast"))}
          </Button>
          <Text role="status" size="sm">
            {cast.isSuccess ? t(key("ballot.saved")) : ""}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

function ResultsView({
  poll,
  results,
  labelOf,
}: {
  poll: Decision;
  results: Results;
  labelOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const measure = (entry: Results["tally"][number]) => {
    switch (poll.type) {
      case "dot_vote":
        return t(key("results.dotsBy"), { count: entry.total ?? 0, voters: entry.count });
      case "score":
        return t(key("results.scoreOf"), { total: entry.total ?? 0, average: entry.average ?? "–" });
      case "meeting_time":
        return t(key("results.answers"), {
          yes: entry.answers?.yes ?? 0,
          maybe: entry.answers?.maybe ?? 0,
          no: entry.answers?.no ?? 0,
        });
      case "ranked_choice":
        return t(key("results.firstChoices"), { count: entry.count });
      default:
        return t(key("results.votes"), { count: entry.count });
    }
  };
  return (
    <Stack gap="sm">
      <Text fw={600}>
        {results.winner
          ? poll.type === "proposal"
            ? t(key(results.passed ? "results.passed" : "results.notPassed"), {
                stance: labelOf(results.winner.optionId),
              })
            : t(key("results.winner"), { option: labelOf(results.winner.optionId) })
          : t(key(results.ballots === 0 ? "results.noBallots" : "results.noWinner"))}
      </Text>
      {results.quorumPercent !== null && (
        <Text size="sm">
          {t(key(results.quorumReached ? "results.quorumReached" : "results.quorumMissed"), {
            percent: results.quorumPercent,
          })}
        </Text>
      )}
      {results.tieBreak && (
        <Text size="sm">
          {t(key(`results.tieBreak.${results.tieBreak}`), { options: results.tied.map(labelOf).join(", ") })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={280}>
        <Table captionSide="top">
          <Table.Caption>{t(key("results.tableCaption"), { count: results.ballots })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(key("results.option"))}</Table.Th>
              <Table.Th scope="col">{t(key("results.count"))}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.tally.map((entry) => (
              <Table.Tr key={entry.optionId}>
                <Table.Th scope="row" fw={400}>
                  {labelOf(entry.optionId)}
                  {results.winner?.optionId === entry.optionId && ` (${t(key("results.chosen"))})`}
                </Table.Th>
                <Table.Td>{measure(entry)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {results.rounds?.map((round) => (
        <Table.ScrollContainer key={round.round} minWidth={280}>
          <Table captionSide="top">
            <Table.Caption>
              {t(key("results.round"), { round: round.round })}
              {round.exhausted > 0 && ` · ${t(key("results.exhausted"), { count: round.exhausted })}`}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(key("results.option"))}</Table.Th>
                <Table.Th scope="col">{t(key("results.count"))}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {round.counts.map((entry) => (
                <Table.Tr key={entry.optionId}>
                  <Table.Th scope="row" fw={400}>
                    {labelOf(entry.optionId)}
                    {round.eliminated === entry.optionId && ` (${t(key("results.eliminated"))})`}
                  </Table.Th>
                  <Table.Td>{t(key("results.votes"), { count: entry.votes })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {round.tieBreak && (
            <Text size="sm">
              {t(key(`results.roundTieBreak.${round.tieBreak}`), { option: labelOf(round.eliminated ?? "") })}
            </Text>
          )}
        </Table.ScrollContainer>
      ))}
      {results.votes && results.votes.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h4">
            {t(key("results.whoVoted"))}
          </Title>
          <List size="sm">
            {results.votes.map((entry) => (
              <List.Item key={entry.voter.id}>
                {entry.voter.name}: {describeBallot(t, poll, entry.ballot, labelOf)}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}

function CloseForm({ assetId }: { assetId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const close = useMutation({
    mutationFn: (outcome: string) =>
      dataOf(
        api.POST("/api/v1/assets/{assetId}/decision/close", {
          params: { path: { assetId } },
          body: { outcome },
        }),
      ),
    onSuccess: (data) => {
      setProblem(null);
      queryClient.setQueryData(["asset", assetId, "decision"], data);
      void queryClient.invalidateQueries({ queryKey: ["asset", assetId, "decision", "results"] });
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    close.mutate(String(new FormData(event.currentTarget).get("outcome") ?? ""));
  };
  return (
    <form noValidate onSubmit={submit} aria-label={t(key("outcome.close"))}>
      <Stack gap="xs">
        <Title order={2} size="h3">
          {t(key("outcome.close"))}
        </Title>
        <Textarea
          name="outcome"
          label={t(key("outcome.label"))}
          description={t(key("outcome.help"))}
          autosize
          minRows={3}
          required
          error={errorFor(errors, "outcome") ?? (problem && !errors.outcome ? problem.detail : undefined)}
        />
        <Group>
          <Button type="submit" loading={close.isPending}>
            {t(key("outcome.submit"))}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

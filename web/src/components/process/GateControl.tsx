import { Alert, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, type Problem } from "../../api/client";
import { useMe } from "../../api/session";
import { dataOf, toProblem } from "../../api/unwrap";
import { toastSuccess } from "../../ui/toast";
import { WhyNot } from "../WhyNot";
import { useApproverWords } from "./gateWords";
import type { TreeItem } from "./plan";
import { usePlanProblemMessage } from "./planApi";
import { finishedGreen } from "./StatusControl";

/** Where a gate stands, as one sentence: awaiting whom, signed off by whom, or rejected with the comment. */
export function GateState({ item }: { item: TreeItem }) {
  const { t, i18n } = useTranslation();
  const who = useApproverWords();
  const gate = item.gate;
  if (!gate) return null;
  let sentence: string;
  if (gate.state === "approved") {
    const names = gate.approvals.filter((entry) => entry.verdict === "approve").flatMap((entry) => entry.name ?? []);
    sentence = names.length
      ? t("plan.gate.approved", { names: new Intl.ListFormat(i18n.language).format(names) })
      : t("plan.gate.approvedAnonymous");
  } else if (gate.state === "rejected") {
    const rejection = gate.approvals.find((entry) => entry.verdict === "reject")!;
    sentence = rejection.name
      ? t("plan.gate.rejected", { name: rejection.name, comment: rejection.comment })
      : t("plan.gate.rejectedAnonymous", { comment: rejection.comment });
  } else {
    sentence = t(item.status === "finished" ? "plan.gate.finishedAwaiting" : "plan.gate.awaiting", { who: who(gate) });
  }
  // Colours that keep AA contrast on white; a pending gate reads in the text's own colour.
  const color = gate.state === "approved" ? finishedGreen : gate.state === "rejected" ? "red.9" : undefined;
  return (
    <Text size="sm" c={color} fw={500} data-testid="gate-state" style={{ overflowWrap: "anywhere" }}>
      {sentence}
    </Text>
  );
}

/**
 * A gated item's sign-off: its state, and for its approvers Approve / Reject with a comment (a rejection needs
 * one) and withdrawing their own verdict; for the others, why they may not (the approvers named), never a hidden
 * button. Used in the plan's rows and on a task's page.
 */
export function GateControl({ item, processId }: { item: TreeItem; processId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const who = useApproverWords();
  const message = usePlanProblemMessage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const formId = useId();
  const gate = item.gate;
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["process", processId, "tree"] }),
      queryClient.invalidateQueries({ queryKey: ["process", processId, "governance"] }),
    ]);
  const give = useMutation({
    mutationFn: (verdict: "approve" | "reject") =>
      dataOf(
        api.POST("/api/v1/items/{id}/gate/approvals", {
          params: { path: { id: item.id } },
          body: { verdict, comment: comment.trim() },
        }),
      ),
    onMutate: () => setProblem(null),
    onSuccess: async (_data, verdict) => {
      await refresh();
      setOpen(false);
      setComment("");
      toastSuccess(
        t(verdict === "approve" ? "plan.gate.done.approved" : "plan.gate.done.rejected", { name: item.name }),
      );
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  const withdraw = useMutation({
    mutationFn: () =>
      dataOf(api.DELETE("/api/v1/items/{id}/gate/approvals", { params: { path: { id: item.id } }, body: {} })),
    onMutate: () => setProblem(null),
    onSuccess: async () => {
      await refresh();
      toastSuccess(t("plan.gate.done.withdrawn", { name: item.name }));
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  const ask = useMutation({
    mutationFn: () =>
      dataOf(api.POST("/api/v1/items/{id}/gate/requests", { params: { path: { id: item.id } }, body: {} })),
    onMutate: () => setProblem(null),
    onSuccess: () => toastSuccess(t("plan.gate.asked", { who: who(gate!) })),
    onError: (error) => setProblem(toProblem(error)),
  });
  if (!gate) return null;
  const mine = gate.approvals.find((entry) => entry.userId === me.data?.id);
  // A phase or objective is judged once its work is finished (the server says so too): until then, no form.
  const ready = item.children.length === 0 || item.status === "finished" || gate.state === "rejected";
  const mayJudge = item.can.approve && ready;
  // Whoever does the work tells the approvers it is ready; the approvers themselves need no asking.
  const mayAsk = gate.state === "pending" && ready && item.can.finish_item && !item.can.approve;
  const submit = (event: FormEvent) => event.preventDefault();
  const rejectNeedsComment = problem?.errors?.some((entry) => entry.path === "body.comment");

  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      <GateState item={item} />
      {mine && (
        <Group gap="xs" wrap="wrap">
          <Text size="sm">{t("plan.gate.mine", { verdict: t(`plan.gate.verdict.${mine.verdict}`) })}</Text>
          <Button size="compact-xs" variant="subtle" loading={withdraw.isPending} onClick={() => withdraw.mutate()}>
            {t("plan.gate.withdraw")}
          </Button>
        </Group>
      )}
      {mayJudge && !open && (
        <Group>
          <Button
            size="compact-sm"
            variant="light"
            h="auto"
            py={4}
            styles={{ label: { whiteSpace: "normal" } }}
            aria-expanded={false}
            aria-controls={formId}
            onClick={() => setOpen(true)}
          >
            {t("plan.gate.signOff")}
          </Button>
        </Group>
      )}
      {mayJudge && open && (
        <form id={formId} onSubmit={submit} aria-label={`${t("plan.gate.title")}: ${item.name}`} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t("plan.gate.comment")}
              description={t("plan.gate.commentHint")}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
              error={rejectNeedsComment ? t("plan.gate.commentHint") : undefined}
            />
            <Group gap="xs" wrap="wrap">
              <Button
                size="xs"
                color={finishedGreen}
                loading={give.isPending && give.variables === "approve"}
                onClick={() => give.mutate("approve")}
              >
                {t("plan.gate.approve")}
              </Button>
              <Button
                size="xs"
                color="red.9"
                variant="outline"
                loading={give.isPending && give.variables === "reject"}
                onClick={() => give.mutate("reject")}
              >
                {t("plan.gate.reject")}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setOpen(false)}>
                {t("plan.gate.cancel")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {mayAsk && (
        <Group>
          <Button
            size="compact-sm"
            variant="light"
            h="auto"
            py={4}
            styles={{ label: { whiteSpace: "normal" } }}
            loading={ask.isPending}
            onClick={() => ask.mutate()}
          >
            {t("plan.gate.ask")}
          </Button>
        </Group>
      )}
      {problem && !rejectNeedsComment && (
        <Alert color="red.9" variant="outline" role="alert" p="xs">
          <Text size="sm">{message(problem, item)}</Text>
        </Alert>
      )}
      {!mayJudge && item.why.approve?.code === "gate" && <WhyNot>{t("plan.gate.whyNot", { who: who(gate) })}</WhyNot>}
    </Stack>
  );
}

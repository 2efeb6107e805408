import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
  type TitleOrder,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client";
import { errorFor, fieldErrors } from "../../api/problems";
import type { components } from "../../api/schema";
import { useMe } from "../../api/session";
import { dataOf, toProblem } from "../../api/unwrap";
import { useLanguage } from "../../i18n/translated";
import { useFormatDate } from "../../ui/dates";
import { FormAlert } from "../../ui/feedback";
import { toastSuccess } from "../../ui/toast";
import { WhyNot } from "../WhyNot";
import { AssetLink } from "./AssetLink";
import { whySentence } from "./governanceWords";
import { finishedGreen } from "./StatusControl";

type Claim = components["schemas"]["Claim"];
type Asset = components["schemas"]["Asset"];

const claimsKey = (itemId: string) => ["task", itemId, "claims"];

/** Refusals that mean "these claims are not for you" (the anonymous, a public process's visitor): no section. */
const hiddenFrom = [401, 403, 404];

/** Colours that keep AA contrast on white, as the gate's state uses; a pending claim reads in the text's colour. */
const statusColor = { pending: "gray.8", approved: finishedGreen, rejected: "red.9" } as const;

/** The messages of a refusal that sit under no field of the form. */
function otherMessages(errors: Record<string, string>, fields: string[]): string[] {
  const named = new Set(fields.map((field) => errorFor(errors, field)));
  return [...new Set(Object.values(errors))].filter((message) => !named.has(message));
}

/**
 * Work done on a task, credited to whoever did it once someone else approves: for who may claim, a form saying what
 * they did (optionally in which of the task's assets); the claims with their state and answer; withdrawing one's
 * own open claim; approving or rejecting (with a reason) for who may finish the task. Claims name who did what, so
 * readers who may not see the process's people (a public process's visitor) get no section at all, and a reader
 * with nothing to read and nothing to do gets none either.
 */
export function WorkClaims({
  itemId,
  assets,
  level,
}: {
  itemId: string;
  /** The task's assets, as its page loaded them: where the work may be. */
  assets: Asset[];
  level: TitleOrder;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const headingId = useId();
  const claimWork = useClaimWork(itemId);
  const claims = useQuery({
    queryKey: claimsKey(itemId),
    enabled: Boolean(me.data),
    queryFn: () => dataOf(api.GET("/api/v1/items/{id}/claims", { params: { path: { id: itemId } } })),
    retry: (count, error) => !hiddenFrom.includes(toProblem(error).status) && count < 1,
  });
  if (!me.data || claims.isPending) return null;
  if (claims.isError) {
    if (hiddenFrom.includes(toProblem(claims.error).status)) return null;
    return (
      <Text size="sm" c="red.9" role="alert">
        {t("plan.claims.loadFailed")}
      </Text>
    );
  }
  const { items, can, why } = claims.data;
  if (items.length === 0 && !can.claim) return null;
  const sub = Math.min(level + 1, 6) as TitleOrder;
  const mine = items.find((claim) => claim.person.id === me.data?.id && claim.status === "pending");

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" style={{ minWidth: 0 }}>
      <Title order={level} id={headingId}>
        {t("plan.claims.title")}
      </Title>
      {can.claim && <Text size="sm">{t("plan.claims.intro")}</Text>}
      {items.length > 0 && (
        <ul aria-labelledby={headingId} style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {items.map((claim) => (
            <ClaimCard key={claim.id} claim={claim} itemId={itemId} assets={assets} onWithdrawn={claimWork.reset} />
          ))}
        </ul>
      )}
      {can.claim && mine && (
        <>
          <Text size="sm">{t("plan.claims.yoursPending")}</Text>
          <FormAlert messages={claimWork.error ? Object.values(fieldErrors(toProblem(claimWork.error))) : []} />
        </>
      )}
      {can.claim && !mine && <ClaimForm claim={claimWork} assets={assets} level={sub} />}
      {!can.claim && why.claim && why.claim.code !== "sign_in" && (
        <WhyNot>
          {why.claim.code === "not_taking_part"
            ? t("plan.claims.whyNotTakingPart")
            : whySentence(t, language, why.claim)}
        </WhyNot>
      )}
    </Stack>
  );
}

/** Claiming work on an item; a refusal stays with whoever shows it, the form or the note of one's open claim. */
function useClaimWork(itemId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components["schemas"]["ClaimCreate"]) =>
      dataOf(api.POST("/api/v1/items/{id}/claims", { params: { path: { id: itemId } }, body })),
    onSuccess: async () => {
      toastSuccess(t("plan.claims.claimed"));
      await queryClient.invalidateQueries({ queryKey: claimsKey(itemId) });
    },
    // A claim made meanwhile (in another tab) is one this list does not show yet: the refusal says so, and the list
    // then shows it, with its Withdraw.
    onError: (error) => {
      if (toProblem(error).status === 409) void queryClient.invalidateQueries({ queryKey: claimsKey(itemId) });
    },
  });
}

/** "Claim work you did": what, and where among the task's assets. */
function ClaimForm({
  claim,
  assets,
  level,
}: {
  claim: ReturnType<typeof useClaimWork>;
  assets: Asset[];
  level: TitleOrder;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [description, setDescription] = useState("");
  const [assetId, setAssetId] = useState("");
  const errors = fieldErrors(claim.error ? toProblem(claim.error) : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    claim.mutate(
      { description, ...(assetId ? { assetId } : {}) },
      {
        onSuccess: () => {
          setDescription("");
          setAssetId("");
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Stack gap="xs">
        <Title order={level} size="h4" id={titleId}>
          {t("plan.claims.formTitle")}
        </Title>
        <Textarea
          label={t("plan.claims.description")}
          description={t("plan.claims.descriptionHint")}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={2000}
          required
          error={errorFor(errors, "description")}
        />
        {assets.length > 0 && (
          <NativeSelect
            label={t("plan.claims.asset")}
            value={assetId}
            onChange={(event) => setAssetId(event.currentTarget.value)}
            data={[
              { value: "", label: t("plan.claims.noAsset") },
              ...assets.map((asset) => ({ value: asset.id, label: asset.name })),
            ]}
            error={errorFor(errors, "assetId")}
          />
        )}
        <FormAlert messages={otherMessages(errors, ["description", "assetId"])} />
        <Group>
          <Button type="submit" loading={claim.isPending} h="auto" py={8} styles={{ label: { whiteSpace: "normal" } }}>
            {t("plan.claims.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** One claim: who, what and where, its state and answer, and what the reader may do with it. */
function ClaimCard({
  claim,
  itemId,
  assets,
  onWithdrawn,
}: {
  claim: Claim;
  itemId: string;
  assets: Asset[];
  /** One's open claim withdrawn: the refusal a second claim met is moot. */
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const queryClient = useQueryClient();
  const formId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonMissing, setReasonMissing] = useState(false);
  const name = claim.person.name;
  const done = async (message: string) => {
    toastSuccess(message);
    await queryClient.invalidateQueries({ queryKey: claimsKey(itemId) });
  };
  const approve = useMutation({
    mutationFn: () => dataOf(api.POST("/api/v1/claims/{id}/approve", { params: { path: { id: claim.id } }, body: {} })),
    onSuccess: () => done(t("plan.claims.approvedToast", { name })),
  });
  const reject = useMutation({
    mutationFn: () =>
      dataOf(api.POST("/api/v1/claims/{id}/reject", { params: { path: { id: claim.id } }, body: { reason } })),
    onSuccess: () => {
      setRejecting(false);
      return done(t("plan.claims.rejectedToast", { name }));
    },
  });
  const withdraw = useMutation({
    mutationFn: () => dataOf(api.DELETE("/api/v1/claims/{id}", { params: { path: { id: claim.id } }, body: {} })),
    onSuccess: () => {
      onWithdrawn();
      return done(t("plan.claims.withdrawnToast"));
    },
  });
  const failed = approve.error ?? reject.error ?? withdraw.error;
  const errors = fieldErrors(failed ? toProblem(failed) : null);
  const reasonError = reasonMissing ? t("plan.claims.reasonRequired", { name }) : errorFor(errors, "reason");
  const asset = claim.assetId ? assets.find((entry) => entry.id === claim.assetId) : undefined;
  const confirmReject = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    reject.mutate();
  };

  return (
    <Paper component="li" withBorder p="sm" mb="xs" data-testid="claim">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap" justify="space-between" align="flex-start">
          <Text fw={600} style={{ overflowWrap: "anywhere", minWidth: 0 }}>
            {t("plan.claims.who", { name, when: formatDate(claim.createdAt) })}
          </Text>
          <Badge variant="outline" color={statusColor[claim.status]} styles={{ label: { overflow: "visible" } }}>
            {t(`plan.claims.status.${claim.status}`)}
          </Badge>
        </Group>
        {/* Typed by the claimant: text as it was written, never markup. */}
        <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} data-user-content>
          {claim.description}
        </Text>
        {asset && (
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            {t("plan.claims.in")} <AssetLink asset={asset} />
          </Text>
        )}
        {claim.status !== "pending" && claim.decidedBy && (
          <Text size="sm" c={statusColor[claim.status]} fw={500} style={{ overflowWrap: "anywhere" }}>
            {t(claim.status === "approved" ? "plan.claims.approvedBy" : "plan.claims.rejectedBy", {
              name: claim.decidedBy.name,
              when: claim.decidedAt ? formatDate(claim.decidedAt) : "",
            })}
          </Text>
        )}
        {claim.status === "rejected" && claim.answer && (
          <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} data-user-content>
            {claim.answer}
          </Text>
        )}
        {claim.can.withdraw && (
          <Group>
            <Button
              size="compact-sm"
              variant="subtle"
              h="auto"
              py={4}
              styles={{ label: { whiteSpace: "normal" } }}
              loading={withdraw.isPending}
              onClick={() => withdraw.mutate()}
            >
              {t("plan.claims.withdraw")}
            </Button>
          </Group>
        )}
        {claim.can.decide && !rejecting && (
          <Group gap="xs" wrap="wrap">
            <Button
              size="xs"
              color={finishedGreen}
              loading={approve.isPending}
              onClick={() => approve.mutate()}
              aria-label={t("plan.claims.approveNamed", { name })}
            >
              {t("plan.claims.approve")}
            </Button>
            <Button
              size="xs"
              color="red.9"
              variant="outline"
              aria-expanded={false}
              aria-controls={formId}
              onClick={() => setRejecting(true)}
              aria-label={t("plan.claims.rejectNamed", { name })}
            >
              {t("plan.claims.reject")}
            </Button>
          </Group>
        )}
        {claim.can.decide && rejecting && (
          <form id={formId} onSubmit={confirmReject} noValidate aria-label={t("plan.claims.rejectNamed", { name })}>
            <Stack gap="xs">
              <Textarea
                label={t("plan.claims.reason")}
                description={t("plan.claims.reasonHint", { name })}
                value={reason}
                onChange={(event) => setReason(event.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={2000}
                required
                error={reasonError}
                data-autofocus
              />
              <Group gap="xs" wrap="wrap">
                <Button type="submit" size="xs" color="red.9" loading={reject.isPending}>
                  {t("plan.claims.confirmReject")}
                </Button>
                <Button size="xs" variant="subtle" onClick={() => setRejecting(false)}>
                  {t("plan.claims.cancel")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        <FormAlert messages={otherMessages(errors, ["reason"])} />
      </Stack>
    </Paper>
  );
}

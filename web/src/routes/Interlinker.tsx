import { Alert, Anchor, Button, Group, NumberInput, Stack, Text, Textarea, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, type Problem } from "../api/client";
import { errorFor, fieldErrors } from "../api/problems";
import { dataOf, toProblem } from "../api/unwrap";
import { UseInTask } from "../components/templates/UseInTask";
import { useTranslated } from "../i18n/translated";
import { RatingText } from "./Catalogue";

export function Interlinker() {
  const { t } = useTranslation();
  const translate = useTranslated();
  const queryClient = useQueryClient();
  const { interlinkerId } = useParams({ from: "/catalogue/$interlinkerId" });
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const entry = useQuery({
    queryKey: ["interlinker", interlinkerId],
    queryFn: () => dataOf(api.GET("/api/v1/interlinkers/{id}", { params: { path: { id: interlinkerId } } })),
  });
  const rate = useMutation({
    mutationFn: (body: { stars: number; text: string }) =>
      dataOf(
        api.PUT("/api/v1/interlinkers/{id}/rating", {
          params: { path: { id: interlinkerId } },
          body,
        }),
      ),
    onSuccess: () => {
      setProblem(null);
      return queryClient.invalidateQueries({ queryKey: ["interlinker", interlinkerId] });
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  const interlinker = entry.data;
  if (!interlinker) return null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    rate.mutate({ stars: Number(form.get("stars")), text: String(form.get("text") ?? "") });
  };

  return (
    <Stack maw={760} mx="auto">
      <Title order={1}>{translate(interlinker.name)}</Title>
      <Text>{translate(interlinker.description)}</Text>
      <RatingText rating={interlinker.rating} />
      <UseInTask interlinker={interlinker} />
      <Title order={2}>{t("catalogue.instructions")}</Title>
      <Text>{translate(interlinker.instructions)}</Text>
      {interlinker.url && (
        <Anchor href={interlinker.url} target="_blank" rel="noopener noreferrer" underline="always">
          {t("catalogue.open")}
        </Anchor>
      )}
      {interlinker.can.rate && (
        <form noValidate onSubmit={submit}>
          <Stack gap="xs">
            <Title order={2}>{t("catalogue.yourRating")}</Title>
            {rate.isSuccess && (
              <Alert color="green" role="status">
                {t("catalogue.saved")}
              </Alert>
            )}
            <NumberInput
              name="stars"
              label={t("catalogue.stars")}
              min={1}
              max={5}
              defaultValue={interlinker.myRating?.stars ?? 5}
              error={errorFor(errors, "stars")}
            />
            <Textarea
              name="text"
              label={t("catalogue.comment")}
              description={t("fields.upTo", { count: 2000 })}
              maxLength={2000}
              defaultValue={interlinker.myRating?.text ?? ""}
              error={errorFor(errors, "text")}
            />
            <Group>
              <Button type="submit" loading={rate.isPending}>
                {t("catalogue.rate")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AssetViewProps, api, dataOf, errorFor, fieldErrors, type Problem, toProblem } from "../../sdk/web";

/** A note: its text, editable by those with the right to edit the task's assets. */
export default function NoteView({ asset }: AssetViewProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<Problem | null>(null);
  const errors = fieldErrors(problem);
  const note = useQuery({
    queryKey: ["asset", asset.id, "note"],
    queryFn: () => dataOf(api.GET("/api/v1/assets/{assetId}/note", { params: { path: { assetId: asset.id } } })),
  });
  const save = useMutation({
    mutationFn: (text: string) =>
      dataOf(
        api.PUT("/api/v1/assets/{assetId}/note", {
          params: { path: { assetId: asset.id } },
          body: { text },
        }),
      ),
    onSuccess: (data) => {
      setProblem(null);
      queryClient.setQueryData(["asset", asset.id, "note"], data);
    },
    onError: (error) => setProblem(toProblem(error)),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(String(new FormData(event.currentTarget).get("text")));
  };

  if (!note.data) return null;
  if (!asset.can.edit) {
    return (
      <Stack>
        <Text size="sm">{t("interlinkers.note.readOnly")}</Text>
        <Text style={{ whiteSpace: "pre-wrap" }}>{note.data.text}</Text>
      </Stack>
    );
  }
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <Textarea
          name="text"
          label={t("interlinkers.note.label")}
          defaultValue={note.data.text}
          autosize
          minRows={8}
          error={errorFor(errors, "text")}
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("interlinkers.note.save")}
          </Button>
          <Text role="status" size="sm">
            {save.isSuccess ? t("interlinkers.note.saved") : ""}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

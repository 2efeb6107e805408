import { Button, FileInput, Group, Image, Stack, Text, TextInput, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemMessage } from "../../api/client";
import type { components } from "../../api/schema";
import { toProblem } from "../../api/unwrap";
import { ConfirmAction, FormAlert } from "../../ui/feedback";
import { toastSuccess } from "../../ui/toast";

type Process = components["schemas"]["Process"];
const maxBytes = 5 * 1024 * 1024;
const accepted = ["image/png", "image/jpeg", "image/webp"];

/** The cover image in the process's settings: choose a file, see it, describe it, save; or remove it. */
export function CoverImage({ process }: { process: Process }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [alt, setAlt] = useState(process.image?.alt ?? "");
  const [errors, setErrors] = useState<{ file?: string; alt?: string; form?: string }>({});

  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const refresh = () => queryClient.invalidateQueries({ queryKey: ["process", process.id] });
  const upload = useMutation({
    mutationFn: async (options: { body: Blob; type: string; alt: string }) => {
      const response = await fetch(`/api/v1/processes/${process.id}/image?alt=${encodeURIComponent(options.alt)}`, {
        method: "PUT",
        headers: { "content-type": options.type },
        body: options.body,
      });
      if (!response.ok) throw toProblem(await response.json().catch(() => ({ detail: response.statusText })));
      return response.json();
    },
    onSuccess: () => {
      setErrors({});
      setFile(null);
      toastSuccess(t("publicPage.cover.saved"));
      return refresh();
    },
    onError: (error) => {
      const problem = toProblem(error);
      const altError = problem.errors?.find((entry) => entry.path.startsWith("querystring.alt"));
      setErrors(altError ? { alt: t("publicPage.cover.altHint") } : { form: problemMessage(problem) });
    },
  });
  const remove = useMutation({
    mutationFn: async () => {
      const response = await fetch(`/api/v1/processes/${process.id}/image`, { method: "DELETE" });
      if (!response.ok && response.status !== 404) {
        throw toProblem(await response.json().catch(() => ({ detail: response.statusText })));
      }
    },
    onSuccess: () => {
      setAlt("");
      toastSuccess(t("publicPage.cover.removed"));
      return refresh();
    },
    onError: (error) => setErrors({ form: problemMessage(error) }),
  });

  const choose = (chosen: File | null) => {
    setErrors({});
    if (chosen && chosen.size > maxBytes) {
      setFile(null);
      return setErrors({ file: t("publicPage.cover.tooLarge") });
    }
    setFile(chosen);
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const wanted = alt.trim();
    const next: typeof errors = {};
    if (!file && !process.image) next.file = t("publicPage.cover.fileRequired");
    if (!wanted) next.alt = t("publicPage.cover.altRequired");
    setErrors(next);
    if (next.file || next.alt) return;
    if (file) return upload.mutate({ body: file, type: file.type || "image/png", alt: wanted });
    // Only the words changed: send the current image again with them (it is re-encoded from the WebP).
    void fetch(process.image!.url)
      .then((response) => response.blob())
      .then((blob) => upload.mutate({ body: blob, type: "image/webp", alt: wanted }));
  };

  const shown = preview ?? process.image?.url ?? null;
  return (
    <section aria-labelledby="cover-image-title">
      <form onSubmit={save} noValidate>
        <Stack gap="sm">
          <Title order={2} id="cover-image-title">
            {t("publicPage.cover.title")}
          </Title>
          {errors.form && <FormAlert messages={[errors.form]} />}
          {shown ? (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {preview ? t("publicPage.cover.preview") : t("publicPage.cover.current")}
              </Text>
              <Image src={shown} alt={alt || process.image?.alt || ""} radius="md" mah={240} fit="contain" w="100%" />
            </Stack>
          ) : (
            <Text size="sm">{t("publicPage.cover.none")}</Text>
          )}
          <FileInput
            label={t("publicPage.cover.file")}
            description={t("publicPage.cover.fileHint")}
            placeholder={t("publicPage.cover.choose")}
            accept={accepted.join(",")}
            value={file}
            onChange={choose}
            clearable
            clearButtonProps={{ "aria-label": t("publicPage.cover.clear") }}
            error={errors.file}
            styles={{ input: { overflowWrap: "anywhere" }, placeholder: { color: "var(--mantine-color-gray-7)" } }}
          />
          <TextInput
            label={t("publicPage.cover.alt")}
            description={t("publicPage.cover.altHint")}
            value={alt}
            onChange={(event) => setAlt(event.currentTarget.value)}
            maxLength={300}
            withAsterisk
            error={errors.alt}
          />
          <Group gap="sm" wrap="wrap">
            <Button
              type="submit"
              loading={upload.isPending}
              h="auto"
              py={8}
              styles={{ label: { whiteSpace: "normal" } }}
            >
              {t("publicPage.cover.save")}
            </Button>
            {process.image && (
              <ConfirmAction
                label={t("publicPage.cover.remove")}
                question={t("publicPage.cover.removeQuestion")}
                confirmLabel={t("publicPage.cover.removeConfirm")}
                pending={remove.isPending}
                onConfirm={() => remove.mutate()}
              />
            )}
          </Group>
        </Stack>
      </form>
    </section>
  );
}

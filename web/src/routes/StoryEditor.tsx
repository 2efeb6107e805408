import { Stack, Text } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams, useSearch } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { processQuery } from "../api/pageQueries";
import { describeProblem } from "../api/problems";
import { dataOf, problemOf } from "../api/unwrap";
import { AnchorLink } from "../components/AnchorLink";
import { NotFound } from "../components/NotFound";
import { type Story, storyDraftQuery, storyQuery } from "../components/stories/api";
import { fieldsOf, StoryForm, type StoryFormState, stateOfDraft, stateOfStory } from "../components/stories/StoryForm";
import { FormAlert, Loading } from "../ui/feedback";
import { PageTitle } from "../ui/layout";
import { toastSuccess } from "../ui/toast";

/**
 * Publishing the story of a process, from the draft the server words from its plan and trail; with `?edit=` the
 * published story, changed in place.
 */
export function StoryEditor() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { processId } = useParams({ from: "/processes/$processId/story" });
  const { edit } = useSearch({ from: "/processes/$processId/story" });
  const process = useQuery(processQuery(processId));
  const draft = useQuery(storyDraftQuery(processId));
  const existing = useQuery({ ...storyQuery(edit ?? ""), enabled: Boolean(edit) });

  const save = useMutation({
    mutationFn: async (state: StoryFormState): Promise<{ story: Story; waiting: boolean }> => {
      const fields = fieldsOf(state);
      if (edit) {
        const story = await dataOf(
          api.PATCH("/api/v1/stories/{id}", {
            params: { path: { id: edit } },
            body: {
              ...fields,
              problem: fields.problem ?? null,
              outcomes: fields.outcomes ?? null,
              lessons: fields.lessons ?? null,
            },
          }),
        );
        return { story, waiting: story.status === "awaiting_consent" };
      }
      const { data, error, response } = await api.POST("/api/v1/processes/{id}/story", {
        params: { path: { id: processId } },
        body: fields,
      });
      if (!response.ok || !data) throw problemOf(error ?? { detail: String(response.status), status: response.status });
      return { story: data, waiting: response.status === 202 };
    },
    onSuccess: async ({ story, waiting }) => {
      queryClient.setQueryData(["stories", "one", story.id], story);
      toastSuccess(waiting ? t("stories.form.awaitingConsent") : t("stories.form.published"));
      void queryClient.invalidateQueries({ queryKey: ["stories", "list"] });
      await navigate({ to: "/stories/$storyId", params: { storyId: story.id } });
    },
  });

  const back = (
    <AnchorLink to="/processes/$processId" params={{ processId }} search={{ tab: "overview" }}>
      {t("stories.form.cancel")}
    </AnchorLink>
  );
  if (draft.isPending || process.isPending || (edit && existing.isPending)) return <Loading />;
  const refused = problemOf(draft.error ?? process.error ?? (edit ? existing.error : null));
  if (refused?.status === 404 || refused?.status === 422) return <NotFound />;
  if (refused || !draft.data)
    return (
      <Stack maw={720} mx="auto">
        <PageTitle>{t("stories.form.title")}</PageTitle>
        {refused?.status === 401 || refused?.status === 403 ? (
          <Text>{t("stories.form.mayNot")}</Text>
        ) : (
          <FormAlert messages={[refused ? describeProblem(refused) : ""]} />
        )}
        {back}
      </Stack>
    );
  // The service the story names stays a choice even when the process is no longer among the service's processes.
  const named = edit ? existing.data?.publicService : null;
  const offered =
    named && !draft.data.publicServices.some((service) => service.id === named.id)
      ? { ...draft.data, publicServices: [...draft.data.publicServices, { id: named.id, name: named.name }] }
      : draft.data;
  const initial = edit && existing.data ? stateOfStory(existing.data, offered) : stateOfDraft(offered);

  return (
    <Stack maw={760} mx="auto">
      <PageTitle>{edit ? t("stories.form.editTitle") : t("stories.form.title")}</PageTitle>
      <Text>
        {t("stories.form.ofProcess")}{" "}
        <AnchorLink to="/processes/$processId" params={{ processId }} data-user-content>
          {process.data?.name}
        </AnchorLink>
      </Text>
      <Text>{t("stories.form.lead")}</Text>
      {process.data?.governanceModel === "G+G" && <Text>{t("stories.form.twoKeys")}</Text>}
      <StoryForm
        draft={offered}
        initial={initial}
        submitLabel={edit ? t("stories.form.save") : t("stories.form.publish")}
        pending={save.isPending || save.isSuccess}
        problem={problemOf(save.error)}
        onSubmit={(state) => save.mutate(state)}
        cancel={back}
      />
    </Stack>
  );
}

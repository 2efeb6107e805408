import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { api } from "../../api/client";
import type { components } from "../../api/schema";
import { dataOf, toProblem } from "../../api/unwrap";

export type Story = components["schemas"]["Story"];
export type StoryListItem = components["schemas"]["StoryListItem"];
export type StoryDraft = components["schemas"]["StoryDraft"];

/** Refusals that will not change on a second try: no point asking again. */
const final = [401, 403, 404, 410, 422];
const retry = (count: number, error: unknown) => !final.includes(toProblem(error).status) && count < 2;

export const storiesQuery = (q: string | undefined) =>
  infiniteQueryOptions({
    queryKey: ["stories", "list", q ?? ""],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      dataOf(
        api.GET("/api/v1/stories", {
          params: { query: { limit: 20, ...(q ? { q } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export const storyQuery = (id: string) =>
  queryOptions({
    queryKey: ["stories", "one", id],
    queryFn: () => dataOf(api.GET("/api/v1/stories/{id}", { params: { path: { id } } })),
    retry,
  });

/** The draft of a process's story: answered only to those who may publish it, so it also says who may. */
export const storyDraftQuery = (processId: string) =>
  queryOptions({
    queryKey: ["process", processId, "story-draft"],
    queryFn: () => dataOf(api.GET("/api/v1/processes/{id}/story/draft", { params: { path: { id: processId } } })),
    retry,
  });

import type { z } from "zod";
import type { Database } from "../../db/client.js";
import { explainAll, type MaybeActor } from "../../policies/index.js";
import { storyActions } from "../../policies/story.js";
import { loadVisibleServices } from "../public-services/service.js";
import type { StoryOutput, storyListItem } from "./schema.js";
import {
  type LoadedStory,
  missingConsents,
  participationOf,
  ratingsAndImages,
  type StoryRow,
  shownAssetsOf,
  storyExtras,
  storyUrl,
} from "./service.js";

/** The cover's address, versioned by its ETag so a new cover gets a new address. */
export const storyImageUrl = (storyId: string, etag: string) =>
  `/api/v1/stories/${storyId}/image?v=${encodeURIComponent(etag.replaceAll('"', ""))}`;

/**
 * A story as its page shows it: what it says, the structure it kept, who took part by kind (and by name only those
 * who asked), the assets it shows by name and kind, the service it improved when the reader may see it.
 */
export async function presentStory(db: Database, actor: MaybeActor, loaded: LoadedStory): Promise<StoryOutput> {
  const { row, access } = loaded;
  const [extras, participants, shown, services] = await Promise.all([
    storyExtras(db, actor, row),
    participationOf(db, row.processId),
    shownAssetsOf(db, row),
    loadVisibleServices(db, actor, row.publicServiceId ? [row.publicServiceId] : []),
  ]);
  const byRef = new Map(row.structure.map((entry) => [entry.ref, entry]));
  const service = services[0];
  return {
    id: row.id,
    processId: row.processId,
    url: storyUrl(row.id),
    status: row.status,
    language: row.language,
    title: row.title,
    problem: row.problem,
    phases: row.phases.map((entry) => {
      const phase = byRef.get(entry.itemId);
      return {
        itemId: entry.itemId,
        name: phase?.name ?? "",
        ...(phase?.translations?.name ? { translations: { name: phase.translations.name } } : {}),
        text: entry.text,
      };
    }),
    outcomes: row.outcomes,
    lessons: row.lessons,
    keywords: row.keywords,
    structure: [...row.structure]
      .sort((a, b) => a.position - b.position)
      .map((entry) => ({
        id: entry.ref,
        parentId: entry.parentRef,
        type: entry.type,
        name: entry.name,
        ...(entry.translations?.name ? { translations: { name: entry.translations.name } } : {}),
        status: entry.status,
      })),
    participants,
    namedPeople: extras.namedPeople,
    shownAssets: shown.map((found) => ({ id: found.id, name: found.name, kind: found.kind, taskId: found.taskId })),
    publicService: service ? { id: service.row.id, name: service.row.name, organization: service.authority } : null,
    image: extras.image ? { url: storyImageUrl(row.id, extras.image.etag), alt: extras.image.alt } : null,
    rating: extras.rating,
    myRating: extras.myRating,
    namedMe: extras.namedMe,
    awaitingConsent: row.status === "awaiting_consent" && access ? missingConsents(access, row.consents) : [],
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    ...explainAll(actor, storyActions, loaded.subject),
  };
}

/** Published stories as lists show them: title, problem, keywords, cover and rating. */
export async function presentStoryList(db: Database, rows: StoryRow[]): Promise<z.infer<typeof storyListItem>[]> {
  const { ratings, images } = await ratingsAndImages(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const image = images.get(row.id);
    return {
      id: row.id,
      processId: row.processId,
      url: storyUrl(row.id),
      language: row.language,
      title: row.title,
      problem: row.problem,
      keywords: row.keywords,
      image: image ? { url: storyImageUrl(row.id, image.etag), alt: image.alt } : null,
      rating: ratings.get(row.id) ?? { average: null, count: 0 },
      publishedAt: row.publishedAt?.toISOString() ?? null,
    };
  });
}

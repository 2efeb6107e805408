import type { z } from "zod";
import type { SchemaTreeNode } from "../../db/schema/index.js";
import { can, type MaybeActor, platform } from "../../policies/index.js";
import type {
  interlinker,
  interlinkerActions,
  interlinkerDetail,
  problemProfile,
  processSchema,
  processSchemaSummary,
  rating,
  SchemaNodeOutput,
} from "./schema.js";
import type { LoadedInterlinker, ProblemProfileRow, ProcessSchemaRow, RatingWithRater } from "./service.js";

type Interlinker = z.infer<typeof interlinker>;

export function presentInterlinker({ row, rating }: LoadedInterlinker, actor: MaybeActor): Interlinker {
  return {
    id: row.id,
    nature: row.nature,
    name: row.name,
    description: row.description,
    functions: row.functions,
    problemProfiles: row.problemProfiles,
    tags: row.tags,
    licence: row.licence as Interlinker["licence"],
    difficulty: row.difficulty as Interlinker["difficulty"],
    administrativeScopes: row.administrativeScopes as Interlinker["administrativeScopes"],
    languages: row.languages,
    url: row.url,
    softwareInterlinkerId: row.softwareInterlinkerId,
    templateLanguages: row.templateLanguages,
    rating,
    can: { rate: can(actor, "rate_interlinker", platform) } satisfies Record<
      (typeof interlinkerActions)[number],
      boolean
    >,
  };
}

export function presentInterlinkerDetail(
  loaded: LoadedInterlinker,
  myRating: { stars: number; text: string } | undefined,
  actor: MaybeActor,
): z.infer<typeof interlinkerDetail> {
  return {
    ...presentInterlinker(loaded, actor),
    instructions: loaded.row.instructions,
    hasTemplate: loaded.row.hasTemplate,
    myRating: myRating ? { stars: myRating.stars, text: myRating.text } : null,
  };
}

export function presentRating(row: RatingWithRater): z.infer<typeof rating> {
  return {
    user: row.user,
    stars: row.stars,
    text: row.text,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentProblemProfile(row: ProblemProfileRow): z.infer<typeof problemProfile> {
  return { id: row.id, name: row.name, description: row.description };
}

export function presentSchemaSummary(row: Omit<ProcessSchemaRow, "tree">): z.infer<typeof processSchemaSummary> {
  return { id: row.id, name: row.name, description: row.description, tags: row.tags };
}

export function presentSchema(row: ProcessSchemaRow): z.infer<typeof processSchema> {
  return { ...presentSchemaSummary(row), tree: row.tree.map(presentSchemaNode) };
}

/** Every node with every field, so clients need not tell phases, objectives and tasks apart to read them. */
function presentSchemaNode(node: SchemaTreeNode): SchemaNodeOutput {
  return {
    key: node.key,
    name: node.name,
    description: node.description,
    problemProfiles: node.problemProfiles ?? [],
    prerequisites: node.prerequisites ?? [],
    children: (node.children ?? []).map(presentSchemaNode),
  };
}

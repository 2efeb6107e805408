import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { interlinker, processSchema, type SchemaTree } from "../../db/schema/index.js";

// What other modules need from the catalogue, read by id.

/** A schema's tree for laying out a new process; undefined when there is no such schema. */
export async function findSchemaTree(db: Database, schemaId: string): Promise<SchemaTree | undefined> {
  const [row] = await db.select({ tree: processSchema.tree }).from(processSchema).where(eq(processSchema.id, schemaId));
  return row?.tree;
}

export type CatalogueEntry = Pick<
  typeof interlinker.$inferSelect,
  "id" | "nature" | "name" | "url" | "softwareInterlinkerId" | "template" | "origin" | "serviceUrl"
>;

/** The catalogue entry an asset is made from; undefined when there is none. */
export async function findCatalogueEntry(db: Database, interlinkerId: string): Promise<CatalogueEntry | undefined> {
  const [row] = await db
    .select({
      id: interlinker.id,
      nature: interlinker.nature,
      name: interlinker.name,
      url: interlinker.url,
      softwareInterlinkerId: interlinker.softwareInterlinkerId,
      template: interlinker.template,
      origin: interlinker.origin,
      serviceUrl: interlinker.serviceUrl,
    })
    .from(interlinker)
    .where(eq(interlinker.id, interlinkerId));
  return row;
}

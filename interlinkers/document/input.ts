import { z } from "zod";

export const maxMarkdownLength = 200_000;

const markdownText = z
  .string()
  .max(maxMarkdownLength, `A document starts from at most ${maxMarkdownLength} characters.`);

/** What `POST /tasks/:id/assets` takes for a new document: optionally, the Markdown it starts from. */
export const documentInput = z.strictObject({ markdown: markdownText.optional() });
export type DocumentInput = z.infer<typeof documentInput>;

export const versionParams = z.strictObject({ versionId: z.uuid({ message: "Not a valid id." }) });

export const versionOutput = z
  .object({
    id: z.uuid(),
    assetId: z.uuid(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: "DocumentVersion" });
export type VersionOutput = z.infer<typeof versionOutput>;

export const versionCreate = z.strictObject({
  name: z.string().trim().min(1, "Give the version a name.").max(200, "A version name has at most 200 characters."),
});

export const exportQuery = z.strictObject({
  format: z.enum(["html", "markdown"], { message: "Choose html or markdown." }),
});

export const readOutput = z
  .object({
    html: z.string().describe("Rendered from the stored document: only the schema's own elements, no script."),
  })
  .meta({ id: "DocumentContent" });

import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import type { Database } from "../../db/client.js";
import { processImage } from "../../db/schema/index.js";
import { Problem } from "../../http/problem.js";
import type { Actor } from "../../policies/index.js";
import { appendActivity } from "../activity/service.js";

export const imageMediaTypes = ["image/png", "image/jpeg", "image/webp"] as const;
export const maxImageBytes = 5 * 1024 * 1024;
/** Wider images are scaled down; a cover never needs more on any screen. */
export const maxImageWidth = 1600;
const maxImageHeight = 1600;
/** Refuses decompression bombs: a small file that unpacks to a huge bitmap. */
const maxInputPixels = 40_000_000;

export type ImageRow = typeof processImage.$inferSelect;

const notAnImage = () =>
  new Problem(422, "not-an-image", "This file is not a PNG, JPEG or WebP image, or it is damaged.", [
    { path: "body", code: "not_an_image", message: "Send a PNG, JPEG or WebP image." },
  ]);

/** Decodes an upload and encodes it again as WebP: no metadata (location, camera) survives, size is bounded. */
export async function reencodeImage(input: Buffer): Promise<{ bytes: Buffer; width: number; height: number }> {
  try {
    const source = sharp(input, { limitInputPixels: maxInputPixels, failOn: "error" });
    const metadata = await source.metadata();
    if (!metadata.format || !["png", "jpeg", "webp"].includes(metadata.format)) throw notAnImage();
    const { data, info } = await source
      .rotate()
      .resize({ width: maxImageWidth, height: maxImageHeight, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof Problem) throw error;
    throw notAnImage();
  }
}

/** An upload re-encoded as a cover (process or story), with the ETag its address and answers carry. */
export async function encodeCover(
  upload: Buffer,
  alt: string,
): Promise<{ bytes: Buffer; width: number; height: number; etag: string }> {
  const encoded = await reencodeImage(upload);
  const etag = `"${createHash("sha256").update(encoded.bytes).update(alt).digest("base64url").slice(0, 22)}"`;
  return { ...encoded, etag };
}

export async function findProcessImage(db: Database, processId: string): Promise<ImageRow | undefined> {
  const [row] = await db.select().from(processImage).where(eq(processImage.processId, processId));
  return row;
}

/** Sets (or replaces) a process's cover image; recorded in its activity. */
export async function setProcessImage(
  db: Database,
  options: { actor: Actor; processId: string; upload: Buffer; alt: string },
): Promise<ImageRow> {
  const encoded = await encodeCover(options.upload, options.alt);
  const values = { processId: options.processId, ...encoded, alt: options.alt, updatedAt: new Date() };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(processImage)
      .values(values)
      .onConflictDoUpdate({ target: processImage.processId, set: values })
      .returning();
    await appendActivity(tx, {
      processId: options.processId,
      actorId: options.actor.userId,
      action: "process.image_set",
      targetType: "process",
      targetId: options.processId,
      summary: { after: { alt: options.alt, width: encoded.width, height: encoded.height } },
    });
    return row!;
  });
}

/** Removes the cover image; false when there was none. */
export async function removeProcessImage(db: Database, options: { actor: Actor; processId: string }): Promise<boolean> {
  return db.transaction(async (tx) => {
    const removed = await tx.delete(processImage).where(eq(processImage.processId, options.processId)).returning({
      alt: processImage.alt,
    });
    if (removed.length === 0) return false;
    await appendActivity(tx, {
      processId: options.processId,
      actorId: options.actor.userId,
      action: "process.image_removed",
      targetType: "process",
      targetId: options.processId,
      summary: { before: { alt: removed[0]!.alt } },
    });
    return true;
  });
}

import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { optionalActor, requireActor } from "../../http/actor.js";
import { notFound, Problem, problemSchema, refusalResponses, sendProblem } from "../../http/problem.js";
import { emptyBody, idParams } from "../../http/schemas.js";
import type { ApiApp } from "../../http/types.js";
import { authorize } from "../../policies/index.js";
import { loadProcessAccess } from "./access.js";
import { findProcessImage, imageMediaTypes, maxImageBytes, removeProcessImage, setProcessImage } from "./image.js";
import { imageQuery, imageReadQuery, processImageOutput } from "./schema.js";
import { imageUrl } from "./summary.js";

const tags = ["processes"];

/**
 * Upload refusals in this scope's words: the size limit is the image's, and the types are the image types,
 * not the JSON the rest of the API speaks. Anything else goes on to the app's handler.
 */
export function imageUploadErrors(error: FastifyError, _request: unknown, reply: Parameters<typeof sendProblem>[0]) {
  if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return sendProblem(
      reply,
      new Problem(413, "too-large", `A cover image has at most ${maxImageBytes / 1024 / 1024} MiB.`),
    );
  }
  if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
    return sendProblem(
      reply,
      new Problem(415, "unsupported-media-type", "Send the image as image/png, image/jpeg or image/webp."),
    );
  }
  throw error;
}

/** Raw image bodies, for the scope of `app` only: the rest of the API keeps accepting JSON alone. */
export function acceptImageUploads(app: ApiApp): void {
  app.addContentTypeParser(
    [...imageMediaTypes],
    { parseAs: "buffer", bodyLimit: maxImageBytes },
    (_request, body, done) => done(null, body),
  );
}

/** The uploaded image's bytes; 415 for anything but a PNG, JPEG or WebP body. */
export function uploadedImage(request: { headers: Record<string, unknown>; body: unknown }): Buffer {
  const type = String(request.headers["content-type"] ?? "")
    .split(";")[0]!
    .trim()
    .toLowerCase();
  if (!(imageMediaTypes as readonly string[]).includes(type) || !Buffer.isBuffer(request.body)) {
    throw new Problem(415, "unsupported-media-type", "Send the image as image/png, image/jpeg or image/webp.");
  }
  return request.body;
}

/**
 * A stored cover (WebP), revalidated on every load with its ETag (a cheap 304): what it covers may turn private
 * or be withdrawn, so only a public one may be kept by shared caches.
 */
export function sendCover(
  request: FastifyRequest,
  reply: FastifyReply,
  row: { etag: string; bytes: Uint8Array },
  isPublic: boolean,
) {
  reply
    .header("etag", row.etag)
    .header("cache-control", `${isPublic ? "public" : "private"}, no-cache`)
    .header("vary", "cookie");
  if (request.headers["if-none-match"] === row.etag) return reply.code(304).send(null);
  return reply
    .type("image/webp")
    .header("content-length", row.bytes.byteLength)
    .send(Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength));
}

/** The cover image of a process: upload (raw bytes), read (cached, as visible as the process), remove. */
export async function processImageRoutes(app: ApiApp): Promise<void> {
  acceptImageUploads(app);

  app.put(
    "/api/v1/processes/:id/image",
    {
      bodyLimit: maxImageBytes,
      errorHandler: imageUploadErrors,
      schema: {
        tags,
        summary: "Set the cover image: the raw PNG, JPEG or WebP file as the body, its description as `alt`",
        params: idParams,
        querystring: imageQuery,
        response: { 200: processImageOutput, 413: problemSchema, 415: problemSchema, ...refusalResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "update", access.subject, "process");
      const upload = uploadedImage(request);
      const row = await setProcessImage(app.db, {
        actor,
        processId: access.process.id,
        upload,
        alt: request.query.alt,
      });
      return { url: imageUrl(row.processId, row.etag), alt: row.alt };
    },
  );

  app.get(
    "/api/v1/processes/:id/image",
    {
      schema: {
        tags,
        summary: "The cover image (WebP); as visible as the process",
        params: idParams,
        querystring: imageReadQuery,
        response: { 200: z.any().describe("image/webp"), 304: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await optionalActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "view", access.subject, "process");
      const row = await findProcessImage(app.db, access.process.id);
      if (!row) throw notFound("image");
      // Always revalidated (a process may turn private).
      return sendCover(request, reply, row, access.process.visibility === "public");
    },
  );

  app.delete(
    "/api/v1/processes/:id/image",
    {
      schema: {
        tags,
        summary: "Remove the cover image",
        params: idParams,
        body: emptyBody,
        response: { 204: z.null(), ...refusalResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(request);
      const access = await loadProcessAccess(app.db, actor, request.params.id);
      authorize(actor, "update", access.subject, "process");
      if (!(await removeProcessImage(app.db, { actor, processId: access.process.id }))) throw notFound("image");
      return reply.code(204).send(null);
    },
  );
}

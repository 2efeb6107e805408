import compress from "@fastify/compress";
import type { FastifyInstance } from "fastify";

/** JSON answers smaller than this go as they are: compressing them costs more than it saves. */
export const compressionThresholdBytes = 1024;

/**
 * Answers are compressed (brotli, else gzip) for clients that accept it, above a threshold: a process tree of
 * 92 KB of JSON goes as about a tenth of that. Registered before every route, so problem+json and the
 * fast-json-stringify output are covered. What is left alone: files the build already compressed (they carry
 * their Content-Encoding), event streams (the default types exclude text/event-stream, whose events must
 * reach the browser as they happen), WebSocket upgrades (they never pass through Fastify's replies), images.
 * Request bodies are not decompressed: no client of ours sends them compressed.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    globalDecompression: false,
    threshold: compressionThresholdBytes,
    encodings: ["br", "gzip"],
  });
}

import fastJsonStringify from "fast-json-stringify";
import type { FastifySerializerCompiler } from "fastify/types/schema.js";
import { z } from "zod";

/**
 * Responses are written by fast-json-stringify from each route's zod response schema turned into JSON Schema:
 * several times faster than validating every response with zod, and it still writes only the declared
 * properties, so a field a presenter forgot to drop never leaks.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  const jsonSchema = z.toJSONSchema(schema, { target: "draft-7", io: "output", unrepresentable: "any" });
  const write = fastJsonStringify(forWriting(jsonSchema) as Parameters<typeof fastJsonStringify>[0]);
  // Per route and status: the same answer under another schema is written differently.
  const written = new WeakMap<object, string>();
  return (payload: unknown) => {
    if (payload === null || typeof payload !== "object" || !sharedAnswers.has(payload)) return write(payload);
    let text = written.get(payload);
    if (text === undefined) {
      text = write(payload);
      written.set(payload, text);
    }
    return text;
  };
};

const sharedAnswers = new WeakSet<object>();

/**
 * Marks an answer that a presenter keeps and hands to every reader it fits, and that nobody changes again (a
 * process tree is 100+ KB of JSON): each route writes it once and sends the same text while it is kept.
 */
export function sharedAnswer<T extends object>(answer: T): T {
  sharedAnswers.add(answer);
  return answer;
}

const primitives = new Set(["string", "number", "integer", "boolean"]);

/**
 * What only validation needs goes: patterns and formats, and `anyOf` of a primitive and null becomes a type
 * list. fast-json-stringify tries each `anyOf` branch by validating the value, which made large nested answers
 * (a process tree) several times slower to write than to compute.
 */
export function forWriting(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forWriting);
  if (node === null || typeof node !== "object") return node;
  const { pattern: _pattern, format: _format, ...rest } = node as Record<string, unknown>;
  // `properties` and `definitions` map names to schemas: a property may well be called "format".
  for (const map of ["properties", "definitions", "$defs"]) {
    const schemas = rest[map] as Record<string, unknown> | undefined;
    if (schemas)
      rest[map] = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, forWriting(schema)]));
  }
  const anyOf = rest.anyOf as Record<string, unknown>[] | undefined;
  if (anyOf?.length === 2) {
    const nullBranch = anyOf.findIndex((branch) => branch.type === "null" && Object.keys(branch).length === 1);
    const other = anyOf[1 - nullBranch];
    if (nullBranch !== -1 && other && typeof other.type === "string" && primitives.has(other.type) && !other.enum) {
      const { anyOf: _anyOf, ...outside } = rest;
      return forWriting({ ...outside, ...other, type: [other.type, "null"] });
    }
  }
  return Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [
      key,
      ["properties", "definitions", "$defs"].includes(key) ? value : forWriting(value),
    ]),
  );
}

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { serializerCompiler } from "./serializer.js";

const write = (schema: z.ZodType, value: unknown) => JSON.parse(serializerCompiler({ schema } as never)(value));

describe("response serializer", () => {
  it("writes only declared properties, so nothing a presenter forgot leaks", () => {
    const schema = z.object({ id: z.string(), name: z.string() });
    expect(write(schema, { id: "1", name: "Ana", passwordHash: "secret" })).toEqual({ id: "1", name: "Ana" });
  });

  it("keeps nullable values, literals, and properties named like JSON Schema keywords", () => {
    const schema = z.object({
      format: z.literal("interlink-process"),
      pattern: z.string(),
      parentId: z.uuid().nullable(),
      nested: z.object({ format: z.string().nullable() }),
    });
    const value = { format: "interlink-process", pattern: "x", parentId: null, nested: { format: "a" } };
    expect(write(schema, value)).toEqual(value);
    expect(write(schema, { ...value, parentId: "01900000-0000-7000-8000-000000000000" }).parentId).toBe(
      "01900000-0000-7000-8000-000000000000",
    );
  });
});

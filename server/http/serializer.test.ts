import { describe, expect, it } from "vitest";
import { z } from "zod";
import { serializerCompiler, sharedAnswer } from "./serializer.js";

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

  it("writes a shared answer once per route, and everything else afresh each time", () => {
    const schema = z.object({ items: z.array(z.object({ name: z.string() })) });
    const other = z.object({ items: z.array(z.object({ id: z.string().optional(), name: z.string() })) });
    const route = serializerCompiler({ schema } as never);
    const shared = sharedAnswer({ items: [{ name: "a", secret: "x" }] });
    const first = route(shared);
    expect(JSON.parse(first)).toEqual({ items: [{ name: "a" }] });
    // Written once: the contract is that nobody changes it, and a change would not show.
    shared.items[0]!.name = "changed";
    expect(route(shared)).toBe(first);
    // Another route writes the same answer by its own schema.
    expect(JSON.parse(serializerCompiler({ schema: other } as never)(shared))).toEqual({
      items: [{ name: "changed" }],
    });
    const fresh = { items: [{ name: "a" }] };
    expect(JSON.parse(route(fresh))).toEqual({ items: [{ name: "a" }] });
    fresh.items[0]!.name = "b";
    expect(JSON.parse(route(fresh))).toEqual({ items: [{ name: "b" }] });
  });
});

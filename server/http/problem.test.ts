import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../test/app.js";
import { fieldErrorsFromZod } from "./problem.js";

/** The field errors zod's issues for `value` against `schema` become. */
const errorsOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a refusal");
  return fieldErrorsFromZod(result.error.issues, ["body"]).map(({ path, code, params }) => ({ path, code, params }));
};

describe("a zod issue becomes a stable code with parameters", () => {
  it("too_small: required, too_short, too_few_items, number_min", () => {
    expect(errorsOf(z.object({ name: z.string().min(1) }), { name: "" })).toEqual([
      { path: "body.name", code: "required", params: undefined },
    ]);
    expect(errorsOf(z.object({ name: z.string().min(3) }), { name: "ab" })).toEqual([
      { path: "body.name", code: "too_short", params: { minimum: 3 } },
    ]);
    expect(errorsOf(z.object({ options: z.array(z.string()).min(2) }), { options: [] })).toEqual([
      { path: "body.options", code: "too_few_items", params: { minimum: 2 } },
    ]);
    expect(errorsOf(z.object({ stars: z.number().min(1) }), { stars: 0 })).toEqual([
      { path: "body.stars", code: "number_min", params: { minimum: 1 } },
    ]);
    expect(errorsOf(z.object({ stars: z.number().positive() }), { stars: 0 })[0]!.code).toBe("number_above");
  });

  it("too_big: too_long, too_many_items, number_max", () => {
    expect(errorsOf(z.object({ name: z.string().max(200) }), { name: "x".repeat(201) })).toEqual([
      { path: "body.name", code: "too_long", params: { maximum: 200 } },
    ]);
    expect(errorsOf(z.object({ tags: z.array(z.string()).max(1) }), { tags: ["a", "b"] })).toEqual([
      { path: "body.tags", code: "too_many_items", params: { maximum: 1 } },
    ]);
    expect(errorsOf(z.object({ stars: z.number().max(5) }), { stars: 6 })).toEqual([
      { path: "body.stars", code: "number_max", params: { maximum: 5 } },
    ]);
  });

  it("invalid_type: required when missing, else the expected type", () => {
    expect(errorsOf(z.object({ name: z.string() }), {})).toEqual([
      { path: "body.name", code: "required", params: undefined },
    ]);
    expect(errorsOf(z.object({ name: z.string() }), { name: 3 })).toEqual([
      { path: "body.name", code: "invalid_type", params: { expected: "string" } },
    ]);
  });

  it("invalid_format: uuid, email, url, date, and others by name", () => {
    const codeOf = (schema: z.ZodType, value: string) => errorsOf(z.object({ v: schema }), { v: value })[0]!.code;
    expect(codeOf(z.uuid(), "nope")).toBe("invalid_uuid");
    expect(codeOf(z.email(), "nope")).toBe("invalid_email");
    expect(codeOf(z.url(), "nope")).toBe("invalid_url");
    expect(codeOf(z.iso.date(), "nope")).toBe("invalid_date");
    expect(codeOf(z.string().regex(/^a$/), "b")).toBe("invalid_format");
  });

  it("invalid_value: the options to choose from", () => {
    expect(errorsOf(z.object({ type: z.enum(["a", "b"]) }), { type: "c" })).toEqual([
      { path: "body.type", code: "not_one_of", params: { options: ["a", "b"] } },
    ]);
  });

  it("unrecognized_keys: the fields this request does not take", () => {
    expect(errorsOf(z.strictObject({}), { extra: 1, other: 2 })).toEqual([
      { path: "body", code: "unknown_fields", params: { fields: ["extra", "other"] } },
    ]);
  });

  it("custom: the code a refinement names, its other params as the sentence's", () => {
    const schema = z
      .object({ a: z.number() })
      .superRefine((_value, context) =>
        context.addIssue({ code: "custom", path: ["a"], message: "No", params: { code: "too_many_dots", dots: 3 } }),
      );
    expect(errorsOf(schema, { a: 1 })).toEqual([{ path: "body.a", code: "too_many_dots", params: { dots: 3 } }]);
    expect(
      errorsOf(
        z.string().refine(() => false, "No"),
        "x",
      ),
    ).toEqual([{ path: "body", code: "invalid", params: undefined }]);
  });
});

describe("routes answer with codes", () => {
  let context: TestContext;
  let session: Session;
  beforeAll(async () => {
    context = await createTestApp();
    session = await signUp(context.app);
  });
  afterAll(() => context.close());

  it("a too-long organization name: too_long with its maximum, and an English message", async () => {
    const response = await call(context.app, session, "POST", "/api/v1/organizations", {
      name: { it: "x".repeat(201) },
      type: "citizen",
      visibility: "public",
    });
    const problem = problemOf(response, 422);
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: "body.name.it", code: "too_long", params: { maximum: 200 } }),
    ]);
    expect(problem.errors![0]!.message).toMatch(/200/);
  });

  it("an unknown field and a missing one", async () => {
    const response = await call(context.app, session, "POST", "/api/v1/organizations", {
      name: { en: "A" },
      visibility: "public",
      colour: "red",
    });
    const codes = problemOf(response, 422).errors!.map((error) => error.code);
    expect(codes).toContain("unknown_fields");
  });

  it("an id that is not a uuid", async () => {
    const problem = problemOf(await call(context.app, session, "GET", "/api/v1/processes/nope"), 422);
    expect(problem.errors?.[0]).toMatchObject({ path: "params.id", code: "invalid_uuid" });
  });

  it("a hand-written refusal: an unknown schema", async () => {
    const response = await call(context.app, session, "POST", "/api/v1/processes", {
      name: "P",
      language: "en",
      governanceModel: "C2C",
      visibility: "private",
      schemaId: "nothing-like-this",
    });
    expect(problemOf(response, 422).errors).toEqual([
      { path: "body.schemaId", code: "unknown_schema", message: "There is no schema with this id." },
    ]);
  });
});

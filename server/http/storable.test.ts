import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../test/app.js";
import { findUnstorable } from "./storable.js";

// A NUL or half a surrogate pair used to reach the database on 16 routes and come back as a server error; now the
// whole API refuses them before validation, with the field named, and stores nothing.

let context: TestContext;
let session: Session;

beforeAll(async () => {
  context = await createTestApp();
  session = await signUp(context.app);
});
afterAll(() => context.close());

const loneSurrogate = "Valmiera \uD800";

describe("findUnstorable", () => {
  it("names the first string holding a NUL or a lone surrogate, keys included", () => {
    expect(findUnstorable({ name: { en: "ok", lv: "a\u0000b" } }, "body")).toBe("body.name.lv");
    expect(findUnstorable({ list: ["fine", loneSurrogate] }, "body")).toBe("body.list.1");
    expect(findUnstorable({ ["bad\u0000key"]: "fine" }, "body")).toBe("body");
    expect(findUnstorable("\uDC00 alone", "query")).toBe("query");
  });

  it("lets whole characters through, emoji and Latvian letters included", () => {
    expect(findUnstorable({ name: "Rīga 🏛️ 𝔸", nested: [{ ok: true, n: 1 }], none: null }, "body")).toBeNull();
  });
});

describe("unstorable text in requests", () => {
  it.each(["/api/v1/organizations", "/api/v1/processes", "/api/v1/interlinkers"])(
    "refuses a NUL in the search on %s, signed out, with 422",
    async (path) => {
      const problem = problemOf(await call(context.app, null, "GET", `${path}?q=%00`), 422);
      expect(problem.errors).toEqual([expect.objectContaining({ path: "query.q", code: "unstorable_character" })]);
    },
  );

  it("refuses a NUL in a path parameter", async () => {
    const problem = problemOf(await call(context.app, session, "GET", "/api/v1/processes/a%00b"), 422);
    expect(problem.errors?.[0]?.path).toBe("params.id");
  });

  it("refuses a NUL and a lone surrogate in a body, and creates nothing", async () => {
    const before = (await call(context.app, session, "GET", "/api/v1/me/organizations")).json();
    const nul = problemOf(
      await call(context.app, session, "POST", "/api/v1/organizations", {
        name: { en: "Valmiera\u0000City" },
        type: "public_administration",
        visibility: "public",
      }),
      422,
    );
    expect(nul.errors).toEqual([expect.objectContaining({ path: "body.name.en", code: "unstorable_character" })]);
    // A lone surrogate cannot be written by JSON.stringify as such: it is sent as the JSON escape it arrives as.
    const surrogate = problemOf(
      await call(
        context.app,
        session,
        "POST",
        "/api/v1/organizations",
        '{"name":{"en":"Valmiera \\ud800"},"type":"public_administration","visibility":"public"}',
        { headers: { "content-type": "application/json" } },
      ),
      422,
    );
    expect(surrogate.errors?.[0]?.path).toBe("body.name.en");
    expect((await call(context.app, session, "GET", "/api/v1/me/organizations")).json()).toEqual(before);
  });

  it("still stores a name with emoji and Latvian letters", async () => {
    const created = await call(context.app, session, "POST", "/api/v1/organizations", {
      name: { lv: "Valmieras pilsēta 🏛️" },
      type: "public_administration",
      visibility: "public",
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().name.lv).toBe("Valmieras pilsēta 🏛️");
  });
});

import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  interlinker,
  interlinkerRating,
  platformSetting,
  problemProfile,
  processSchema,
} from "../../db/schema/index.js";
import { encodeCursor } from "../../http/pagination.js";
import type { InterlinkerManifest } from "../../interlinkers/registry.js";
import { interlinkers as builtinInterlinkers } from "../../interlinkers/registry.js";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";
import { presentInterlinker } from "./presenter.js";
import { externalInterlinkers, knowledgeInterlinkers } from "./seed/interlinkers.js";
import { recommendInterlinkers, syncCatalogue } from "./service.js";

let context: TestContext;
let ana: Session;
let bruno: Session;
let carla: Session;

beforeAll(async () => {
  context = await createTestApp();
  await signUp(context.app, { name: "Platform Admin" });
  ana = await signUp(context.app, { name: "Ana" });
  bruno = await signUp(context.app, { name: "Bruno" });
  carla = await signUp(context.app, { name: "Carla" });
});
afterAll(() => context.close());

const builtins = () => builtinInterlinkers.map((builtin) => builtin.manifest);
const unknownUuid = "01900000-0000-7000-8000-000000000000";

interface Item {
  id: string;
  nature: string;
  name: Record<string, string>;
  functions: string[];
  problemProfiles: string[];
  languages: string[];
  rating: { average: number | null; count: number };
}

async function list(
  query: string,
  session: Session | null = null,
): Promise<{ items: Item[]; nextCursor: string | null }> {
  const response = await call(context.app, session, "GET", `/api/v1/interlinkers?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function ids(query: string): Promise<string[]> {
  return (await list(query)).items.map((item) => item.id);
}

/** Follows nextCursor to the end, returning every id in order. */
async function walk(query: string): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page = await list(`${query}${cursor ? `&cursor=${cursor}` : ""}`);
    seen.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
    if (!cursor) return seen;
  }
  throw new Error("pagination did not end");
}

describe("loading the catalogue", () => {
  it("loads the seed problem profiles, interlinkers and schemas", async () => {
    const db = context.database.db;
    const [profiles] = await db.select({ total: count() }).from(problemProfile);
    expect(profiles!.total).toBeGreaterThanOrEqual(20);
    const natures = await db
      .select({ nature: interlinker.nature, total: count() })
      .from(interlinker)
      .where(eq(interlinker.origin, "seed"))
      .groupBy(interlinker.nature);
    const totals = Object.fromEntries(natures.map((row) => [row.nature, row.total]));
    expect(totals.knowledge).toBeGreaterThanOrEqual(40);
    expect((totals.external_software ?? 0) + (totals.external_knowledge ?? 0)).toBeGreaterThanOrEqual(15);
    const schemas = await db.select({ id: processSchema.id }).from(processSchema);
    expect(schemas.map((row) => row.id).sort()).toEqual([
      "co_reflection",
      "default",
      "hackathon",
      "service_description_enhancement",
    ]);
  });

  it("keeps a knowledge interlinker's template and its software interlinker, even before that one is built in", async () => {
    const [row] = await context.database.db.select().from(interlinker).where(eq(interlinker.id, "stakeholder-map"));
    expect(row).toMatchObject({ nature: "knowledge", origin: "seed", softwareInterlinkerId: "document", url: null });
    expect(row!.template?.en).toMatch(/^# Stakeholder map/);
    const read = await call(context.app, null, "GET", "/api/v1/interlinkers/stakeholder-map");
    expect(read.json()).toMatchObject({ softwareInterlinkerId: "document", hasTemplate: true });
    const external = await call(context.app, null, "GET", "/api/v1/interlinkers/decidim");
    expect(external.json()).toMatchObject({
      nature: "external_software",
      hasTemplate: false,
      softwareInterlinkerId: null,
    });
    expect(external.json().url).toMatch(/^https:\/\//);
  });
});

describe("syncing again", () => {
  async function snapshot() {
    const db = context.database.db;
    return {
      profiles: await db
        .select({ id: problemProfile.id, updatedAt: problemProfile.updatedAt })
        .from(problemProfile)
        .orderBy(problemProfile.id),
      interlinkers: await db
        .select({ id: interlinker.id, updatedAt: interlinker.updatedAt, name: interlinker.name })
        .from(interlinker)
        .orderBy(interlinker.id),
      schemas: await db
        .select({ id: processSchema.id, updatedAt: processSchema.updatedAt, tree: processSchema.tree })
        .from(processSchema)
        .orderBy(processSchema.id),
      ratings: await db.select().from(interlinkerRating).orderBy(interlinkerRating.userId),
    };
  }

  it("changes nothing when run twice, and keeps what people rated", async () => {
    await call(context.app, ana, "PUT", "/api/v1/interlinkers/user-personas/rating", { stars: 4, text: "Handy" });
    const before = await snapshot();
    await syncCatalogue(context.database.db, { builtins: builtins() });
    // Without the stored version the full upsert runs: still nothing changes, not even updatedAt.
    await context.database.db.delete(platformSetting).where(eq(platformSetting.key, "catalogue_version"));
    await syncCatalogue(context.database.db, { builtins: builtins() });
    await syncCatalogue(context.database.db, { builtins: builtins() });
    expect(await snapshot()).toEqual(before);
    expect(before.ratings).toHaveLength(1);
    await call(context.app, ana, "DELETE", "/api/v1/interlinkers/user-personas/rating");
  });

  it("restores seed rows an upgrade changed, and leaves remote interlinkers alone", async () => {
    const db = context.database.db;
    await db
      .update(interlinker)
      .set({ name: { en: "Tampered" } })
      .where(eq(interlinker.id, "stakeholder-map"));
    const remote = {
      id: "01900000-0000-7000-8000-00000000aaaa",
      nature: "software" as const,
      name: { en: "Remote whiteboard" },
      description: { en: "Registered by an administrator." },
      licence: "permissive",
      difficulty: "easy",
      origin: "remote" as const,
      serviceUrl: "https://whiteboard.example.org",
    };
    await db.insert(interlinker).values(remote);
    await db.delete(platformSetting).where(eq(platformSetting.key, "catalogue_version"));
    await syncCatalogue(db, { builtins: builtins() });

    const [restored] = await db.select().from(interlinker).where(eq(interlinker.id, "stakeholder-map"));
    expect(restored!.name.en).toBe("Stakeholder map");
    const [kept] = await db.select().from(interlinker).where(eq(interlinker.id, remote.id));
    expect(kept).toMatchObject({ name: remote.name, origin: "remote", serviceUrl: remote.serviceUrl });
    const read = await call(context.app, null, "GET", `/api/v1/interlinkers/${remote.id}`);
    expect(read.json()).toMatchObject({ id: remote.id, nature: "software" });
    await db.delete(interlinker).where(eq(interlinker.id, remote.id));
  });

  it("adds and refreshes built-in interlinkers' entries from their manifests", async () => {
    const manifest: InterlinkerManifest = {
      id: "test-whiteboard",
      nature: "software",
      name: { en: "Whiteboard", lv: "Tāfele" },
      description: { en: "Draw together." },
      instructions: { en: "Open it in a task." },
      functions: ["communication"],
      problemProfiles: ["identify-stakeholders"],
      tags: ["drawing"],
      licence: "copyleft",
      difficulty: "very_easy",
      administrativeScopes: ["local"],
      languages: ["en", "lv"],
    };
    const db = context.database.db;
    await syncCatalogue(db, { builtins: [...builtins(), manifest] });
    const read = await call(context.app, null, "GET", "/api/v1/interlinkers/test-whiteboard");
    expect(read.json()).toMatchObject({
      nature: "software",
      name: manifest.name,
      instructions: manifest.instructions,
      hasTemplate: false,
      licence: "copyleft",
    });
    await syncCatalogue(db, { builtins: [...builtins(), { ...manifest, name: { en: "Shared whiteboard" } }] });
    const [row] = await db.select().from(interlinker).where(eq(interlinker.id, "test-whiteboard"));
    expect(row).toMatchObject({ origin: "builtin", name: { en: "Shared whiteboard" } });
    await db.delete(interlinker).where(eq(interlinker.id, "test-whiteboard"));
  });

  it("refuses a built-in whose id is a seed interlinker's", async () => {
    const clash = { ...knowledgeInterlinkers[0]!, nature: "software", administrativeScopes: ["eu"] } as never;
    await expect(syncCatalogue(context.database.db, { builtins: [clash] })).rejects.toThrow(/stakeholder-map/);
  });
});

describe("searching", () => {
  it("finds an interlinker by an English word in another inflection, best match first", async () => {
    expect((await ids("q=stakeholders"))[0]).toBe("stakeholder-map");
    expect(await ids("q=mapping%20stakeholder")).toContain("stakeholder-map");
  });

  it("finds it by a Spanish, an Italian and a Latvian word of its name", async () => {
    expect(await ids("q=actores&limit=100")).toContain("stakeholder-map");
    expect(await ids("q=mappa&limit=100")).toContain("stakeholder-map");
    expect(await ids(`q=${encodeURIComponent("pušu")}&limit=100`)).toContain("stakeholder-map");
    expect(await ids(`q=${encodeURIComponent("Ieinteresēto karte")}&limit=100`)).toContain("stakeholder-map");
  });

  it("takes web-search syntax and never fails on odd input", async () => {
    expect(await ids(`q=${encodeURIComponent('"stakeholder map"')}`)).toContain("stakeholder-map");
    expect(await ids(`q=${encodeURIComponent("stakeholder -map")}&limit=100`)).not.toContain("stakeholder-map");
    for (const odd of ["the", "&|!:*()'\\", "zzzyyyxxx", "🌍", "' or 1=1 --"]) {
      const page = await list(`q=${encodeURIComponent(odd)}`);
      expect(page.nextCursor, odd).toBeNull();
    }
    expect(await ids("q=zzzyyyxxx")).toEqual([]);
  });

  it("lists every entry by English name without a query", async () => {
    const page = await list("limit=100");
    expect(page.items.length).toBe(knowledgeInterlinkers.length + externalInterlinkers.length + builtins().length);
    // The database's collation orders the rest; initials compare the same under every one.
    const initials = page.items.map((item) => item.name.en!.toLowerCase().charCodeAt(0));
    expect(initials).toEqual([...initials].sort((a, b) => a - b));
  });

  it("shows each entry with its translations, facets, rating and what you may do", async () => {
    const anonymous = (await list("q=stakeholders&limit=1")).items[0];
    const stakeholderMap = knowledgeInterlinkers.find((seed) => seed.id === "stakeholder-map")!;
    expect(stakeholderMap.languages[0]).toBe("en");
    expect(anonymous).toEqual({
      id: "stakeholder-map",
      nature: "knowledge",
      name: expect.objectContaining({ en: "Stakeholder map", lv: "Ieinteresēto pušu karte" }),
      description: expect.objectContaining({ en: expect.any(String), es: expect.any(String) }),
      functions: ["organization", "engagement"],
      problemProfiles: expect.arrayContaining(["identify-stakeholders"]),
      tags: expect.arrayContaining(["stakeholders"]),
      licence: "permissive",
      difficulty: "easy",
      administrativeScopes: ["eu", "national", "local"],
      // English, and every language its template has been translated into so far.
      languages: stakeholderMap.languages,
      url: null,
      softwareInterlinkerId: "document",
      templateLanguages: Object.keys(stakeholderMap.template!),
      rating: { average: null, count: 0 },
      can: { rate: false },
    });
    expect((await list("q=stakeholders&limit=1", ana)).items[0]).toMatchObject({ can: { rate: true } });
  });
});

describe("filtering", () => {
  it("by nature", async () => {
    const page = await list("nature=external_software&limit=100");
    expect(page.items.length).toBe(externalInterlinkers.filter((seed) => seed.nature === "external_software").length);
    expect(page.items.every((item) => item.nature === "external_software")).toBe(true);
  });

  it("by function, problem profile and language, alone and together with a search", async () => {
    const decision = await list("function=decision&limit=100");
    expect(decision.items.length).toBeGreaterThan(0);
    expect(decision.items.every((item) => item.functions.includes("decision"))).toBe(true);

    const profile = await list("problemProfile=identify-stakeholders&limit=100");
    expect(profile.items.map((item) => item.id)).toContain("stakeholder-map");
    expect(profile.items.every((item) => item.problemProfiles.includes("identify-stakeholders"))).toBe(true);

    const latvian = await list("language=lv&limit=100");
    expect(latvian.items.length).toBeGreaterThan(0);
    expect(latvian.items.every((item) => item.languages.includes("lv"))).toBe(true);
    const notLatvian = [...knowledgeInterlinkers, ...externalInterlinkers].find(
      (seed) => !seed.languages.includes("lv"),
    );
    expect(latvian.items.map((item) => item.id)).not.toContain(notLatvian!.id);

    expect(await ids("q=stakeholders&nature=knowledge&function=engagement")).toContain("stakeholder-map");
    expect(await ids("q=stakeholders&nature=external_software")).not.toContain("stakeholder-map");
    expect(await ids("problemProfile=no-such-profile")).toEqual([]);
  });
});

describe("paging", () => {
  it("walks every entry by name without repeating one", async () => {
    const all = await ids("limit=100");
    const walked = await walk("limit=7");
    expect(walked).toEqual(all);
    expect(new Set(walked).size).toBe(walked.length);
  });

  it("walks ranked search results and filtered lists the same way", async () => {
    for (const query of [
      "q=service",
      "q=servicio",
      "q=participation",
      "function=documentation",
      "q=plan&language=en",
    ]) {
      const all = await ids(`${query}&limit=100`);
      expect(all.length, query).toBeGreaterThan(3);
      const walked = await walk(`${query}&limit=3`);
      expect(walked, query).toEqual(all);
      expect(new Set(walked).size, query).toBe(walked.length);
    }
  });

  it("refuses a cursor it did not give out, or one from the other ordering", async () => {
    const byName = await list("limit=2");
    const ranked = await list("q=service&limit=2");
    for (const query of [
      `q=service&cursor=${byName.nextCursor}`,
      `cursor=${ranked.nextCursor}`,
      "cursor=bm90LWpzb24",
      `cursor=${encodeCursor(["offset", -5])}`,
      `cursor=${encodeCursor({ drop: "table" })}`,
      "cursor=%E2%98%83",
    ]) {
      const problem = problemOf(await call(context.app, null, "GET", `/api/v1/interlinkers?${query}`), 422);
      expect(
        problem.errors?.map((error) => error.path),
        query,
      ).toContain("querystring.cursor");
    }
  });
});

describe("rating", () => {
  const path = "/api/v1/interlinkers/service-blueprint";

  it("needs a signed-in person", async () => {
    problemOf(await call(context.app, null, "PUT", `${path}/rating`, { stars: 5 }), 401);
    problemOf(await call(context.app, null, "DELETE", `${path}/rating`), 401);
    const read = (await call(context.app, null, "GET", path)).json();
    expect(read).toMatchObject({ myRating: null, can: { rate: false }, rating: { average: null, count: 0 } });
  });

  it("creates, then replaces, the one rating each person gives", async () => {
    const created = await call(context.app, ana, "PUT", `${path}/rating`, { stars: 4, text: "  Clear and useful  " });
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({
      id: "service-blueprint",
      rating: { average: 4, count: 1 },
      myRating: { stars: 4, text: "Clear and useful" },
      can: { rate: true },
    });
    const replaced = await call(context.app, ana, "PUT", `${path}/rating`, { stars: 2 });
    expect(replaced.json()).toMatchObject({ rating: { average: 2, count: 1 }, myRating: { stars: 2, text: "" } });
    const ratings = await context.database.db
      .select()
      .from(interlinkerRating)
      .where(eq(interlinkerRating.interlinkerId, "service-blueprint"));
    expect(ratings).toHaveLength(1);
  });

  it("averages everyone's ratings to one decimal, in the detail and in lists", async () => {
    await call(context.app, bruno, "PUT", `${path}/rating`, { stars: 5, text: "Great" });
    await call(context.app, carla, "PUT", `${path}/rating`, { stars: 4 });
    const read = (await call(context.app, bruno, "GET", path)).json();
    expect(read).toMatchObject({ rating: { average: 3.7, count: 3 }, myRating: { stars: 5, text: "Great" } });
    const listed = (await list("q=blueprint&limit=100")).items.find((item) => item.id === "service-blueprint");
    expect(listed?.rating).toEqual({ average: 3.7, count: 3 });
  });

  it("lists ratings newest first with the rater's name, page by page", async () => {
    const all = (await call(context.app, null, "GET", `${path}/ratings`)).json();
    expect(all.items.map((item: { user: { name: string } }) => item.user.name)).toEqual(["Carla", "Bruno", "Ana"]);
    expect(all.items[1]).toEqual({
      user: { id: bruno.userId, name: "Bruno" },
      stars: 5,
      text: "Great",
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(JSON.stringify(all)).not.toContain(bruno.email);
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { user: { id: string } }[]; nextCursor: string | null } = (
        await call(context.app, null, "GET", `${path}/ratings?limit=1${cursor ? `&cursor=${cursor}` : ""}`)
      ).json();
      walked.push(...page.items.map((item) => item.user.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(walked).toEqual([carla.userId, bruno.userId, ana.userId]);
    // Changing a rating makes it the newest.
    await call(context.app, ana, "PUT", `${path}/rating`, { stars: 3 });
    const after = (await call(context.app, null, "GET", `${path}/ratings`)).json();
    expect(after.items[0].user.name).toBe("Ana");
    problemOf(await call(context.app, null, "GET", `${path}/ratings?cursor=bm9wZQ`), 422);
  });

  it("withdraws a rating, and says 404 when there is none left to withdraw", async () => {
    const removed = await call(context.app, carla, "DELETE", `${path}/rating`);
    expect(removed.statusCode).toBe(204);
    const read = (await call(context.app, carla, "GET", path)).json();
    expect(read).toMatchObject({ rating: { average: 4, count: 2 }, myRating: null });
    problemOf(await call(context.app, carla, "DELETE", `${path}/rating`), 404);
  });

  it.each([
    ["0 stars", { stars: 0 }, "body.stars"],
    ["6 stars", { stars: 6 }, "body.stars"],
    ["2.5 stars", { stars: 2.5 }, "body.stars"],
    ['"5" as text', { stars: "5" }, "body.stars"],
    ["no stars", { text: "Nice" }, "body.stars"],
    ["a text too long", { stars: 3, text: "x".repeat(2001) }, "body.text"],
    ["an unknown field", { stars: 3, userId: "someone-else" }, "body"],
  ])("refuses %s with 422 and changes nothing", async (_label, payload, field) => {
    const before = (await call(context.app, bruno, "GET", path)).json();
    const problem = problemOf(await call(context.app, bruno, "PUT", `${path}/rating`, payload), 422);
    expect(problem.errors?.map((error) => error.path)).toContain(field);
    expect((await call(context.app, bruno, "GET", path)).json()).toEqual(before);
  });

  it("accepts exactly 2000 characters of text", async () => {
    const response = await call(context.app, carla, "PUT", `${path}/rating`, { stars: 1, text: "é".repeat(2000) });
    expect(response.json().myRating.text).toHaveLength(2000);
    await call(context.app, carla, "DELETE", `${path}/rating`);
  });

  it("answers 404 for an interlinker that does not exist and 422 for an id that cannot be one", async () => {
    for (const id of ["no-such-interlinker", unknownUuid]) {
      const base = `/api/v1/interlinkers/${id}`;
      problemOf(await call(context.app, null, "GET", base), 404);
      problemOf(await call(context.app, null, "GET", `${base}/ratings`), 404);
      problemOf(await call(context.app, ana, "PUT", `${base}/rating`, { stars: 3 }), 404);
      problemOf(await call(context.app, ana, "DELETE", `${base}/rating`), 404);
    }
    for (const id of ["Stakeholder-Map", "-leading-dash", "under_score", "%20"]) {
      const problem = problemOf(await call(context.app, null, "GET", `/api/v1/interlinkers/${id}`), 422);
      expect(problem.errors?.map((error) => error.path)).toContain("params.id");
    }
  });
});

describe("recommending", () => {
  it("ranks by shared problem profiles, then rating, then id, in the catalogue's item shape", async () => {
    const wanted = ["identify-stakeholders", "reach-vulnerable-groups"];
    const shared = (item: { row: { problemProfiles: string[] } }) =>
      item.row.problemProfiles.filter((id) => wanted.includes(id)).length;
    const before = await recommendInterlinkers(context.database.db, { problemProfiles: wanted, limit: 100 });
    expect(before.length).toBeGreaterThan(2);
    expect(before.every((item) => shared(item) >= 1)).toBe(true);
    expect(shared(before[0]!)).toBe(2);
    expect(before.map((item) => item.row.id)).toContain("stakeholder-map");

    // Among those sharing one profile, a rated one comes before unrated ones.
    const single = before.filter((item) => shared(item) === 1);
    expect(single.length).toBeGreaterThan(1);
    const favourite = single.at(-1)!.row.id;
    await call(context.app, ana, "PUT", `/api/v1/interlinkers/${favourite}/rating`, { stars: 5 });
    const after = await recommendInterlinkers(context.database.db, { problemProfiles: wanted, limit: 100 });
    expect(after.find((item) => shared(item) === 1)!.row.id).toBe(favourite);
    for (let index = 1; index < after.length; index++) {
      const [a, b] = [after[index - 1]!, after[index]!];
      const order =
        shared(b) - shared(a) || (b.rating.average ?? 0) - (a.rating.average ?? 0) || (a.row.id < b.row.id ? -1 : 1);
      expect(order, `${a.row.id} before ${b.row.id}`).toBeLessThan(0);
    }
    await call(context.app, ana, "DELETE", `/api/v1/interlinkers/${favourite}/rating`);

    const limited = await recommendInterlinkers(context.database.db, { problemProfiles: wanted, limit: 2 });
    expect(limited.map((item) => item.row.id)).toEqual(after.slice(0, 2).map((item) => item.row.id));
    expect(presentInterlinker(limited[0]!, null)).toMatchObject({
      id: limited[0]!.row.id,
      rating: limited[0]!.rating,
      can: { rate: false },
    });
    expect(await recommendInterlinkers(context.database.db, { problemProfiles: [], limit: 5 })).toEqual([]);
    expect(
      await recommendInterlinkers(context.database.db, { problemProfiles: ["nothing-like-it"], limit: 5 }),
    ).toEqual([]);
  });
});

describe("problem profiles and schemas", () => {
  it("lists every problem profile in the four languages", async () => {
    const response = await call(context.app, null, "GET", "/api/v1/problem-profiles");
    const { items } = response.json();
    expect(items.length).toBeGreaterThanOrEqual(20);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(["description", "id", "name"]);
      expect(Object.keys(item.name).sort()).toEqual(["en", "es", "it", "lv"]);
    }
  });

  it("lists the schemas without their trees, the default first", async () => {
    const { items } = (await call(context.app, null, "GET", "/api/v1/schemas")).json();
    expect(items).toHaveLength(4);
    expect(items[0].id).toBe("default");
    for (const item of items) expect(Object.keys(item).sort()).toEqual(["description", "id", "name", "tags"]);
  });

  it("gives the default schema's tree: Engage, Design, Build, Sustain, each waiting for the one before", async () => {
    const schema = (await call(context.app, null, "GET", "/api/v1/schemas/default")).json();
    const phases = schema.tree;
    expect(phases.map((phase: { name: { en: string } }) => phase.name.en)).toEqual([
      "Engage",
      "Design",
      "Build",
      "Sustain",
    ]);
    expect(phases.map((phase: { prerequisites: string[] }) => phase.prerequisites)).toEqual([
      [],
      ["engage"],
      ["design"],
      ["build"],
    ]);
    const objective = phases[0].children[0];
    expect(objective).toMatchObject({ key: "engage-understand-context", problemProfiles: [], prerequisites: [] });
    const task = objective.children[0];
    expect(task).toEqual({
      key: "engage-map-stakeholders",
      name: expect.objectContaining({ en: "Map the stakeholders" }),
      description: expect.objectContaining({ lv: expect.any(String) }),
      problemProfiles: ["identify-stakeholders", "reach-vulnerable-groups"],
      prerequisites: [],
      children: [],
    });
    for (const phase of phases) {
      expect(phase.children.length).toBeGreaterThanOrEqual(2);
      for (const child of phase.children) {
        for (const leaf of child.children) expect(leaf.problemProfiles.length).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it("answers 404 for an unknown schema and 422 for an id that cannot be one", async () => {
    problemOf(await call(context.app, null, "GET", "/api/v1/schemas/nothing"), 404);
    const ok = await call(context.app, null, "GET", "/api/v1/schemas/co_reflection");
    expect(ok.statusCode).toBe(200);
    problemOf(await call(context.app, null, "GET", "/api/v1/schemas/Default!"), 422);
  });
});

describe("bad list queries", () => {
  it.each([
    ["limit=0", "querystring.limit"],
    ["limit=101", "querystring.limit"],
    ["limit=ten", "querystring.limit"],
    ["q=", "querystring.q"],
    ["q=%20%20", "querystring.q"],
    [`q=${"x".repeat(201)}`, "querystring.q"],
    ["nature=robot", "querystring.nature"],
    ["function=dancing", "querystring.function"],
    ["function=decision&function=monitoring", "querystring.function"],
    ["language=de", "querystring.language"],
    ["problemProfile=Not%20A%20Profile", "querystring.problemProfile"],
    ["cursor=bm90LWEtY3Vyc29y", "querystring.cursor"],
    [`cursor=${"x".repeat(1501)}`, "querystring.cursor"],
    ["sort=rating", "querystring"],
  ])("refuses %s with 422", async (query, field) => {
    const problem = problemOf(await call(context.app, null, "GET", `/api/v1/interlinkers?${query}`), 422);
    expect(problem.errors?.map((error) => error.path)).toContain(field);
  });
});

describe("documentation", () => {
  it("documents every catalogue route under the catalogue tag", async () => {
    const document = (await call(context.app, null, "GET", "/api/openapi.json")).json();
    for (const [route, method] of [
      ["/api/v1/interlinkers", "get"],
      ["/api/v1/interlinkers/{id}", "get"],
      ["/api/v1/interlinkers/{id}/ratings", "get"],
      ["/api/v1/interlinkers/{id}/rating", "put"],
      ["/api/v1/interlinkers/{id}/rating", "delete"],
      ["/api/v1/problem-profiles", "get"],
      ["/api/v1/schemas", "get"],
      ["/api/v1/schemas/{id}", "get"],
    ] as const) {
      expect(document.paths[route]?.[method]?.tags, `${method} ${route}`).toEqual(["catalogue"]);
    }
    expect(document.components.schemas.SchemaNode).toBeDefined();
    expect(JSON.stringify(document.components.schemas.SchemaNode)).toContain("SchemaNode");
  });
});

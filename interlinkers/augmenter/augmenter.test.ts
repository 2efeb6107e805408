import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CoproductionWorld,
  call,
  coproductionWorld,
  createAsset,
  createTestApp,
  problemOf,
  type Session,
  type TestContext,
} from "../sdk/testing.js";

// Valmiera describes its residence-registration e-service; on the Build task the residents suggest clearer words.
// The administrator (Valmiera's administrator, so the service is theirs to change) moderates; the residents and
// the editor take part; the outsider learns nothing.

let context: TestContext;
let world: CoproductionWorld;
let serviceId: string;
let assetId: string;

const description =
  "Pakalpojums ļauj pieteikties dzīvesvietas deklarēšanai. Pieteikumu izskata piecu darba dienu laikā. Iesniedziet iesniegumu tiešsaistē.";
const url = (path = "") => `/api/v1/assets/${assetId}/augmenter${path}`;

interface Suggestion {
  id: string;
  status: string;
  text: string;
  reason: string | null;
  located: { start: number; end: number } | null;
  author: { id: string } | null;
  decidedBy: { id: string } | null;
  appliedText: string | null;
}

function anchorIn(text: string, exact: string, language = "lv", field = "description") {
  const start = text.indexOf(exact);
  return {
    field,
    language,
    exact,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(start + exact.length, start + exact.length + 32),
    start,
    end: start + exact.length,
  };
}

const suggest = (session: Session | null, body: unknown) =>
  call(context.app, session, "POST", url("/suggestions"), body);
const service = async () =>
  (await call(context.app, world.admin, "GET", `/api/v1/public-services/${serviceId}`)).json();

async function suggested(session: Session, exact: string, text: string, kind = "replacement"): Promise<Suggestion> {
  const response = await suggest(session, { anchor: anchorIn((await service()).description.lv, exact), kind, text });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json();
}

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context);
  const created = await call(context.app, world.admin, "POST", "/api/v1/public-services", {
    organizationId: world.organization.id,
    name: { en: "Residence registration", lv: "Dzīvesvietas deklarēšana" },
    description: { en: "Register where you live.", lv: description },
    visibility: "public",
  });
  serviceId = created.json().id;
  assetId = (
    await createAsset(context.app, {
      by: world.admin,
      taskId: world.tasks.build.id,
      interlinkerId: "augmenter",
      name: "Clearer registration",
      input: { publicServiceId: serviceId },
    })
  ).id;
});
afterAll(() => context.close());

describe("creating one", () => {
  it("needs a service its creator may see", async () => {
    for (const input of [{ publicServiceId: "0190a0a0-0000-7000-8000-000000000000" }, {}, { publicServiceId: "x" }]) {
      const response = await call(context.app, world.admin, "POST", `/api/v1/tasks/${world.tasks.build.id}/assets`, {
        kind: "interlinker",
        interlinkerId: "augmenter",
        input,
      });
      expect(response.statusCode).toBe(422);
    }
  });
});

describe("suggestions on a service's description", () => {
  it("shows the service's texts and who may do what", async () => {
    const read = await call(context.app, world.citizen, "GET", url());
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      service: { id: serviceId, description: { lv: description }, canUpdate: false },
      passages: [],
      can: { take_part: true, moderate: false },
    });
    expect((await call(context.app, world.admin, "GET", url())).json().can).toEqual({
      take_part: true,
      moderate: true,
    });
    problemOf(await call(context.app, world.outsider, "GET", url()), 404);
    problemOf(await call(context.app, null, "GET", url()), 404);
  });

  it("anchors a suggestion and follows it when another passage changes", async () => {
    const mine = await suggested(world.citizen, "piecu darba dienu", "trīs darba dienu");
    expect(mine).toMatchObject({ status: "open", author: { id: world.citizen.userId } });
    // The administration rewrites the first sentence meanwhile.
    const changed = description.replace("Pakalpojums ļauj", "Šis e-pakalpojums ļauj ērti");
    await call(context.app, world.admin, "PATCH", `/api/v1/public-services/${serviceId}`, {
      description: { en: "Register where you live.", lv: changed },
    });
    const list = (await call(context.app, world.editor, "GET", url("/suggestions"))).json();
    const located = list.items.find((item: Suggestion) => item.id === mine.id).located;
    expect(changed.slice(located.start, located.end)).toBe("piecu darba dienu");
    const overview = (await call(context.app, world.editor, "GET", url())).json();
    expect(overview.passages).toEqual([
      { field: "description", language: "lv", start: located.start, end: located.end, count: 1 },
    ]);
  });

  it("accepts into the service: the new text, a new version by the moderator, the author told", async () => {
    const before = await service();
    const mine = await suggested(world.editor, "tiešsaistē", "tiešsaistē vai klātienē");
    problemOf(await call(context.app, world.citizen, "POST", url(`/suggestions/${mine.id}/accept`), {}), 403);
    const accepted = await call(context.app, world.admin, "POST", url(`/suggestions/${mine.id}/accept`), {});
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "accepted", decidedBy: { id: world.admin.userId } });
    const after = await service();
    expect(after.description.lv).toContain("Iesniedziet iesniegumu tiešsaistē vai klātienē.");
    const history = (
      await call(context.app, world.admin, "GET", `/api/v1/public-services/${serviceId}/history`)
    ).json();
    expect(history.items[0]).toMatchObject({ fields: ["description"], changedBy: { id: world.admin.userId } });
    expect(history.items.length).toBeGreaterThan(1);
    expect(after.version ?? history.items[0].version).toBeGreaterThan(before.version ?? 0);
    problemOf(await call(context.app, world.admin, "POST", url(`/suggestions/${mine.id}/accept`), {}), 409);
    await context.app.jobs.drain();
    const inbox = (await call(context.app, world.editor, "GET", "/api/v1/me/notifications?limit=50")).json();
    expect(inbox.items.map((item: { type: string }) => item.type)).toContain("suggestion.accepted");
    const trail = (
      await call(context.app, world.admin, "GET", `/api/v1/processes/${world.process.id}/activity?limit=100`)
    ).json();
    const entry = trail.items.find((item: { action: string }) => item.action === "augmenter.accepted");
    expect(entry.summary.after).toMatchObject({ suggestedBy: [world.editor.userId], acceptedBy: world.admin.userId });
  });

  it("rejects with a reason, and an orphaned suggestion is still listed", async () => {
    const mine = await suggested(world.citizen, "dzīvesvietas deklarēšanai", "deklarēšanai");
    problemOf(await call(context.app, world.admin, "POST", url(`/suggestions/${mine.id}/reject`), {}), 422);
    const rejected = await call(context.app, world.admin, "POST", url(`/suggestions/${mine.id}/reject`), {
      reason: "Par īsu.",
    });
    expect(rejected.json()).toMatchObject({ status: "rejected", reason: "Par īsu." });

    const lost = await suggested(world.citizen, "Pieteikumu izskata", "Izskatām");
    const current = (await service()).description.lv as string;
    await call(context.app, world.admin, "PATCH", `/api/v1/public-services/${serviceId}`, {
      description: {
        en: "Register where you live.",
        lv: current.replace("Pieteikumu izskata", "Pieteikumus izskatām"),
      },
    });
    const orphaned = (await call(context.app, world.citizen, "GET", url("/suggestions?status=orphaned"))).json();
    expect(orphaned.items.map((item: Suggestion) => item.id)).toEqual([lost.id]);
    problemOf(await call(context.app, world.admin, "POST", url(`/suggestions/${lost.id}/accept`), {}), 409);
    const rejectedOnes = (await call(context.app, world.citizen, "GET", url("/suggestions?status=rejected"))).json();
    expect(rejectedOnes.items.map((item: Suggestion) => item.id)).toEqual([mine.id]);
  });

  it("merges overlapping suggestions into one text", async () => {
    const current = (await service()).description.lv as string;
    const first = await suggested(world.citizen, "piecu darba dienu laikā", "trīs dienās");
    const second = await suggested(world.editor, "darba dienu laikā.", "dienās.");
    const apart = await suggested(world.editor, "Šis", "Tas");
    problemOf(
      await call(context.app, world.admin, "POST", url("/merge"), { suggestionIds: [first.id, apart.id], text: "x" }),
      409,
    );
    const merged = await call(context.app, world.admin, "POST", url("/merge"), {
      suggestionIds: [first.id, second.id],
      text: "trīs darba dienu laikā.",
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json().items.map((item: Suggestion) => item.status)).toEqual(["accepted", "accepted"]);
    expect((await service()).description.lv).toBe(
      current.replace("piecu darba dienu laikā.", "trīs darba dienu laikā."),
    );
    problemOf(
      await call(context.app, world.citizen, "POST", url("/merge"), { suggestionIds: [apart.id, first.id], text: "x" }),
      403,
    );
  });

  it("refuses bad input with codes, and outsiders with 404", async () => {
    const anchor = anchorIn((await service()).description.lv, "Iesniedziet");
    const bad = [
      {},
      { anchor, kind: "replacement" },
      { anchor: { ...anchor, end: anchor.end + 1 }, kind: "replacement", text: "x" },
      { anchor: { ...anchor, field: "keywords" }, kind: "replacement", text: "x" },
      { anchor: { ...anchor, language: "de" }, kind: "replacement", text: "x" },
      { anchor: { ...anchor, exact: "Nav tekstā", end: anchor.start + 10 }, kind: "replacement", text: "x" },
      { anchor, kind: "comment", text: "   " },
      { anchor, kind: "replacement", text: "x".repeat(5001) },
      { anchor, kind: "replacement", text: "x", extra: 1 },
    ];
    for (const body of bad) {
      const problem = problemOf(await suggest(world.citizen, body), 422);
      expect(problem.errors?.length).toBeGreaterThan(0);
    }
    problemOf(await suggest(world.outsider, { anchor, kind: "comment", text: "Sveiki" }), 404);
    problemOf(await call(context.app, world.admin, "POST", url("/suggestions/nope/accept"), {}), 422);
    problemOf(await call(context.app, world.admin, "POST", url("/merge"), { suggestionIds: [], text: "" }), 422);
    problemOf(await call(context.app, world.admin, "GET", url("/suggestions?status=lost")), 422);
    problemOf(await call(context.app, world.admin, "GET", url("/export?format=xml")), 422);
  });

  it("keeps what people write as text, and neutralises formulas in the CSV", async () => {
    const xss = `<img src=x onerror="alert(1)"><script>alert('x')</script>`;
    const comment = await suggested(world.citizen, "Iesniedziet", xss, "comment");
    expect(comment.text).toBe(xss);
    const formula = await suggested(world.citizen, "Iesniedziet", '=HYPERLINK("http://evil","x")', "comment");
    const json = (await call(context.app, world.admin, "GET", url("/export"))).json();
    expect(json.items.find((item: Suggestion) => item.id === comment.id).text).toBe(xss);
    const csv = await call(context.app, world.admin, "GET", url("/export?format=csv"));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv.body).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv.body.split("\r\n")[0]).toContain("id,status,field,language,passage");
    expect(formula.id).toBeTruthy();
  });
});

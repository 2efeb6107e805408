import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createTestApp, problemOf, type Session, type TestContext } from "../../test/app.js";
import { createAsset, createProcess } from "../../test/factories.js";
import { type CoproductionWorld, coproductionWorld, createSmallProcess, type SmallProcess } from "../../test/world.js";

// Sign-off gates (issue #12) through the API: who may sign off, what a pending gate holds back (for everyone,
// administrators with `force` too), rejections, withdrawals, two keys, bound decisions, the trail, copies, and
// every new route's bad input. The admin belongs to the library staff (a public-administration team taking part);
// the citizen and the member to the residents (a citizen team).

let context: TestContext;
let world: CoproductionWorld;

const itemCall = (session: Session | null, method: "PUT" | "DELETE" | "POST" | "PATCH", path: string, body?: unknown) =>
  call(context.app, session, method, `/api/v1/items/${path}`, body);
const governance = (session: Session | null, processId: string) =>
  call(context.app, session, "GET", `/api/v1/processes/${processId}/governance`);
const trail = async (processId: string) =>
  (
    await call(context.app, world.admin, "GET", `/api/v1/processes/${processId}/activity?kind=governance&limit=50`)
  ).json().items as { action: string; targetId: string; summary: { before?: unknown; after?: unknown } }[];
const treeOf = async (session: Session, processId: string) =>
  (await call(context.app, session, "GET", `/api/v1/processes/${processId}/tree`)).json().items as TreeItem[];

interface TreeItem {
  id: string;
  name: string;
  status: string;
  can: Record<string, boolean>;
  why: Record<string, { code: string; message: string }>;
  gate: { state: string; approvals: { userId: string; name: string | null; verdict: string }[] } | null;
  children: TreeItem[];
}

/** Design (two tasks) then Build (one task, after Design); staff and residents take part. */
const smallProcess = (governanceModel: "C2G" | "G+G" | "G2C" | "C2C") =>
  createSmallProcess(context.app, { world, governanceModel });

const setStatus = (session: Session, itemId: string, status: string, force?: boolean) =>
  itemCall(session, "PATCH", itemId, force ? { status, force } : { status });
const verdict = (session: Session | null, itemId: string, body: unknown) =>
  itemCall(session, "POST", `${itemId}/gate/approvals`, body);

beforeAll(async () => {
  context = await createTestApp();
  world = await coproductionWorld(context, { administrationTeam: true });
});
afterAll(() => context.close());

describe("a C2G phase's sign-off", () => {
  let small: SmallProcess;
  beforeAll(async () => {
    small = await smallProcess("C2G");
  });

  it("puts the preset's gate on every phase, and says who may sign off and who may not", async () => {
    const read = (await governance(world.citizen, small.processId)).json();
    expect(read.gates).toEqual([
      {
        itemId: small.design,
        approvers: ["teams_of_type:public_administration"],
        required: 1,
        preset: true,
        approvals: [],
        state: "pending",
      },
      expect.objectContaining({ itemId: small.build, state: "pending" }),
    ]);
    const [design] = await treeOf(world.citizen, small.processId);
    expect(design!.can).toMatchObject({ approve: false, reject: false });
    expect(design!.why.approve).toEqual({
      code: "gate",
      message: "Only members of public-administration teams taking part may sign off this phase.",
    });
    const [asAdmin] = await treeOf(world.admin, small.processId);
    expect(asAdmin!.can).toMatchObject({ approve: true, reject: true });
    // A task without a gate says so.
    expect(design!.children[0]!.children[0]!.why.approve?.code).toBe("no_gate");
  });

  it("is signed off only once its work is finished", async () => {
    const early = problemOf(await verdict(world.admin, small.design, { verdict: "approve" }), 409);
    expect(early.type).toBe("/problems/gate-not-ready");
    expect((await governance(world.admin, small.processId)).json().gates[0].approvals).toEqual([]);
  });

  it("holds back what depends on a finished phase until signed off, administrators with force too", async () => {
    for (const task of [small.sketch, small.review])
      expect((await setStatus(world.citizen, task, "finished")).statusCode).toBe(200);
    const [design] = await treeOf(world.citizen, small.processId);
    expect(design).toMatchObject({ status: "finished", gate: { state: "pending" } });

    const refused = problemOf(await setStatus(world.citizen, small.prototype, "in_progress"), 409);
    expect(refused.type).toBe("/problems/gate-pending");
    expect(refused.detail).toBe(
      '"Design" awaits sign-off by members of public-administration teams taking part (1 more approval).',
    );
    const forced = problemOf(await setStatus(world.admin, small.prototype, "in_progress", true), 409);
    expect(forced.type).toBe("/problems/gate-pending");
    const platformForced = problemOf(await setStatus(world.platformAdmin, small.prototype, "in_progress", true), 409);
    expect(platformForced.type).toBe("/problems/gate-pending");
    expect((await treeOf(world.admin, small.processId))[1]!.children[0]!.children[0]!.status).toBe("awaiting");
  });

  it("refuses who is not among the approvers with the gate's sentence, the platform administrator too", async () => {
    const refused = problemOf(await verdict(world.citizen, small.design, { verdict: "approve" }), 403);
    expect(refused.detail).toBe("Only members of public-administration teams taking part may sign off this phase.");
    problemOf(await verdict(world.platformAdmin, small.design, { verdict: "approve" }), 403);
    problemOf(await verdict(world.outsider, small.design, { verdict: "approve" }), 404);
    problemOf(await verdict(null, small.design, { verdict: "approve" }), 401);
    expect((await governance(world.admin, small.processId)).json().gates[0].approvals).toEqual([]);
  });

  it("is approved by a public-administration member, after which the dependent task can start", async () => {
    const approved = await verdict(world.admin, small.design, { verdict: "approve", comment: "Good work." });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      state: "approved",
      approvals: [{ userId: world.admin.userId, name: "Ana Admin", verdict: "approve", comment: "Good work." }],
    });
    expect((await setStatus(world.citizen, small.prototype, "in_progress")).statusCode).toBe(200);
  });

  it("reopens the phase on a rejection, which needs a comment; withdrawing it leaves the gate pending", async () => {
    const silent = problemOf(await verdict(world.admin, small.design, { verdict: "reject" }), 422);
    expect(silent.errors).toContainEqual(expect.objectContaining({ path: "body.comment", code: "required" }));
    const rejected = await verdict(world.admin, small.design, {
      verdict: "reject",
      comment: "The sketch misses the ramp.",
    });
    expect(rejected.json()).toMatchObject({ state: "rejected", approvals: [{ verdict: "reject" }] });
    const [design] = await treeOf(world.citizen, small.processId);
    expect(design).toMatchObject({ status: "in_progress", gate: { state: "rejected" } });

    const withdrawn = await itemCall(world.admin, "DELETE", `${small.design}/gate/approvals`);
    expect(withdrawn.json()).toMatchObject({ state: "pending", approvals: [] });
    problemOf(await itemCall(world.admin, "DELETE", `${small.design}/gate/approvals`), 404);
    expect((await treeOf(world.citizen, small.processId))[0]!.status).toBe("finished");
  });

  it("keeps every verdict and withdrawal in the verified trail", async () => {
    const entries = (await trail(small.processId)).filter((entry) => entry.targetId === small.design);
    expect(entries.map((entry) => entry.action)).toEqual([
      "governance.gate_withdrawn",
      "governance.gate_rejected",
      "governance.gate_approved",
    ]);
    expect(entries[1]!.summary).toEqual({
      before: { verdict: "approve", comment: "Good work." },
      after: { verdict: "reject", comment: "The sketch misses the ramp." },
    });
    const verified = await call(
      context.app,
      world.admin,
      "GET",
      `/api/v1/processes/${small.processId}/activity/verify`,
    );
    expect(verified.json()).toMatchObject({ valid: true });
  });
});

describe("a gate on a task", () => {
  let small: SmallProcess;
  beforeAll(async () => {
    small = await smallProcess("C2G");
  });

  it("is set only by who may change the rules, recorded with before and after", async () => {
    const body = { approvers: ["teams_of_type:public_administration"], required: 1 };
    problemOf(await itemCall(world.citizen, "PUT", `${small.sketch}/gate`, body), 403);
    const set = await itemCall(world.admin, "PUT", `${small.sketch}/gate`, body);
    expect(set.json()).toMatchObject({ itemId: small.sketch, preset: false, state: "pending" });
    const changed = await itemCall(world.admin, "PUT", `${small.sketch}/gate`, { ...body, required: 2 });
    expect(changed.json().required).toBe(2);
    await itemCall(world.admin, "PUT", `${small.sketch}/gate`, body);
    const entries = (await trail(small.processId)).filter((entry) => entry.targetId === small.sketch);
    expect(entries.map((entry) => entry.action)).toEqual([
      "governance.gate_set",
      "governance.gate_set",
      "governance.gate_set",
    ]);
    expect(entries[1]!.summary).toEqual({
      before: { approvers: ["teams_of_type:public_administration"], required: 1, approvals: 0 },
      after: { approvers: ["teams_of_type:public_administration"], required: 2 },
    });
  });

  it("keeps the task from being finished until approved, and a rejection reopens it", async () => {
    const refused = problemOf(await setStatus(world.citizen, small.sketch, "finished"), 409);
    expect(refused.type).toBe("/problems/gate-pending");
    expect(refused.detail).toContain('"Sketch" awaits sign-off');
    problemOf(await setStatus(world.admin, small.sketch, "finished", true), 409);

    await verdict(world.admin, small.sketch, { verdict: "approve" });
    expect((await setStatus(world.citizen, small.sketch, "finished")).json().status).toBe("finished");
    const rejected = await verdict(world.admin, small.sketch, { verdict: "reject", comment: "Not readable." });
    expect(rejected.json().state).toBe("rejected");
    const task = (await treeOf(world.citizen, small.processId))[0]!.children[0]!.children[0]!;
    expect(task).toMatchObject({ id: small.sketch, status: "in_progress" });
    const entry = (await trail(small.processId)).find((row) => row.action === "governance.gate_rejected");
    expect(entry!.summary.after).toEqual({ verdict: "reject", comment: "Not readable.", status: "in_progress" });
  });

  it("waits for a bound decision to close with a winner", async () => {
    const poll = await createAsset(context.app, {
      by: world.citizen,
      taskId: small.review,
      interlinkerId: "decision",
      input: { type: "proposal" },
    });
    const link = await createAsset(context.app, {
      by: world.citizen,
      taskId: small.review,
      url: "https://example.org",
    });
    const body = { approvers: ["teams_of_type:public_administration"], required: 1 };
    for (const decisionAssetId of [link.id, "01890000-0000-7000-8000-000000000000"]) {
      const refused = problemOf(
        await itemCall(world.admin, "PUT", `${small.review}/gate`, { ...body, decisionAssetId }),
        422,
      );
      expect(refused.errors).toContainEqual(
        expect.objectContaining({ path: "body.decisionAssetId", code: "not_a_decision_of_item" }),
      );
    }
    // A decision elsewhere in the process is not this task's.
    problemOf(
      await itemCall(world.admin, "PUT", `${small.prototype}/gate`, { ...body, decisionAssetId: poll.id }),
      422,
    );
    await itemCall(world.admin, "PUT", `${small.review}/gate`, { ...body, decisionAssetId: poll.id });

    const open = problemOf(await verdict(world.admin, small.review, { verdict: "approve" }), 409);
    expect(open.type).toBe("/problems/gate-decision-open");
    await call(context.app, world.citizen, "PUT", `/api/v1/assets/${poll.id}/decision/ballot`, { stance: "agree" });
    const closed = await call(context.app, world.admin, "POST", `/api/v1/assets/${poll.id}/decision/close`, {
      outcome: "We go ahead.",
    });
    expect(closed.statusCode).toBe(200);
    expect((await verdict(world.admin, small.review, { verdict: "approve" })).json().state).toBe("approved");
  });

  it("is taken away only by who may change the rules", async () => {
    problemOf(await itemCall(world.citizen, "DELETE", `${small.sketch}/gate`), 403);
    expect((await itemCall(world.admin, "DELETE", `${small.sketch}/gate`)).statusCode).toBe(204);
    problemOf(await itemCall(world.admin, "DELETE", `${small.sketch}/gate`), 404);
    const entry = (await trail(small.processId)).find((row) => row.action === "governance.gate_removed");
    expect(entry).toMatchObject({ targetId: small.sketch, summary: { before: { required: 1, approvals: 1 } } });
  });
});

describe("two keys (G+G)", () => {
  it("needs one approval from each side: the public administration and a civic team", async () => {
    const small = await smallProcess("G+G");
    for (const task of [small.sketch, small.review]) await setStatus(world.citizen, task, "finished");
    const first = await verdict(world.admin, small.design, { verdict: "approve" });
    expect(first.json()).toMatchObject({ state: "pending", required: 2 });
    const refused = problemOf(await setStatus(world.citizen, small.prototype, "in_progress"), 409);
    expect(refused.detail).toContain("members of nonprofit teams taking part");
    expect(refused.detail).not.toContain("public-administration");
    // The second approval of the same side does not stand for the other.
    const second = await verdict(world.citizen, small.design, { verdict: "approve" });
    expect(second.json().state).toBe("approved");
    expect((await setStatus(world.citizen, small.prototype, "in_progress")).statusCode).toBe(200);
  });
});

describe("models, copies and bad input", () => {
  it("G2C gates the co-delivery phases of the default schema; C2C none", async () => {
    const g2c = await createProcess(context.app, { by: world.admin, governanceModel: "G2C" });
    const tree = await treeOf(world.admin, g2c.id);
    expect(tree.map((phase) => Boolean(phase.gate))).toEqual([false, false, true, true]);
    const c2c = await createProcess(context.app, { by: world.admin, governanceModel: "C2C" });
    expect((await governance(world.admin, c2c.id)).json().gates).toEqual([]);
  });

  it("another model replaces the preset gates nobody gave a verdict on, and keeps the signed-off ones", async () => {
    const small = await smallProcess("C2G");
    for (const task of [small.sketch, small.review]) await setStatus(world.citizen, task, "finished");
    await verdict(world.admin, small.design, { verdict: "approve" });
    await call(context.app, world.admin, "PUT", `/api/v1/processes/${small.processId}/governance`, { model: "C2C" });
    const gates = (await governance(world.admin, small.processId)).json().gates;
    expect(gates).toEqual([expect.objectContaining({ itemId: small.design, state: "approved" })]);
    await call(context.app, world.admin, "PUT", `/api/v1/processes/${small.processId}/governance`, { model: "G+G" });
    const partnership = (await governance(world.admin, small.processId)).json().gates;
    expect(partnership.map((gate: { itemId: string; required: number }) => [gate.itemId, gate.required])).toEqual([
      [small.design, 1],
      [small.build, 2],
    ]);
  });

  it("clone, export and import carry the gates, never the verdicts", async () => {
    const small = await smallProcess("C2G");
    await itemCall(world.admin, "PUT", `${small.sketch}/gate`, { approvers: ["administrators"], required: 1 });
    await verdict(world.admin, small.sketch, { verdict: "approve" });
    const clone = await call(context.app, world.admin, "POST", `/api/v1/processes/${small.processId}/clone`, {});
    const cloned = (await governance(world.admin, clone.json().id)).json().gates;
    expect(cloned).toHaveLength(3);
    expect(cloned.every((gate: { approvals: unknown[]; state: string }) => gate.approvals.length === 0)).toBe(true);
    expect(cloned).toContainEqual(expect.objectContaining({ approvers: ["administrators"], preset: false }));

    const document = (
      await call(context.app, world.admin, "GET", `/api/v1/processes/${small.processId}/export`)
    ).json();
    expect(document.gates).toHaveLength(3);
    expect(JSON.stringify(document.gates)).not.toContain("verdict");
    const imported = await call(context.app, world.admin, "POST", "/api/v1/processes/import", document);
    expect(imported.statusCode).toBe(201);
    const gates = (await governance(world.admin, imported.json().id)).json().gates;
    expect(gates.map((gate: { approvers: string[] }) => gate.approvers[0]).sort()).toEqual([
      "administrators",
      "teams_of_type:public_administration",
      "teams_of_type:public_administration",
    ]);
    const stray = { ...document, gates: [{ itemRef: "nowhere", approvers: ["administrators"], required: 1 }] };
    const refused = problemOf(await call(context.app, world.admin, "POST", "/api/v1/processes/import", stray), 422);
    expect(refused.errors).toContainEqual(expect.objectContaining({ path: "body.gates.0.itemRef" }));
  });

  it("refuses bad input on every gate route as problem+json and changes nothing", async () => {
    const small = await smallProcess("C2G");
    const before = (await governance(world.admin, small.processId)).json();
    const cases: [string, unknown, string, string][] = [
      [`${small.sketch}/gate`, {}, "body.approvers", "required"],
      [`${small.sketch}/gate`, { approvers: ["mayors"], required: 1 }, "body.approvers.0", "unknown_party"],
      [`${small.sketch}/gate`, { approvers: ["administrators"], required: 0 }, "body.required", "number_min"],
      [`${small.sketch}/gate`, { approvers: ["administrators"], required: 1, extra: 1 }, "body", "unknown_fields"],
      [
        `${small.sketch}/gate`,
        { approvers: ["administrators"], sides: [["administrators"], ["participants"]], required: 1 },
        "body.sides.1.0",
        "side_not_permitted",
      ],
      [
        `${small.sketch}/gate`,
        { approvers: ["administrators"], required: 1, decisionAssetId: "x" },
        "body.decisionAssetId",
        "invalid_uuid",
      ],
    ];
    for (const [path, body, field, code] of cases) {
      const refused = problemOf(await itemCall(world.admin, "PUT", path, body), 422);
      expect(refused.errors, JSON.stringify(body)).toContainEqual(expect.objectContaining({ path: field, code }));
    }
    for (const body of [{}, { verdict: "maybe" }, { verdict: "approve", comment: 5 }, { verdict: "approve", x: 1 }]) {
      problemOf(await verdict(world.admin, small.design, body), 422);
    }
    problemOf(await verdict(world.admin, small.sketch, { verdict: "approve" }), 404);
    problemOf(await itemCall(world.admin, "DELETE", `${small.sketch}/gate/approvals`), 404);
    const unknown = "01890000-0000-7000-8000-000000000000";
    problemOf(
      await itemCall(world.admin, "PUT", `${unknown}/gate`, { approvers: ["administrators"], required: 1 }),
      404,
    );
    problemOf(await verdict(world.admin, unknown, { verdict: "approve" }), 404);
    problemOf(
      await itemCall(world.admin, "PUT", "not-an-id/gate", { approvers: ["administrators"], required: 1 }),
      422,
    );
    problemOf(
      await itemCall(world.outsider, "PUT", `${small.sketch}/gate`, { approvers: ["administrators"], required: 1 }),
      404,
    );
    problemOf(await itemCall(null, "PUT", `${small.sketch}/gate`, { approvers: ["administrators"], required: 1 }), 401);
    expect((await governance(world.admin, small.processId)).json()).toEqual(before);
  });
});

describe("reading a gated tree", () => {
  /**
   * Counts the statements the database is sent while `work` runs. Both drivers go through `query`, which the
   * handle reaches through the database's turns (server/db/client.ts); the count is taken beneath them, on the
   * driver's own method, so counting does not queue for a second turn.
   */
  async function countQueries(work: () => Promise<unknown>): Promise<number> {
    const client = (context.database.db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client;
    if (Object.hasOwn(client, "query")) throw new Error("the driver's query is expected on its prototype");
    const driverQuery = (Object.getPrototypeOf(client) as { query: (...args: unknown[]) => unknown }).query;
    let count = 0;
    client.query = function (this: unknown, ...args: unknown[]) {
      count += 1;
      return driverQuery.apply(this, args);
    };
    try {
      await work();
    } finally {
      delete (client as { query?: unknown }).query;
    }
    return count;
  }

  /** An imported process of phases × objectives × tasks, every item gated. */
  async function gatedProcess(phases: number, objectives: number, tasks: number): Promise<string> {
    const items: Record<string, unknown>[] = [];
    const add = (ref: string, parentRef: string | null, type: string, position: number) =>
      items.push({
        ref,
        parentRef,
        type,
        name: ref,
        description: "",
        position,
        status: "awaiting",
        startDate: null,
        endDate: null,
        problemProfiles: [],
        prerequisites: [],
      });
    for (let p = 0; p < phases; p++) {
      add(`p${p}`, null, "phase", p);
      for (let o = 0; o < objectives; o++) {
        add(`p${p}o${o}`, `p${p}`, "objective", o);
        for (let t = 0; t < tasks; t++) add(`p${p}o${o}t${t}`, `p${p}o${o}`, "task", t);
      }
    }
    const document = {
      format: "interlink-process",
      version: 1,
      exportedAt: new Date().toISOString(),
      source: { processId: "bench", name: "Gated" },
      process: {
        name: "Gated",
        description: "",
        aim: "",
        language: "en",
        governanceModel: "C2G",
        tags: [],
        schemaId: null,
      },
      items,
      gates: items.map((entry) => ({
        itemRef: entry.ref,
        approvers: ["teams_of_type:public_administration"],
        required: 1,
      })),
      assets: [],
    };
    const imported = await call(context.app, world.admin, "POST", "/api/v1/processes/import", document);
    if (imported.statusCode !== 201) throw new Error(imported.body);
    return imported.json().id as string;
  }

  it("adds no query per item: a 224-item tree with a gate on every item costs what a 3-item one does", async () => {
    const large = await gatedProcess(4, 5, 10);
    const small = await gatedProcess(1, 1, 1);
    const read = (processId: string) => async () => {
      const response = await call(context.app, world.admin, "GET", `/api/v1/processes/${processId}/tree`);
      if (response.statusCode !== 200) throw new Error(response.body);
    };
    // Only the read counts: notices of the setup (delivered in the background) are sent first, and no more run.
    await context.app.jobs.stop();
    await context.app.jobs.drain();
    const largeCount = await countQueries(read(large));
    const smallCount = await countQueries(read(small));
    expect(
      (await treeOf(world.admin, large)).flatMap((phase) => phase.children.flatMap((o) => o.children)),
    ).toHaveLength(200);
    expect(largeCount).toBe(smallCount);
    expect(largeCount).toBeGreaterThan(0);
  });
});

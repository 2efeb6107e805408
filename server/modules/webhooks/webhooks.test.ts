import { execFileSync } from "node:child_process";
import { createHmac, randomUUID } from "node:crypto";
import fs from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { job, webhook, webhookDelivery } from "../../db/schema/index.js";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext } from "../../test/app.js";
import { addAdministrator, createGrant, createProcess, type Process } from "../../test/factories.js";
import { notify } from "../notifications/emit.js";
import { deliveryAttempts, failuresBeforeDisabling, keptDeliveries, maxWebhooksPerOwner } from "./service.js";

// Process and platform administrators register HTTPS endpoints; each event of their process (or, for the
// platform, of any) reaches them signed, over TLS to a real local receiver with its own self-signed certificate,
// trusted through WEBHOOKS_CA_FILE. Private addresses are refused unless WEBHOOKS_ALLOW_PRIVATE says so.

/** A self-signed certificate for 127.0.0.1 and localhost, made by openssl for this run only. */
function makeCertificate(dir: string) {
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ],
    { stdio: "ignore" },
  );
  return { key: fs.readFileSync(key, "utf8"), cert: fs.readFileSync(cert, "utf8"), certFile: cert };
}

interface Received {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** An HTTPS receiver on 127.0.0.1: answers 200, or 500 on paths starting with /failing. */
async function startReceiver(tls: { key: string; cert: string }) {
  const received: Received[] = [];
  const server = https.createServer(tls, (request, response) => {
    let body = "";
    request.on("data", (chunk) => {
      body += chunk;
    });
    request.on("end", () => {
      received.push({ path: request.url ?? "", headers: request.headers, body });
      response.statusCode = request.url?.startsWith("/failing") ? 500 : 200;
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    received,
    url: (route: string) => `https://127.0.0.1:${port}${route}`,
    at: (route: string) => received.filter((entry) => entry.path === route),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const sign = (secret: string, timestamp: string, body: string) =>
  `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;

describe("registering a webhook where deliveries may not go", () => {
  let context: TestContext;
  let admin: Session;
  let process: Process;
  beforeAll(async () => {
    context = await createTestApp();
    await signUp(context.app, { name: "Platform Admin" });
    admin = await signUp(context.app, { name: "Ada Admin" });
    process = await createProcess(context.app, { by: admin });
  });
  afterAll(() => context.close());

  const register = (body: unknown) =>
    call(context.app, admin, "POST", `/api/v1/processes/${process.id}/webhooks`, body);

  it.each([
    ["http://example.org/hook", "webhook_https_only"],
    ["https://127.0.0.1/hook", "webhook_private_address"],
    ["https://[::1]/hook", "webhook_private_address"],
    ["https://10.0.0.1/hook", "webhook_private_address"],
    ["https://169.254.169.254/latest/meta-data", "webhook_private_address"],
    ["https://[::ffff:127.0.0.1]/hook", "webhook_private_address"],
    ["https://[fd00::1]/hook", "webhook_private_address"],
    ["https://0x7f000001/hook", "webhook_private_address"],
    ["https://localhost/hook", "webhook_private_address"],
    ["https://user:password@example.org/hook", "webhook_credentials_in_url"],
    ["not an address", "invalid_url"],
  ])("refuses %s (%s) and stores nothing", async (url, code) => {
    const problem = problemOf(await register({ url, events: ["*"] }), 422);
    expect(problem.errors).toContainEqual(expect.objectContaining({ path: "body.url", code }));
    expect(await context.database.db.select().from(webhook)).toEqual([]);
  });

  it("refuses unknown event types, and all (*) mixed with a list", async () => {
    const unknown = problemOf(await register({ url: "https://example.org/hook", events: ["mentioned", "x.y"] }), 422);
    expect(unknown.errors).toContainEqual(expect.objectContaining({ path: "body.events.1", code: "not_one_of" }));
    const mixed = problemOf(await register({ url: "https://example.org/hook", events: ["*", "mentioned"] }), 422);
    expect(mixed.errors).toContainEqual(expect.objectContaining({ path: "body.events", code: "webhook_all_or_some" }));
    problemOf(await register({ url: "https://example.org/hook", events: [] }), 422);
    problemOf(await register({ url: "https://example.org/hook", events: ["*"], secret: "mine" }), 422);
    expect(await context.database.db.select().from(webhook)).toEqual([]);
  });
});

describe("webhooks delivering to a receiver", () => {
  let context: TestContext;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let tlsDir: string;
  let platformAdmin: Session;
  let admin: Session;
  let member: Session;
  let outsider: Session;
  let open: Process;
  let closed: Process;

  beforeAll(async () => {
    tlsDir = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-webhooks-"));
    const tls = makeCertificate(tlsDir);
    receiver = await startReceiver(tls);
    context = await createTestApp({
      WEBHOOKS_ALLOW_PRIVATE: "true",
      WEBHOOKS_CA_FILE: tls.certFile,
      RATE_LIMIT_PARTICIPATION_REQUESTS_PER_HOUR: "1000",
    });
    platformAdmin = await signUp(context.app, { name: "Platform Admin" });
    admin = await signUp(context.app, { name: "Ada Admin" });
    member = await signUp(context.app, { name: "Mia Member" });
    outsider = await signUp(context.app, { name: "Otto Outsider" });
    open = await createProcess(context.app, { by: admin, name: "Open library", visibility: "public" });
    closed = await createProcess(context.app, { by: admin, name: "Closed budget" });
    await createGrant(context.app, { by: admin, processId: closed.id, userId: member.userId, rights: ["view"] });
    // Jobs run when the test says (drain), not in the background as a ping wakes the runner.
    await context.app.jobs.stop();
  });
  afterAll(async () => {
    await context.close();
    await receiver.close();
    fs.rmSync(tlsDir, { recursive: true, force: true });
  });

  const hooksOf = (processId: string) => `/api/v1/processes/${processId}/webhooks`;
  const register = async (by: Session, processId: string, route: string, events: string[] = ["*"]) => {
    const response = await call(context.app, by, "POST", hooksOf(processId), { url: receiver.url(route), events });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; secret: string; events: string[]; active: boolean };
  };

  /** Runs every job now, retries included: the runner's backoff would have them wait 10 s, 20 s, 40 s … */
  const runAllJobs = async () => {
    for (;;) {
      await context.database.db
        .update(job)
        .set({ runAt: new Date(0) })
        .where(and(like(job.kind, "webhooks.%"), eq(job.state, "ready")));
      if ((await context.app.jobs.drain()) === 0) return;
    }
  };

  /** An event of a process, emitted as the services do (notify inside the change's transaction). */
  const emit = (processId: string | undefined, title = "An event") =>
    context.database.db.transaction((tx) =>
      notify(tx, {
        type: "mentioned",
        actorId: null,
        ...(processId ? { processId } : {}),
        subject: { kind: "asset", id: randomUUID() },
        audience: { userIds: [] },
        url: processId ? `/processes/${processId}` : "/",
        data: { title },
      }),
    );

  it("shows the secret once, and a real event reaches the receiver signed, without e-mail addresses", async () => {
    const created = await register(admin, open.id, "/open", ["participation_request.created"]);
    expect(created).toMatchObject({ events: ["participation_request.created"], active: true });
    expect(created.secret).toMatch(/^whsec_.{40,}$/);
    const listed = await call(context.app, admin, "GET", hooksOf(open.id));
    expect(listed.statusCode).toBe(200);
    expect(listed.body).not.toContain(created.secret);
    expect(listed.json().items.map((item: { id: string }) => item.id)).toEqual([created.id]);
    const one = await call(context.app, admin, "GET", `${hooksOf(open.id)}/${created.id}`);
    expect(one.body).not.toContain(created.secret);
    expect(one.json()).not.toHaveProperty("secret");

    // Someone asks to take part: the process's event.
    const asked = await call(context.app, outsider, "POST", `/api/v1/processes/${open.id}/participation-requests`, {
      reason: `I can help; write to ${outsider.email}`,
    });
    expect(asked.statusCode).toBe(201);
    await runAllJobs();

    const [delivery] = receiver.at("/open");
    expect(receiver.at("/open")).toHaveLength(1);
    const headers = delivery!.headers;
    expect(headers["content-type"]).toBe("application/json");
    expect(headers["user-agent"]).toBe("INTERLINK-Webhooks");
    expect(headers["x-interlink-event"]).toBe("participation_request.created");
    const timestamp = String(headers["x-interlink-timestamp"]);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(600);
    expect(headers["x-interlink-signature"]).toBe(sign(created.secret, timestamp, delivery!.body));
    expect(headers["x-interlink-signature"]).not.toBe(sign("another secret", timestamp, delivery!.body));
    const body = JSON.parse(delivery!.body);
    expect(body).toEqual({
      id: expect.any(String),
      type: "participation_request.created",
      createdAt: expect.any(String),
      processId: open.id,
      subject: { kind: "participation_request", id: asked.json().id },
      url: `${context.config.baseUrl}/processes/${open.id}`,
      data: { process: "Open library" },
    });
    for (const email of [outsider.email, admin.email]) expect(delivery!.body).not.toContain(email);

    const detail = (await call(context.app, admin, "GET", `${hooksOf(open.id)}/${created.id}`)).json();
    expect(detail.deliveries).toEqual([
      expect.objectContaining({
        id: headers["x-interlink-delivery"],
        eventId: body.id,
        type: "participation_request.created",
        status: "succeeded",
        attempts: 1,
        lastStatus: 200,
        error: null,
      }),
    ]);
    expect(detail.consecutiveFailures).toBe(0);
    // A type it did not subscribe to does not reach it.
    await emit(open.id);
    await runAllJobs();
    expect(receiver.at("/open")).toHaveLength(1);
  });

  it("never gives a process's hook another process's events, nor those outside processes", async () => {
    await register(admin, closed.id, "/closed");
    await emit(open.id, "of the open one");
    await emit(undefined, "of nobody's");
    await runAllJobs();
    expect(receiver.at("/closed")).toEqual([]);
    await emit(closed.id, "of the closed one");
    await runAllJobs();
    expect(receiver.at("/closed").map((entry) => JSON.parse(entry.body).data.title)).toEqual(["of the closed one"]);
    expect(receiver.at("/closed")[0]!.headers["x-interlink-event"]).toBe("mentioned");
    // Names go out; e-mail addresses in them do not.
    await context.database.db.transaction((tx) =>
      notify(tx, {
        type: "mentioned",
        actorId: null,
        processId: closed.id,
        subject: { kind: "asset", id: randomUUID() },
        audience: { userIds: [] },
        url: `/processes/${closed.id}`,
        data: { title: "Write to ana.b@example.org", email: "ana.b@example.org", team: { en: "Team x@y.eu" } },
      }),
    );
    await runAllJobs();
    const last = receiver.at("/closed").at(-1)!;
    expect(JSON.parse(last.body).data).toEqual({
      title: "Write to [e-mail address]",
      team: { en: "Team [e-mail address]" },
    });
    expect(last.body).not.toContain("@");
  });

  it("pings on request, signed, with one try", async () => {
    const created = await register(admin, open.id, "/ping");
    const ping = await call(context.app, admin, "POST", `${hooksOf(open.id)}/${created.id}/test`);
    expect(ping.statusCode).toBe(202);
    expect(ping.json()).toMatchObject({ type: "ping", status: "pending" });
    await runAllJobs();
    const [received] = receiver.at("/ping");
    expect(received?.headers["x-interlink-event"]).toBe("ping");
    expect(received?.headers["x-interlink-delivery"]).toBe(ping.json().id);
    const timestamp = String(received!.headers["x-interlink-timestamp"]);
    expect(received!.headers["x-interlink-signature"]).toBe(sign(created.secret, timestamp, received!.body));
    expect(JSON.parse(received!.body)).toMatchObject({ type: "ping", subject: { kind: "webhook", id: created.id } });
  });

  it("tries a failing receiver again, records the failure, and after repeated failures turns the hook off and tells its creator", async () => {
    const failing = await createProcess(context.app, { by: admin, name: "Failing" });
    const created = await register(admin, failing.id, "/failing");
    await emit(failing.id, "first");
    await runAllJobs();
    const tries = receiver.at("/failing");
    expect(tries).toHaveLength(deliveryAttempts);
    // Each try is the same delivery with the same body, signed again with its own time.
    expect(new Set(tries.map((entry) => entry.headers["x-interlink-delivery"])).size).toBe(1);
    expect(new Set(tries.map((entry) => entry.body)).size).toBe(1);
    let detail = (await call(context.app, admin, "GET", `${hooksOf(failing.id)}/${created.id}`)).json();
    expect(detail).toMatchObject({ active: true, consecutiveFailures: 1 });
    expect(detail.deliveries[0]).toMatchObject({
      status: "failed",
      attempts: deliveryAttempts,
      lastStatus: 500,
      error: "The receiver answered 500.",
    });
    // A failed delivery is the receiver's matter: no dead job for the platform's administrators.
    expect(await context.database.db.select().from(job).where(eq(job.state, "dead"))).toEqual([]);

    for (let n = 2; n <= failuresBeforeDisabling; n++) {
      await emit(failing.id, `event ${n}`);
      await runAllJobs();
    }
    detail = (await call(context.app, admin, "GET", `${hooksOf(failing.id)}/${created.id}`)).json();
    expect(detail).toMatchObject({ active: false, consecutiveFailures: failuresBeforeDisabling });
    expect(detail.disabledReason).toMatch(/in a row failed/);
    expect(receiver.at("/failing")).toHaveLength(deliveryAttempts * failuresBeforeDisabling);
    const inbox = (await call(context.app, admin, "GET", "/api/v1/me/notifications")).json().items;
    expect(inbox[0]).toMatchObject({
      type: "webhook.disabled",
      url: `/processes/${failing.id}`,
      text: `Your webhook to ${new URL(receiver.url("/")).host} for “Failing” was turned off after ${failuresBeforeDisabling} failed deliveries. Fix the receiver and turn it on again.`,
    });

    // Off: the next event is not sent.
    await emit(failing.id, "while off");
    await runAllJobs();
    expect(receiver.at("/failing")).toHaveLength(deliveryAttempts * failuresBeforeDisabling);

    // On again: the failures are forgotten.
    const enabled = await call(context.app, admin, "PATCH", `${hooksOf(failing.id)}/${created.id}`, { active: true });
    expect(enabled.json()).toMatchObject({ active: true, consecutiveFailures: 0, disabledReason: null });
  });

  it("sends nothing while paused, and again once turned on; a platform administrator manages a process's hooks too", async () => {
    const paused = await createProcess(context.app, { by: admin, name: "Paused" });
    const created = await register(admin, paused.id, "/paused");
    const hook = `${hooksOf(paused.id)}/${created.id}`;
    const off = await call(context.app, platformAdmin, "PATCH", hook, { active: false, events: ["mentioned"] });
    expect(off.json()).toMatchObject({ active: false, disabledReason: null, events: ["mentioned"] });
    await emit(paused.id, "while paused");
    await runAllJobs();
    expect(receiver.at("/paused")).toEqual([]);
    expect((await call(context.app, admin, "PATCH", hook, { active: true })).json()).toMatchObject({ active: true });
    await emit(paused.id, "once on");
    await runAllJobs();
    expect(receiver.at("/paused").map((entry) => JSON.parse(entry.body).data.title)).toEqual(["once on"]);
  });

  // A hundred and three test deliveries, each a request and a job: slow on a busy machine, not stuck.
  it("keeps the last 100 deliveries of a hook", async () => {
    const created = await register(admin, open.id, "/many", ["mentioned"]);
    const hookId = created.id;
    const pings: string[] = [];
    for (let n = 0; n < keptDeliveries + 3; n++) {
      const ping = await call(context.app, admin, "POST", `${hooksOf(open.id)}/${hookId}/test`);
      pings.push(ping.json().id);
    }
    const kept = await context.database.db
      .select({ id: webhookDelivery.id })
      .from(webhookDelivery)
      .where(eq(webhookDelivery.webhookId, hookId));
    expect(kept).toHaveLength(keptDeliveries);
    expect(kept.map((row) => row.id).sort()).toEqual(pings.slice(3).sort());
    // The jobs of pruned deliveries end without sending.
    await runAllJobs();
    expect(receiver.at("/many")).toHaveLength(keptDeliveries);
  }, 120_000);

  it("stops hearing once its creator no longer administers the process", async () => {
    const shared = await createProcess(context.app, { by: admin, name: "Shared" });
    const second = await signUp(context.app, { name: "Sam Second" });
    await addAdministrator(context.app, { by: admin, person: second, processId: shared.id });
    const created = await register(second, shared.id, "/removed");
    await emit(shared.id, "while an administrator");
    await runAllJobs();
    expect(receiver.at("/removed")).toHaveLength(1);

    const removed = await call(
      context.app,
      admin,
      "DELETE",
      `/api/v1/processes/${shared.id}/administrators/${second.userId}`,
    );
    expect(removed.statusCode).toBe(204);
    await emit(shared.id, "after the removal");
    await runAllJobs();
    expect(receiver.at("/removed")).toHaveLength(1);
    const detail = (await call(context.app, admin, "GET", `${hooksOf(shared.id)}/${created.id}`)).json();
    expect(detail).toMatchObject({ active: false });
    expect(detail.disabledReason).toMatch(/no longer administers/);
  });

  it("is refused to outsiders (404 on a private process), members and anonymous visitors, and changes nothing", async () => {
    const created = await register(admin, closed.id, "/guarded");
    const before = await context.database.db.select().from(webhook);
    const url = receiver.url("/intruder");
    problemOf(await call(context.app, outsider, "GET", hooksOf(closed.id)), 404);
    problemOf(await call(context.app, outsider, "POST", hooksOf(closed.id), { url, events: ["*"] }), 404);
    problemOf(await call(context.app, outsider, "DELETE", `${hooksOf(closed.id)}/${created.id}`), 404);
    problemOf(await call(context.app, member, "GET", hooksOf(closed.id)), 403);
    problemOf(await call(context.app, member, "POST", hooksOf(closed.id), { url, events: ["*"] }), 403);
    problemOf(await call(context.app, member, "PATCH", `${hooksOf(closed.id)}/${created.id}`, { active: false }), 403);
    problemOf(await call(context.app, member, "POST", `${hooksOf(closed.id)}/${created.id}/test`), 403);
    // A public process is known to everyone: its hooks are not theirs to manage.
    problemOf(await call(context.app, outsider, "GET", hooksOf(open.id)), 403);
    problemOf(await call(context.app, null, "GET", hooksOf(open.id)), 401);
    // Another process's hook is not found under this one.
    problemOf(await call(context.app, admin, "GET", `${hooksOf(open.id)}/${created.id}`), 404);
    problemOf(await call(context.app, admin, "GET", "/api/v1/platform/webhooks"), 403);
    problemOf(await call(context.app, admin, "POST", "/api/v1/platform/webhooks", { url, events: ["*"] }), 403);
    expect(await context.database.db.select().from(webhook)).toEqual(before);
  });

  it("lets a platform administrator hear of every process's events and of those outside processes", async () => {
    const created = await call(context.app, platformAdmin, "POST", "/api/v1/platform/webhooks", {
      url: receiver.url("/platform"),
      events: ["mentioned"],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ processId: null, secret: expect.any(String) });
    const listed = (await call(context.app, platformAdmin, "GET", "/api/v1/platform/webhooks")).json().items;
    expect(listed.map((item: { id: string }) => item.id)).toEqual([created.json().id]);
    await emit(open.id, "open");
    await emit(closed.id, "closed");
    await emit(undefined, "outside");
    await runAllJobs();
    const titles = receiver.at("/platform").map((entry) => JSON.parse(entry.body).data.title);
    expect(titles.sort()).toEqual(["closed", "open", "outside"]);
    // Its hooks are not a process's.
    problemOf(await call(context.app, platformAdmin, "GET", `${hooksOf(open.id)}/${created.json().id}`), 404);
    const removed = await call(context.app, platformAdmin, "DELETE", `/api/v1/platform/webhooks/${created.json().id}`);
    expect(removed.statusCode).toBe(204);
  });

  it("checks a changed address like a new one, and limits the hooks of a process", async () => {
    const limited = await createProcess(context.app, { by: admin, name: "Limited" });
    const first = await register(admin, limited.id, "/limited");
    const changed = await call(context.app, admin, "PATCH", `${hooksOf(limited.id)}/${first.id}`, {
      url: "http://example.org/hook",
    });
    expect(problemOf(changed, 422).errors).toContainEqual(
      expect.objectContaining({ path: "body.url", code: "webhook_https_only" }),
    );
    for (let n = 1; n < maxWebhooksPerOwner; n++) await register(admin, limited.id, `/limited-${n}`);
    problemOf(
      await call(context.app, admin, "POST", hooksOf(limited.id), {
        url: receiver.url("/one-too-many"),
        events: ["*"],
      }),
      409,
    );
    const deleted = await call(context.app, admin, "DELETE", `${hooksOf(limited.id)}/${first.id}`);
    expect(deleted.statusCode).toBe(204);
    problemOf(await call(context.app, admin, "GET", `${hooksOf(limited.id)}/${first.id}`), 404);
  });
});

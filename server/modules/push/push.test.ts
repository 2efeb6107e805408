import { execFileSync } from "node:child_process";
import { createDecipheriv, createECDH, createPublicKey, type ECDH, hkdfSync, randomBytes, verify } from "node:crypto";
import fs from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { job, platformSetting, pushSubscription } from "../../db/schema/index.js";
import {
  call,
  createSecondApp,
  createTestApp,
  problemOf,
  type Session,
  signUp,
  type TestContext,
} from "../../test/app.js";
import { pushJob } from "./service.js";

// Notifications reach the browsers where a person turned them on, through the browsers' push services: here a
// real HTTPS push service of the test's own (a self-signed certificate only this app's push agent trusts), which
// decrypts each message as a browser would (RFC 8291) and checks the platform's VAPID signature (RFC 8292).

/** What the test's push service answers, per endpoint path; 201 when nothing is set. */
const answers = new Map<string, number[]>();
const received: { path: string; headers: IncomingHttpHeaders; body: Buffer; status: number }[] = [];
let pushService: https.Server;
let pushOrigin: string;
let certificateDir: string;

let context: TestContext;
let orgAdmin: Session;
let teamId: string;
let askers = 0;

beforeAll(async () => {
  certificateDir = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-push-"));
  const keyFile = path.join(certificateDir, "key.pem");
  const certFile = path.join(certificateDir, "cert.pem");
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"],
      ...["-keyout", keyFile, "-out", certFile, "-days", "1", "-subj", "/CN=127.0.0.1"],
      ...["-addext", "subjectAltName=IP:127.0.0.1"],
    ],
    { stdio: "ignore" },
  );
  const cert = fs.readFileSync(certFile);
  pushService = https.createServer({ key: fs.readFileSync(keyFile), cert }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "";
      const status = answers.get(path)?.shift() ?? 201;
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks), status });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => pushService.listen(0, "127.0.0.1", resolve));
  pushOrigin = `https://127.0.0.1:${(pushService.address() as AddressInfo).port}`;

  context = await createTestApp(
    { PUSH_SERVICE_HOSTS: "127.0.0.1", MAIL_FROM: "Sigulda INTERLINK <interlink@sigulda.example.lv>" },
    { pushAgent: new https.Agent({ ca: cert }) },
  );
  // Jobs run when the test drains them, so it sees each attempt (a retry waits its backoff, not the test's pace).
  await context.app.jobs.stop();
  await signUp(context.app, { name: "Platform Admin" });
  orgAdmin = await signUp(context.app, { name: "Orga Admina", language: "it" });
  const organization = await call(context.app, orgAdmin, "POST", "/api/v1/organizations", {
    name: { en: "Sigulda" },
    type: "public_administration",
    visibility: "public",
  });
  const team = await call(context.app, orgAdmin, "POST", `/api/v1/organizations/${organization.json().id}/teams`, {
    name: { en: "Library users", it: "Utenti della biblioteca" },
    type: "citizen",
  });
  expect(team.statusCode).toBe(201);
  teamId = team.json().id;
});
afterAll(async () => {
  await context?.close();
  pushService?.closeAllConnections();
  await new Promise((resolve) => pushService?.close(resolve));
  fs.rmSync(certificateDir, { recursive: true, force: true });
});

/** A browser's side of a subscription: its P-256 key pair and its authentication secret. */
interface Browser {
  endpoint: string;
  ecdh: ECDH;
  authSecret: Buffer;
}
let browsers = 0;
const newBrowser = (): Browser => {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  browsers++;
  return { endpoint: `${pushOrigin}/push/browser-${browsers}`, ecdh, authSecret: randomBytes(16) };
};
const subscriptionOf = (browser: Browser) => ({
  endpoint: browser.endpoint,
  keys: { p256dh: browser.ecdh.getPublicKey().toString("base64url"), auth: browser.authSecret.toString("base64url") },
});
const subscribe = (session: Session | null, browser: Browser) =>
  call(context.app, session, "POST", "/api/v1/me/push-subscriptions", subscriptionOf(browser));
const subscriptionsOf = (userId: string) =>
  context.database.db.select().from(pushSubscription).where(eq(pushSubscription.userId, userId));
const messagesTo = (browser: Browser) => received.filter((message) => browser.endpoint.endsWith(message.path));

/** Someone asks to join the team: its deciders (the organization's administrator among them) are told. */
const askToJoin = async () => {
  askers++;
  const asker = await signUp(context.app, { name: `Asker ${askers}` });
  const asked = await call(context.app, asker, "POST", `/api/v1/teams/${teamId}/join-requests`, { message: "Hi" });
  expect(asked.statusCode).toBe(201);
  await context.app.jobs.drain();
  return asker;
};

/** RFC 8291 and RFC 8188 (aes128gcm), as the browser decrypts a push message. */
function decrypt(browser: Browser, body: Buffer): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const keyIdLength = body[20]!;
  const serverPublicKey = body.subarray(21, 21 + keyIdLength);
  const ciphertext = body.subarray(21 + keyIdLength);
  expect(keyIdLength).toBe(65);
  expect(ciphertext.length).toBeLessThanOrEqual(recordSize);
  const shared = browser.ecdh.computeSecret(serverPublicKey);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), browser.ecdh.getPublicKey(), serverPublicKey]);
  const ikm = Buffer.from(hkdfSync("sha256", shared, browser.authSecret, keyInfo, 32));
  const contentKey = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: aes128gcm\0"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, Buffer.from("Content-Encoding: nonce\0"), 12));
  const decipher = createDecipheriv("aes-128-gcm", contentKey, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // The last record: the data, the delimiter 2, then zero padding.
  let end = padded.length - 1;
  while (padded[end] === 0) end--;
  expect(padded[end]).toBe(2);
  return padded.subarray(0, end).toString("utf8");
}

/** Checks `Authorization: vapid t=<JWT>, k=<key>` as a push service does; answers the JWT's claims. */
function verifyVapid(authorization: string | undefined, publicKey: string) {
  const match = /^vapid t=([^,\s]+), k=([A-Za-z0-9_-]+)$/.exec(authorization ?? "");
  expect(match, authorization).not.toBeNull();
  const [, token, key] = match!;
  expect(key).toBe(publicKey);
  const [header, claims, signature] = token!.split(".");
  expect(JSON.parse(Buffer.from(header!, "base64url").toString())).toMatchObject({ alg: "ES256" });
  const point = Buffer.from(publicKey, "base64url");
  const verifier = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33).toString("base64url"),
    },
    format: "jwk",
  });
  const signed = verify(
    "sha256",
    Buffer.from(`${header}.${claims}`),
    { key: verifier, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature!, "base64url"),
  );
  expect(signed).toBe(true);
  return JSON.parse(Buffer.from(claims!, "base64url").toString()) as { aud: string; sub: string; exp: number };
}

const publicKeyOfApi = async () => {
  const answer = await call(context.app, null, "GET", "/api/v1/push/public-key");
  expect(answer.statusCode).toBe(200);
  return answer.json().publicKey as string;
};

describe("a notification pushed to a browser", () => {
  it("arrives encrypted for that browser, in the person's language, signed with the platform's key", async () => {
    const browser = newBrowser();
    const subscribed = await subscribe(orgAdmin, browser);
    expect(subscribed.statusCode).toBe(201);
    expect(subscribed.json()).toEqual({
      id: expect.any(String),
      endpoint: browser.endpoint,
      createdAt: expect.any(String),
      lastSuccessAt: null,
    });

    await askToJoin();
    const [message, ...more] = messagesTo(browser);
    expect(more).toEqual([]);
    const [inboxItem] = (await call(context.app, orgAdmin, "GET", "/api/v1/me/notifications")).json().items;
    expect(message!.headers).toMatchObject({
      "content-encoding": "aes128gcm",
      ttl: "86400",
      topic: inboxItem.id.replaceAll("-", ""),
    });
    expect(JSON.parse(decrypt(browser, message!.body))).toEqual({
      id: inboxItem.id,
      title: "INTERLINK",
      body: `Asker ${askers} chiede di entrare nel team «Utenti della biblioteca». Approva o rifiuta la richiesta.`,
      url: `/teams/${teamId}`,
    });
    const claims = verifyVapid(message!.headers.authorization, await publicKeyOfApi());
    expect(claims.aud).toBe(pushOrigin);
    expect(claims.sub).toBe("mailto:interlink@sigulda.example.lv");
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());
    // Another key could not read it.
    expect(() => decrypt(newBrowser(), message!.body)).toThrow();

    const [stored] = await subscriptionsOf(orgAdmin.userId);
    expect(stored!.lastSuccessAt).not.toBeNull();
  });

  it("stops going to a browser whose push service says it is gone, and is tried again where it failed", async () => {
    const gone = newBrowser();
    const failing = newBrowser();
    const working = newBrowser();
    for (const browser of [gone, failing, working]) expect((await subscribe(orgAdmin, browser)).statusCode).toBe(201);
    answers.set(new URL(gone.endpoint).pathname, [410]);
    answers.set(new URL(failing.endpoint).pathname, [500]);

    await askToJoin();
    expect(messagesTo(gone).map((message) => message.status)).toEqual([410]);
    expect(messagesTo(failing).map((message) => message.status)).toEqual([500]);
    expect(messagesTo(working).map((message) => message.status)).toEqual([201]);
    const endpoints = (await subscriptionsOf(orgAdmin.userId)).map((row) => row.endpoint);
    expect(endpoints).not.toContain(gone.endpoint);
    expect(endpoints).toContain(failing.endpoint);

    const [waiting] = await context.database.db.select().from(job).where(eq(job.kind, pushJob));
    expect(waiting).toMatchObject({ state: "ready", attempts: 1, lastError: "the push service answered 500" });
    // Its backoff over, as if the time had come.
    await context.database.db.update(job).set({ runAt: new Date() }).where(eq(job.id, waiting!.id));
    await context.app.jobs.drain();
    expect(messagesTo(failing).map((message) => message.status)).toEqual([500, 201]);
    expect(JSON.parse(decrypt(failing, messagesTo(failing)[1]!.body)).body).toContain("chiede di entrare");
    // Those that took it the first time are not sent it again.
    expect(messagesTo(working)).toHaveLength(1);
    expect(messagesTo(gone)).toHaveLength(1);
    expect(await context.database.db.select().from(job).where(eq(job.kind, pushJob))).toEqual([]);

    for (const browser of [failing, working]) {
      const off = await call(context.app, orgAdmin, "DELETE", "/api/v1/me/push-subscriptions", {
        endpoint: browser.endpoint,
      });
      expect(off.statusCode).toBe(204);
    }
  });

  it("reaches nobody once push is turned off, and follows a browser to whoever subscribes it next", async () => {
    const browser = newBrowser();
    const someoneElse = await signUp(context.app, { name: "Someone Else" });
    expect((await subscribe(someoneElse, browser)).statusCode).toBe(201);
    // The same browser, now signed in as the organization's administrator, turns push on again.
    const again = await subscribe(orgAdmin, browser);
    expect(again.statusCode).toBe(200);
    expect(await subscriptionsOf(someoneElse.userId)).toEqual([]);
    await askToJoin();
    expect(messagesTo(browser)).toHaveLength(1);

    const off = await call(context.app, orgAdmin, "DELETE", "/api/v1/me/push-subscriptions", {
      endpoint: browser.endpoint,
    });
    expect(off.statusCode).toBe(204);
    await askToJoin();
    expect(messagesTo(browser)).toHaveLength(1);
  });
});

describe("push subscriptions", () => {
  let person: Session;
  beforeAll(async () => {
    person = await signUp(context.app, { name: "Pia Person" });
  });

  it("refuses what is not a browser's push subscription, and stores nothing", async () => {
    const browser = newBrowser();
    const good = subscriptionOf(browser);
    const offCurve = Buffer.alloc(65, 7);
    offCurve[0] = 4;
    const bad: [unknown, string][] = [
      [{ ...good, endpoint: good.endpoint.replace("https:", "http:") }, "body.endpoint"],
      [{ ...good, endpoint: "https://10.0.0.1/push/x" }, "body.endpoint"],
      [{ ...good, endpoint: "not a url" }, "body.endpoint"],
      [{ ...good, keys: { ...good.keys, p256dh: good.keys.p256dh.slice(0, 80) } }, "body.keys.p256dh"],
      [{ ...good, keys: { ...good.keys, p256dh: offCurve.toString("base64url") } }, "body.keys.p256dh"],
      [{ ...good, keys: { ...good.keys, p256dh: `${good.keys.p256dh.slice(0, 86)}+` } }, "body.keys.p256dh"],
      [{ ...good, keys: { ...good.keys, auth: randomBytes(15).toString("base64url") } }, "body.keys.auth"],
      [{ ...good, keys: { p256dh: good.keys.p256dh } }, "body.keys.auth"],
      [{ ...good, keys: { ...good.keys, extra: "x" } }, "body.keys"],
      [{ ...good, expirationTime: null }, "body"],
      [{ endpoint: good.endpoint }, "body.keys"],
    ];
    for (const [payload, where] of bad) {
      const refused = problemOf(await call(context.app, person, "POST", "/api/v1/me/push-subscriptions", payload), 422);
      expect(refused.errors?.map((error) => error.path).join(" "), JSON.stringify(payload)).toContain(where);
    }
    expect(await subscriptionsOf(person.userId)).toEqual([]);
  });

  it("needs a signed-in person, from this platform's pages", async () => {
    const browser = newBrowser();
    problemOf(await subscribe(null, browser), 401);
    problemOf(
      await call(context.app, null, "DELETE", "/api/v1/me/push-subscriptions", { endpoint: browser.endpoint }),
      401,
    );
    problemOf(
      await call(context.app, person, "POST", "/api/v1/me/push-subscriptions", subscriptionOf(browser), {
        headers: { origin: "https://evil.example" },
      }),
      403,
    );
    const rows = await context.database.db
      .select()
      .from(pushSubscription)
      .where(eq(pushSubscription.endpoint, browser.endpoint));
    expect(rows).toEqual([]);
  });

  it("cannot be turned off by someone else", async () => {
    const browser = newBrowser();
    expect((await subscribe(person, browser)).statusCode).toBe(201);
    const intruder = await signUp(context.app, { name: "Ivo Intruder" });
    problemOf(
      await call(context.app, intruder, "DELETE", "/api/v1/me/push-subscriptions", { endpoint: browser.endpoint }),
      404,
    );
    expect((await subscriptionsOf(person.userId)).map((row) => row.endpoint)).toEqual([browser.endpoint]);
    expect(
      (await call(context.app, person, "DELETE", "/api/v1/me/push-subscriptions", { endpoint: browser.endpoint }))
        .statusCode,
    ).toBe(204);
    expect(await subscriptionsOf(person.userId)).toEqual([]);
  });

  it("keeps at most 20 browsers per person: the one silent longest gives way", async () => {
    const many = Array.from({ length: 21 }, newBrowser);
    for (const browser of many) expect((await subscribe(person, browser)).statusCode).toBe(201);
    const kept = (await subscriptionsOf(person.userId)).map((row) => row.endpoint);
    expect(kept).toHaveLength(20);
    expect(kept).not.toContain(many[0]!.endpoint);
    expect(kept).toContain(many[20]!.endpoint);
  });
});

describe("the platform's VAPID keys", () => {
  it("are made once and kept: the same after a restart on the same database, the private one never told", async () => {
    const publicKey = await publicKeyOfApi();
    expect(Buffer.from(publicKey, "base64url")).toHaveLength(65);
    const [stored] = await context.database.db
      .select()
      .from(platformSetting)
      .where(and(eq(platformSetting.key, "vapid_keys")));
    const { privateKey } = JSON.parse(stored!.value) as { privateKey: string };
    expect(privateKey).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const second = await createSecondApp(context);
    try {
      const again = await call(second.app, null, "GET", "/api/v1/push/public-key");
      expect(again.json()).toEqual({ publicKey });
      const answers = [
        again,
        await call(context.app, orgAdmin, "POST", "/api/v1/me/push-subscriptions", subscriptionOf(newBrowser())),
        await call(context.app, null, "GET", "/api/openapi.json"),
        await call(context.app, orgAdmin, "GET", "/api/v1/me"),
      ];
      for (const answer of answers) {
        expect(answer.statusCode).toBeLessThan(300);
        expect(answer.body).not.toContain(privateKey);
      }
    } finally {
      await second.close();
    }
  });

  it("are the configured ones when VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are set", async () => {
    const ecdh = createECDH("prime256v1");
    ecdh.generateKeys();
    const configured = await createTestApp({
      VAPID_PUBLIC_KEY: ecdh.getPublicKey().toString("base64url"),
      VAPID_PRIVATE_KEY: Buffer.concat([Buffer.alloc(32 - ecdh.getPrivateKey().length), ecdh.getPrivateKey()]).toString(
        "base64url",
      ),
    });
    try {
      const answer = await call(configured.app, null, "GET", "/api/v1/push/public-key");
      expect(answer.json()).toEqual({ publicKey: ecdh.getPublicKey().toString("base64url") });
      const stored = await configured.database.db
        .select()
        .from(platformSetting)
        .where(eq(platformSetting.key, "vapid_keys"));
      expect(stored).toEqual([]);
    } finally {
      await configured.close();
    }
  });
});

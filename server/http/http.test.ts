import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyLimitBytes } from "../app.js";
import { awaitMailLink } from "../modules/mail/files.js";
import { call, createTestApp, problemOf, type Session, signUp, type TestContext, testOrigin } from "../test/app.js";
import { testDatabaseKind } from "../test/database.js";

let context: TestContext;
let session: Session;

beforeAll(async () => {
  context = await createTestApp();
  session = await signUp(context.app);
});
afterAll(() => context.close());

describe("health", () => {
  it("says the server and which database are up", async () => {
    const response = await call(context.app, null, "GET", "/api/health");
    expect(response.json()).toEqual({ status: "ok", database: testDatabaseKind });
  });
});

describe("platform", () => {
  it("says how the instance presents itself, to anyone", async () => {
    const response = await call(context.app, null, "GET", "/api/v1/platform");
    expect(response.json()).toEqual({
      name: "INTERLINK",
      primaryColor: "#364fc7",
      logoUrl: null,
      languages: ["en", "es", "it", "lv"],
    });
  });
});

describe("problem+json for every refusal", () => {
  it("answers an unknown route with 404", async () => {
    const problem = problemOf(await call(context.app, null, "GET", "/api/v1/nothing-here"), 404);
    expect(problem.detail).toContain("/api/v1/nothing-here");
  });

  it("answers a body over 1 MiB with 413 and stores nothing", async () => {
    const huge = JSON.stringify({ name: { en: "x".repeat(bodyLimitBytes) }, type: "citizen", visibility: "public" });
    const response = await call(context.app, session, "POST", "/api/v1/organizations", huge, {
      headers: { "content-type": "application/json", cookie: session.cookie, origin: testOrigin },
    });
    problemOf(response, 413);
    const mine = await call(context.app, session, "GET", "/api/v1/organizations?mine=true");
    expect(mine.json().items).toEqual([]);
  });

  it("answers a body that is not JSON with 415", async () => {
    const response = await call(context.app, session, "POST", "/api/v1/organizations", "name=x", {
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: session.cookie, origin: testOrigin },
    });
    problemOf(response, 415);
  });

  it("answers an over-long or malformed address with problem+json too", async () => {
    problemOf(await call(context.app, null, "GET", `/api/v1/organizations/${"a".repeat(150)}`), 414);
    problemOf(await call(context.app, null, "GET", "/api/v1/organizations/%E0%A4%A"), 400);
  });

  it("never sends a stack trace", async () => {
    const response = await call(context.app, null, "GET", "/api/v1/organizations/%E0%A4%A");
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});

describe("cross-site writes", () => {
  const payload = { name: { en: "Forged" }, type: "citizen", visibility: "public" };

  it("refuses a cookie-authenticated write from a foreign origin or without one, changing nothing", async () => {
    for (const headers of [
      { origin: "https://evil.example" },
      { referer: "https://evil.example/page" },
      {},
      { origin: "null" },
    ]) {
      const response = await context.app.inject({
        method: "POST",
        url: "/api/v1/organizations",
        headers: { cookie: session.cookie, ...headers },
        payload,
      });
      const problem = problemOf(response, 403);
      expect(problem.type).toBe("/problems/untrusted-origin");
    }
    const mine = await call(context.app, session, "GET", "/api/v1/organizations?mine=true");
    expect(mine.json().items).toEqual([]);
  });

  it("accepts our own origin, or a Referer from it", async () => {
    const response = await context.app.inject({
      method: "POST",
      url: "/api/v1/organizations",
      headers: { cookie: session.cookie, referer: `${testOrigin}/organizations/new` },
      payload,
    });
    expect(response.statusCode).toBe(201);
  });
});

describe("security headers", () => {
  it("sends a CSP and the usual hardening headers on API and error responses", async () => {
    for (const url of ["/api/health", "/api/v1/missing"]) {
      const response = await call(context.app, null, "GET", url);
      expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
      // Framing is refused by both the old header and the CSP, and they say the same thing.
      expect(response.headers["x-frame-options"]).toBe("DENY");
    }
  });

  it("allows images only from this platform, data and blob URLs (a picked image's preview), and the logo", async () => {
    const imageSources = (csp: string) => csp.split(";").find((directive) => directive.trim().startsWith("img-src"));
    const plain = await call(context.app, null, "GET", "/api/health");
    expect(imageSources(String(plain.headers["content-security-policy"]))?.trim()).toBe("img-src 'self' data: blob:");
    const branded = await createTestApp({ PLATFORM_LOGO_URL: "https://cdn.example.eu/brand/logo.svg" });
    try {
      const response = await call(branded.app, null, "GET", "/api/health");
      expect(imageSources(String(response.headers["content-security-policy"]))?.trim()).toBe(
        "img-src 'self' data: blob: https://cdn.example.eu",
      );
    } finally {
      await branded.close();
    }
  });
});

describe("OpenAPI", () => {
  it("documents every route the server has, with schemas", async () => {
    const response = await call(context.app, null, "GET", "/api/openapi.json");
    const document = response.json();
    expect(document.openapi).toBe("3.1.0");
    const documented = new Set(
      Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    const expected = [
      "GET /api/health",
      "GET /api/v1/me",
      "PATCH /api/v1/me",
      "GET /api/v1/organizations",
      "POST /api/v1/organizations",
      "GET /api/v1/organizations/{id}",
      "PATCH /api/v1/organizations/{id}",
      "DELETE /api/v1/organizations/{id}",
      "GET /api/v1/organizations/{id}/administrators",
      "POST /api/v1/organizations/{id}/administrators",
      "DELETE /api/v1/organizations/{id}/administrators/{userId}",
      "GET /api/v1/organizations/{id}/teams",
      "POST /api/v1/organizations/{id}/teams",
      "GET /api/v1/me/teams",
      "GET /api/v1/teams/{id}",
      "PATCH /api/v1/teams/{id}",
      "DELETE /api/v1/teams/{id}",
      "GET /api/v1/teams/{id}/members",
      "POST /api/v1/teams/{id}/members",
      "PATCH /api/v1/teams/{id}/members/{userId}",
      "DELETE /api/v1/teams/{id}/members/{userId}",
      "GET /api/v1/teams/{id}/join-requests",
      "POST /api/v1/teams/{id}/join-requests",
      "POST /api/v1/join-requests/{id}/approve",
      "POST /api/v1/join-requests/{id}/reject",
      "GET /api/v1/me/invitations",
      "GET /api/v1/invitations/{id}",
      "POST /api/v1/invitations/{id}/accept",
      "POST /api/v1/invitations/{id}/decline",
      "DELETE /api/v1/invitations/{id}",
      "GET /api/v1/teams/{id}/invitations",
      "GET /api/v1/organizations/{id}/invitations",
      "GET /api/v1/processes/{id}/invitations",
      "GET /api/v1/processes/{id}/governance",
      "PUT /api/v1/processes/{id}/governance",
      "POST /api/v1/processes/{id}/participation-requests",
      "GET /api/v1/processes/{id}/participation-requests",
      "POST /api/v1/participation-requests/{id}/accept",
      "POST /api/v1/participation-requests/{id}/decline",
    ];
    for (const route of expected) expect(documented, route).toContain(route);
    // Every route registered on the server and not hidden on purpose (the better-auth bridge, the docs' own
    // files) is documented.
    const registered = context.app.routeList.filter((route) => !route.hidden && route.url.startsWith("/api/"));
    expect(registered.length).toBeGreaterThanOrEqual(expected.length);
    for (const route of registered) {
      expect(documented, `${route.method} ${route.url}`).toContain(
        `${route.method} ${route.url.replace(/:(\w+)/g, "{$1}")}`,
      );
    }
    for (const authRoute of [
      "POST /api/auth/sign-up/email",
      "POST /api/auth/sign-in/email",
      "POST /api/auth/sign-out",
    ]) {
      expect(documented, authRoute).toContain(authRoute);
    }
    expect(document.components.schemas.Problem).toBeDefined();
    expect(document.paths["/api/v1/organizations"].post.requestBody).toBeDefined();
  });

  it("serves browsable docs at /api/docs", async () => {
    const response = await context.app.inject({ url: "/api/docs/" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("swagger-ui");
  });
});

describe("over a real port", () => {
  it("serves health and a signed-in request through a real socket", async () => {
    const served = await createTestApp();
    try {
      const address = await served.app.listen({ port: 0, host: "127.0.0.1" });
      const health = await fetch(`${address}/api/health`);
      expect(await health.json()).toEqual({ status: "ok", database: testDatabaseKind });
      const signUpResponse = await fetch(`${address}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: testOrigin },
        body: JSON.stringify({ email: "port@example.org", name: "Port", password: "a long enough password" }),
      });
      expect(signUpResponse.status).toBe(200);
      const link = new URL(
        (await awaitMailLink(served.config.mailDir, { purpose: "verify-email", to: "port@example.org" }))!,
      );
      const confirmed = await fetch(`${address}/api/auth/verify-email?token=${link.searchParams.get("token")}`);
      const cookie = confirmed.headers.getSetCookie()[0]?.split(";")[0] ?? "";
      const me = await fetch(`${address}/api/v1/me`, { headers: { cookie } });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { email: string }).email).toBe("port@example.org");
    } finally {
      await served.close();
    }
  });

  it("answers headers over 16 KB with 431 problem+json, and a garbled request with 400", async () => {
    const served = await createTestApp();
    try {
      const address = await served.app.listen({ port: 0, host: "127.0.0.1" });
      const big = await fetch(`${address}/api/health`, { headers: { cookie: `x=${"a".repeat(20_000)}` } });
      expect(big.status).toBe(431);
      expect(big.headers.get("content-type")).toBe("application/problem+json");
      expect(await big.json()).toMatchObject({ type: "/problems/headers-too-large", status: 431 });
      const { port } = new URL(address);
      const garbled = await new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), "127.0.0.1", () => socket.write("NONSENSE\r\n\r\n"));
        let answer = "";
        socket.on("data", (chunk) => {
          answer += chunk;
        });
        socket.on("end", () => resolve(answer));
        socket.on("error", reject);
      });
      expect(garbled).toMatch(/^HTTP\/1\.1 400 /);
      expect(garbled).toContain("application/problem+json");
      expect(JSON.parse(garbled.slice(garbled.indexOf("\r\n\r\n") + 4))).toMatchObject({ status: 400 });
    } finally {
      await served.close();
    }
  });
});

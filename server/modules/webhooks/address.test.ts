import { execFileSync } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import tls from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ipv6Bytes, isPrivateAddress, resolvePublicAddresses } from "./address.js";
import { sendDelivery, signDelivery } from "./send.js";

// The guard that keeps deliveries off the server's own network, and the one request a delivery makes.

describe("which addresses are private", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "0.0.0.0",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "100.127.255.255",
    "224.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "febf::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "0:0:0:0:0:ffff:a00:1",
    "::ffff:0:10.0.0.1",
    "::127.0.0.1",
    "64:ff9b::a9fe:a9fe",
    "2002:c0a8:101::1",
    "2001:db8::1",
    "fe80::1%eth0",
  ])("%s is private", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "172.32.0.1",
    "100.128.0.1",
    "169.255.0.1",
    "2606:4700:4700::1111",
    "2a00:1450:4001::200e",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
  ])("%s is public", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it("reads IPv6 in its written forms", () => {
    expect(ipv6Bytes("::ffff:127.0.0.1")).toEqual(ipv6Bytes("0:0:0:0:0:ffff:7f00:1"));
    expect(ipv6Bytes("[::1]")).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Bytes("not an address")).toBeNull();
  });

  it("resolves a name and refuses it when any of its addresses is private, unless allowed", async () => {
    expect(await resolvePublicAddresses("localhost", false)).toEqual({
      refusal: expect.objectContaining({ code: "webhook_private_address" }),
    });
    const allowed = await resolvePublicAddresses("localhost", true);
    expect("addresses" in allowed && allowed.addresses.length).toBeGreaterThan(0);
    expect(await resolvePublicAddresses("no-such-host.invalid", true)).toEqual({
      refusal: expect.objectContaining({ code: "webhook_unresolvable" }),
    });
  });
});

describe("sending a delivery", () => {
  let dir: string;
  let cert: string;
  let server: https.Server;
  let url: string;
  const received: { headers: Record<string, unknown>; body: string }[] = [];
  let answer = { status: 200, body: "ok", redirect: false };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "interlink-send-"));
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        path.join(dir, "key.pem"),
        "-out",
        path.join(dir, "cert.pem"),
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost,IP:127.0.0.1",
      ],
      { stdio: "ignore" },
    );
    cert = fs.readFileSync(path.join(dir, "cert.pem"), "utf8");
    server = https.createServer({ key: fs.readFileSync(path.join(dir, "key.pem")), cert }, (request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        received.push({ headers: request.headers, body });
        if (answer.redirect) response.setHeader("location", `${url}/elsewhere`);
        response.statusCode = answer.status;
        response.end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const ca = () => [...tls.rootCertificates, cert];
  const send = (options: Partial<Parameters<typeof sendDelivery>[0]> = {}) =>
    sendDelivery({ url, body: "{}", headers: { "content-type": "application/json" }, allowPrivate: true, ...options });

  it("verifies TLS: without the receiver's authority the request fails", async () => {
    const before = received.length;
    const result = await send();
    expect(result).toMatchObject({ status: null, error: expect.stringMatching(/certificate/i) });
    expect(received).toHaveLength(before);
    expect(await send({ ca: ca() })).toMatchObject({ status: 200, error: null });
    expect(received).toHaveLength(before + 1);
  });

  it("checks the address at every delivery and sends nothing to a private one when not allowed", async () => {
    const before = received.length;
    expect(await send({ ca: ca(), allowPrivate: false })).toMatchObject({
      status: null,
      error: expect.stringMatching(/public internet addresses/),
    });
    expect(await send({ ca: ca(), allowPrivate: false, url: url.replace("127.0.0.1", "localhost") })).toMatchObject({
      status: null,
    });
    expect(received).toHaveLength(before);
  });

  it("follows no redirect, reads a long answer only in part, and counts a non-2xx as a failure", async () => {
    answer = { status: 302, body: "", redirect: true };
    const before = received.length;
    expect(await send({ ca: ca() })).toMatchObject({ status: 302, error: "The receiver answered 302." });
    expect(received).toHaveLength(before + 1);
    answer = { status: 200, body: "x".repeat(1024 * 1024), redirect: false };
    expect(await send({ ca: ca() })).toMatchObject({ status: 200, error: null });
    answer = { status: 200, body: "ok", redirect: false };
  });

  it("signs timestamp and body with the secret", () => {
    expect(signDelivery("whsec_test", 1700000000, '{"a":1}')).toBe(
      "sha256=" +
        // echo -n '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        execFileSync("openssl", ["dgst", "-sha256", "-hmac", "whsec_test"], { input: '1700000000.{"a":1}' })
          .toString()
          .trim()
          .split(" ")
          .pop(),
    );
  });
});

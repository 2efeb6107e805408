import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("configuration", () => {
  it("has defaults that run on one machine", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      baseUrl: "http://localhost:3000",
      databaseUrl: undefined,
      smtpUrl: undefined,
    });
    expect(config.dataDir).toMatch(/data$/);
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", PORT: "" }).databaseUrl).toBeUndefined();
  });

  it("names every invalid variable", () => {
    expect(() =>
      loadConfig({
        PORT: "eighty",
        DATABASE_URL: "mysql://x",
        SMTP_URL: "http://x",
        BASE_URL: "ftp://x",
        AUTH_SECRET: "short",
      }),
    ).toThrow(ConfigError);
    try {
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", SMTP_URL: "http://x", BASE_URL: "ftp://x" });
    } catch (error) {
      for (const name of ["PORT", "DATABASE_URL", "SMTP_URL", "BASE_URL"])
        expect((error as Error).message).toContain(name);
    }
  });

  it("takes a brand colour only when text on it stays readable (WCAG AA)", () => {
    expect(loadConfig({ PLATFORM_COLOR: "#1f3a93" }).branding.primaryColor).toBe("#1f3a93");
    expect(() => loadConfig({ PLATFORM_COLOR: "#ffdd00" })).toThrow(/PLATFORM_COLOR.*contrast/);
    expect(() => loadConfig({ PLATFORM_COLOR: "blue" })).toThrow(/PLATFORM_COLOR/);
    expect(() => loadConfig({ PLATFORM_LOGO_URL: "javascript:alert(1)" })).toThrow(/PLATFORM_LOGO_URL/);
  });

  it("strips a trailing slash from BASE_URL", () => {
    expect(loadConfig({ BASE_URL: "https://interlink.example.eu/" }).baseUrl).toBe("https://interlink.example.eu");
  });

  it("takes a VAPID key pair only whole, and names a contact push services accept", () => {
    const publicKey = `B${"a".repeat(86)}`;
    const privateKey = "b".repeat(43);
    expect(loadConfig({ VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey }).vapid).toEqual({
      publicKey,
      privateKey,
    });
    expect(loadConfig({}).vapid).toBeUndefined();
    expect(() => loadConfig({ VAPID_PUBLIC_KEY: publicKey })).toThrow(/VAPID_PRIVATE_KEY/);
    expect(() => loadConfig({ VAPID_PUBLIC_KEY: "short", VAPID_PRIVATE_KEY: privateKey })).toThrow(/VAPID_PUBLIC_KEY/);
    expect(() => loadConfig({ VAPID_SUBJECT: "http://example.eu" })).toThrow(/VAPID_SUBJECT/);
    expect(loadConfig({ MAIL_FROM: "Sigulda <interlink@sigulda.lv>" }).vapidSubject).toBe(
      "mailto:interlink@sigulda.lv",
    );
    expect(loadConfig({ MAIL_FROM: "interlink@sigulda.lv" }).vapidSubject).toBe("mailto:interlink@sigulda.lv");
    expect(loadConfig({ BASE_URL: "https://interlink.sigulda.lv" }).vapidSubject).toBe("https://interlink.sigulda.lv");
    expect(loadConfig({}).vapidSubject).toBe("mailto:no-reply@localhost");
    expect(loadConfig({ VAPID_SUBJECT: "mailto:ops@sigulda.lv" }).vapidSubject).toBe("mailto:ops@sigulda.lv");
    expect(loadConfig({ PUSH_SERVICE_HOSTS: "fcm.googleapis.com,push.example.eu" }).pushServiceHosts).toEqual([
      "fcm.googleapis.com",
      "push.example.eu",
    ]);
    expect(() => loadConfig({ PUSH_SERVICE_HOSTS: "https://x" })).toThrow(/PUSH_SERVICE_HOSTS/);
  });
});

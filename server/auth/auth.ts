import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { openAPI } from "better-auth/plugins";
import type { FastifyBaseLogger } from "fastify";
import { nameMaxLength, passwordLength } from "../../common/accounts.js";
import { type Language, languages } from "../../common/languages.js";
import { announceAccessChange } from "../collab/access-changes.js";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import { uuidv7 } from "../db/ids.js";
import { account, rateLimit, session, user, verification } from "../db/schema/index.js";
import { redactError } from "../http/redact.js";
import type { Mailer } from "../modules/mail/service.js";
import { mailTemplates } from "../modules/mail/templates.js";
import { promoteFirstUser } from "../modules/platform/service.js";
import { sessionExpiresInSeconds, sessionUpdateAgeSeconds } from "./session.js";

/** The header our HTTP bridge sets to the client address Fastify resolved (honouring TRUST_PROXY). */
export const clientIpHeader = "x-interlink-client-ip";

/**
 * better-auth routes this platform does not offer. `/update-user` would change a profile past the rules of
 * `PATCH /api/v1/me` (it stored an object as "[object Object]", a 200 KB name, any language): profiles change
 * through that route only.
 */
export const disabledAuthPaths = ["/update-user"];
/** The session cookie's name: browsers only keep a `__Secure-` cookie set over https. */
export const sessionCookieName = (secure: boolean) => `${secure ? "__Secure-" : ""}interlink.session_token`;

export interface AuthOptions {
  db: Database;
  config: Config;
  secret: string;
  mailer: Mailer;
  logger: FastifyBaseLogger;
}

export type Auth = ReturnType<typeof createAuth>;

export function createAuth({ db, config, secret, mailer, logger }: AuthOptions) {
  const perMinute = { window: 60, max: config.rateLimitAuthPerMinute };
  const languageOf = (value: unknown): Language => (languages.includes(value as Language) ? (value as Language) : "en");
  // Mails link to the web app's own screens, which then call better-auth: a person lands on a page that says
  // what happened (and offers the next step) instead of on a bare redirect or JSON.
  const webLink = (screen: "/verify-email" | "/reset-password", token: string, redirect?: string) => {
    const link = new URL(`${config.baseUrl}${screen}`);
    link.searchParams.set("token", token);
    if (redirect) link.searchParams.set("redirect", redirect);
    return link.toString();
  };
  // better-auth's own link carries the `callbackURL` the sign-up (or resend) named: the page the person was on,
  // which our screen leads back to once the address is confirmed. Only a page of this site.
  const redirectOf = (betterAuthUrl: string) => {
    const callback = new URL(betterAuthUrl).searchParams.get("callbackURL");
    return callback && callback !== "/" && isLocalPath(callback) ? callback : undefined;
  };
  const mailTo = async (
    recipient: { email: string; name: string; language?: unknown },
    purpose: "verify-email" | "reset-password",
    url: string,
  ) => {
    const template = mailTemplates[purpose][languageOf(recipient.language)];
    await mailer.send({
      to: recipient.email,
      subject: template.subject,
      text: template.text(recipient.name, url),
      purpose,
      metadata: { url },
    });
  };

  return betterAuth({
    appName: "INTERLINK",
    disabledPaths: disabledAuthPaths,
    baseURL: config.baseUrl,
    basePath: "/api/auth",
    secret,
    trustedOrigins: [new URL(config.baseUrl).origin],
    telemetry: { enabled: false },
    // Only its OpenAPI description is used (merged into /api/openapi.json); its own reference page loads
    // scripts from a CDN, which our CSP and many PA networks forbid.
    plugins: [openAPI({ disableDefaultReference: true })],
    logger: {
      level: "warn",
      log: (level, message, ...details) => {
        const pinoLevel = level === "debug" ? "debug" : level;
        logger[pinoLevel]({ details: details.map(redactError) }, `auth: ${message}`);
      },
    },
    // A refusal its hooks throw (a bad sign-up name) is an answer to the client, not a fault: better-auth would
    // print each one on the console past the logger above. Faults go to our log, redacted like the rest.
    onAPIError: {
      onError: (error) => {
        if (isAPIError(error) && error.statusCode < 500) return;
        logger.error({ details: [redactError(error)] }, "auth: request failed");
      },
    },
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user, session, account, verification, rateLimit },
    }),
    advanced: {
      cookiePrefix: "interlink",
      useSecureCookies: config.baseUrl.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      database: { generateId: () => uuidv7() },
      ipAddress: { ipAddressHeaders: [clientIpHeader] },
    },
    session: { expiresIn: sessionExpiresInSeconds, updateAge: sessionUpdateAgeSeconds },
    user: {
      additionalFields: {
        language: { type: "string", required: false, defaultValue: "en", input: true },
        platformRole: { type: "string", required: false, defaultValue: "member", input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: passwordLength.min,
      maxPasswordLength: passwordLength.max,
      // Nobody is signed in before confirming their address, and sign-up cannot tell a known address from a new one.
      requireEmailVerification: true,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user: recipient, token }) =>
        mailTo(recipient, "reset-password", webLink("/reset-password", token)),
      // Signing up with an address that has an account answers exactly as for a new one (better-auth's
      // generic answer, with the password hashed all the same, once requireEmailVerification is on): only the
      // address's owner learns of it, by this mail.
      onExistingUserSignUp: async ({ user: owner }) => {
        const template = mailTemplates["existing-account"][languageOf((owner as { language?: unknown }).language)];
        const signInUrl = `${config.baseUrl}/sign-in`;
        const resetUrl = `${config.baseUrl}/forgot-password`;
        await mailer.send({
          to: owner.email,
          subject: template.subject,
          text: template.text(owner.name, signInUrl, resetUrl),
          purpose: "existing-account",
          metadata: { signInUrl, resetUrl },
        });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      // The sign-in screen offers to send the mail again; sending it on every refused sign-in would let anyone
      // who knows the password flood the inbox.
      sendOnSignIn: false,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user: recipient, token, url }) =>
        mailTo(recipient, "verify-email", webLink("/verify-email", token, redirectOf(url))),
      // The first account to prove its address administers the platform. Promoting the first account created
      // would let whoever signs up first with an address they cannot confirm hold the role nobody can use.
      afterEmailVerification: async (confirmed) => {
        await promoteFirstUser(db, confirmed.id);
      },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/*": perMinute,
        "/sign-up/*": perMinute,
        "/request-password-reset": perMinute,
        "/reset-password/*": perMinute,
        "/send-verification-email": perMinute,
      },
    },
    hooks: {
      // Sign-up's own checks come before it looks the address up, so a known address answers a bad name or
      // language exactly as a new one does; the normalised fields are what it then stores or echoes back.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-up/email" || !ctx.body || typeof ctx.body !== "object") return;
        const body = ctx.body as Record<string, unknown>;
        // A name of the wrong type is left to sign-up's own schema, which refuses it on both paths alike.
        if (typeof body.name !== "string") return;
        return { context: { body: { ...body, ...checkedProfile(body) } } };
      }),
    },
    databaseHooks: {
      session: {
        delete: {
          // Signing out (or a revoked session) closes the person's live connections; the others reconnect.
          after: async (ended) => announceAccessChange(db, { userId: ended.userId }),
        },
      },
      user: {
        create: {
          before: async (candidate) => ({
            data: { ...candidate, ...checkedProfile(candidate), platformRole: "member" },
          }),
        },
      },
    },
  });
}

/** The name and language a new account may have, normalised (name trimmed, language defaulted), or a refusal. */
function checkedProfile(input: { name?: unknown; language?: unknown }): { name: string; language: Language } {
  const language = input.language ?? "en";
  if (!languages.includes(language as Language)) {
    throw new APIError("BAD_REQUEST", {
      message: `language must be one of ${languages.join(", ")}`,
      code: "INVALID_LANGUAGE",
    });
  }
  const name = String(input.name ?? "").trim();
  if (name.length === 0 || name.length > nameMaxLength) {
    throw new APIError("BAD_REQUEST", {
      message: `name must be between 1 and ${nameMaxLength} characters`,
      code: "INVALID_NAME",
    });
  }
  return { name, language: language as Language };
}

/** "/profile", "/verify-email?x=1": a path of this site, never another host ("//evil.example") or scheme. */
export function isLocalPath(value: string): boolean {
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return false;
  return URL.canParse(value, "http://localhost") && new URL(value, "http://localhost").host === "localhost";
}
